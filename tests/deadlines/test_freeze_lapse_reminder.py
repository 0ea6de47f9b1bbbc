"""The team is told the day a freeze lapses (issue 19), not a cadence of working days later.

A freeze is in force through its expiry date where the asset sits and restrains nothing from the
next day (`cases.models.assets.freeze_lapsed_on`): the first escalation of its deadline comes at
the start of that day, even a Saturday, to the team and the owning state's admins, once; and it
says the freeze lapsed, not that something is "overdue". Other deadlines keep their cadence.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from deadlines import reminders
from deadlines.models import Deadline, DeadlineKind, Reminder
from deadlines.services import deadline_sync
from tests.deadlines.test_reminders import LONDON, at, follow_up, sent, thresholds_of
from tests.factories import make_asset, make_case

pytestmark = pytest.mark.django_db

EXPIRES_ON = date(2027, 3, 19)  # a Friday: the freeze lapses on Saturday the 20th


def freeze_deadline(personas, expires_on: date = EXPIRES_ON) -> Deadline:
    case = make_case(by=personas.prosecutor_gb)
    asset = make_asset(case=case, by=personas.prosecutor_gb, jurisdiction_id="GB")
    deadline = deadline_sync(
        kind=DeadlineKind.FREEZE_EXPIRY,
        source_id=asset.pk,
        case=case,
        due_on=expires_on,
        acting_state="GB",
        title="Freeze of bank account 'Barclays 1234' lapses",
        by=personas.prosecutor_gb,
    )
    assert deadline is not None
    return deadline


def keys(deadline: Deadline) -> list[str]:
    return sorted({key for key, _ in sent(deadline)})


def test_the_day_the_freeze_lapses_the_team_and_admins_are_told_once(personas) -> None:
    deadline = freeze_deadline(personas)
    lapse = datetime.combine(EXPIRES_ON + timedelta(days=1), time(0), tzinfo=LONDON)
    reminders.sweep(now=at(EXPIRES_ON), enqueue=False)
    assert keys(deadline) == ["due"]
    reminders.sweep(now=lapse - timedelta(minutes=1), enqueue=False)
    assert keys(deadline) == ["due"]  # still in force on its last evening

    reminders.sweep(now=lapse + timedelta(minutes=5), enqueue=False)
    assert sent(deadline) == [
        ("due", "prosecutor_gb"),
        ("overdue_1", "admin_gb"),
        ("overdue_1", "prosecutor_gb"),
    ]
    # Not again at the first escalation a follow-up of that date would get.
    regular = thresholds_of(EXPIRES_ON)["overdue_1"]
    assert regular > EXPIRES_ON + timedelta(days=3)
    for day in (EXPIRES_ON + timedelta(days=2), regular):
        reminders.sweep(now=at(day), enqueue=False)
    assert keys(deadline) == ["due", "overdue_1"]


def test_the_lapse_reminder_says_the_freeze_lapsed(personas) -> None:
    freeze_deadline(personas)
    saturday = EXPIRES_ON + timedelta(days=1)
    (first, *_) = reminders.sweep(now=at(saturday, 1), enqueue=False).reminder_ids
    subject, body = reminders.reminder_text(Reminder.objects.get(pk=first), now=at(saturday, 1))
    assert "lapsed on Saturday 2027-03-20" in subject
    assert "in force until Friday 2027-03-19" in body
    assert "OVERDUE" not in subject


def test_an_unanswered_follow_up_keeps_its_cadence(personas) -> None:
    case = make_case(by=personas.prosecutor_gb)
    deadline = follow_up(case, EXPIRES_ON, personas.prosecutor_gb)
    reminders.sweep(now=at(EXPIRES_ON), enqueue=False)
    reminders.sweep(now=at(EXPIRES_ON + timedelta(days=1), 1), enqueue=False)
    assert keys(deadline) == ["due"]
