"""Creating in-app notifications. Every recipient is re-checked against visibility at send time."""

from __future__ import annotations

from django.db.models import QuerySet

from cases.models import Case, User
from cases.visibility import users_who_see
from notifications.models import Notification


def notify(
    *, recipients: QuerySet[User], kind: str, title: str, body: str = "", case: Case | None = None
) -> list[Notification]:
    """Notify each recipient who may see `case` at this moment (one query to decide)."""
    people = (
        users_who_see(case, recipients) if case is not None else recipients.filter(is_active=True)
    )
    return Notification.objects.bulk_create(
        Notification(recipient=user, kind=kind, title=title, body=body, case=case)
        for user in people
    )
