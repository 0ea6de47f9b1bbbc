# ruff: noqa: S603, S608 (benchmark only: fixed commands, SQL naming the models' own tables)
"""`python bench/sweep.py`: the reminder sweep with 10,000 deadlines due, delivered by two real
Celery worker processes over a real Redis broker, each reminder exactly once.

The sweep consumes what is due, and delivering writes the audit trail, which refuses DELETE: it
runs on a database of its own (`<benchmark database>_sweep`, seeded once by `seed_scale` with
10,000 cases, each with one MLA answer due at `BENCH_NOW`), never on the one the other scenarios
read. Its cost grows with what is due (an indexed claim), not with the size of the world. Each
run first puts the database back as seeded: the reminders and notifications emptied (TRUNCATE,
allowed on a disposable database inside the transaction), the deadlines' plans restored from the
snapshot taken after seeding.

What is timed: from the sweep's start (run here with `now = BENCH_NOW`, as the beat's task runs
it; it claims the deadlines, records the reminders and enqueues their deliveries) until every
reminder is delivered. What is checked: every reminder delivered; one in-app notification per
reminder not skipped and no other; one email per reminder sent by email, no Message-ID twice
(the workers' file email backend: every message on disk).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEADLINES = 10_000
WORKERS = 2
SNAPSHOT = "bench_sweep_plans"


def sweep_database_url(database_url: str) -> str:
    parts = urlsplit(database_url)
    return parts._replace(path=parts.path.rstrip("/") + "_sweep").geturl()


# -- the workers ------------------------------------------------------------------------------


@contextmanager
def workers(env: dict[str, str], count: int = WORKERS, logs: Path | None = None) -> Iterator[None]:
    """`count` Celery worker processes (solo pool: one task at a time each, as a process of the
    production pool), until the block ends; yields once every one of them is ready."""
    logs = logs or Path(tempfile.mkdtemp(prefix="bench_workers_"))
    processes: list[tuple[subprocess.Popen[bytes], Path]] = []
    try:
        for number in range(count):
            log = logs / f"worker-{number}.log"
            with log.open("w") as output:
                processes.append(
                    (
                        subprocess.Popen(
                            [
                                sys.executable,
                                "-m",
                                "celery",
                                "-A",
                                "asset_recovery",
                                "worker",
                                "--pool=solo",
                                f"--hostname=bench-sweep-{number}@%h",
                                "--loglevel=INFO",
                                "--without-gossip",
                                "--without-mingle",
                                "--without-heartbeat",
                            ],
                            cwd=ROOT,
                            env={**os.environ, **env},
                            stdout=output,
                            stderr=subprocess.STDOUT,
                        ),
                        log,
                    )
                )
        deadline = time.monotonic() + 120
        while not all(" ready." in log.read_text() for _, log in processes):
            for process, log in processes:
                if process.poll() is not None:
                    raise RuntimeError(f"a worker exited:\n{log.read_text()[-5000:]}")
            if time.monotonic() > deadline:
                raise RuntimeError("the workers did not get ready in 120 s")
            time.sleep(0.2)
        yield
    finally:
        for process, _ in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process, _ in processes:
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def use_broker(broker_url: str) -> None:
    """This process's Celery app publishes to `broker_url` (the settings may name another)."""
    import kombu.pools
    import redis

    from asset_recovery.celery import app

    app.conf.broker_url  # noqa: B018 (read first, so that the settings are loaded before the change)
    app.conf.broker_url = broker_url
    kombu.pools.reset()
    app._pool = None  # type: ignore[attr-defined]
    app.amqp._producer_pool = None  # type: ignore[attr-defined]
    redis.Redis.from_url(broker_url).delete("celery")  # no message of an earlier run


def wait_for(condition: Callable[[], bool], timeout: float, every: float = 0.25) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return condition()


