"""The beat healthcheck's verdicts (core.beat_health) against a real Redis: the active beat while
it ticks, a standby while another beat holds the lock; unhealthy when Redis does not answer,
when nobody holds the lock, when the active beat stalls, or when it lost its lock.
Two real beat processes: tests/ops/test_single_beat.py."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from core.beat_health import check, forget, record_tick, stale_after
from tests.support.redis_server import free_port

ROOT = Path(__file__).resolve().parents[2]
MAX_INTERVAL = 30
NOW = 1_800_000_000.0


@pytest.fixture
def client() -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(os.environ["REDIS_URL"])
    yield client
    client.close()


@pytest.fixture
def lock_key(client: redis.Redis) -> Iterator[str]:
    key = f"test:beat-health:{uuid.uuid4().hex}:lock"
    yield key
    client.delete(key)


def verdict(client: redis.Redis, lock_key: str, heartbeat: Path, now: float = NOW) -> tuple:
    health = check(
        client, lock_key=lock_key, heartbeat=heartbeat, max_interval=MAX_INTERVAL, now=now
    )
    return health.healthy, health.message


def test_a_standby_is_healthy_while_another_beat_holds_the_lock(client, lock_key, tmp_path):
    client.set(lock_key, "token-of-the-other-beat", ex=150)
    healthy, message = verdict(client, lock_key, tmp_path / "beat.json")
    assert healthy, message
    assert message.startswith("standby")


def test_nobody_holding_the_lock_is_unhealthy(client, lock_key, tmp_path):
    healthy, message = verdict(client, lock_key, tmp_path / "beat.json")
    assert not healthy
    assert "no beat holds the lock" in message


def test_the_active_beat_is_healthy_while_it_ticks_and_not_once_it_stalls(
    client, lock_key, tmp_path
):
    heartbeat = tmp_path / "beat.json"
    client.set(lock_key, "our-token", ex=150)
    record_tick(heartbeat, token="our-token", now=NOW - 10)
    healthy, message = verdict(client, lock_key, heartbeat)
    assert healthy, message
    assert message.startswith("active")
    late = NOW - 10 + stale_after(MAX_INTERVAL) + 1
    healthy, message = verdict(client, lock_key, heartbeat, now=late)
    assert not healthy
    assert "last tick was" in message


@pytest.mark.parametrize("holder", ["token-of-the-other-beat", None])
def test_a_beat_that_lost_its_lock_is_unhealthy(client, lock_key, tmp_path, holder):
    heartbeat = tmp_path / "beat.json"
    record_tick(heartbeat, token="our-token", now=NOW)
    if holder:
        client.set(lock_key, holder, ex=150)
    healthy, message = verdict(client, lock_key, heartbeat)
    assert not healthy
    assert "lost it" in message


def test_a_heartbeat_of_an_earlier_process_is_forgotten_at_start(client, lock_key, tmp_path):
    heartbeat = tmp_path / "beat.json"
    record_tick(heartbeat, token="token-of-the-process-before", now=NOW)
    forget(heartbeat)
    client.set(lock_key, "token-of-the-other-beat", ex=150)
    assert verdict(client, lock_key, heartbeat)[0]


def test_an_unreadable_heartbeat_is_never_healthy(client, lock_key, tmp_path):
    heartbeat = tmp_path / "beat.json"
    heartbeat.write_text("{not json")
    client.set(lock_key, "token", ex=150)
    assert not verdict(client, lock_key, heartbeat)[0]


def test_redis_out_of_reach_is_unhealthy(tmp_path):
    client = redis.Redis(port=free_port(), socket_connect_timeout=1, socket_timeout=1)
    healthy, message = verdict(client, "ar:redbeat:lock", tmp_path / "beat.json")
    assert not healthy
    assert "cannot read the beat lock" in message


def test_the_command_exits_1_with_its_reason(client, tmp_path):
    """`manage.py beat_health` as compose runs it: the settings' lock key, 0 or 1 and one line."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "BEAT_HEARTBEAT_FILE": str(tmp_path / "beat.json"),
        "BEAT_KEY_PREFIX": f"test:beat-health:{uuid.uuid4().hex}",
    }
    command = [sys.executable, "manage.py", "beat_health"]
    run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert "beat unhealthy: no beat holds the lock" in run.stderr
    client.set(f"{env['BEAT_KEY_PREFIX']}:lock", "token-of-the-other-beat", ex=30)
    try:
        run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    finally:
        client.delete(f"{env['BEAT_KEY_PREFIX']}:lock")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("beat healthy: standby")
