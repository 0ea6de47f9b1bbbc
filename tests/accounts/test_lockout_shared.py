"""The sign-in lockout is shared by every web process: its counts live in Redis (issue 20).

With the counts in each process's memory, an account locked on one gunicorn worker signed in on
the next. Here the failures are counted by one process (or one Redis client) and the lockout is
seen by another, against the real Redis of REDIS_URL.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache.backends.redis import RedisCache
from rest_framework.test import APIClient

from accounts.services import login_lockout
from tests.accounts.conftest import sign_in

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "asset_recovery.settings",
    "DEBUG": "0",
    "SECRET_KEY": "k" * 30 + "-a-real-random-production-secret-" + "z" * 20,
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/asset_recovery",
}

# Runs in a process of its own, with the production settings: counts failures or checks.
WORKER = """
import json, sys
import django
django.setup()
from django.conf import settings
from accounts.services.login_lockout import login_failure_record, login_lockout_check
action, username, address = sys.argv[1:4]
if action == "fail":
    started = [login_failure_record(username=username, address=address) for _ in range(int(sys.argv[4]))]
    print(json.dumps({"locked": [s.seconds if s else None for s in started]}))
elif action == "check":
    locked = login_lockout_check(username=username, address=address)
    print(json.dumps({"locked": locked.seconds if locked else None}))
else:
    print(json.dumps({"cache": settings.LOGIN_LOCKOUT_CACHE,
                      "backend": settings.CACHES[settings.LOGIN_LOCKOUT_CACHE]["BACKEND"]}))
"""


def _environ(**extra: str) -> dict[str, str]:
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in PRODUCTION_ENV and not k.startswith(("LOGIN_LOCKOUT_", "STATICFILES_"))
    }
    return {**base, **PRODUCTION_ENV, "REDIS_URL": settings.REDIS_URL, **extra}


def worker(*args: str, **env: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", WORKER, *args],
        cwd=ROOT,
        env=_environ(**env),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    answer: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer


def redis_client() -> RedisCache:
    """A Redis cache client of its own, as another process would have."""
    config = settings.CACHES["lockout"]
    return RedisCache(str(config["LOCATION"]), {k: v for k, v in config.items() if k != "LOCATION"})


@pytest.fixture
def names() -> Iterator[tuple[str, str]]:
    """A username and an address no other test or run uses; their counts removed afterwards."""
    username = f"shared-{uuid.uuid4().hex[:12]}"
    address = f"198.51.100.{uuid.uuid4().int % 250 + 1}-{uuid.uuid4().hex[:6]}"
    yield username, address
    keys = [key for key, _ in login_lockout._subjects(username, address)]
    redis_client().delete_many([k for key in keys for k in (key, f"{key}:until")])


def test_production_counts_in_redis() -> None:
    answer = worker("settings", "-", "-")
    assert answer == {"cache": "lockout", "backend": "django.core.cache.backends.redis.RedisCache"}


def test_the_demo_without_redis_counts_in_memory() -> None:
    answer = worker("settings", "-", "-", DEBUG="1", REDIS_URL="")
    assert answer["cache"] == "default"


def test_a_lock_set_by_one_client_is_seen_by_another(
    monkeypatch: pytest.MonkeyPatch, names: tuple[str, str]
) -> None:
    username, address = names
    first, second = redis_client(), redis_client()
    assert first._cache is not second._cache
    limit = settings.LOGIN_LOCKOUT_ACCOUNT_FAILURES

    monkeypatch.setattr(login_lockout, "_cache", lambda: first)
    started = [
        login_lockout.login_failure_record(username=username, address=address) for _ in range(limit)
    ]
    assert started[:-1] == [None] * (limit - 1)
    assert started[-1] is not None

    monkeypatch.setattr(login_lockout, "_cache", lambda: second)
    locked = login_lockout.login_lockout_check(username=username, address=address)
    assert locked is not None
    assert locked.seconds == started[-1].seconds
    assert login_lockout.login_lockout_check(username=username + "-other", address="") is None

    # A sign-in that passes on the second clears the account for the first.
    login_lockout.login_success_record(username=username)
    monkeypatch.setattr(login_lockout, "_cache", lambda: first)
    assert login_lockout.login_lockout_check(username=username, address="") is None


def test_failures_counted_across_processes(names: tuple[str, str]) -> None:
    """Two processes each count some failures: together they reach the limit."""
    username, address = names
    limit = settings.LOGIN_LOCKOUT_ACCOUNT_FAILURES
    assert worker("fail", username, address, str(limit - 2))["locked"] == [None] * (limit - 2)
    assert worker("check", username, address)["locked"] is None
    locked = worker("fail", username, address, "2")["locked"]
    assert locked == [None, settings.LOGIN_LOCKOUT_BASE_SECONDS]
    remaining = worker("check", username, address)["locked"]
    assert isinstance(remaining, int)
    assert 0 < remaining <= settings.LOGIN_LOCKOUT_BASE_SECONDS


@pytest.mark.django_db
def test_sign_in_refused_here_after_failures_in_another_process(
    settings, names: tuple[str, str]
) -> None:
    username, address = names
    settings.LOGIN_LOCKOUT_CACHE = "lockout"
    worker("fail", username, address, str(settings.LOGIN_LOCKOUT_ACCOUNT_FAILURES))
    response = sign_in(APIClient(REMOTE_ADDR="203.0.113.77"), username, "another guess")
    assert response.status_code == 429, response.content
    assert int(response["Retry-After"]) > 0


def test_an_unreachable_cache_does_not_lock_everyone_out(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    down = RedisCache(
        "redis://127.0.0.1:1/0", {"OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}}
    )
    monkeypatch.setattr(login_lockout, "_cache", lambda: down)
    with caplog.at_level(logging.ERROR, logger=login_lockout.__name__):
        assert login_lockout.login_failure_record(username="ana", address="10.0.0.1") is None
        assert login_lockout.login_lockout_check(username="ana", address="10.0.0.1") is None
        login_lockout.login_success_record(username="ana")
    assert len([r for r in caplog.records if "unavailable" in r.getMessage()]) == 3
