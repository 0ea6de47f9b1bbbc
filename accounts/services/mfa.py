"""The second factor: a TOTP app, with single-use recovery codes for the day the phone is lost.

Devices are django-otp's: one `TOTPDevice` (unconfirmed while enrolment is under way) and one
`StaticDevice` holding the recovery codes. Whether a role must have a second factor is the setting
`MFA_REQUIRED_ROLES`. A session records in `MFA_SESSION_KEY` how its sign-in went; a session of a
user who must (or can) prove a second factor and has not is "half signed in" and may only finish
signing in (`session_mfa_pending`, enforced by `core.middleware.MfaRequiredMiddleware`).

Personal API tokens are created only from a full session (so never without the second factor
where one applies); using a token needs no code, which is what scripts need.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase
from django.core.exceptions import ValidationError
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from audit import trail
from cases.models import User
from core.problems import Conflict

MFA_SESSION_KEY = "mfa"
# The session passed a second factor.
SESSION_VERIFIED = "verified"
# The session was opened through the API login by a user who had no second factor then.
SESSION_WITHOUT_DEVICE = "no_device"

TOTP_NAME = "authenticator app"
RECOVERY_NAME = "recovery codes"

INVALID_CODE = "The code is not valid."


def mfa_required_for(user: User) -> bool:
    return user.role in settings.MFA_REQUIRED_ROLES


def confirmed_totp(user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def has_second_factor(user: User) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def second_factor_verify(*, user: User, code: str) -> bool:
    """A current TOTP code or an unused recovery code (which it uses up). django-otp throttles
    each device after failures and refuses a TOTP code that was already accepted once."""
    code = "".join(code.split())
    if not code:
        return False
    with transaction.atomic():
        totp = TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True).first()
        if totp is None:
            return False
        if code.isdigit() and totp.verify_token(code):
            return True
        recovery = StaticDevice.objects.select_for_update().filter(user=user).first()
        if recovery is not None and recovery.verify_token(code.lower()):
            trail.record(
                "mfa.recovery_code_used",
                obj=user,
                actor=user,
                changes={"remaining": recovery.token_set.count()},
            )
            return True
    return False


def _user_state(user: User) -> dict[str, Any]:
    return {"username": user.username}


@transaction.atomic
def totp_enrolment_start(*, user: User) -> TOTPDevice:
    """A new, unconfirmed TOTP device (any earlier unconfirmed one is dropped)."""
    if has_second_factor(user):
        raise Conflict(
            "An authenticator app is already set up; remove it first.", code="mfa_enrolled"
        )
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    device = TOTPDevice.objects.create(user=user, name=TOTP_NAME, confirmed=False)
    trail.record("mfa.totp_enrolment_started", obj=user, actor=user, changes=_user_state(user))
    return device


def _new_recovery_codes(user: User) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(settings.MFA_RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


@transaction.atomic
def totp_enrolment_confirm(*, user: User, code: str) -> list[str]:
    """Confirm the device with a code from the app; answers the recovery codes (shown once)."""
    device = TOTPDevice.objects.select_for_update().filter(user=user, confirmed=False).first()
    if device is None:
        raise Conflict("No enrolment is under way; start one first.", code="no_enrolment")
    if not "".join(code.split()).isdigit() or not device.verify_token("".join(code.split())):
        raise ValidationError({"otp": ValidationError(INVALID_CODE, "invalid_otp")})
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = _new_recovery_codes(user)
    trail.record("mfa.totp_confirmed", obj=user, actor=user, changes=_user_state(user))
    return codes


def _require_second_factor(user: User, code: str) -> None:
    if not has_second_factor(user):
        raise Conflict("No authenticator app is set up.", code="mfa_not_enrolled")
    if not second_factor_verify(user=user, code=code):
        raise ValidationError({"otp": ValidationError(INVALID_CODE, "invalid_otp")})


def totp_remove(*, user: User, code: str) -> None:
    """Remove the second factor; needs a current code or a recovery code."""
    # The code is checked in its own transaction: a wrong one must count towards the device's
    # throttle, which a rollback of the whole call would undo.
    _require_second_factor(user, code)
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        trail.record("mfa.totp_removed", obj=user, actor=user, changes=_user_state(user))


def recovery_codes_regenerate(*, user: User, code: str) -> list[str]:
    """New recovery codes (the old ones stop working); needs a current code."""
    _require_second_factor(user, code)
    with transaction.atomic():
        codes = _new_recovery_codes(user)
        trail.record(
            "mfa.recovery_codes_regenerated", obj=user, actor=user, changes=_user_state(user)
        )
    return codes


# --- Sessions ------------------------------------------------------------------------------------
def session_mark(session: SessionBase, *, verified: bool) -> None:
    session[MFA_SESSION_KEY] = SESSION_VERIFIED if verified else SESSION_WITHOUT_DEVICE


def session_mfa_pending(session: SessionBase, user: User) -> bool:
    """Whether this session still owes a second factor. Fails closed: a session that did not
    come through the API login (the admin's login page, say) owes one if the user has a device."""
    marker = session.get(MFA_SESSION_KEY)
    if marker == SESSION_VERIFIED:
        return False
    if mfa_required_for(user):
        return True
    if marker == SESSION_WITHOUT_DEVICE:
        return False
    return has_second_factor(user)
