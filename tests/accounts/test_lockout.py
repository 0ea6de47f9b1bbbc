"""Guessing passwords: a lockout per account and per address that grows, but never for long,
and answers that say nothing about whether an account exists."""

from __future__ import annotations

import time
from typing import Any

import pytest
from rest_framework.test import APIClient

from accounts.services import login_lockout
from accounts.services.login_lockout import lockout_seconds
from audit.models import AuditEvent
from tests.accounts.conftest import sign_in

pytestmark = pytest.mark.django_db


class Clock:
    """Stands in for time.time() inside the lockout module."""

    def __init__(self) -> None:
        self.now = time.time()

    def time(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(login_lockout, "time", fake)
    return fake


def fail(username: str, times: int, address: str = "127.0.0.1") -> list[int]:
    return [
        sign_in(APIClient(REMOTE_ADDR=address), username, f"guess {i}").status_code
        for i in range(times)
    ]


def test_the_cool_off_doubles_and_is_capped() -> None:
    assert [lockout_seconds(n) for n in range(1, 7)] == [60, 120, 240, 480, 900, 900]


def test_five_failures_lock_the_account_for_a_minute_with_retry_after(personas, clock) -> None:
    assert fail("prosecutor_gb", 5) == [400] * 5
    locked = sign_in(APIClient(), "prosecutor_gb")  # even the right password waits
    assert locked.status_code == 429
    assert locked["Content-Type"] == "application/problem+json"
    assert locked.json()["code"] == "login_locked"
    assert int(locked["Retry-After"]) == 60
    assert "sessionid" not in locked.cookies

    clock.now += 61
    assert sign_in(APIClient(), "prosecutor_gb").status_code == 200


def test_each_further_round_waits_twice_as_long_up_to_fifteen_minutes(personas, clock) -> None:
    waits = []
    for _ in range(6):
        assert fail("prosecutor_gb", 5) == [400] * 5
        locked = sign_in(APIClient(), "prosecutor_gb", "another guess")
        assert locked.status_code == 429
        waits.append(int(locked["Retry-After"]))
        clock.now += waits[-1] + 1
    assert waits == [60, 120, 240, 480, 900, 900]


def test_attempts_during_a_lockout_do_not_make_it_longer(personas, clock) -> None:
    fail("prosecutor_gb", 5)
    for _ in range(20):
        assert sign_in(APIClient(), "prosecutor_gb", "hammer").status_code == 429
    clock.now += 61
    # The refused attempts were not counted: four more failures do not lock again.
    assert fail("prosecutor_gb", 4) == [400] * 4
    assert sign_in(APIClient(), "prosecutor_gb").status_code == 200


def test_a_successful_sign_in_clears_the_account_count(personas) -> None:
    assert fail("prosecutor_gb", 4) == [400] * 4
    assert sign_in(APIClient(), "prosecutor_gb").status_code == 200
    assert fail("prosecutor_gb", 4) == [400] * 4
    assert sign_in(APIClient(), "prosecutor_gb").status_code == 200


def test_a_lockout_answers_alike_for_existing_and_unknown_usernames(personas) -> None:
    fail("prosecutor_gb", 5)
    fail("nobody-by-that-name", 5)
    known = sign_in(APIClient(), "prosecutor_gb", "x")
    unknown = sign_in(APIClient(), "nobody-by-that-name", "x")
    assert known.status_code == unknown.status_code == 429
    assert known.json() == unknown.json()
    assert known["Retry-After"] == unknown["Retry-After"]


def test_the_account_is_counted_whatever_the_address(personas) -> None:
    statuses = [
        sign_in(APIClient(REMOTE_ADDR=f"198.51.100.{i}"), "prosecutor_gb", "x").status_code
        for i in range(6)
    ]
    assert statuses == [400] * 5 + [429]
    # Usernames differ only in case and spaces: the same account.
    assert sign_in(APIClient(), " PROSECUTOR_GB ").status_code == 429


def test_an_address_is_locked_after_many_failures_on_any_accounts(personas, settings) -> None:
    settings.LOGIN_LOCKOUT_ADDRESS_FAILURES = 6
    statuses = [
        sign_in(APIClient(REMOTE_ADDR="203.0.113.9"), f"someone{i}", "x").status_code
        for i in range(6)
    ]
    assert statuses == [400] * 6
    assert sign_in(APIClient(REMOTE_ADDR="203.0.113.9"), "prosecutor_gb").status_code == 429
    assert sign_in(APIClient(REMOTE_ADDR="203.0.113.10"), "prosecutor_gb").status_code == 200


def test_a_forged_forwarded_for_does_not_dodge_the_address_count(personas, settings) -> None:
    settings.LOGIN_LOCKOUT_ADDRESS_FAILURES = 3
    for i in range(3):
        client = APIClient(REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR=f"10.0.0.{i}")
        assert sign_in(client, f"someone{i}", "x").status_code == 400
    forged = APIClient(REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="10.9.9.9")
    assert sign_in(forged, "prosecutor_gb").status_code == 429


def test_behind_a_trusted_proxy_the_address_it_saw_is_counted(personas, settings) -> None:
    settings.NUM_PROXIES = 1
    settings.LOGIN_LOCKOUT_ADDRESS_FAILURES = 3
    for i in range(3):
        client = APIClient(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=f"1.2.3.{i}, 192.0.2.7")
        assert sign_in(client, f"someone{i}", "x").status_code == 400
    same_client = APIClient(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.7")
    assert sign_in(same_client, "prosecutor_gb").status_code == 429
    other_client = APIClient(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.8")
    assert sign_in(other_client, "prosecutor_gb").status_code == 200


def test_every_sign_in_failure_refusal_and_sign_out_is_audited(personas) -> None:
    fail("nobody-by-that-name", 1)
    fail("prosecutor_gb", 5)
    sign_in(APIClient(), "prosecutor_gb")  # refused: locked
    client = APIClient()
    sign_in(client, "prosecutor2_gb")
    client.post("/api/v1/auth/logout/")
    actions = list(
        AuditEvent.objects.filter(action__startswith="auth.")
        .order_by("chain", "sequence")
        .values_list("action", "changes")
    )
    failed = [c for a, c in actions if a == "auth.login_failed"]
    assert len(failed) == 6
    assert {c["attempted_username"] for c in failed} == {"nobody-by-that-name", "prosecutor_gb"}
    refused = [c for a, c in actions if a == "auth.login_refused"]
    assert refused == [{"attempted_username": "prosecutor_gb", "reason": "locked"}]
    assert [a for a, _ in actions if a in ("auth.login", "auth.logout")] == [
        "auth.login",
        "auth.logout",
    ]
    # A failed attempt's event names no user: the trail must not tell which names exist.
    assert not AuditEvent.objects.filter(action="auth.login_failed", object_id__gt="").exists()


class TestTiming:
    """Unknown user, wrong password and inactive account cost one password hash each."""

    @pytest.fixture(autouse=True)
    def _slow_hasher(self, settings) -> None:
        settings.PASSWORD_HASHERS = ["tests.accounts.hashers.SlowCountingHasher"]

    def timed(self, username: str, password: str) -> tuple[float, int, Any]:
        from tests.accounts.hashers import SlowCountingHasher

        SlowCountingHasher.calls = 0
        client = APIClient(REMOTE_ADDR="192.0.2.50")
        started = time.perf_counter()
        response = sign_in(client, username, password)
        return time.perf_counter() - started, SlowCountingHasher.calls, response

    def test_answers_take_the_same_time(self, personas, settings) -> None:
        from cases.models import User
        from tests.accounts.hashers import HASH_SECONDS

        settings.LOGIN_LOCKOUT_ADDRESS_FAILURES = 1000
        user = User.objects.get(username="prosecutor_gb")
        user.set_password("the right password 1")
        user.save()
        inactive = User.objects.get(username="liaison_us")
        inactive.set_password("the right password 1")
        inactive.is_active = False
        inactive.save()
        self.timed("prosecutor_gb", "warm up")
        rounds: dict[str, list[float]] = {"unknown": [], "wrong": [], "inactive": []}
        for i in range(3):
            for kind, username, password in [
                ("unknown", f"nobody{i}", "x"),
                ("wrong", "prosecutor_gb", f"guess {i}"),
                ("inactive", "liaison_us", "the right password 1"),
            ]:
                seconds, hashes, response = self.timed(username, password)
                assert response.status_code == 400, kind
                assert hashes == 1, kind
                rounds[kind].append(seconds)
            from django.core.cache import cache

            cache.clear()  # keep the accounts below the lockout
        fastest = {kind: min(times) for kind, times in rounds.items()}
        assert all(t >= HASH_SECONDS for t in fastest.values()), fastest
        assert max(fastest.values()) - min(fastest.values()) < HASH_SECONDS / 2, fastest
