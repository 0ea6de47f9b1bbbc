"""Helpers for the hostile-user tests: second-factor codes, sign-in, production-like settings."""

from __future__ import annotations

from typing import Any

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from rest_framework.test import APIClient

from cases.models import User
from tests.factories import TEST_PASSWORD

LOGIN = "/api/v1/auth/login/"


def current_code(device: TOTPDevice, *, steps_ahead: int = 0) -> str:
    """The code the user's app shows now (or `steps_ahead` periods later)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = totp.time + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def enrolled(user: User) -> TOTPDevice:
    """A confirmed authenticator app for `user` (as after enrolment), with recovery codes."""
    from accounts.services.mfa import _new_recovery_codes

    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    _new_recovery_codes(user)
    return device


def sign_in(client: APIClient, username: str, password: str = TEST_PASSWORD, **extra: Any) -> Any:
    return client.post(LOGIN, {"username": username, "password": password, **extra}, format="json")


@pytest.fixture
def mfa_on(settings) -> None:
    """The production default: prosecutors and admins must use a second factor."""
    settings.MFA_REQUIRED_ROLES = ["prosecutor", "admin"]
