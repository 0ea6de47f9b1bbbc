"""The reminders' backlog for Prometheus, computed from PostgreSQL when it scrapes.

Two stages can hold a reminder back (deadlines/reminders.py): the sweep has not yet looked at a
deadline whose next threshold has come (`next_fire_at` passed), or it recorded the reminder and
no worker has delivered it yet (`delivered_at` empty). Both are read with the partial indexes the
sweep itself uses, so a scrape costs two indexed aggregates whatever the number of deadlines.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from django.db.models import Count, Min
from django.utils import timezone
from prometheus_client.core import GaugeMetricFamily, Metric

from deadlines.models import Deadline, Reminder


class ReminderBacklogCollector:
    def collect(self) -> Iterator[Metric]:
        now = timezone.now()
        due = Deadline.objects.filter(open=True, next_fire_at__lte=now).aggregate(
            count=Count("pk"), oldest=Min("next_fire_at")
        )
        undelivered = Reminder.objects.filter(delivered_at__isnull=True).aggregate(
            count=Count("pk"), deadlines=Count("deadline", distinct=True), oldest=Min("created_at")
        )
        backlog = GaugeMetricFamily(
            "asset_recovery_reminder_backlog",
            "Reminders due and not delivered: deadlines whose threshold came and that the sweep "
            "has not looked at yet (stage=due_unswept), reminders recorded and not yet "
            "delivered (stage=undelivered).",
            labels=["stage"],
        )
        backlog.add_metric(["due_unswept"], float(due["count"]))
        backlog.add_metric(["undelivered"], float(undelivered["count"]))
        yield backlog
        deadlines = GaugeMetricFamily(
            "asset_recovery_reminder_backlog_deadlines",
            "Deadlines with a reminder due and not delivered (either stage).",
        )
        deadlines.add_metric([], float(due["count"] + undelivered["deadlines"]))
        yield deadlines
        oldest_times: list[datetime] = [t for t in (due["oldest"], undelivered["oldest"]) if t]
        age = GaugeMetricFamily(
            "asset_recovery_reminder_oldest_undelivered_age_seconds",
            "How long the oldest reminder due and not delivered has waited (0 when none).",
        )
        waited = (now - min(oldest_times)).total_seconds() if oldest_times else 0.0
        age.add_metric([], max(0.0, waited))
        yield age
