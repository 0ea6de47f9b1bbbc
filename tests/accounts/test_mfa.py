"""The second factor: enrolment and removal through the API, sign-in with a code or a recovery
code, and sessions that owe one can do nothing but finish signing in."""

from __future__ import annotations

import pytest
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from rest_framework.test import APIClient

from audit.models import AuditEvent
from tests.accounts.conftest import current_code, enrolled, sign_in
from tests.factories import TEST_PASSWORD

pytestmark = pytest.mark.django_db

MFA = "/api/v1/auth/mfa/"
TOTP = "/api/v1/auth/mfa/totp/"
CONFIRM = "/api/v1/auth/mfa/totp/confirm/"
RECOVERY = "/api/v1/auth/mfa/recovery-codes/"


def unthrottle(user) -> None:
    """django-otp makes a device wait after a wrong code (1 s, doubling); tests do not wait."""
    from django_otp.plugins.otp_static.models import StaticDevice

    for model in (TOTPDevice, StaticDevice):
        model.objects.filter(user=user).update(
            throttling_failure_count=0, throttling_failure_timestamp=None
        )


def audit_actions(prefix: str = "mfa.") -> list[str]:
    return list(
        AuditEvent.objects.filter(action__startswith=prefix)
        .order_by("occurred_at", "sequence")
        .values_list("action", flat=True)
    )


def test_enrolment_confirmation_and_status(personas, client_for) -> None:
    client = client_for(personas.liaison_fr)
    assert client.get(MFA).json() == {
        "enrolled": False,
        "enrolment_pending": False,
        "required_for_role": False,
        "session_verified": False,
        "pending": False,
        "recovery_codes_remaining": 0,
    }
    started = client.post(TOTP)
    assert started.status_code == 201
    body = started.json()
    assert body["otpauth_uri"].startswith("otpauth://totp/Asset%20Recovery%3Aliaison_fr?")
    assert body["secret"] in body["otpauth_uri"]
    assert (body["digits"], body["period"]) == (6, 30)
    assert client.get(MFA).json()["enrolment_pending"] is True

    device = TOTPDevice.objects.get(user=personas.liaison_fr)
    wrong = client.post(CONFIRM, {"otp": "000000"}, format="json")
    assert wrong.status_code == 400
    assert wrong.json()["errors"][0] == {
        "attr": "otp",
        "code": "invalid_otp",
        "detail": "The code is not valid.",
    }
    device.refresh_from_db()
    device.throttle_reset()  # django-otp makes the next try wait after a wrong code
    confirmed = client.post(CONFIRM, {"otp": current_code(device)}, format="json")
    assert confirmed.status_code == 200
    codes = confirmed.json()["recovery_codes"]
    assert len(codes) == 10
    assert len(set(codes)) == 10
    status = client.get(MFA).json()
    assert status["enrolled"] is True
    assert status["session_verified"] is True
    assert status["recovery_codes_remaining"] == 10
    # A second app needs the first removed.
    assert client.post(TOTP).status_code == 409
    assert audit_actions() == ["mfa.totp_enrolment_started", "mfa.totp_confirmed"]
    # The trail never holds the secret or the codes.
    for event in AuditEvent.objects.filter(action__startswith="mfa."):
        assert body["secret"] not in str(event.changes)
        assert not any(code in str(event.changes) for code in codes)


def test_sign_in_with_a_second_factor(personas) -> None:
    device = enrolled(personas.liaison_fr)

    missing = sign_in(APIClient(), "liaison_fr")
    assert missing.status_code == 400
    assert missing.json()["errors"][0]["code"] == "otp_required"
    assert "sessionid" not in missing.cookies

    wrong = sign_in(APIClient(), "liaison_fr", otp="000000")
    assert wrong.status_code == 400
    assert wrong.json()["errors"][0]["code"] == "invalid_otp"
    assert "sessionid" not in wrong.cookies
    device.refresh_from_db()
    device.throttle_reset()

    client = APIClient()
    good = sign_in(client, "liaison_fr", otp=current_code(device))
    assert good.status_code == 200
    assert client.get(MFA).json()["session_verified"] is True
    assert client.get("/api/v1/cases/").status_code == 200

    # The same code does not work twice.
    assert sign_in(APIClient(), "liaison_fr", otp=current_code(device)).status_code == 400


