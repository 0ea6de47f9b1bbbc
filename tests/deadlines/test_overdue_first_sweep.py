"""Overdue at the first sweep escalates, and reminders count from today (issue 18).

A deadline already past when the sweep first looks at it (a request sent, or recorded, with its
answer already late; a sweep after a week of downtime) is escalated at that sweep, to the
admins and the requested state's liaisons too, and once; and every reminder says how far the
deadline is from the day it is read, in the acting state's working days.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from cases.models import State
from deadlines import reminders
from deadlines.calendar import reminder_thresholds
from deadlines.models import Deadline, DeadlineKind, Reminder
from deadlines.services import plan_next_fire
from tests.deadlines.test_reminders import at, follow_up, sent, thresholds_of
from tests.factories import make_case, share
from workflows.services.mla import mla_request_create, mla_request_transition

pytestmark = pytest.mark.django_db

PARIS = ZoneInfo("Europe/Paris")


def keys(deadline: Deadline) -> list[str]:
    return sorted({key for key, _ in sent(deadline)})


def test_past_at_the_first_sweep_escalates_at_once_and_once(personas) -> None:
    """Due Friday 2026-11-27, first seen on Tuesday 2026-12-01: the escalation goes out now (the
    regular first escalation would be Tuesday 2026-12-08), to the admins as well; the regular
    one does not repeat it; the cadence goes on with the second."""
    due_on = date(2026, 11, 27)
    assert thresholds_of(due_on)["overdue_1"] == date(2026, 12, 8)
    case = make_case(by=personas.prosecutor_gb)
    deadline = follow_up(case, due_on, personas.prosecutor_gb)

    reminders.sweep(now=at(date(2026, 12, 1)), enqueue=False)
    assert sent(deadline) == [("overdue_1", "admin_gb"), ("overdue_1", "prosecutor_gb")]
    for moment in (
        at(date(2026, 12, 1), 10),
        at(date(2026, 12, 4)),
        at(thresholds_of(due_on)["overdue_1"]),
    ):
        reminders.sweep(now=moment, enqueue=False)
    assert len(sent(deadline)) == 2
    deadline.refresh_from_db()
    # The sweep does not even wake up for the regular first escalation, already sent.
    assert deadline.next_fire_at == min(
        t.fire_at for t in reminder_thresholds(due_on, country_code="GB") if t.key == "overdue_2"
    )
    reminders.sweep(now=at(thresholds_of(due_on)["overdue_2"]), enqueue=False)
    assert keys(deadline) == ["overdue_1", "overdue_2"]


def test_a_sweep_after_a_week_of_downtime_escalates(personas) -> None:
    """Due Wednesday 2027-03-17; told the day before; the sweep is down until Wednesday
    2027-03-24 (the regular escalation is Tuesday 2027-03-30, after Good Friday and England's
    Easter Monday): escalated on the 24th."""
    due_on = date(2027, 3, 17)
    assert thresholds_of(due_on)["overdue_1"] == date(2027, 3, 30)
    case = make_case(by=personas.prosecutor_gb)
    deadline = follow_up(case, due_on, personas.prosecutor_gb)
    reminders.sweep(now=at(thresholds_of(due_on)["before_1"]), enqueue=False)
    reminders.sweep(now=at(date(2027, 3, 24)), enqueue=False)
    assert keys(deadline) == ["before_1", "overdue_1"]
    assert ("overdue_1", "admin_gb") in sent(deadline)


def test_past_across_christmas_and_the_observed_boxing_day(personas) -> None:
    """Due Thursday 2026-12-24; the 25th, the weekend and Monday the 28th (Boxing Day observed)
    are not working days in GB: first seen on Tuesday the 29th, escalated, one working day
    late."""
    due_on = date(2026, 12, 24)
    case = make_case(by=personas.prosecutor_gb)
    deadline = follow_up(case, due_on, personas.prosecutor_gb)
    (first, *_) = reminders.sweep(now=at(date(2026, 12, 29)), enqueue=False).reminder_ids
    assert keys(deadline) == ["overdue_1"]
    subject, _ = reminders.reminder_text(Reminder.objects.get(pk=first), now=at(date(2026, 12, 29)))
    assert "OVERDUE since Thursday 2026-12-24 (1 working day(s) late)" in subject


def test_told_on_the_day_the_escalation_keeps_its_date(personas) -> None:
    """The normal course is unchanged: "due" on the day, the escalation at `overdue_1`."""
    due_on = date(2027, 3, 17)
    case = make_case(by=personas.prosecutor_gb)
    deadline = follow_up(case, due_on, personas.prosecutor_gb)
    reminders.sweep(now=at(due_on), enqueue=False)
    reminders.sweep(now=at(date(2027, 3, 18)), enqueue=False)
    assert keys(deadline) == ["due"]
    reminders.sweep(now=at(thresholds_of(due_on)["overdue_1"]), enqueue=False)
    assert keys(deadline) == ["due", "overdue_1"]


def test_a_request_sent_with_its_answer_already_late_reaches_the_liaisons(personas) -> None:
    """Sent on paper on 2026-11-02, entered after the fact, its answer due Friday 2026-11-27:
    the first sweep (Tuesday 2026-12-01) escalates to the requested state's liaisons too."""
    case = make_case(by=personas.prosecutor_gb)
    share(case, "FR")
    request, _ = mla_request_create(
        case=case,
        by=personas.prosecutor_gb,
        requested_state=State.objects.get(code="FR"),
        kind="evidence",
        due_on=date(2026, 11, 27),
    )
    mla_request_transition(
        request_id=request.pk, by=personas.prosecutor_gb, action="send", sent_on=date(2026, 11, 2)
    )
    deadline = Deadline.objects.get(kind=DeadlineKind.MLA_RESPONSE, source_id=request.pk)
    reminders.sweep(now=at(date(2026, 12, 1), tz=PARIS), enqueue=False)
    assert sent(deadline) == [
        ("overdue_1", "admin_gb"),
        ("overdue_1", "liaison_fr"),
        ("overdue_1", "prosecutor_gb"),
    ]


