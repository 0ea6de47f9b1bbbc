"""Issue 19 in a real browser: restraint orders, partial measures, appeals and the proceeds.

As in test_legal_work, the API runs under production settings on PostgreSQL with the demo loaded
and serves the built SPA; Debian's chromium drives it, and axe-core checks every screen in English
and French. A GB prosecutor of the case team adds an account in Zurich from the asset form, the
proceeds of laundering embezzled public funds (so a return is UNCAC Art. 57(3)(a)); freezes it by a
48-hour urgent measure, adds a UK restraint order without term, renews the urgent measure (the form
names the order renewed), lifts the UK order alone, releases part for living expenses; records a
value order and a payment from the account, a third party's claim partly upheld, a confiscation at
first instance made final on appeal, and an agreed sharing of it between Switzerland and the UK.
Before the confiscation the team records a dated valuation and sells the account before judgment
(UNCAC Art. 31(3)), the price its latest valuation; the payment shows in its legal history. The
CH liaison sees the valuations, the value order, the claim and the agreement its state is party
to, with no write control. With E2E_SCREENSHOTS=<dir> each screen is saved there (1280x900).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.management import call_command

from cases.models import Asset, Case, User
from tests.browser.conftest import running_api
from tests.browser.test_legal_work import DEMO_PASSWORD, Screens, submit
from workflows.proceeds_models import SharingAgreement, ThirdPartyClaim, ValueOrder

ACCOUNT = "Numbered account, Zurich"


def order(reference: str, issued: date, jurisdiction: str | None = None) -> dict[str, str]:
    fields = {
        "Issuing authority": "Federal Criminal Court",
        "Order reference": reference,
        "Issued on": issued.isoformat(),
    }
    if jurisdiction:
        fields["Jurisdiction of the order"] = jurisdiction
    return fields


def record(
    page: Any, fields: dict[str, str], checks: tuple[str, ...] = (), button: str = "Record"
) -> None:
    """Fills the open form and records it; a refusal fails with what the form says."""
    dialog = submit(page, fields, checks, button)
    try:
        dialog.wait_for(state="detached", timeout=15_000)
    except Exception as exc:
        said = dialog.get_by_role("alert").all_inner_texts() if dialog.count() else []
        beside = dialog.locator(".mantine-InputWrapper-error").all_inner_texts()
        raise AssertionError(f"not recorded: {said} {beside}") from exc


def option_value(select: Any, text: str) -> str:
    """The value of the option of a select whose label holds `text`."""
    return str(select.locator("option", has_text=text).first.get_attribute("value"))


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_restraint_orders_and_proceeds_in_the_browser(
    browser, spa_dist, tmp_path, monkeypatch, settings
) -> None:
    monkeypatch.setenv("DEMO_PASSWORD", DEMO_PASSWORD)
    settings.TASK_TEMPLATES = False  # no template tasks hold the confiscation back here
    call_command("seed_demo", verbosity=0)
    User.objects.update(password=PBKDF2PasswordHasher().encode(DEMO_PASSWORD, "measuressalt"))
    case = Case.objects.get(title__startswith="Oil ministry")
    today = date.today()
    issued = today - timedelta(days=1)

    with (
        running_api(
            {"MFA_REQUIRED_ROLES": "", "TASK_TEMPLATES": "0"}, tmp_path / "media"
        ) as origin,
        browser() as chromium,
    ):
        prosecutor = Screens(chromium, origin, "prosecutor_gb")
        page = prosecutor.page

        # The asset form: an account in Zurich, the proceeds of laundering embezzled funds.
        page.goto(f"/cases/{case.pk}/assets")
        page.get_by_role("button", name="Add asset").click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("Jurisdiction", exact=True).select_option("CH")
        dialog.get_by_label("Offence of which it is the proceeds", exact=True).select_option(
            "laundering_embezzled"
        )
        # Held in the name of the shell company, owned in the end by the minister.
        holder = dialog.get_by_label("Holder", exact=True)
        holder.select_option(option_value(holder, "Atlantic Crest Holdings Ltd"))
        owner = dialog.get_by_label("Beneficial owner", exact=True)
        owner.select_option(option_value(owner, "Chief Adebayo Demo-Okonkwo"))
        prosecutor.check("asset-form")
        record(
            page,
            {
                "Description": ACCOUNT,
                "Bank": "Banque Léman Zurich",
                "IBAN": "CH9300762011623852957",
                "Estimated value": "3000000.00",
                "Currency": "CHF",
                "Source": "Spontaneous disclosure by the Swiss FIU (MROS), 2026.",
            },
            button="Add asset",
        )
        page.get_by_role("link", name=ACCOUNT).click()
        page.get_by_role("heading", name=ACCOUNT, level=1).wait_for()
        asset_page = page.url.removeprefix(origin)
        page.get_by_test_id("asset-offence").get_by_text(
            "Laundering of embezzled public funds · UNCAC Art. 57(3)(a)"
        ).wait_for()
        page.get_by_test_id("asset-holder").get_by_text("Atlantic Crest Holdings Ltd").wait_for()
        page.get_by_test_id("asset-beneficial-owner").get_by_text(
            "Chief Adebayo Demo-Okonkwo"
        ).wait_for()

        # A 48-hour urgent measure: its hours run from its time of issue, on Swiss time.
        page.get_by_role("button", name="Freeze", exact=True).click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("Hours from its issue (urgent measure)").check()
        prosecutor.check("act-form-hours")
        record(
            page,
            {
                **order("CH-URG-2026-1", today),
                "Term in hours": "48",
                "Time of issue": "10:00",
                "Amount": "3000000.00",
                "Currency": "CHF",
            },
        )
        orders = page.get_by_test_id("restraint-orders")
        in_two_days = today + timedelta(days=2)
        orders.get_by_role("row").filter(has_text="CH-URG-2026-1").get_by_text(
            re.compile(rf"48 hours from .*10:00.* · until .*\b{in_two_days.day}\b.*10:00")
        ).wait_for()

        # A UK restraint order on the same account, without a term (POCA 2002 s. 41).
        page.get_by_role("button", name="Freeze", exact=True).click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("No fixed term").check()
        record(page, {**order("GB-RO-2026-7", issued, "GB"), "Issuing authority": "Crown Court"})
        orders.get_by_role("row").filter(has_text="GB-RO-2026-7").get_by_text(
            "No fixed term"
        ).wait_for()

        # The renewal names the order it renews: only the urgent measure has a term to renew.
        page.get_by_role("button", name="Renew freeze").click()
        dialog = page.get_by_role("dialog")
        renewed = dialog.get_by_label("Order renewed", exact=True)
        assert renewed.locator("option").count() == 1
        assert "CH-URG-2026-1" in renewed.locator("option").first.inner_text()
        prosecutor.check("act-form-renew")
        renewal_expiry = today + timedelta(days=90)
        record(
            page,
            {**order("CH-FO-2026-2", today), "Expires on": renewal_expiry.isoformat()},
        )
        orders.get_by_role("row").filter(has_text="CH-URG-2026-1").get_by_text(
            "Superseded"
        ).wait_for()
        orders.get_by_role("row").filter(has_text="CH-FO-2026-2").get_by_text(
            re.compile(r"Last day in force: ")
        ).wait_for()

        # Lift the UK order alone: the Swiss freeze stays.
        page.get_by_role("button", name="Release one order").click()
        dialog = page.get_by_role("dialog")
        lifted = dialog.get_by_label("Order lifted", exact=True)
        lifted.select_option(option_value(lifted, "GB-RO-2026-7"))
        record(page, {**order("GB-DIS-2026-1", today, "GB"), "Issuing authority": "Crown Court"})
        orders.get_by_role("row").filter(has_text="GB-RO-2026-7").get_by_text("Released").wait_for()

        # Part of the frozen value released for the owner's living expenses (UNCAC 31(9)).
        page.get_by_role("button", name="Release part").click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("Reason for the release", exact=True).select_option("living_expenses")
        prosecutor.check("act-form-release-part")
        record(
            page,
            {**order("CH-REL-2026-3", today), "Amount released": "25000.00", "Currency": "CHF"},
        )
        page.get_by_text(
            "Reason for the release: Living expenses of the owner or family"
        ).wait_for()
        page.get_by_test_id("recovery-frozen").filter(has_text="2,975,000.00").wait_for()
        prosecutor.check("asset-orders")

        # The proceeds: a value order against the case, paid in part from the account.
        page.goto(f"/cases/{case.pk}/proceeds")
        page.get_by_role("button", name="New value order").click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("The order is final (no appeal pending)").check()
        prosecutor.check("value-order-form")
        record(
            page,
            {
                **order("SK.2026.40-VO", today, "CH"),
                "Amount": "500000.00",
                "Currency": "CHF",
                "Basis": "conviction",
            },
        )
        row = (
            page.get_by_test_id("value-orders").get_by_role("row").filter(has_text="SK.2026.40-VO")
        )
        row.get_by_role("button", name="Record a payment").click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("Paid from", exact=True).select_option(
            option_value(dialog.get_by_label("Paid from", exact=True), ACCOUNT)
        )
        record(page, {"Amount paid (CHF)": "200000.00"})
        row.get_by_test_id("outstanding").filter(has_text="300,000.00").wait_for()
        row.get_by_role("button", name="Payments of order SK.2026.40-VO").click()
        page.get_by_test_id("satisfactions").get_by_text(ACCOUNT).wait_for()

        # A bona fide creditor's claim on the account, partly upheld.
        page.get_by_role("button", name="New claim").click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("Asset", exact=True).select_option(
            option_value(dialog.get_by_label("Asset", exact=True), ACCOUNT)
        )
        record(
            page,
            {
                "Claimant": "Banque Léman (pledge)",
                "Grounds": "Pledge over the account, 2019.",
                "Filed on": issued.isoformat(),
                "Amount claimed": "100000.00",
                "Currency": "CHF",
            },
        )
        page.get_by_role(
            "button", name="Record the decision on the claim of Banque Léman (pledge)"
        ).click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("Outcome", exact=True).select_option("partly_upheld")
        prosecutor.check("claim-decision-form")
        record(
            page,
            {
                "Deciding authority": "Federal Criminal Court",
                "Decided on": today.isoformat(),
                "Amount upheld (CHF)": "40000.00",
            },
        )
        page.get_by_test_id("claims").get_by_text("Partly upheld").wait_for()

        # A dated valuation from the team's form; then the account sold before judgment with the
        # court's authorisation (UNCAC Art. 31(3), 2018/1805 Art. 28): it stays restrained as the
        # price, which is also its latest valuation. The payment to the value order above is in
        # its legal history, though never offered as a button.
        page.goto(asset_page)
        page.get_by_text("Applied to a value order", exact=True).wait_for()
        assert page.get_by_role("button", name="Applied to a value order").count() == 0
        page.get_by_role("button", name="Add a valuation").click()
        prosecutor.check("valuation-form")
        record(
            page,
            {
                "Valued on": issued.isoformat(),
                "Amount": "2950000.00",
                "Currency": "CHF",
                "Method or source": "Bank statement of the account",
            },
            button="Record the valuation",
        )
        valuations = page.get_by_test_id("valuations")
        valuations.get_by_role("row").filter(has_text="Bank statement").get_by_text(
            "2,950,000.00"
        ).wait_for()
        page.get_by_role("button", name="Sale before judgment").click()
        prosecutor.check("act-form-sale")
        record(
            page,
            {
                **order("CH-SALE-2026-4", today),
                "Sale price": "2800000.00",
                "Currency": "CHF",
                "Day of the sale": today.isoformat(),
            },
        )
        page.get_by_text(re.compile(r"^Sold on ")).wait_for()
        page.get_by_text(re.compile(r"^Sale price: CHF.2,800,000\.00$")).wait_for()
        valuations.get_by_role("row").filter(has_text="CH-SALE-2026-4").get_by_text(
            "2,800,000.00"
        ).wait_for()
        page.get_by_test_id("recovery-frozen").filter(has_text="2,800,000.00").wait_for()
        prosecutor.check("asset-valuations")

        # A confiscation at first instance, made final on appeal.
        page.goto(asset_page)
        page.get_by_role("button", name="Confiscate (first instance, appealable)").click()
        confiscation = {
            **order("SK.2026.40", today),
            "Basis": "conviction",
            "Amount": "2000000.00",
            "Currency": "CHF",
        }
        record(page, confiscation)
        page.get_by_role("heading", name=ACCOUNT, level=1).wait_for()
        page.get_by_text("Confiscated, under appeal").first.wait_for()
        page.get_by_role("button", name="Confiscation final").click()
        prosecutor.check("act-form-appeal")
        record(page, {**order("BB.2026.5", today), "Issuing authority": "Appeals Chamber"})
        page.get_by_role("button", name="Repatriate", exact=True).wait_for()

        # Its sharing between Switzerland (executing) and the UK (issuing), by agreement.
        page.goto(f"/cases/{case.pk}/proceeds")
        page.get_by_role("button", name="New sharing agreement").click()
        dialog = page.get_by_role("dialog")
        shared = dialog.get_by_label("Proceeds of", exact=True)
        shared.select_option(option_value(shared, ACCOUNT))
        dialog.get_by_label("Executing state", exact=True).select_option("CH")
        dialog.get_by_label("Issuing state", exact=True).select_option("GB")
        dialog.get_by_label("Rule", exact=True).select_option("agreed_share")
        record(
            page,
            {
                "Issuing state's share (%)": "50",
                "Agreement reference": "CH-GB MoU 2026/1",
                "Amount obtained and shared": "1000000.00",
                "Currency": "CHF",
            },
        )
        sharing = page.get_by_test_id("sharing-agreements")
        sharing.get_by_text("United Kingdom: CHF 500,000.00").wait_for()
        prosecutor.check("proceeds")

        prosecutor.french()
        for name, path in [
            ("proceeds", f"/cases/{case.pk}/proceeds"),
            ("asset-orders", asset_page),
            ("assets-tab", f"/cases/{case.pk}/assets"),
        ]:
            page.goto(path)
            prosecutor.check(name)
        page.get_by_role("button", name="Ajouter un avoir").click()
        prosecutor.check("asset-form")
        page.get_by_role("dialog").get_by_role("button", name="Annuler").click()
        flat = page.get_by_role("row").filter(has_text="Flat, Kensington, London")
        flat.get_by_role("button", name="Geler", exact=True).click()
        page.get_by_role("dialog").get_by_label(
            "Heures depuis sa délivrance (mesure urgente)"
        ).check()
        prosecutor.check("act-form-hours")
        page.get_by_role("dialog").get_by_role("button", name="Annuler").click()
        prosecutor.english()

        # The CH liaison: what the API gives them, and no write control.
        liaison = Screens(chromium, origin, "liaison_ch")
        page = liaison.page
        page.goto(f"/cases/{case.pk}/proceeds")
        page.get_by_test_id("value-orders").get_by_text("SK.2026.40-VO").wait_for()
        page.get_by_test_id("claims").get_by_text("Banque Léman (pledge)").wait_for()
        page.get_by_test_id("sharing-agreements").get_by_text("CH-GB MoU 2026/1").wait_for()
        for control in (
            "New value order",
            "New claim",
            "New sharing agreement",
            "Record a payment",
        ):
            assert page.get_by_role("button", name=control).count() == 0, control
        assert page.get_by_role("button", name=re.compile("^Record the decision")).count() == 0
        liaison.check("proceeds")
        page.goto(asset_page)
        page.get_by_test_id("restraint-orders").wait_for()
        assert page.get_by_role("button", name="Edit asset").count() == 0
        page.get_by_test_id("asset-holder").get_by_text("Atlantic Crest Holdings Ltd").wait_for()
        # The valuations, without the form.
        page.get_by_test_id("valuations").get_by_text("Bank statement of the account").wait_for()
        assert page.get_by_role("button", name="Add a valuation").count() == 0
        liaison.check("asset-orders")
        liaison.french()
        for name, path in [
            ("proceeds", f"/cases/{case.pk}/proceeds"),
            ("asset-orders", asset_page),
        ]:
            page.goto(path)
            liaison.check(name)
        liaison.english()

        violations = prosecutor.violations + liaison.violations
        errors = prosecutor.errors + liaison.errors
        prosecutor.context.close()
        liaison.context.close()

    assert violations == []
    assert errors == []
    account = Asset.objects.get(case=case, description=ACCOUNT)
    assert asset_page == f"/assets/{account.pk}"
    assert account.stage == "confiscated"
    assert account.offence_category == "laundering_embezzled"
    assert (account.holder.name, account.beneficial_owner.name) == (
        "Atlantic Crest Holdings Ltd",
        "Chief Adebayo Demo-Okonkwo",
    )
    sale = account.transitions.get(action="sell_before_judgment")
    assert (sale.sold_on, sale.amount) == (today, Decimal("2800000"))
    assert list(account.valuations.values_list("amount", flat=True)) == [
        Decimal("2800000"),
        Decimal("2950000"),
    ]
    assert ValueOrder.objects.get(case=case, order_reference="SK.2026.40-VO").final
    claim = ThirdPartyClaim.objects.get(asset=account)
    assert (claim.status, claim.upheld_amount) == ("partly_upheld", Decimal("40000"))
    agreement = SharingAgreement.objects.get(asset=account)
    assert (agreement.executing_state_id, agreement.issuing_state_id) == ("CH", "GB")
