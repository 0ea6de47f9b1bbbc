"""Issue 17 in a real browser: the legal work done in the web application, as the right users.

The API runs under production settings on PostgreSQL with the demo loaded and serves the built
SPA; Debian's chromium drives it. A prosecutor of the case team freezes an account with a court
order, renews, seizes, is held back from confiscating until the template's task "Notify third
parties" is done (it creates a task of its own, assigns that one, marks it done), waives the
disposal task with a reason, confiscates and repatriates two tranches with deducted expenses, and sees
/reports change; the freeze's expiry is in the month calendar; the link chart shows the minister
linked to the Kensington flat through his company. The FR liaison sees only what they may, and
answers the MLA request addressed to FR with a document. Every screen visited is checked with
axe-core (no serious or critical violation) in English and French. With E2E_SCREENSHOTS=<dir> each
screen is saved there (1280x900).
"""

from __future__ import annotations

import json
import os
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.management import call_command

from cases.models import Asset, Case, User
from tests.browser.conftest import ROOT, running_api
from workflows.models import MlaRequest

DEMO_PASSWORD = "demo passphrase for the legal work suite"
AXE = ROOT / "frontend" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = os.environ.get("E2E_SCREENSHOTS", "")
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


class Screens:
    """Signs in, checks each screen with axe-core, saves screenshots."""

    def __init__(self, chromium: Any, origin: str, username: str) -> None:
        # axe-core is injected as a script: the page's CSP (no inline scripts) is bypassed for
        # that alone; the SPA's own CSP is test_spa_serving's subject.
        self.context = chromium.new_context(
            viewport={"width": 1280, "height": 900},
            locale="en-GB",
            reduced_motion="reduce",
            bypass_csp=True,
            base_url=origin,
        )
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.username = username
        self.violations: list[str] = []
        page = self.page
        page.goto("/login")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password", exact=True).fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.get_by_role("navigation").wait_for()

    def check(self, name: str) -> None:
        page = self.page
        page.wait_for_load_state("networkidle")
        page.get_by_role("status").filter(has_text=re.compile("Loading|Chargement")).first.wait_for(
            state="detached"
        )
        if not AXE.exists():
            pytest.fail("frontend/node_modules/axe-core is missing: `make frontend-deps`")
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            page.add_script_tag(path=str(AXE))
        found = page.evaluate(
            "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
            ".violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
            ".map(v => v.id + ' ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(' | '))",
            AXE_TAGS,
        )
        lang = page.evaluate("document.documentElement.lang")
        self.violations += [f"{name} ({self.username}, {lang}): {v}" for v in found]
        if SCREENSHOTS:
            Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
            role = self.username.split("_")[0]
            page.screenshot(path=f"{SCREENSHOTS}/{name}-{role}-{lang}.png", full_page=True)

    def french(self) -> None:
        self.page.get_by_label("Language").select_option("fr")
        self.page.get_by_role("link", name="Dossiers").wait_for()

    def english(self) -> None:
        self.page.get_by_label("Langue").select_option("en")
        self.page.get_by_role("link", name="Cases").wait_for()


def record(
    page: Any, fields: dict[str, str], checks: tuple[str, ...] = (), button: str = "Record"
) -> None:
    """Fills the open act form (labels as users read them) and records the act."""
    submit(page, fields, checks, button).wait_for(state="detached")


def submit(
    page: Any, fields: dict[str, str], checks: tuple[str, ...] = (), button: str = "Record"
) -> Any:
    """Fills the open act form and presses Record (or `button`); the dialog stays open if the act
    is refused."""
    dialog = page.get_by_role("dialog")
    for label, value in fields.items():
        field = dialog.get_by_label(label, exact=True)
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)
    for label in checks:
        dialog.get_by_label(label, exact=True).check()
    dialog.get_by_role("button", name=button).click()
    return dialog


def task_card(page: Any, title: str, asset: str | None = None) -> Any:
    card = page.get_by_test_id("task").filter(has_text=title)
    return card.filter(has_text=asset) if asset else card


def order(reference: str, issued: date, expires: date | None = None) -> dict[str, str]:
    fields = {
        "Issuing authority": "High Court of Justice",
        "Order reference": reference,
        "Issued on": issued.isoformat(),
    }
    if expires:
        fields["Expires on"] = expires.isoformat()
    return fields


