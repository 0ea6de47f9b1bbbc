"""Reminders before a deadline, escalation after it, exactly once (in-process sweeps)."""

from __future__ import annotations

import threading
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from cases.models import CaseShare
from deadlines import reminders
from deadlines.calendar import default_subdivision, reminder_thresholds
from deadlines.models import Deadline, DeadlineKind, Reminder
from deadlines.services import deadline_sync
from notifications.models import Notification
from tests.authz.world import send_mla
from tests.factories import make_case, share

LONDON = ZoneInfo("Europe/London")


def at(day: date, hour: int = 9, tz: ZoneInfo = LONDON) -> datetime:
    """A moment of that day (in London unless said), by default after the 08:00 start when
    reminders fire."""
    return datetime.combine(day, time(hour), tzinfo=tz)


def follow_up(case, due_on: date, by) -> Deadline:
    deadline = deadline_sync(
        kind=DeadlineKind.FOLLOW_UP,
        source_id=case.pk,
        case=case,
        due_on=due_on,
        acting_state="GB",
        title="Chase the Swiss bank records",
        restricted=True,
        by=by,
    )
    assert deadline is not None
    return deadline


def thresholds_of(due_on: date, country: str = "GB") -> dict[str, date]:
    """The thresholds where the act happens: in the state's default subdivision (for GB,
    England and Wales, whose Easter Monday and August bank holiday count)."""
    return {
        t.key: t.fire_on
        for t in reminder_thresholds(
            due_on, country_code=country, subdiv=default_subdivision(country)
        )
    }


def sent(deadline: Deadline) -> list[tuple[str, str]]:
    return sorted(
        (r.threshold.split(":", 1)[1], r.recipient.username)
        for r in Reminder.objects.filter(deadline=deadline).select_related("recipient")
    )


@pytest.fixture
def due_on() -> date:
    return date(2027, 3, 17)  # a Wednesday, no UK holiday near it


@pytest.mark.django_db
def test_each_threshold_once_then_escalation(personas, due_on) -> None:
    case = make_case(by=personas.prosecutor_gb, team=[personas.prosecutor2_gb])
    deadline = follow_up(case, due_on, personas.prosecutor_gb)
    fire = thresholds_of(due_on)
    team = {"prosecutor_gb", "prosecutor2_gb"}

    reminders.sweep(now=at(fire["before_14"]), enqueue=False)
    assert {u for _, u in sent(deadline)} == team
    assert {k for k, _ in sent(deadline)} == {"before_14"}

    # Sweeping again at the same moment, or an hour later, sends nothing more.
    reminders.sweep(now=at(fire["before_14"]), enqueue=False)
    reminders.sweep(now=at(fire["before_14"], 10), enqueue=False)
    assert len(sent(deadline)) == 2

    for key in ("before_7", "before_3", "before_1", "due"):
        reminders.sweep(now=at(fire[key]), enqueue=False)
    assert {k for k, _ in sent(deadline)} == {
        "before_14",
        "before_7",
        "before_3",
        "before_1",
        "due",
    }
    assert len(sent(deadline)) == 10

    # Once overdue, the owning state's admin is told as well.
    reminders.sweep(now=at(fire["overdue_1"]), enqueue=False)
    overdue = [u for k, u in sent(deadline) if k == "overdue_1"]
    assert set(overdue) == team | {"admin_gb"}


@pytest.mark.django_db
def test_missed_thresholds_send_only_the_current_one(personas, due_on) -> None:
    case = make_case(by=personas.prosecutor_gb)
    deadline = follow_up(case, due_on, personas.prosecutor_gb)
    fire = thresholds_of(due_on)
    reminders.sweep(now=at(fire["before_1"]), enqueue=False)  # the sweep was down for two weeks
    assert sent(deadline) == [("before_1", "prosecutor_gb")]


@pytest.mark.django_db
def test_closed_deadlines_are_not_reminded(personas, due_on) -> None:
    case = make_case(by=personas.prosecutor_gb)
    deadline = follow_up(case, due_on, personas.prosecutor_gb)
    deadline_sync(
        kind=deadline.kind,
        source_id=deadline.source_id,
        case=case,
        due_on=None,
        acting_state="GB",
        title="x",
    )
    reminders.sweep(now=at(due_on + timedelta(days=30)), enqueue=False)
    assert Reminder.objects.count() == 0


@pytest.mark.django_db
def test_moving_a_deadline_reminds_afresh(personas, due_on) -> None:
    case = make_case(by=personas.prosecutor_gb)
    deadline = follow_up(case, due_on, personas.prosecutor_gb)
    reminders.sweep(now=at(thresholds_of(due_on)["before_1"]), enqueue=False)
    later = due_on + timedelta(days=28)
    follow_up(case, later, personas.prosecutor_gb)
    reminders.sweep(now=at(thresholds_of(later)["before_1"]), enqueue=False)
    assert [k for k, _ in sent(deadline)] == ["before_1", "before_1"]
    assert Reminder.objects.filter(deadline=deadline).values("threshold").distinct().count() == 2


@pytest.mark.django_db
def test_nothing_due_is_cheap(personas, due_on, django_assert_max_num_queries) -> None:
    case = make_case(by=personas.prosecutor_gb)
    follow_up(case, due_on, personas.prosecutor_gb)
    with django_assert_max_num_queries(3):
        result = reminders.sweep(now=at(due_on - timedelta(days=60)), enqueue=False)
    assert result.deadlines == 0