def test_a_recovery_code_signs_in_once(personas) -> None:
    enrolled(personas.liaison_fr)
    code = StaticToken.objects.filter(device__user=personas.liaison_fr).first().token
    client = APIClient()
    assert sign_in(client, "liaison_fr", otp=code.upper()).status_code == 200
    assert client.get("/api/v1/cases/").status_code == 200
    assert sign_in(APIClient(), "liaison_fr", otp=code).status_code == 400
    assert "mfa.recovery_code_used" in audit_actions()


def test_wrong_codes_count_towards_the_lockout(personas) -> None:
    device = enrolled(personas.liaison_fr)
    for _ in range(5):
        device.refresh_from_db()
        device.throttle_reset()
        assert sign_in(APIClient(), "liaison_fr", otp="000000").status_code == 400
    device.refresh_from_db()
    device.throttle_reset()
    locked = sign_in(APIClient(), "liaison_fr", otp=current_code(device))
    assert locked.status_code == 429


def test_a_role_that_requires_it_gets_a_half_signed_in_session(personas, mfa_on) -> None:
    client = APIClient(enforce_csrf_checks=True)
    client.get("/api/v1/auth/csrf/")
    signed_in = sign_in(client, "prosecutor_gb")
    assert signed_in.status_code == 200
    csrf = {"HTTP_X_CSRFTOKEN": client.cookies["csrftoken"].value}

    for method, url in [
        ("get", "/api/v1/cases/"),
        ("get", "/api/v1/states/"),
        ("get", "/api/v1/deadlines.ics"),
        ("get", "/api/v1/auth/tokens/"),
        ("post", "/api/v1/auth/tokens/"),
        ("get", "/api/v1/notifications/"),
        ("post", RECOVERY),
    ]:
        refused = getattr(client, method)(url, {}, format="json", **csrf)
        assert refused.status_code == 403, url
        assert refused["Content-Type"] == "application/problem+json"
        assert refused.json()["code"] == "mfa_required", url
    assert client.get("/api/v1/auth/me/").status_code == 200
    status = client.get(MFA).json()
    assert (status["required_for_role"], status["pending"]) == (True, True)

    client.post(TOTP, **csrf)
    device = TOTPDevice.objects.get(user=personas.prosecutor_gb)
    confirmed = client.post(CONFIRM, {"otp": current_code(device)}, format="json", **csrf)
    assert confirmed.status_code == 200
    assert client.get("/api/v1/cases/").status_code == 200
    assert client.get(MFA).json()["pending"] is False

    logged_out = client.post("/api/v1/auth/logout/", **csrf)
    assert logged_out.status_code == 204


def test_a_half_signed_in_session_may_sign_out(personas, mfa_on) -> None:
    client = APIClient()
    sign_in(client, "admin_gb")
    assert client.get("/api/v1/cases/").json()["code"] == "mfa_required"
    assert client.post("/api/v1/auth/logout/").status_code == 204
    assert client.get("/api/v1/auth/me/").status_code == 401


def test_roles_outside_the_setting_are_not_held(personas, mfa_on) -> None:
    client = APIClient()
    sign_in(client, "liaison_fr")
    assert client.get("/api/v1/cases/").status_code == 200


def test_sessions_opened_elsewhere_owe_the_factor_fail_closed(personas, client_for) -> None:
    """A session not opened by the API login (the admin's login page, say) has not shown a code."""
    enrolled(personas.liaison_fr)
    client = client_for(personas.liaison_fr)
    assert client.get("/api/v1/cases/").json()["code"] == "mfa_required"
    admin = client.get("/admin/")
    assert admin.status_code == 403