def returned_total(screens: Screens) -> str:
    page = screens.page
    page.goto("/reports")
    return str(page.get_by_test_id("total-returned").inner_text())


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_legal_work_in_the_browser(browser, spa_dist, tmp_path, monkeypatch, settings) -> None:
    monkeypatch.setenv("DEMO_PASSWORD", DEMO_PASSWORD)
    settings.TASK_TEMPLATES = True  # as `make run` seeds the demo, and the server records acts
    call_command("seed_demo", verbosity=0)
    User.objects.update(password=PBKDF2PasswordHasher().encode(DEMO_PASSWORD, "legalworksalt"))
    case = Case.objects.get(title__startswith="Oil ministry")
    account = Asset.objects.get(case=case, description="Current account, London")
    flat = Asset.objects.get(case=case, description="Flat, Kensington, London")
    restricted = Asset.objects.get(case=case, restricted=True)
    prosecutor_gb = User.objects.get(username="prosecutor_gb")
    prosecutor_name = prosecutor_gb.name
    to_fr = MlaRequest.objects.filter(case=case, requested_state_id="FR").exclude(status="draft")
    mla_fr = to_fr.get()
    today = date.today()
    expiry = today + timedelta(days=120)
    answer = tmp_path / "answer.pdf"
    answer.write_bytes(PDF)

    with (
        running_api(
            {"MFA_REQUIRED_ROLES": "", "TASK_TEMPLATES": "1"}, tmp_path / "media"
        ) as origin,
        browser() as chromium,
    ):
        prosecutor = Screens(chromium, origin, "prosecutor_gb")
        page = prosecutor.page
        before = returned_total(prosecutor)
        prosecutor.check("reports")

        # Freeze the account from the case's asset table, with a court order.
        page.goto(f"/cases/{case.pk}/assets")
        row = page.get_by_role("row").filter(has_text="Current account, London")
        row.get_by_role("button", name="Freeze", exact=True).click()
        prosecutor.check("act-form")
        record(page, order("HC-FO-2026-17", today - timedelta(days=2), expiry))
        row.get_by_text("Frozen", exact=True).wait_for()
        prosecutor.check("assets-tab")

        # Its expiry is in the month calendar, linking to the asset.
        page.goto(f"/deadlines?view=calendar&month={expiry:%Y-%m}")
        day = page.locator(f'td[data-date="{expiry.isoformat()}"]')
        day.get_by_role("link", name=re.compile(r"Freeze order expires")).wait_for()
        prosecutor.check("calendar")
        page.goto("/deadlines")
        prosecutor.check("deadlines")

        # Renew, seize, confiscate and repatriate two tranches, from the asset's page.
        page.goto(f"/assets/{account.pk}")
        page.get_by_role("heading", name="Current account, London", level=1).wait_for()
        # A frozen asset may take a further order (another state's freeze on the same account).
        assert page.get_by_role("button", name="Freeze", exact=True).count() == 1
        page.get_by_role("button", name="Renew freeze").click()
        record(
            page, order("HC-FO-2026-17-R", today - timedelta(days=1), expiry + timedelta(days=180))
        )
        page.get_by_role("button", name="Seize", exact=True).click()
        record(page, order("HC-SZ-2026-03", today))
        confiscation = {
            **order("HC-CO-2026-09", today),
            "Basis": "non_conviction",
            "Amount": "2400000.00",
            "Currency": "GBP",
        }
        final = ("The order is final (no appeal pending)",)
        # The freeze's template asked the team to notify third parties (UNCAC 31(9)) before any
        # confiscation: the act is refused, naming the task, and nothing is recorded.
        page.get_by_role("button", name="Confiscate", exact=True).click()
        dialog = submit(page, confiscation, checks=final)
        dialog.get_by_role("alert").filter(has_text="Notify third parties").wait_for()
        prosecutor.check("act-held-back")
        dialog.get_by_role("button", name="Cancel").click()
        dialog.wait_for(state="detached")

        # The case's tasks: the team adds one of its own, then assigns the template's task to
        # its prosecutor, who marks it done.
        page.goto(f"/cases/{case.pk}/tasks")
        page.get_by_role("button", name="New task").click()
        form = page.get_by_role("form", name="New task")
        form.get_by_label("Title", exact=True).fill("Ask the bank for the statements")
        form.get_by_label("Assignee", exact=True).select_option(str(prosecutor_gb.pk))
        form.get_by_role("button", name="Create task").click()
        task_card(page, "Ask the bank for the statements").get_by_text(
            f"Assignee: {prosecutor_name}"
        ).wait_for()
        notify = task_card(page, "Notify third parties", "Current account, London")
        notify.get_by_label("Assign: Notify third parties").select_option(str(prosecutor_gb.pk))
        notify.get_by_text(f"Assignee: {prosecutor_name}").wait_for()
        prosecutor.check("tasks")
        notify.get_by_role("button", name="Mark done: Notify third parties").click()
        page.locator(
            "section", has=page.get_by_role("heading", name=re.compile("^Done"))
        ).get_by_test_id("task").filter(has_text="Notify third parties").filter(
            has_text="Current account, London"
        ).wait_for()

        # Now the confiscation goes through; it brings the task of agreeing the disposal
        # (UNCAC 57(5)) before any return, which the team waives with its reason.
        page.goto(f"/assets/{account.pk}")
        page.get_by_role("button", name="Confiscate", exact=True).click()
        record(page, confiscation, checks=final)
        page.goto(f"/cases/{case.pk}/tasks")
        disposal = task_card(page, "Agree the disposal", "Current account, London")
        disposal.get_by_role("button", name="Waive").click()
        disposal.get_by_label("Reason for the waiver").fill(
            "Returned to the victim state in full under 57(3)(a); no disposal to agree."
        )
        disposal.get_by_role("button", name="Record the waiver").click()
        disposal.get_by_text(re.compile("^Waived: Returned to the victim state")).wait_for()
        prosecutor.check("tasks-done")
        page.goto(f"/assets/{account.pk}")
        page.get_by_role("heading", name="Current account, London", level=1).wait_for()
        for tranche, reference in enumerate(("AG-RET-2026-01", "AG-RET-2026-02"), start=1):
            page.get_by_role("button", name="Repatriate", exact=True).click()
            dialog = page.get_by_role("dialog")
            dialog.get_by_label("Recipient", exact=True).select_option("requesting_state")
            record(
                page,
                {
                    **order(reference, today),
                    "Amount returned (this tranche)": "1000000.00",
                    "Currency": "GBP",
                    "Receiving state": "NG",
                    # UNCAC Art. 57(3)(a): the return rests on a final judgment in Nigeria.
                    "Final judgment in the requesting state": "FHC/ABJ/CR/12/2025, final",
                    "Deducted expenses": "5000.00",
                },
            )
            page.get_by_text("Recipient: The requesting state (Nigeria)").nth(
                tranche - 1
            ).wait_for()
        page.get_by_test_id("recovery-returned").filter(has_text="2,000,000.00").wait_for()
        assert "10,000.00" in page.get_by_test_id("recovery-deducted_expenses").inner_text()
        prosecutor.check("asset")
        assert page.locator(".mantine-Timeline-item").count() == 6

        after = returned_total(prosecutor)
        assert after != before, (before, after)

        # The link chart: the minister, his company, the Kensington flat; click through.
        page.goto(f"/cases/{case.pk}")
        page.get_by_role("link", name="Link chart").click()
        page.wait_for_url(re.compile(r"/chart$"))
        links = page.get_by_role("table")
        links.get_by_role("row").filter(has_text="nominee vehicle").filter(
            has_text="Lagoon Bay Investments Ltd"
        ).filter(has_text="Chief Adebayo Demo-Okonkwo").wait_for()
        holder = links.get_by_role("row").filter(has_text="Lagoon Bay Investments Ltd")
        holder.filter(has_text="Flat, Kensington, London").filter(has_text="holder").wait_for()
        prosecutor.check("chart")
        page.get_by_test_id("link-chart").get_by_role(
            "link", name="Flat, Kensington, London (Asset)"
        ).click()
        page.get_by_role("heading", name="Flat, Kensington, London", level=1).wait_for()
        assert page.url.endswith(f"/assets/{flat.pk}")

        page.goto(f"/cases/{case.pk}/timeline")
        page.get_by_test_id("case-timeline").wait_for()
        page.get_by_label("Asset", exact=True).select_option(str(account.pk))
        page.get_by_test_id("case-timeline").get_by_text(
            "Repatriate: Current account, London"
        ).first.wait_for()
        prosecutor.check("timeline")
        page.goto(f"/mla-requests/{mla_fr.pk}")
        page.get_by_test_id("whose-move").get_by_text("Waiting for France").wait_for()
        prosecutor.check("mla")
        page.goto("/notifications")
        prosecutor.check("notifications")

        # Draft an MLA request to CH and send it: then it is Switzerland's move.
        page.goto(f"/cases/{case.pk}/mla-requests")
        page.get_by_role("button", name="New MLA request").click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("Kind", exact=True).select_option("freeze")
        dialog.get_by_label("Requested state", exact=True).select_option("CH")
        dialog.get_by_label("Answer requested by", exact=True).fill(
            (today + timedelta(days=10)).isoformat()
        )
        dialog.get_by_label("Facts and assistance sought", exact=True).fill("Freeze the account.")
        dialog.get_by_label("Private banking account, Geneva (Switzerland)").check()
        prosecutor.check("mla-draft-form")
        dialog.get_by_role("button", name="Save draft").click()
        page.wait_for_url(re.compile(r"/mla-requests/"))
        page.get_by_test_id("whose-move").get_by_text("Your move.").wait_for()
        page.get_by_role("button", name="Send", exact=True).click()
        record(page, {"Note": "Sent through the central authority."})
        page.get_by_test_id("whose-move").get_by_text("Waiting for Switzerland").wait_for()
        assert page.get_by_role("button", name="Acknowledge").count() == 0

        # The same screens in French.
        prosecutor.french()
        for name, path in [
            ("reports", "/reports"),
            ("asset", f"/assets/{account.pk}"),
            ("calendar", f"/deadlines?view=calendar&month={expiry:%Y-%m}"),
            ("deadlines", "/deadlines"),
            ("chart", f"/cases/{case.pk}/chart"),
            ("timeline", f"/cases/{case.pk}/timeline"),
            ("mla", f"/mla-requests/{mla_fr.pk}"),
            ("notifications", "/notifications"),
            ("assets-tab", f"/cases/{case.pk}/assets"),
            ("tasks", f"/cases/{case.pk}/tasks"),
        ]:
            page.goto(path)
            prosecutor.check(name)
        prosecutor.english()

        # The FR liaison: no owning state's tools, nothing restricted, answers the request.
        liaison = Screens(chromium, origin, "liaison_fr")
        page = liaison.page
        page.goto(f"/cases/{case.pk}/assets")
        page.get_by_role("row").filter(has_text="Current account, London").wait_for()
        assert (
            page.get_by_role("button", name=re.compile("^(Freeze|Seize|Confiscate)$")).count() == 0
        )
        assert page.get_by_role("tab", name="Sharing").count() == 0
        liaison.check("assets-tab")
        page.goto(f"/cases/{case.pk}/chart")
        page.get_by_test_id("link-chart").wait_for()
        liaison.check("chart")
        page.goto(f"/cases/{case.pk}/timeline")
        page.get_by_test_id("case-timeline").wait_for()
        liaison.check("timeline")
        # The team's own tasks are the team's: the liaison's tab lists none of them.
        page.goto(f"/cases/{case.pk}/tasks")
        page.get_by_text("No tasks.").wait_for()
        liaison.check("tasks")
        for screen in ("chart", "timeline", "tasks"):
            page.goto(f"/cases/{case.pk}/{screen}")
            page.wait_for_load_state("networkidle")
            html = page.content()
            assert restricted.description not in html, screen

        page.goto("/notifications")
        if page.get_by_role("button", name="Mark all as read").count():
            page.get_by_role("button", name="Mark all as read").click()
        page.get_by_test_id("unread-count").get_by_text("No unread notifications").wait_for()

        page.goto(f"/mla-requests/{mla_fr.pk}")
        page.get_by_test_id("whose-move").get_by_text("Your move.").wait_for()
        assert page.get_by_role("button", name="Withdraw").count() == 0
        liaison.check("mla")
        page.get_by_label("Title").fill("Bank records (answer)")
        page.locator("input[type=file]").set_input_files(str(answer))
        page.get_by_role("button", name="Upload").click()
        page.get_by_role("link", name="Download Bank records (answer)").wait_for()
        page.get_by_role("button", name="Execute", exact=True).click()
        record(page, {"Note": "Bank records attached."})
        page.get_by_text("Execute → Executed").wait_for()
        page.get_by_test_id("whose-move").get_by_text(re.compile("nobody's move")).wait_for()
        for name, path in [
            ("deadlines", "/deadlines"),
            ("calendar", "/deadlines?view=calendar"),
            ("notifications", "/notifications"),
            ("reports", "/reports"),
        ]:
            page.goto(path)
            liaison.check(name)
        liaison.french()
        for name, path in [
            ("assets-tab", f"/cases/{case.pk}/assets"),
            ("mla", f"/mla-requests/{mla_fr.pk}"),
            ("chart", f"/cases/{case.pk}/chart"),
            ("timeline", f"/cases/{case.pk}/timeline"),
            ("deadlines", "/deadlines"),
            ("calendar", "/deadlines?view=calendar"),
            ("notifications", "/notifications"),
            ("reports", "/reports"),
        ]:
            page.goto(path)
            liaison.check(name)
        liaison.english()
        stored = json.dumps(page.evaluate("Object.assign({}, localStorage)"))
        assert restricted.description not in stored

        # The team hears of the liaison's answer in its inbox (the other side's move).
        inbox = prosecutor.page
        inbox.goto("/notifications")
        inbox.get_by_text(re.compile(r"MLA request .*\(GB to FR\): executed")).first.wait_for()
        prosecutor.check("notifications-answered")

        violations = prosecutor.violations + liaison.violations
        errors = prosecutor.errors + liaison.errors
        prosecutor.context.close()
        liaison.context.close()

    assert violations == []
    assert errors == []
    account.refresh_from_db()
    assert account.stage == "repatriated"
    mla_fr.refresh_from_db()
    assert mla_fr.status == "executed"
    sent = MlaRequest.objects.get(
        case=case,
        requested_state_id="CH",
        kind="freeze",
        status="sent",
        description="Freeze the account.",
    )
    assert list(sent.assets.values_list("description", flat=True)) == [
        "Private banking account, Geneva"
    ]