@pytest.mark.django_db
def test_many_due_deadlines_take_a_constant_number_of_queries(
    personas, due_on, django_assert_max_num_queries
) -> None:
    for _ in range(30):
        case = make_case(by=personas.prosecutor_gb, team=[personas.prosecutor2_gb])
        follow_up(case, due_on, personas.prosecutor_gb)
    with django_assert_max_num_queries(12):
        result = reminders.sweep(now=at(thresholds_of(due_on)["overdue_1"]), enqueue=False)
    assert result.deadlines == 30
    assert result.reminders_created == 30 * 3


@pytest.mark.django_db
def test_delivery_is_idempotent_and_sends_mail(personas, due_on) -> None:
    case = make_case(by=personas.prosecutor_gb)
    deadline = follow_up(case, due_on, personas.prosecutor_gb)
    result = reminders.sweep(now=at(thresholds_of(due_on)["before_7"]), enqueue=False)
    (reminder_id,) = result.reminder_ids
    assert reminders.deliver(reminder_id) == "delivered"
    assert reminders.deliver(reminder_id) == "already delivered or being delivered"
    assert Notification.objects.filter(recipient=personas.prosecutor_gb).count() == 1
    assert len(mail.outbox) == 1
    assert case.reference in mail.outbox[0].subject
    assert "Chase the Swiss bank records" in mail.outbox[0].body
    assert Reminder.objects.get(pk=reminder_id).notification is not None
    assert deadline.reminders.filter(delivered_at__isnull=True).count() == 0


@pytest.mark.django_db
def test_a_delivery_repeated_after_a_crash_sends_the_same_message_id(
    personas, due_on, monkeypatch
) -> None:
    """The worker dies after the mail left and before the commit: the retry sends it again
    (mail has no transaction), under the same Message-ID, so the recipient's mail system folds
    the two; the notification and the audit event exist once."""
    case = make_case(by=personas.prosecutor_gb)
    follow_up(case, due_on, personas.prosecutor_gb)
    (reminder_id,) = reminders.sweep(
        now=at(thresholds_of(due_on)["before_7"]), enqueue=False
    ).reminder_ids
    record_many = reminders.trail.record_many

    def crash_once(*args, **kwargs):
        monkeypatch.setattr(reminders.trail, "record_many", record_many)
        raise RuntimeError("worker lost after sending")

    # The audit events of the emails sent are written just before the commit.
    monkeypatch.setattr(reminders.trail, "record_many", crash_once)
    with pytest.raises(RuntimeError):
        reminders.deliver(reminder_id)
    assert Reminder.objects.get(pk=reminder_id).delivered_at is None
    assert reminders.deliver(reminder_id) == "delivered"
    assert len(mail.outbox) == 2
    first, second = (message.message()["Message-ID"] for message in mail.outbox)
    assert first == second == f"<reminder-{reminder_id}@localhost>"
    assert Notification.objects.filter(recipient=personas.prosecutor_gb).count() == 1


@pytest.mark.django_db
def test_delivery_rechecks_visibility(personas) -> None:
    """An MLA-style deadline escalated to a partner state's liaisons: if the share is revoked
    before delivery, nothing reaches them."""
    case = make_case(by=personas.prosecutor_gb)
    share(case, "FR")
    due_on = date(2027, 3, 17)
    request = send_mla(case, personas.prosecutor_gb)  # a liaison sees it through its request
    deadline = deadline_sync(
        kind=DeadlineKind.MLA_RESPONSE,
        source_id=request.pk,
        case=case,
        due_on=due_on,
        acting_state="FR",
        partner_state="FR",
        title="Bank records from Banque X (internal)",
    )
    assert deadline is not None
    fire = thresholds_of(due_on, "FR")
    result = reminders.sweep(now=at(fire["overdue_1"]), enqueue=False)
    liaison_rows = Reminder.objects.filter(deadline=deadline, recipient=personas.liaison_fr)
    assert liaison_rows.count() == 1
    assert personas.liaison_ch.reminders.count() == 0  # CH never had the case
    delivered = reminders.deliver(liaison_rows.get().pk)
    assert delivered == "delivered"
    note = Notification.objects.get(recipient=personas.liaison_fr, kind="deadline_overdue")
    assert "Banque X" not in note.title + note.body  # the team's title stays with the team
    assert case.reference in note.title

    # Revoked before the next escalation is delivered: skipped, nothing sent.
    fire2 = fire["overdue_2"]
    result = reminders.sweep(now=at(fire2), enqueue=False)
    CaseShare.objects.filter(case=case).update(revoked_at=timezone.now())
    outcome = reminders.deliver_many(result.reminder_ids)
    assert outcome.get("skipped: the recipient can no longer see the case") == 1
    # The escalation delivered before the revocation, and nothing since.
    assert (
        Notification.objects.filter(recipient=personas.liaison_fr, kind="deadline_overdue").count()
        == 1
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_sweeps_at_once_record_each_reminder_once(personas, due_on) -> None:
    for _ in range(20):
        case = make_case(by=personas.prosecutor_gb, team=[personas.prosecutor2_gb])
        follow_up(case, due_on, personas.prosecutor_gb)
    now = at(thresholds_of(due_on)["due"])
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            barrier.wait(timeout=30)
            reminders.sweep(now=now, batch=3, enqueue=False)
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert Reminder.objects.count() == 20 * 2
    assert Reminder.objects.values("deadline", "threshold", "recipient").distinct().count() == 40
