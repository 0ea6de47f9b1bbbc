"""In-app notifications: one message to one user, showing only what that user may see."""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q

from cases.visibility import cases_visible_to, model_by_label, visible_ids


class NotificationQuerySet(models.QuerySet["Notification"]):
    def visible_to(self, user: Any, *, references: bool = True) -> NotificationQuerySet:
        """A user's own notifications about what they may still see: of no case, or of a case
        they see, and for a reminder, of a deadline they see (a notification's text was written
        when its subject was visible; it goes when the subject does)."""
        if user is None or not user.is_authenticated or not user.is_active:
            return self.none()
        # By label: reminders and their deadlines are of the app above (deadlines), which
        # writes reminders' notifications through this one.
        reminders, deadlines = (
            model_by_label("deadlines.Reminder"),
            model_by_label("deadlines.Deadline"),
        )
        hidden_reminders = reminders._default_manager.filter(notification=OuterRef("pk")).exclude(
            deadline__in=visible_ids(deadlines._default_manager.all(), user)
        )
        return (
            self.filter(recipient=user)
            .filter(Q(case__isnull=True) | Q(case__in=cases_visible_to(user)))
            .exclude(Exists(hidden_reminders))
        )


class Notification(models.Model):
    """An in-app message to one user. Its text shows only what that user may see."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=40)
    title = models.CharField(max_length=300)
    body = models.TextField(max_length=5000, blank=True)
    case = models.ForeignKey(
        "cases.Case", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        db_table = "workflows_notification"  # moved from workflows; the table kept its name
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "-created_at"], name="notification_inbox_idx"),
            models.Index(
                fields=["recipient"],
                name="notification_unread_idx",
                condition=Q(read_at__isnull=True),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.recipient_id}: {self.title}"
