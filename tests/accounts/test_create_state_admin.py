"""`manage.py create_state_admin`: the first administrator of a state on a fresh installation."""

from __future__ import annotations

import getpass
import sys
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from rest_framework.test import APIClient

from accounts.services.users import STATE_ADMINS_GROUP
from audit.models import AuditEvent
from cases.models import Role, User
from tests.accounts.conftest import sign_in
from tests.factories import TEST_PASSWORD, make_user

pytestmark = pytest.mark.django_db

ENV = "TEST_STATE_ADMIN_PASSWORD"


def create(**options: Any) -> str:
    out = StringIO()
    arguments = {"username": "admin_fr", "email": "admin@example.fr", "state": "FR"}
    arguments.update(options)
    call_command(
        "create_state_admin",
        *[f"--{k.replace('_', '-')}={v}" for k, v in arguments.items()],
        stdout=out,
    )
    return out.getvalue()


def test_creates_a_state_admin_who_signs_in(monkeypatch) -> None:
    monkeypatch.setenv(ENV, TEST_PASSWORD)
    output = create(password_env=ENV, name="Claire Admin")

    user = User.objects.get(username="admin_fr")
    assert "Created administrator admin_fr of FR" in output
    assert (user.role, user.state_id, user.email) == (Role.ADMIN, "FR", "admin@example.fr")
    assert user.is_staff
    assert user.is_active
    assert not user.is_superuser
    assert user.groups.filter(name=STATE_ADMINS_GROUP).exists()
    assert user.check_password(TEST_PASSWORD)
    event = AuditEvent.objects.get(action="user.created", object_id=str(user.pk))
    assert event.actor_label == "command:create_state_admin"
    assert TEST_PASSWORD not in str(event.changes)

    response = sign_in(APIClient(), "admin_fr")
    assert response.status_code == 200, response.content
    assert response.json()["role"] == "admin"
    assert response.json()["state"]["code"] == "FR"


def test_state_code_is_case_insensitive(monkeypatch) -> None:
    monkeypatch.setenv(ENV, TEST_PASSWORD)
    create(password_env=ENV, state="ng", username="admin_ng")
    assert User.objects.get(username="admin_ng").state_id == "NG"


def test_unknown_state_is_refused(monkeypatch) -> None:
    monkeypatch.setenv(ENV, TEST_PASSWORD)
    with pytest.raises(CommandError, match="Unknown state code 'XX'"):
        create(password_env=ENV, state="XX")
    assert not User.objects.filter(username="admin_fr").exists()


def test_existing_username_is_refused(monkeypatch) -> None:
    make_user(username="admin_fr", role=Role.LIAISON, state_id="FR")
    monkeypatch.setenv(ENV, TEST_PASSWORD)
    with pytest.raises(CommandError, match="exists already"):
        create(password_env=ENV, username="Admin_FR")
    assert User.objects.get(username="admin_fr").role == Role.LIAISON
    assert not AuditEvent.objects.filter(action="user.created").exists()


def test_unset_variable_and_weak_password_are_refused(monkeypatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    with pytest.raises(CommandError, match=f"{ENV} is unset or empty"):
        create(password_env=ENV)
    monkeypatch.setenv(ENV, "short")
    with pytest.raises(CommandError, match="Password refused"):
        create(password_env=ENV)
    assert not User.objects.filter(username="admin_fr").exists()


def test_bad_email_is_refused(monkeypatch) -> None:
    monkeypatch.setenv(ENV, TEST_PASSWORD)
    with pytest.raises(CommandError, match="not an email address"):
        create(password_env=ENV, email="not-an-address")


def test_no_terminal_and_no_variable_is_refused(monkeypatch) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    with pytest.raises(CommandError, match="--password-env"):
        create()


def test_password_is_prompted_in_a_terminal(monkeypatch) -> None:
    class Tty(StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Tty())
    answers = iter([TEST_PASSWORD, TEST_PASSWORD])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    create()
    assert User.objects.get(username="admin_fr").check_password(TEST_PASSWORD)


def test_prompted_passwords_must_match(monkeypatch) -> None:
    class Tty(StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Tty())
    answers = iter([TEST_PASSWORD, TEST_PASSWORD + "!"])
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": next(answers))
    with pytest.raises(CommandError, match="differ"):
        create()
    assert not User.objects.filter(username="admin_fr").exists()


def test_no_password_option_on_the_command_line() -> None:
    with pytest.raises((CommandError, SystemExit)):
        call_command(
            "create_state_admin", "--username=a", "--email=a@b.org", "--state=FR", "--password=x"
        )
