"""The Celery app: Redis broker, JSON only, late acks, time limits, and the one beat schedule.

The database is the record of what must happen (reminder rows are written in the same transaction
as the change that causes them); the broker only carries wake-ups. A lost message therefore costs
a delay until the next sweep, never a lost reminder.
"""

from __future__ import annotations

import os

from celery import Celery, Task
from celery.signals import task_failure, task_retry, task_success, worker_process_init

from core.metrics import record_task_outcome

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "asset_recovery.settings")

app = Celery("asset_recovery")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.update(
    task_serializer="json",
    result_serializer="json",
    accept_content=["json"],
    task_ignore_result=True,
    # A task is acknowledged only when it finished, so a killed worker's task is redelivered;
    # every task is therefore written to be idempotent.
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    task_time_limit=300,
    task_soft_time_limit=240,
    broker_connection_retry_on_startup=True,
    broker_connection_timeout=4,
    # Publishing from a web request must fail fast when Redis is down or frozen, never hang.
    task_publish_retry=False,
    timezone="UTC",
    enable_utc=True,
)
app.autodiscover_tasks()


def beat_schedule() -> dict[str, dict[str, object]]:
    """Every periodic task of the system, in one place."""
    from django.conf import settings

    return {
        "sweep-reminders": {
            "task": "workflows.tasks.sweep_reminders",  # deadlines.reminders.SWEEP_TASK
            "schedule": float(settings.REMINDER_SWEEP_SECONDS),
            "options": {"expires": float(settings.REMINDER_SWEEP_SECONDS)},
        },
    }


@app.on_after_configure.connect
def setup_periodic_tasks(sender: Celery, **kwargs: object) -> None:
    sender.conf.beat_schedule = beat_schedule()


# Every task's outcome, counted in Redis so that all worker processes add up (core/metrics.py).
@task_success.connect
def count_task_success(sender: Task | None = None, **kwargs: object) -> None:
    record_task_outcome(getattr(sender, "name", "unknown"), "success")


@task_failure.connect
def count_task_failure(sender: Task | None = None, **kwargs: object) -> None:
    record_task_outcome(getattr(sender, "name", "unknown"), "failure")


@task_retry.connect
def count_task_retry(sender: Task | None = None, **kwargs: object) -> None:
    record_task_outcome(getattr(sender, "name", "unknown"), "retry")


@worker_process_init.connect
def warm_up_matching(**kwargs: object) -> None:
    """Each worker process loads matching's name tables as it starts (matching.scoring)."""
    from matching.scoring import warm_up_in_background

    warm_up_in_background()
