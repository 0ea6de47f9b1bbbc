"""Reminders before deadlines and escalations after them, each sent exactly once.

- `sweep()` finds the deadlines whose next threshold has come (an indexed query: its cost grows
  with what is due), records one `Reminder` row per recipient (unique per deadline, threshold and
  recipient), and asks the workers to deliver. Deadlines are claimed with
  `SELECT ... FOR UPDATE SKIP LOCKED`, so two sweeps at once share the work instead of doubling it.
- `deliver()` turns one reminder row into an in-app notification and an email, two deliveries
  each committed on its own and each exactly once, after checking again that the recipient may
  still see the case; retries, late acks and redelivery cannot send either twice, and a mail
  server that is down or hangs delays only the email.
- The broker only carries wake-ups. When Redis is down the rows wait; the next sweep enqueues
  every undelivered reminder again.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from uuid import UUID

from celery import current_app
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from audit import trail
from cases.models import Case, CaseShare, Role, User
from cases.visibility import model_by_label, sees_restricted
from deadlines.calendar import acting_calendar, local_today
from deadlines.models import SOURCE_MODELS, Deadline, DeadlineKind, Reminder
from deadlines.services import current_threshold, plan_next_fire, threshold_key
from notifications.models import Notification

logger = logging.getLogger(__name__)

# The Celery tasks (deadlines.tasks) by name, the name queued messages carry: the sweep enqueues
# deliveries without importing the module that imports it.
SWEEP_TASK = "workflows.tasks.sweep_reminders"
DELIVER_TASK = "workflows.tasks.deliver_reminders"
SWEEP_BATCH = 500
DELIVERY_CHUNK = 50


@dataclass
class SweepResult:
    deadlines: int = 0
    reminders_created: int = 0
    enqueued: int = 0
    enqueue_failed: bool = False
    reminder_ids: list[UUID] = field(default_factory=list)


# The deadlines a partner state owes, whose liaisons are reminded (`Deadline.partner_state`).
PARTNER_OWED = (DeadlineKind.MLA_RESPONSE, DeadlineKind.MLA_INFO_REPLY, DeadlineKind.TASK_DUE)


def _is_overdue(threshold_key_: str) -> bool:
    return threshold_key_.split(":", 1)[-1].startswith("overdue")


def _recipients(deadlines: Sequence[Deadline], keys: dict[UUID, str]) -> dict[UUID, set[UUID]]:
    """Who is told, by role (a constant number of queries for the whole batch).

    Always the case team (for a task, its assignee alone when it has one); for what a partner
    state owes (the answer to an outgoing MLA request, the further information for an incoming
    one, a task the team gave to that state's side), also that state's liaisons
    (before it is due as well as after), when the case is shared with that state and the request
    is not restricted. Once the deadline has passed: also the owning state's admins (the
    lead prosecutor's supervisors). Whether each one may still see the deadline is checked again
    at delivery.
    """
    case_ids = {d.case_id for d in deadlines}
    cases = {
        c["pk"]: c
        for c in Case.objects.filter(pk__in=case_ids).values(
            "pk", "lead_prosecutor_id", "owner_state_id"
        )
    }
    team: dict[UUID, set[UUID]] = defaultdict(set)
    for case_id, case in cases.items():
        team[case_id].add(case["lead_prosecutor_id"])
    for case_id, user_id in Case.team.through.objects.filter(case_id__in=case_ids).values_list(
        "case_id", "user_id"
    ):
        team[case_id].add(user_id)

    overdue = [d for d in deadlines if _is_overdue(keys[d.pk])]
    answers = [
        d for d in deadlines if d.kind in PARTNER_OWED and d.partner_state_id and not d.restricted
    ]
    answer_ids = {d.pk for d in answers}
    admins: dict[str, set[UUID]] = defaultdict(set)
    liaisons: dict[str, set[UUID]] = defaultdict(set)
    shared: set[tuple[UUID, str]] = set()
    if overdue:
        owner_states = {cases[d.case_id]["owner_state_id"] for d in overdue}
        for user_id, state in User.objects.filter(
            role=Role.ADMIN, state_id__in=owner_states, is_active=True
        ).values_list("pk", "state_id"):
            admins[state].add(user_id)
    if answers:
        partner_states = {d.partner_state_id for d in answers}
        for user_id, state in User.objects.filter(
            role=Role.LIAISON, state_id__in=partner_states, is_active=True
        ).values_list("pk", "state_id"):
            liaisons[state].add(user_id)
        shared = set(
            CaseShare.objects.active()
            .filter(case_id__in={d.case_id for d in answers}, state_id__in=partner_states)
            .values_list("case_id", "state_id")
        )

    # A task is reminded to its assignee alone (the team when nobody is assigned); the task
    # model is of the app above, read by label as the deadline's source.
    task_ids = [d.source_id for d in deadlines if d.kind == DeadlineKind.TASK_DUE]
    assignees: dict[UUID, UUID | None] = {}
    if task_ids:
        tasks = model_by_label(SOURCE_MODELS[DeadlineKind.TASK_DUE])._default_manager
        assignees = dict(tasks.filter(pk__in=task_ids).values_list("pk", "assignee_id"))

    result: dict[UUID, set[UUID]] = {}
    for deadline in deadlines:
        people = set(team[deadline.case_id])
        assignee = assignees.get(deadline.source_id)
        if deadline.kind == DeadlineKind.TASK_DUE and assignee is not None:
            people = {assignee}
        if _is_overdue(keys[deadline.pk]):
            people |= admins[cases[deadline.case_id]["owner_state_id"]]
        partner = deadline.partner_state_id
        if deadline.pk in answer_ids and partner and (deadline.case_id, partner) in shared:
            people |= liaisons[partner]
        result[deadline.pk] = people
    return result


def _claim_and_record(now: datetime, batch: int) -> tuple[int, list[UUID]]:
    """One transaction: claim due deadlines, record their reminders, plan the next look."""
    with transaction.atomic():
        due = list(
            Deadline.objects.select_for_update(skip_locked=True)
            .filter(open=True, next_fire_at__lte=now)
            .order_by("next_fire_at")[:batch]
        )
        if not due:
            return 0, []
        keys: dict[UUID, str] = {}
        for deadline in due:
            threshold = current_threshold(deadline, now)
            if threshold is not None and deadline.last_threshold != threshold_key(
                deadline, threshold
            ):
                keys[deadline.pk] = threshold_key(deadline, threshold)
        to_send = [d for d in due if d.pk in keys]
        recipients = _recipients(to_send, keys) if to_send else {}
        rows = [
            Reminder(deadline=deadline, threshold=keys[deadline.pk], recipient_id=user_id)
            for deadline in to_send
            for user_id in sorted(recipients[deadline.pk])
        ]
        Reminder.objects.bulk_create(rows, ignore_conflicts=True)
        for deadline in due:
            if deadline.pk in keys:
                deadline.last_threshold = keys[deadline.pk]
            deadline.next_fire_at = plan_next_fire(deadline, now)
        _save_plans(due)
        return len(due), [row.pk for row in rows]


def _save_plans(deadlines: Sequence[Deadline]) -> None:
    """Write each deadline's `last_threshold` and `next_fire_at` (nothing else), in one query.

    `bulk_update` writes a CASE over every id for every row, which grows with the square of the
    batch on PostgreSQL (about a second for 500 deadlines); a join on arrays of the new values is
    one linear statement.
    """
    if connection.vendor != "postgresql":
        Deadline.objects.bulk_update(deadlines, ["last_threshold", "next_fire_at"])
        return
    table = connection.ops.quote_name(Deadline._meta.db_table)
    sql = (
        f"UPDATE {table} AS d SET last_threshold = v.last_threshold, "  # noqa: S608 (model's table)
        "next_fire_at = v.next_fire_at "
        "FROM unnest(%s::uuid[], %s::varchar[], %s::timestamptz[]) "
        "AS v(id, last_threshold, next_fire_at) WHERE d.id = v.id"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            sql,
            [
                [d.pk for d in deadlines],
                [d.last_threshold for d in deadlines],
                [d.next_fire_at for d in deadlines],
            ],
        )


def sweep(
    *, now: datetime | None = None, batch: int = SWEEP_BATCH, enqueue: bool = True
) -> SweepResult:
    now = now or timezone.now()
    result = SweepResult()
    while True:
        claimed, created = _claim_and_record(now, batch)
        result.deadlines += claimed
        result.reminders_created += len(created)
        result.reminder_ids.extend(created)
        if claimed < batch:
            break
    if enqueue:
        result.enqueued, result.enqueue_failed = enqueue_pending(now=now)
    return result


def enqueue_pending(*, now: datetime | None = None, limit: int = 20000) -> tuple[int, bool]:
    """Ask the workers to deliver every undelivered reminder not enqueued recently.

    Returns (how many were enqueued, whether the broker failed). A failure loses nothing: the
    rows stay undelivered and the next sweep tries again.
    """
    now = now or timezone.now()
    stale = now - timedelta(seconds=settings.REMINDER_REENQUEUE_SECONDS)
    pending = list(
        Reminder.objects.filter(delivered_at__isnull=True)
        .filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=stale))
        .order_by("created_at")
        .values_list("pk", flat=True)[:limit]
    )
    enqueued = 0
    for start in range(0, len(pending), DELIVERY_CHUNK):
        chunk = pending[start : start + DELIVERY_CHUNK]
        try:
            current_app.send_task(DELIVER_TASK, args=[[str(pk) for pk in chunk]], retry=False)
        except Exception as exc:  # the broker is down or frozen: try again next sweep
            logger.warning(
                "reminders: could not enqueue %d deliveries: %s", len(pending) - start, exc
            )
            return enqueued, True
        Reminder.objects.filter(pk__in=chunk).update(enqueued_at=timezone.now())
        enqueued += len(chunk)
    return enqueued, False


def when_due(deadline: Deadline, today: date) -> str:
    """How far the deadline is from `today` (the acting state's date), in its working days:
    counted from the day the reader reads it, not from the threshold that planned the reminder
    (a reminder sent late, or the only one sent after missed ones, must not say "due in 7 working
    days" of a deadline 3 away, nor "due today" of one already past)."""
    due = deadline.due_on
    day = f"{due:%A} {due.isoformat()}"
    calendar = acting_calendar(deadline.acting_state_id, deadline.acting_subdivision)
    one = timedelta(days=1)
    if today < due:
        # Working days after today up to the due date itself (a deadline on a weekend day
        # counts the working days before it).
        left = calendar.working_days_between(today + one, due + one)
        if not left:
            return f"due on {day}, with no working day left before it"
        return f"due on {day}, in {left} working day(s)"
    if today == due:
        return f"due today, {day}"
    if deadline.kind == DeadlineKind.FREEZE_EXPIRY:
        # Nothing is late: the order is gone, and what the team must do is a new freeze.
        lapsed = due + one
        return f"lapsed on {lapsed:%A} {lapsed.isoformat()}, in force until {day}"
    late = calendar.working_days_between(due + one, today + one)
    return f"OVERDUE since {day}" + (f" ({late} working day(s) late)" if late else "")


def reminder_text(reminder: Reminder, *, now: datetime | None = None) -> tuple[str, str]:
    """Subject and body for one recipient: the case reference, the kind of deadline, its date.

    A partner-state liaison is told only about the answer their own state owes; the title the
    team wrote (which may name restricted matters) goes to the owning state only.
    """
    deadline = reminder.deadline
    case = deadline.case
    when = when_due(deadline, local_today(deadline.acting_state_id, now or timezone.now()))
    owner_side = (
        sees_restricted(reminder.recipient) and reminder.recipient.state_id == case.owner_state_id
    )
    what = deadline.title if owner_side else deadline.get_kind_display()
    subject = f"[{case.reference}] {deadline.get_kind_display()}: {when}"
    body = f"Case {case.reference}: {what}. {when[0].upper()}{when[1:]}."
    return subject[:300], body


def reminder_message_id(reminder: Reminder) -> str:
    """The reminder email's Message-ID: the same on every attempt to deliver that reminder."""
    domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2] or "localhost"
    return f"<reminder-{reminder.pk}@{domain}>"


def _locked_undelivered(reminder_id: UUID | str) -> Reminder | None:
    """The reminder, locked, if no other worker holds it and it is not yet delivered."""
    return (
        Reminder.objects.select_for_update(skip_locked=True, of=("self",))
        .select_related("deadline", "deadline__case", "recipient")
        .filter(pk=reminder_id, delivered_at__isnull=True)
        .first()
    )


def _still_visible(reminder: Reminder) -> bool:
    """The recipient must still see the deadline itself now, by the one rule (a case no longer
    shared, an asset restricted since the reminder was planned: nothing more is sent)."""
    return Deadline.objects.visible_to(reminder.recipient).filter(pk=reminder.deadline_id).exists()


def _record_delivered(reminder: Reminder) -> None:
    with trail.acting_as(label="task:deliver_reminders"):
        trail.record(
            "reminder.delivered",
            obj=reminder,
            case=reminder.deadline.case_id,
            restricted=reminder.deadline.restricted,
            changes={
                "after": {
                    "threshold": reminder.threshold,
                    "recipient": str(reminder.recipient_id),
                    "emailed": reminder.emailed_at is not None,
                }
            },
        )


def notify_in_app(reminder_id: UUID | str) -> str:
    """The first delivery, committed on its own: the in-app notification. It never waits for
    the mail server, so an email outage delays no one's reminder in the application."""
    with transaction.atomic():
        reminder = _locked_undelivered(reminder_id)
        if reminder is None:
            return "already delivered or being delivered"
        if reminder.notified_at is not None:
            return "in the inbox; email pending"
        now = timezone.now()
        if not _still_visible(reminder):
            reminder.skipped = True
            reminder.delivered_at = now
            reminder.save(update_fields=["skipped", "delivered_at"])
            return "skipped: the recipient can no longer see the case"
        subject, body = reminder_text(reminder, now=now)
        reminder.notification = Notification.objects.create(
            recipient=reminder.recipient,
            kind="deadline_overdue" if _is_overdue(reminder.threshold) else "deadline_reminder",
            title=subject,
            body=body,
            case=reminder.deadline.case,
        )
        reminder.notified_at = now
        fields = ["notified_at", "notification"]
        if not reminder.recipient.email:  # nothing else to deliver
            reminder.delivered_at = now
            fields.append("delivered_at")
        reminder.save(update_fields=fields)
        if reminder.delivered_at is not None:
            _record_delivered(reminder)
        return "delivered" if reminder.delivered_at else "in the inbox; email pending"


def send_email(reminder_id: UUID | str) -> str:
    """The second delivery: the email, once the notification is in the inbox.

    Sent inside the transaction that marks it: if the mail server refuses or times out
    (`EMAIL_TIMEOUT`), nothing is marked and the task is retried. A crash between sending and
    committing can repeat the email; mail has no transactions to do better, but the repeat
    carries the same Message-ID, by which mail systems fold duplicates.
    """
    with transaction.atomic():
        reminder = _locked_undelivered(reminder_id)
        if reminder is None or reminder.notified_at is None:
            return "already delivered or being delivered"
        now = timezone.now()
        if _still_visible(reminder):
            # The text as of now: "due in 2 working days" stays true when the mail was late.
            subject, body = reminder_text(reminder, now=now)
            EmailMessage(
                subject,
                body,
                settings.DEFAULT_FROM_EMAIL,
                [reminder.recipient.email],
                headers={"Message-ID": reminder_message_id(reminder)},
            ).send()
            reminder.emailed_at = now
        reminder.delivered_at = now
        reminder.save(update_fields=["emailed_at", "delivered_at"])
        _record_delivered(reminder)
        return "delivered" if reminder.emailed_at else "delivered in the app only: no longer seen"


def deliver(reminder_id: UUID | str) -> str:
    """Deliver one reminder: in the application, then by email, each exactly once. Returns
    what happened, for logs and tests."""
    outcome = notify_in_app(reminder_id)
    if outcome != "in the inbox; email pending":
        return outcome
    return send_email(reminder_id)


def deliver_many(reminder_ids: Iterable[UUID | str]) -> dict[str, int]:
    """Every in-app notification first, then the emails: a mail server that is down or hangs
    delays only the emails. The first email failure is raised once all were tried, so that
    the task is retried (and the delivered ones are not sent again)."""
    ids = list(reminder_ids)
    outcome: dict[str, int] = defaultdict(int)
    pending = []
    for reminder_id in ids:
        result = notify_in_app(reminder_id)
        if result == "in the inbox; email pending":
            pending.append(reminder_id)
        else:
            outcome[result] += 1
    failure: Exception | None = None
    for reminder_id in pending:
        try:
            outcome[send_email(reminder_id)] += 1
        except Exception as exc:  # the mail server: the others are still tried
            logger.warning("reminders: email of %s not sent: %s", reminder_id, exc)
            outcome["email failed"] += 1
            failure = failure or exc
    if failure is not None:
        raise failure
    return dict(outcome)
