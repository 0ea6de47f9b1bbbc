"""Shared fixtures: personas per state and role (Healthchecks' alice/bob/charlie, grown up)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from rest_framework import throttling
from rest_framework.test import APIClient

from cases.models import Role, User
from tests.factories import make_user


@dataclass(frozen=True)
class Personas:
    prosecutor_gb: User
    prosecutor2_gb: User
    prosecutor_ng: User
    liaison_fr: User
    liaison_ch: User
    liaison_us: User
    admin_gb: User

    def all(self) -> dict[str, User]:
        return dict(vars(self))


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):  # type: ignore[no-untyped-def]
    """Mark the test database as disposable, so that transactional tests may TRUNCATE the
    append-only tables between tests (UPDATE and DELETE stay refused)."""
    from django.db import connection

    with django_db_blocker.unblock(), connection.cursor() as cursor:
        name = connection.settings_dict["NAME"]
        cursor.execute(f'ALTER DATABASE "{name}" SET asset_recovery.disposable_database = on')
    connection.close()  # new connections pick the setting up


@pytest.fixture
def personas(db: None) -> Personas:
    return Personas(
        prosecutor_gb=make_user(username="prosecutor_gb", role=Role.PROSECUTOR, state_id="GB"),
        prosecutor2_gb=make_user(username="prosecutor2_gb", role=Role.PROSECUTOR, state_id="GB"),
        prosecutor_ng=make_user(username="prosecutor_ng", role=Role.PROSECUTOR, state_id="NG"),
        liaison_fr=make_user(username="liaison_fr", role=Role.LIAISON, state_id="FR"),
        liaison_ch=make_user(username="liaison_ch", role=Role.LIAISON, state_id="CH"),
        liaison_us=make_user(username="liaison_us", role=Role.LIAISON, state_id="US"),
        admin_gb=make_user(username="admin_gb", role=Role.ADMIN, state_id="GB", is_staff=True),
    )


@pytest.fixture
def api() -> APIClient:
    return APIClient()


@pytest.fixture
def client_for():
    """A signed-in API client (real session) for a user."""

    def make(user: User) -> APIClient:
        client = APIClient()
        client.force_login(user)
        return client

    return make


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Throttle counters live in the cache; each test starts with none."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def rates(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Throttle rates for one test (DRF reads them once, at import)."""
    current = dict(throttling.SimpleRateThrottle.THROTTLE_RATES)
    monkeypatch.setattr(throttling.SimpleRateThrottle, "THROTTLE_RATES", current)
    return current
