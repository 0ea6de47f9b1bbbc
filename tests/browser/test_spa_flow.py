"""The real web application, built once, served from another origin than the API's.

The SPA (frontend/dist) is served from 127.0.0.1:B and the API from 127.0.0.1:A: another origin
(the port differs), the same site (the host is the same), as an SPA on app.example.org is to an
API on api.example.org. Its API base address is the api-base <meta> of its page, so the same build
works here and at the API's own origin. So the API must allow the page's origin for CORS with
credentials, and trust it for CSRF, while SameSite=Lax cookies still travel. The prosecutor signs
in with a second factor, as production requires of prosecutors.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django_otp.plugins.otp_totp.models import TOTPDevice

from audit.models import AuditEvent
from cases.models import Role
from documents.models import Document
from tests.accounts.conftest import current_code
from tests.browser.conftest import running_api
from tests.factories import make_asset, make_case, make_user

PASSWORD = "a long browser test passphrase"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_spa_from_another_origin_signs_in_uploads_and_signs_out(
    browser, spa_elsewhere, tmp_path
) -> None:
    prosecutor = make_user(username="browser_prosecutor", role=Role.PROSECUTOR, state_id="GB")
    # The server hashes as production does; the suite's own hasher is a fast one.
    prosecutor.password = PBKDF2PasswordHasher().encode(PASSWORD, "browsertestsalt")
    prosecutor.save()
    device = TOTPDevice.objects.create(user=prosecutor, name="app", confirmed=True)
    case = make_case(by=prosecutor, title="Browser case")
    make_asset(case=case)
    stranger = make_user(username="browser_stranger", role=Role.PROSECUTOR, state_id="NG")
    make_case(by=stranger, title="Not for GB")
    upload = tmp_path / "order.pdf"
    upload.write_bytes(PDF)

    env = {
        "CORS_ALLOWED_ORIGINS": spa_elsewhere.origin,
        "CSRF_TRUSTED_ORIGINS": spa_elsewhere.origin,
        "MFA_REQUIRED_ROLES": "prosecutor,admin",
    }
    code = current_code(device)
    with running_api(env, tmp_path / "media") as api, browser() as chromium:
        spa_elsewhere.api_origin = api
        page = chromium.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{spa_elsewhere.origin}/cases")
        page.wait_for_url(re.compile(r"/login"))
        page.get_by_label("Username").fill("browser_prosecutor")
        page.get_by_label("Password", exact=True).fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.get_by_label("Authentication code").fill(code)
        page.get_by_role("button", name="Sign in").click()
        # Back where the user was going, signed in.
        page.get_by_role("heading", name="Cases", level=1).wait_for()
        page.get_by_role("link", name=case.reference).wait_for()
        assert page.get_by_text("Not for GB").count() == 0
        session_visible = page.evaluate("document.cookie.includes('sessionid')")

        page.get_by_role("link", name=case.reference).click()
        page.get_by_role("heading", name=case.reference, level=1).wait_for()
        page.get_by_role("tab", name="Documents").click()
        page.get_by_label("Title").fill("Freezing order (browser)")
        page.locator("input[type=file]").set_input_files(str(upload))
        page.get_by_role("button", name="Upload").click()
        page.get_by_role("link", name="Download Freezing order (browser)").wait_for()

        page.get_by_role("button", name="Sign out").click()
        page.wait_for_url(re.compile(r"/login"))
        page.goto(f"{spa_elsewhere.origin}/")
        page.wait_for_url(re.compile(r"/login"))

    assert errors == []
    assert session_visible is False  # HttpOnly
    document = Document.objects.get(case=case)
    assert document.title == "Freezing order (browser)"
    assert document.content_type == "application/pdf"
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"auth.login", "auth.logout"} <= actions
    login = AuditEvent.objects.get(action="auth.login")
    assert login.changes["second_factor"] is True


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_spa_from_an_origin_not_configured_gets_nothing(
    browser, spa_elsewhere, tmp_path
) -> None:
    liaison = make_user(username="browser_liaison", role=Role.LIAISON, state_id="FR")
    liaison.password = PBKDF2PasswordHasher().encode(PASSWORD, "browsertestsalt")
    liaison.save()
    env = {
        "CORS_ALLOWED_ORIGINS": "http://127.0.0.1:9",
        "CSRF_TRUSTED_ORIGINS": "http://127.0.0.1:9",
    }
    with running_api(env, tmp_path / "media") as api, browser() as chromium:
        spa_elsewhere.api_origin = api
        page = chromium.new_page()
        page.goto(f"{spa_elsewhere.origin}/login")
        page.get_by_label("Username").fill("browser_liaison")
        page.get_by_label("Password", exact=True).fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        # The browser refuses to hand the page the API's answers: no sign-in, an alert.
        page.get_by_role("alert").wait_for()
        assert page.get_by_role("navigation").count() == 0
    assert not AuditEvent.objects.filter(action="auth.login").exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_prosecutor_without_a_second_factor_enrols_in_the_spa(browser, tmp_path) -> None:
    import base64

    from django_otp.oath import TOTP

    prosecutor = make_user(username="browser_enrolling", role=Role.PROSECUTOR, state_id="GB")
    prosecutor.password = PBKDF2PasswordHasher().encode(PASSWORD, "browsertestsalt")
    prosecutor.save()
    env = {"MFA_REQUIRED_ROLES": "prosecutor,admin"}
    with running_api(env, tmp_path / "media") as api, browser() as chromium:
        page = chromium.new_page()
        page.goto(f"{api}/login")
        page.get_by_label("Username").fill("browser_enrolling")
        page.get_by_label("Password", exact=True).fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        # The role requires a second factor and the user has none: enrol, then carry on.
        secret = page.get_by_test_id("totp-secret").inner_text()
        page.reload()  # the half signed-in page still loads (and keeps asking to enrol)
        page.get_by_label("Username").fill("browser_enrolling")
        page.get_by_label("Password", exact=True).fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        secret = page.get_by_test_id("totp-secret").inner_text()
        key = base64.b32decode(secret + "=" * (-len(secret) % 8))
        page.get_by_label("Authentication code").fill(f"{TOTP(key).token():06d}")
        page.get_by_role("button", name="Confirm").click()
        page.get_by_role("button", name="Continue").click()
        page.get_by_role("heading", name="My work", level=1).wait_for()
        assert page.get_by_role("navigation").count() == 1
    assert TOTPDevice.objects.filter(user=prosecutor, confirmed=True).exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_expired_session_asks_for_the_password_and_keeps_what_was_typed(
    browser, spa_dist, tmp_path
) -> None:
    prosecutor = make_user(username="browser_idle", role=Role.PROSECUTOR, state_id="GB")
    prosecutor.password = PBKDF2PasswordHasher().encode(PASSWORD, "browsertestsalt")
    prosecutor.save()
    case = make_case(by=prosecutor, title="Idle case")
    env = {"SESSION_IDLE_SECONDS": "3", "MFA_REQUIRED_ROLES": ""}
    with running_api(env, tmp_path / "media") as api, browser() as chromium:
        page = chromium.new_page()
        page.goto(f"{api}/cases/{case.pk}")
        page.get_by_label("Username").fill("browser_idle")
        page.get_by_label("Password", exact=True).fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.get_by_role("button", name="Edit case").click()
        page.get_by_label("Title", exact=True).fill("Idle case, retitled after a coffee")
        page.wait_for_timeout(4_500)  # idle past SESSION_IDLE_SECONDS
        page.get_by_role("button", name="Save").click()
        dialog = page.get_by_role("dialog")
        dialog.get_by_label("Password", exact=True).fill(PASSWORD)
        dialog.get_by_role("button", name="Sign in").click()
        dialog.wait_for(state="hidden")
        # The edit is still there; saving it now works.
        assert page.get_by_label("Title", exact=True).input_value() == (
            "Idle case, retitled after a coffee"
        )
        page.get_by_role("button", name="Save").click()
        page.get_by_text("Idle case, retitled after a coffee", exact=True).wait_for()
    case.refresh_from_db()
    assert case.title == "Idle case, retitled after a coffee"
