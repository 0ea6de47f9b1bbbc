"""`manage.py sweep_reminders`: one reminder sweep now, for operators and tests."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from audit import trail
from deadlines import reminders
from deadlines.models import Reminder


class Command(BaseCommand):
    help = "Record the reminders that are due and enqueue their delivery (or deliver inline)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--deliver",
            action="store_true",
            help="Deliver in this process instead of enqueueing (for when no worker runs).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        with trail.acting_as(label="command:sweep_reminders"):
            result = reminders.sweep(enqueue=not options["deliver"])
            delivered: dict[str, int] = {}
            if options["deliver"]:
                pending = Reminder.objects.filter(delivered_at__isnull=True).values_list(
                    "pk", flat=True
                )
                delivered = reminders.deliver_many(list(pending))
        self.stdout.write(
            f"deadlines looked at: {result.deadlines}; reminders recorded: "
            f"{result.reminders_created}; enqueued: {result.enqueued}"
            + ("; broker unavailable, will retry" if result.enqueue_failed else "")
            + (f"; delivered here: {delivered}" if options["deliver"] else "")
        )
