"""Celery tasks: thin wrappers that call services (STYLE.md, 'Thin tasks')."""

from __future__ import annotations

from celery import shared_task

from cases import audit


@shared_task(name="workflows.tasks.sweep_reminders", ignore_result=True)
def sweep_reminders() -> dict[str, int]:
    from workflows import reminders

    with audit.acting_as(label="task:sweep_reminders"):
        result = reminders.sweep()
    return {"deadlines": result.deadlines, "reminders": result.reminders_created}


@shared_task(
    name="workflows.tasks.deliver_reminders",
    bind=True,
    ignore_result=True,
    acks_late=True,
    autoretry_for=(Exception,),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=10,
)
def deliver_reminders(self: object, reminder_ids: list[str]) -> dict[str, int]:
    from workflows import reminders

    return reminders.deliver_many(reminder_ids)
