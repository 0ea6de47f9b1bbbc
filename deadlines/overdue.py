"""The one rule for "overdue": the due date has ended in the state that must act.

A request due on Friday is not overdue on Auckland's Saturday morning until Friday has ended in
the requested state, and at that instant it is still Friday in New York. Each deadline is
compared with its own acting state's date (`core.state_time`), never with UTC's.
"""

from __future__ import annotations

from datetime import date, datetime

from django.db.models import Q

from core.state_time import date_passed, date_passed_q


def is_overdue(due_on: date | None, acting_state: str, now: datetime | None = None) -> bool:
    """Whether `due_on` has ended in `acting_state`; what has no due date is never overdue."""
    return due_on is not None and date_passed(due_on, acting_state, now)


def overdue_q(*, due_field: str, state_field: str, now: datetime | None = None) -> Q:
    """The query form of `is_overdue`, each row with its own acting state."""
    return date_passed_q(date_field=due_field, state_field=state_field, now=now)
