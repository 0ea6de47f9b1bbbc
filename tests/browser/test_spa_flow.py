"""The SPA's flow in headless Chromium, against the live API, from another origin.

The page (tests/browser/page) is served from 127.0.0.1:B and the API from 127.0.0.1:A: another
origin (the port differs), the same site (the host is the same), as an SPA on app.example.org is
to an API on api.example.org. So the API must allow the page's origin for CORS with credentials,
and trust it for CSRF, while SameSite=Lax cookies still travel with `credentials: "include"`
(a page on "localhost" would be another site, and Lax cookies would not). The prosecutor signs in
with a second factor, as production requires of prosecutors.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django_otp.plugins.otp_totp.models import TOTPDevice

from cases.models import AuditEvent, Document, Role
from tests.browser.conftest import running_api
from tests.factories import make_asset, make_case, make_user
from tests.security.conftest import current_code

PASSWORD = "a long browser test passphrase"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_spa_signs_in_works_and_signs_out_from_another_origin(
    browser, page_origin, tmp_path
) -> None:
    prosecutor = make_user(username="browser_prosecutor", role=Role.PROSECUTOR, state_id="GB")
    # The server hashes as production does; the suite's own hasher is a fast one.
    prosecutor.password = PBKDF2PasswordHasher().encode(PASSWORD, "browsertestsalt")
    prosecutor.save()
    device = TOTPDevice.objects.create(user=prosecutor, name="app", confirmed=True)
    case = make_case(by=prosecutor, title="Browser case")
    asset = make_asset(case=case)
    stranger = make_user(username="browser_stranger", role=Role.PROSECUTOR, state_id="NG")
    make_case(by=stranger, title="Not for GB")

    env = {
        "CORS_ALLOWED_ORIGINS": page_origin,
        "CSRF_TRUSTED_ORIGINS": page_origin,
        "MFA_REQUIRED_ROLES": "prosecutor,admin",
    }
    code = current_code(device)
    with running_api(env, tmp_path / "media") as api, browser() as chromium:
        query = urlencode(
            {
                "api": api,
                "username": "browser_prosecutor",
                "password": PASSWORD,
                "otp": code,
                "case": str(case.pk),
                "asset": str(asset.pk),
            }
        )
        page = chromium.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{page_origin}/index.html?{query}")
        page.wait_for_selector("body[data-done]", timeout=30_000)
        results = json.loads(page.inner_text("#log"))

    assert errors == []
    assert "error" not in results, results
    assert results["csrf"] is True
    assert results["login"] == {"status": 200, "username": "browser_prosecutor"}
    assert results["session_cookie_visible_to_script"] is False  # HttpOnly
    assert results["cases"] == {"status": 200, "references": [case.reference]}
    assert results["transition"]["status"] == 200
    assert results["write_without_csrf"] == {"status": 403, "code": "permission_denied"}
    assert results["upload"]["status"] == 201
    assert results["upload"]["content_type"] == "application/pdf"
    assert results["logout"] == {"status": 204}
    assert results["me_after_logout"] == {"status": 401}

    document = Document.objects.get(case=case)
    assert document.title == "Freezing order (browser)"
    assert document.sha256 == results["upload"]["sha256"]
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"auth.login", "auth.logout"} <= actions
    login = AuditEvent.objects.get(action="auth.login")
    assert login.changes["second_factor"] is True
    assert AuditEvent.objects.filter(case_id=case.pk, action__startswith="asset.").exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_page_from_an_origin_not_configured_gets_nothing(browser, page_origin, tmp_path) -> None:
    make_user(username="browser_liaison", role=Role.LIAISON, state_id="FR")
    env = {
        "CORS_ALLOWED_ORIGINS": "http://127.0.0.1:9",
        "CSRF_TRUSTED_ORIGINS": "http://127.0.0.1:9",
    }
    with running_api(env, tmp_path / "media") as api, browser() as chromium:
        page = chromium.new_page()
        page.goto(f"{page_origin}/index.html?{urlencode({'api': api})}")
        page.wait_for_selector("body[data-done]", timeout=30_000)
        results = json.loads(page.inner_text("#log"))
    # The browser refuses to hand the page the API's answers: the very first fetch fails.
    assert "Failed to fetch" in results["error"]
    assert "login" not in results
