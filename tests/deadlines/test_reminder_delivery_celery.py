"""Reminders on a real Celery worker and a real Redis broker: exactly once through a Redis
outage and through a worker killed in the middle of a delivery."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from celery.contrib.testing.worker import start_worker
from django.db import connection, transaction
from django.utils import timezone

from asset_recovery.celery import app
from deadlines import reminders
from deadlines.models import Reminder
from notifications.models import Notification
from tests.factories import make_case
from tests.support.redis_server import RedisServer, broker_of_its_own, reset_connections

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True), pytest.mark.slow]


def wait_for(condition: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError("condition not reached in time")


@pytest.fixture
def broker(settings) -> Iterator[RedisServer]:
    with broker_of_its_own(settings) as server:
        yield server


def due_follow_up(personas, client_for) -> None:
    """A follow-up due in two weeks, written through the API. (Not one due today: a week later it
    is overdue and its first escalation, at that first sweep, goes to the admins too: issue 18.)"""
    case = make_case(by=personas.prosecutor_gb)
    client = client_for(personas.prosecutor_gb)
    due_on = timezone.now().date() + timedelta(days=14)
    response = client.post(
        "/api/v1/deadlines/",
        {"case": str(case.pk), "title": "Chase the Swiss bank", "due_on": due_on.isoformat()},
        format="json",
    )
    assert response.status_code == 201, response.content


def sweep_in_the_future() -> reminders.SweepResult:
    """Sweep as if it were a week later: a reminder before the follow-up's date is due (one, to
    the lead prosecutor)."""
    return reminders.sweep(now=timezone.now() + timedelta(days=7))


def test_a_real_worker_delivers_once(broker, personas, client_for) -> None:
    due_follow_up(personas, client_for)
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        result = sweep_in_the_future()
        assert result.enqueued == result.reminders_created > 0
        wait_for(lambda: not Reminder.objects.filter(delivered_at__isnull=True).exists())
        # A second sweep finds nothing new to send.
        again = sweep_in_the_future()
        assert again.reminders_created == 0
        time.sleep(0.5)
    assert (
        Notification.objects.filter(kind__startswith="deadline").count() == result.reminders_created
    )


def test_redis_down_loses_nothing(broker, personas, client_for) -> None:
    broker.stop()
    # API writes still succeed with the broker gone.
    due_follow_up(personas, client_for)
    down = sweep_in_the_future()
    assert down.reminders_created > 0
    assert down.enqueue_failed
    assert Reminder.objects.filter(delivered_at__isnull=True).count() == down.reminders_created

    broker.start()
    reset_connections()
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        back = sweep_in_the_future()
        assert back.enqueued == down.reminders_created
        wait_for(lambda: not Reminder.objects.filter(delivered_at__isnull=True).exists())
    assert (
        Notification.objects.filter(kind__startswith="deadline").count() == down.reminders_created
    )


def test_a_frozen_redis_does_not_hang_the_sweep(broker, personas, client_for) -> None:
    due_follow_up(personas, client_for)
    broker.freeze()
    try:
        started = time.monotonic()
        result = sweep_in_the_future()
        assert time.monotonic() - started < 20
        assert result.enqueue_failed
    finally:
        broker.thaw()


def worker_process(
    broker: RedisServer,
    email_backend: str,
    mail_dir: Path,
    extra_env: dict[str, str] | None = None,
) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        **(extra_env or {}),
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": database_url(),
        "REDIS_URL": broker.url,
        "TEST_EMAIL_BACKEND": email_backend,
        "TEST_EMAIL_FILE_PATH": str(mail_dir),
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "asset_recovery",
            "worker",
            "--pool=solo",
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=ROOT,
        env=env,
    )


def row_is_locked(reminder_id: object) -> bool:
    """True while another transaction (the worker's delivery) holds the reminder's row."""
    with transaction.atomic():
        free = Reminder.objects.select_for_update(skip_locked=True).filter(pk=reminder_id)
        return not free.exists()


def database_url() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def test_worker_killed_mid_delivery_delivers_once_after_restart(
    broker, personas, client_for, settings, tmp_path
) -> None:
    settings.REMINDER_REENQUEUE_SECONDS = 0
    due_follow_up(personas, client_for)
    hanging = worker_process(broker, "tests.support.slow_email.EmailBackend", tmp_path)
    try:
        result = sweep_in_the_future()
        assert result.reminders_created == 1
        # Wait until the worker holds the reminder's row lock inside the email's delivery (the
        # notification, delivered first, is committed).
        wait_for(
            lambda: (
                Notification.objects.filter(kind__startswith="deadline").exists()
                and row_is_locked(result.reminder_ids[0])
            ),
            120,
        )
    finally:
        hanging.send_signal(signal.SIGKILL)
        hanging.wait(timeout=30)
    assert Reminder.objects.filter(delivered_at__isnull=True).count() == 1
    # The in-app notification was committed before the email was tried (issue 18).
    assert Notification.objects.filter(kind__startswith="deadline").count() == 1

    restarted = worker_process(broker, "django.core.mail.backends.filebased.EmailBackend", tmp_path)
    try:
        again = sweep_in_the_future()  # the lost message is enqueued again
        assert again.enqueued == 1
        wait_for(lambda: not Reminder.objects.filter(delivered_at__isnull=True).exists(), 60)
    finally:
        restarted.terminate()
        restarted.wait(timeout=30)
    assert Notification.objects.filter(kind__startswith="deadline").count() == 1
    assert len(list(tmp_path.iterdir())) == 1  # one email