@pytest.mark.parametrize(
    ("due_on", "today", "says"),
    [
        # The demo's Friday, read on Tuesday 2026-12-01: overdue, not "due today".
        ("2026-11-27", "2026-12-01", "OVERDUE since Friday 2026-11-27 (2 working day(s) late)"),
        # The demo's Sunday: three working days away (Wed, Thu, Fri), not seven.
        ("2026-12-06", "2026-12-01", "due on Sunday 2026-12-06, in 3 working day(s)"),
        # Read on the Friday before a Sunday deadline: no working day left.
        (
            "2026-12-06",
            "2026-12-04",
            "due on Sunday 2026-12-06, with no working day left before it",
        ),
        ("2026-12-06", "2026-12-06", "due today, Sunday 2026-12-06"),
        # Across Christmas: from Wednesday the 23rd to Tuesday the 29th, one working day (the
        # 24th) and the due date itself.
        ("2026-12-29", "2026-12-23", "due on Tuesday 2026-12-29, in 2 working day(s)"),
        # Read on the Saturday after a Friday deadline: late, but no working day yet.
        ("2026-11-27", "2026-11-28", "OVERDUE since Friday 2026-11-27"),
    ],
)
def test_reminder_texts_count_from_today(personas, due_on, today, says) -> None:
    case = make_case(by=personas.prosecutor_gb)
    deadline = follow_up(case, date.fromisoformat(due_on), personas.prosecutor_gb)
    reminder = Reminder.objects.create(
        deadline=deadline, threshold=f"{due_on}:before_7", recipient=personas.prosecutor_gb
    )
    subject, body = reminders.reminder_text(reminder, now=at(date.fromisoformat(today)))
    assert subject.endswith(f": {says}")
    assert f"{says[0].upper()}{says[1:]}." in body


def test_the_delivered_text_counts_from_the_delivery_day(personas) -> None:
    """First swept on Tuesday 2026-12-01 for Sunday 2026-12-06, the reminder planned is
    `before_7` (the 3rd working day before is Wednesday); its text says three."""
    due_on = date(2026, 12, 6)
    case = make_case(by=personas.prosecutor_gb)
    deadline = follow_up(case, due_on, personas.prosecutor_gb)
    # Planned as on that Tuesday, whatever today is (deadline_sync plans from the real now).
    Deadline.objects.filter(pk=deadline.pk).update(
        next_fire_at=plan_next_fire(deadline, at(date(2026, 12, 1)))
    )
    (reminder_id,) = reminders.sweep(now=at(date(2026, 12, 1)), enqueue=False).reminder_ids
    assert keys(deadline) == ["before_7"]
    subject, _ = reminders.reminder_text(
        Reminder.objects.get(pk=reminder_id), now=at(date(2026, 12, 1))
    )
    assert subject.endswith("due on Sunday 2026-12-06, in 3 working day(s)")
    assert "7 working" not in subject


def mla_to_fr(personas, *, restricted: bool = False, shared: bool = True) -> Deadline:
    case = make_case(by=personas.prosecutor_gb)
    if shared:
        share(case, "FR")
    request, _ = mla_request_create(
        case=case,
        by=personas.prosecutor_gb,
        requested_state=State.objects.get(code="FR"),
        kind="evidence",
        due_on=date(2027, 3, 17),
        restricted=restricted,
    )
    mla_request_transition(request_id=request.pk, by=personas.prosecutor_gb, action="send")
    return Deadline.objects.get(kind=DeadlineKind.MLA_RESPONSE, source_id=request.pk)


def test_the_requested_states_liaisons_are_reminded_before_the_answer_is_due(personas) -> None:
    """The liaisons owe the answer: they hear of it before it is due, not only after."""
    deadline = mla_to_fr(personas)
    reminders.sweep(
        now=at(thresholds_of(date(2027, 3, 17), "FR")["before_7"], tz=PARIS), enqueue=False
    )
    assert sent(deadline) == [("before_7", "liaison_fr"), ("before_7", "prosecutor_gb")]
    (liaison_row,) = Reminder.objects.filter(deadline=deadline, recipient=personas.liaison_fr)
    assert reminders.deliver(liaison_row.pk) == "delivered"
    reminders.sweep(now=at(date(2027, 3, 17), tz=PARIS), enqueue=False)
    assert ("due", "liaison_fr") in sent(deadline)


def test_no_liaison_hears_of_a_restricted_or_unshared_request(personas) -> None:
    moment = at(thresholds_of(date(2027, 3, 17), "FR")["before_7"], tz=PARIS)
    restricted = mla_to_fr(personas, restricted=True)
    unshared = mla_to_fr(personas, shared=False)
    reminders.sweep(now=moment, enqueue=False)
    assert sent(restricted) == [("before_7", "prosecutor_gb")]
    assert sent(unshared) == [("before_7", "prosecutor_gb")]