def test_removal_needs_a_valid_code_and_takes_the_recovery_codes(personas) -> None:
    device = enrolled(personas.liaison_fr)
    client = APIClient()
    sign_in(client, "liaison_fr", otp=current_code(device))
    refused = client.delete(TOTP, {"otp": "123456"}, format="json")
    assert refused.status_code == 400
    assert TOTPDevice.objects.filter(user=personas.liaison_fr).exists()
    assert client.delete(TOTP, {}, format="json").status_code == 400
    unthrottle(personas.liaison_fr)

    code = StaticToken.objects.filter(device__user=personas.liaison_fr).first().token
    assert client.delete(TOTP, {"otp": code}, format="json").status_code == 204
    assert not TOTPDevice.objects.filter(user=personas.liaison_fr).exists()
    assert not StaticToken.objects.filter(device__user=personas.liaison_fr).exists()
    assert "mfa.totp_removed" in audit_actions()
    # Without a second factor, the user signs in with the password alone again.
    assert sign_in(APIClient(), "liaison_fr").status_code == 200


def test_removal_by_a_role_that_requires_it_holds_the_session_again(personas, mfa_on) -> None:
    device = enrolled(personas.prosecutor_gb)
    client = APIClient()
    sign_in(client, "prosecutor_gb", otp=current_code(device))
    assert client.get("/api/v1/cases/").status_code == 200
    code = StaticToken.objects.filter(device__user=personas.prosecutor_gb).first().token
    assert client.delete(TOTP, {"otp": code}, format="json").status_code == 204
    assert client.get("/api/v1/cases/").json()["code"] == "mfa_required"


def test_recovery_codes_are_replaced_with_a_current_code(personas) -> None:
    device = enrolled(personas.liaison_fr)
    old = set(
        StaticToken.objects.filter(device__user=personas.liaison_fr).values_list("token", flat=True)
    )
    client = APIClient()
    sign_in(client, "liaison_fr", otp=current_code(device))
    assert client.post(RECOVERY, {"otp": "000000"}, format="json").status_code == 400
    unthrottle(personas.liaison_fr)
    fresh = client.post(RECOVERY, {"otp": current_code(device, steps_ahead=1)}, format="json")
    assert fresh.status_code == 200
    new = set(fresh.json()["recovery_codes"])
    assert len(new) == 10
    assert not new & old
    assert sign_in(APIClient(), "liaison_fr", otp=sorted(old)[0]).status_code == 400
    unthrottle(personas.liaison_fr)
    assert sign_in(APIClient(), "liaison_fr", otp=sorted(new)[0]).status_code == 200
    assert "mfa.recovery_codes_regenerated" in audit_actions()


def test_a_token_cannot_manage_the_second_factor(personas, client_for) -> None:
    key = (
        client_for(personas.liaison_fr)
        .post("/api/v1/auth/tokens/", {"name": "cron"}, format="json")
        .json()["key"]
    )
    script = APIClient()
    script.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert script.get(MFA).status_code == 403
    assert script.post(TOTP).status_code == 403
    assert script.get("/api/v1/cases/").status_code == 200


def test_tokens_of_a_required_role_come_only_from_a_verified_session(personas, mfa_on) -> None:
    device = enrolled(personas.prosecutor_gb)
    client = APIClient()
    sign_in(client, "prosecutor_gb", otp=current_code(device))
    created = client.post("/api/v1/auth/tokens/", {"name": "nightly"}, format="json")
    assert created.status_code == 201
    # Using the token needs no code: scripts cannot type one.
    script = APIClient()
    script.credentials(HTTP_AUTHORIZATION=f"Token {created.json()['key']}")
    assert script.get("/api/v1/cases/").status_code == 200


def test_the_login_trail_says_whether_a_second_factor_was_used(personas) -> None:
    device = enrolled(personas.liaison_fr)
    sign_in(APIClient(), "liaison_fr", otp=current_code(device))
    sign_in(APIClient(), "liaison_ch", TEST_PASSWORD)
    logins = AuditEvent.objects.filter(action="auth.login").order_by("occurred_at")
    assert [e.changes["second_factor"] for e in logins] == [True, False]
