"""Celery tasks: thin wrappers that call services (STYLE.md, 'Thin tasks').

Their names are those they had before the tasks moved here from `workflows`: a name is what the
broker's queued messages and the beat schedule carry, so it does not follow the code around.
"""

from __future__ import annotations

from celery import shared_task

from audit import trail
from deadlines import reminders


@shared_task(name=reminders.SWEEP_TASK, ignore_result=True)
def sweep_reminders() -> dict[str, int]:
    with trail.acting_as(label="task:sweep_reminders"):
        result = reminders.sweep()
    return {"deadlines": result.deadlines, "reminders": result.reminders_created}


@shared_task(
    name=reminders.DELIVER_TASK,
    bind=True,
    ignore_result=True,
    acks_late=True,
    autoretry_for=(Exception,),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=10,
)
def deliver_reminders(self: object, reminder_ids: list[str]) -> dict[str, int]:
    return reminders.deliver_many(reminder_ids)
