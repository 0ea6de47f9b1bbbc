"""Exactly one beat: two real `celery beat` processes on a real Redis never both send the sweep;
when the one holding the lock dies, the other takes over (celery-redbeat's lock). The healthcheck
compose runs in each beat's container (`manage.py beat_health`) passes the active beat and the
standby, and fails a beat that stalls and one that cannot reach Redis."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis

from tests.support.redis_server import RedisServer

ROOT = Path(__file__).resolve().parents[2]
SENT = "Sending due task sweep-reminders"
ACQUIRED = "beat: Acquired lock"
LOCK_TIMEOUT = 4

pytestmark = pytest.mark.slow


@pytest.fixture
def server() -> Iterator[RedisServer]:
    server = RedisServer()
    server.start()
    yield server
    server.stop()


class Beat:
    def __init__(self, server: RedisServer, log: Path) -> None:
        self.log = log
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.settings",
            "REDIS_URL": server.url,
            "REMINDER_SWEEP_SECONDS": "1",
            "BEAT_MAX_LOOP_INTERVAL": "1",
            "BEAT_LOCK_TIMEOUT": str(LOCK_TIMEOUT),
            # Each beat its own, as each container has its own /tmp.
            "BEAT_HEARTBEAT_FILE": str(log.with_suffix(".heartbeat.json")),
        }
        self.env = env
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "asset_recovery", "beat", "--loglevel=INFO"],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def text(self) -> str:
        return self.log.read_text(errors="replace")

    def sent(self) -> int:
        return self.text().count(SENT)

    def holds_lock(self) -> bool:
        return ACQUIRED in self.text()

    def health(self) -> tuple[int, str]:
        """The exit status and the line of this beat's container healthcheck."""
        run = subprocess.run(
            [sys.executable, "manage.py", "beat_health"],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        return run.returncode, (run.stdout + run.stderr).strip()

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process.poll() is None:
            self.process.send_signal(sig)
            self.process.wait(timeout=30)


def wait_for(condition: Callable[[], bool], timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition():
            return time.monotonic() - started
        time.sleep(0.1)
    raise AssertionError("condition not reached in time")


def test_two_beats_send_the_sweep_once_and_the_second_takes_over(server, tmp_path) -> None:
    first = Beat(server, tmp_path / "first.log")
    second = None
    try:
        wait_for(first.holds_lock, timeout=60)
        second = Beat(server, tmp_path / "second.log")
        wait_for(lambda: "beat: Starting" in second.text(), timeout=60)
        # Both run for a while; only the first holds the lock and sends the sweep.
        time.sleep(5)
        assert first.sent() >= 3, first.text()
        assert not second.holds_lock(), second.text()
        assert second.sent() == 0, second.text()
        # Every sweep the broker got was sent by the first: none doubled.
        queued = redis.Redis.from_url(server.url).llen("celery")
        assert queued in (first.sent(), first.sent() + 1)  # the log may trail the send

        # The first dies without releasing its lock; it expires and the second takes over.
        first.stop(signal.SIGKILL)
        took = wait_for(second.holds_lock, timeout=LOCK_TIMEOUT + 15)
        assert took <= LOCK_TIMEOUT + 10
        wait_for(lambda: second.sent() >= 2, timeout=15)
    finally:
        first.stop(signal.SIGKILL)
        if second is not None:
            second.stop()


def test_the_healthcheck_passes_the_active_beat_and_the_standby_only_while_they_are(
    server, tmp_path
) -> None:
    first = Beat(server, tmp_path / "first.log")
    second = None
    try:
        wait_for(first.holds_lock, timeout=60)
        wait_for(lambda: first.sent() >= 1, timeout=15)
        second = Beat(server, tmp_path / "second.log")
        wait_for(lambda: "beat: Starting" in second.text(), timeout=60)
        code, line = first.health()
        assert (code, line.split(":")[0]) == (0, "beat healthy"), line
        assert "active" in line, line
        code, line = second.health()
        assert code == 0, line
        assert "standby" in line, line

        # The active beat freezes: it fails its healthcheck (ticks missed, then its lock lost),
        # and the standby takes over and passes as the active beat.
        first.process.send_signal(signal.SIGSTOP)
        wait_for(second.holds_lock, timeout=LOCK_TIMEOUT + 15)
        code, line = first.health()
        assert code == 1, line
        wait_for(lambda: second.sent() >= 1, timeout=15)
        code, line = second.health()
        assert code == 0, line
        assert "active" in line, line

        # Redis goes away: no beat can tell, so none passes.
        server.stop()
        code, line = second.health()
        assert code == 1, line
        assert "cannot read the beat lock" in line, line
    finally:
        first.stop(signal.SIGKILL)
        if second is not None:
            second.stop(signal.SIGKILL)  # with Redis gone, releasing the lock would wait