def emails_on_disk(mail_dir: Path) -> list[str]:
    """The Message-ID of every email the file backend wrote (one file per connection, any
    number of messages in each)."""
    ids = []
    for path in mail_dir.iterdir():
        for line in path.read_text(errors="replace").splitlines():
            if line.lower().startswith("message-id:"):
                ids.append(line.split(":", 1)[1].strip())
    return ids


# -- the measure (Django set up on the sweep's database) --------------------------------------


def measure(
    *,
    now: datetime,
    expected: int,
    broker_url: str,
    worker_env: dict[str, str],
    mail_dir: Path,
    count: int = WORKERS,
    timeout: float = 300,
) -> dict[str, Any]:
    """Sweep at `now` (`expected` deadlines due) with `count` workers delivering; the figures
    and the exactly-once checks."""
    from django.conf import settings
    from django.db import connection

    from audit import trail
    from deadlines import reminders
    from deadlines.models import Deadline, Reminder
    from notifications.models import Notification

    due = Deadline.objects.filter(open=True, next_fire_at__lte=now).count()
    problems = []
    if due != expected:
        problems.append(f"{due:,} deadlines due, not {expected:,}")
    if Reminder.objects.exists():
        raise RuntimeError("reminders exist before the sweep: the database is not as seeded")
    use_broker(broker_url)
    connection.close()
    load_before = os.getloadavg()
    with workers({**worker_env, "CELERY_BROKER_URL": broker_url}, count):
        started = time.monotonic()
        with trail.acting_as(label="task:sweep_reminders"):
            result = reminders.sweep(now=now)
        swept = time.monotonic() - started
        first_enqueued, sweeps, last_sweep = result.enqueued, 1, time.monotonic()
        pending = Reminder.objects.filter(delivered_at__isnull=True)

        def delivered() -> bool:
            # The beat sweeps again every REMINDER_SWEEP_SECONDS: that sweep enqueues whatever
            # the first could not, as in production.
            nonlocal sweeps, last_sweep
            if time.monotonic() - last_sweep >= settings.REMINDER_SWEEP_SECONDS:
                with trail.acting_as(label="task:sweep_reminders"):
                    again = reminders.sweep(now=now)
                result.enqueued += again.enqueued
                sweeps, last_sweep = sweeps + 1, time.monotonic()
            return not pending.exists()

        done = wait_for(delivered, timeout)
        seconds = time.monotonic() - started
        load_after = os.getloadavg()
        if not done:
            problems.append(f"{pending.count():,} reminders undelivered after {timeout:.0f} s")
        # Anything delivered twice would show now; a moment for a late duplicate to land.
        time.sleep(1)
    reminder_count = Reminder.objects.count()
    delivered_count = Reminder.objects.filter(delivered_at__isnull=False).count()
    skipped = Reminder.objects.filter(skipped=True).count()
    notified = Reminder.objects.filter(notification__isnull=False).count()
    notifications = Notification.objects.filter(kind__startswith="deadline").count()
    emailed = Reminder.objects.filter(emailed_at__isnull=False).count()
    emails = emails_on_disk(mail_dir)
    if result.reminders_created != reminder_count:
        problems.append(
            f"the sweep recorded {result.reminders_created:,}, {reminder_count:,} exist"
        )
    if notified != reminder_count - skipped:
        problems.append(
            f"{notified:,} reminders with a notification, not {reminder_count - skipped:,}"
        )
    if notifications != notified:
        problems.append(f"{notifications:,} notifications for {notified:,} reminders")
    if len(emails) != emailed or len(set(emails)) != len(emails):
        problems.append(f"{len(emails):,} emails ({len(set(emails)):,} distinct) for {emailed:,}")
    return {
        "deadlines": result.deadlines,
        "reminders": reminder_count,
        "skipped": skipped,
        "notifications": notifications,
        "emails": len(emails),
        "workers": count,
        "sweep_seconds": round(swept, 2),
        "enqueued_by_the_first_sweep": first_enqueued,
        "sweeps": sweeps,
        "sweep_every_seconds": settings.REMINDER_SWEEP_SECONDS,
        "seconds": round(seconds, 2),
        "delivered": delivered_count,
        "per_second": round(delivered_count / seconds, 1) if seconds else None,
        # After the sweep: the workers' share. Per reminder and worker, the cost of one delivery
        # (notification, email, audit event) on one worker, less noisy than the total.
        "delivery_seconds": round(seconds - swept, 2),
        "ms_per_reminder_per_worker": (
            round((seconds - swept) * count * 1000 / delivered_count, 2)
            if delivered_count
            else None
        ),
        "sweep_ms_per_reminder": (
            round(swept * 1000 / reminder_count, 3) if reminder_count else None
        ),
        # The machine's load average (1, 5, 15 minutes) before and after: the figures of a
        # loaded machine are not those of an idle one.
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after],
        "exactly_once": not problems,
        "problems": problems,
    }


