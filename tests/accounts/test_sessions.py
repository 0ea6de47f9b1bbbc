"""Sessions: a new id at sign-in, idle and absolute timeouts, and deactivation ending every
session and token of the user on the very next request."""

from __future__ import annotations

import time

import pytest
from django.contrib.sessions.models import Session
from rest_framework.test import APIClient

from accounts.models import ApiToken
from accounts.services.users import user_deactivate
from accounts.sessions import SEEN_AT
from audit.models import AuditEvent
from tests.accounts.conftest import sign_in

pytestmark = pytest.mark.django_db

ME = "/api/v1/auth/me/"


def signed_in(username: str) -> APIClient:
    client = APIClient()
    assert sign_in(client, username).status_code == 200
    return client


def age(client: APIClient, **seconds_ago: float) -> None:
    session = client.session
    for key, ago in seconds_ago.items():
        session[key] = time.time() - ago
    session.save()


def test_sign_in_gives_a_new_session_id(personas) -> None:
    client = APIClient()
    client.cookies["sessionid"] = "attacker-chosen-session-id"
    sign_in(client, "prosecutor_gb")
    assert client.cookies["sessionid"].value not in ("", "attacker-chosen-session-id")
    before = client.cookies["sessionid"].value
    sign_in(client, "prosecutor_gb")
    assert client.cookies["sessionid"].value != before


def test_an_idle_session_ends(personas, settings) -> None:
    client = signed_in("prosecutor_gb")
    age(client, seen_at=settings.SESSION_IDLE_SECONDS - 30)
    assert client.get(ME).status_code == 200
    age(client, seen_at=settings.SESSION_IDLE_SECONDS + 1)
    assert client.get(ME).status_code == 401
    assert client.get(ME).status_code == 401  # and stays ended
    event = AuditEvent.objects.get(action="auth.session_expired")
    assert event.changes == {"reason": "idle"}
    assert str(event.actor_id) == str(personas.prosecutor_gb.pk)


def test_activity_keeps_a_session_alive_and_is_noted_at_most_once_a_minute(personas) -> None:
    client = signed_in("prosecutor_gb")
    client.get(ME)
    first = client.session[SEEN_AT]
    client.get(ME)
    assert client.session[SEEN_AT] == first  # no write for a read seconds later
    age(client, seen_at=90)
    client.get(ME)
    assert time.time() - client.session[SEEN_AT] < 5


def test_a_session_ends_after_the_absolute_limit_however_busy(personas, settings) -> None:
    client = signed_in("prosecutor_gb")
    age(client, signed_in_at=settings.SESSION_ABSOLUTE_SECONDS - 60, seen_at=0)
    assert client.get(ME).status_code == 200
    age(client, signed_in_at=settings.SESSION_ABSOLUTE_SECONDS + 1, seen_at=0)
    assert client.get(ME).status_code == 401
    assert AuditEvent.objects.get(action="auth.session_expired").changes == {"reason": "absolute"}


def test_timeouts_are_settings(settings) -> None:
    assert settings.SESSION_IDLE_SECONDS == 30 * 60
    assert settings.SESSION_ABSOLUTE_SECONDS == settings.SESSION_COOKIE_AGE == 8 * 3600
    assert settings.SESSION_SAVE_EVERY_REQUEST is False


def make_token(client: APIClient) -> APIClient:
    key = client.post("/api/v1/auth/tokens/", {"name": "cron"}, format="json").json()["key"]
    script = APIClient()
    script.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return script


def test_a_user_set_inactive_anyhow_is_refused_on_the_next_request(personas) -> None:
    """Even without the service (the admin unticks `active`): session and token stop at once."""
    browser = signed_in("prosecutor_gb")
    script = make_token(browser)
    assert browser.get(ME).status_code == 200
    assert script.get(ME).status_code == 200
    personas.prosecutor_gb.is_active = False
    personas.prosecutor_gb.save()
    assert browser.get(ME).status_code == 401
    assert script.get(ME).status_code == 401


def test_deactivation_ends_every_session_and_token_for_good(personas, client_for) -> None:
    user = personas.prosecutor_gb
    browsers = [signed_in("prosecutor_gb"), signed_in("prosecutor_gb")]
    script = make_token(browsers[0])
    bystander = signed_in("prosecutor2_gb")
    admin = personas.admin_gb

    user_deactivate(user=user, by=admin)

    for client in [*browsers, script]:
        assert client.get(ME).status_code == 401
    assert bystander.get(ME).status_code == 200
    assert not ApiToken.objects.filter(user=user, revoked_at__isnull=True).exists()
    assert all(s.get_decoded().get("_auth_user_id") != str(user.pk) for s in Session.objects.all())
    event = AuditEvent.objects.get(action="user.deactivated")
    assert event.changes["tokens_revoked"] == 1
    assert event.changes["sessions_ended"] == 2
    assert str(event.actor_id) == str(admin.pk)

    # Reactivated later: the old session and token stay dead.
    user.is_active = True
    user.save()
    for client in [*browsers, script]:
        assert client.get(ME).status_code == 401
    assert sign_in(APIClient(), "prosecutor_gb").status_code == 200