def snapshot_or_restore() -> None:
    """The first time: keep the seeded plans of the due deadlines. Every time after: empty what
    an earlier run delivered and put those plans back."""
    from django.db import connection, transaction

    from deadlines.models import Deadline, Reminder
    from demo.management.commands import seed_scale
    from notifications.models import Notification

    deadline_table = Deadline._meta.db_table
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s)", [SNAPSHOT])
        if cursor.fetchone()[0] is None:
            if Reminder.objects.exists():
                raise RuntimeError("the sweep's database has reminders but no snapshot: reseed it")
            cursor.execute(
                f"CREATE TABLE {SNAPSHOT} AS SELECT id, next_fire_at, last_threshold "
                f"FROM {deadline_table} WHERE open AND next_fire_at <= %s",
                [seed_scale.BENCH_NOW],
            )
            return
        cursor.execute("SET LOCAL asset_recovery.disposable_database = on")
        cursor.execute(f"TRUNCATE {Reminder._meta.db_table}, {Notification._meta.db_table} CASCADE")
        cursor.execute(
            f"UPDATE {deadline_table} d SET next_fire_at = p.next_fire_at, "
            f"last_threshold = p.last_threshold FROM {SNAPSHOT} p WHERE d.id = p.id"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", required=True, help="The benchmark's database")
    parser.add_argument("--deadlines", type=int, default=DEADLINES)
    parser.add_argument(
        "--broker", default=os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/9")
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=300,
        help="Seconds to wait for every delivery (10x the target)",
    )
    parser.add_argument("--out", help="Write the figures here as JSON")
    args = parser.parse_args()

    from bench.run import ensure_database, manage, prepare_environment

    database_url = sweep_database_url(args.database_url)
    os.environ["CELERY_BROKER_URL"] = args.broker
    prepare_environment(database_url)
    ensure_database(database_url)
    manage("migrate", "--verbosity", "0")
    cases = str(args.deadlines)
    manage(
        "seed_scale",
        "--cases",
        cases,
        "--due",
        cases,
        "--any-database",
        "--skip-if-loaded",
        "--no-progress",
    )
    import django

    django.setup()
    from demo.management.commands import seed_scale

    snapshot_or_restore()
    mail_dir = Path(tempfile.mkdtemp(prefix="bench_sweep_mail_"))
    worker_env = {
        "DATABASE_URL": database_url,
        "BENCH_EMAIL_FILE_PATH": str(mail_dir),
        "LOG_LEVEL": "WARNING",
    }
    try:
        result = measure(
            now=seed_scale.BENCH_NOW,
            expected=args.deadlines,
            broker_url=args.broker,
            worker_env=worker_env,
            mail_dir=mail_dir,
            timeout=args.timeout,
        )
    finally:
        snapshot_or_restore()  # as seeded again, for the next run
        for path in mail_dir.iterdir():
            path.unlink()
        mail_dir.rmdir()
    result["database"] = urlsplit(database_url).path.lstrip("/")
    text = json.dumps(result, indent=2)
    if args.out:
        Path(args.out).write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
