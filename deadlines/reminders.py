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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, cast
from uuid import UUID

from celery import current_app
from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection, transaction
from django.db.models import Field, Model, Q, QuerySet, UUIDField, Value
from django.db.models.query import EmptyQuerySet
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
DELIVERY_CHUNK = 200
# Undelivered reminders read at a time when enqueueing what waits (`enqueue_pending`).
ENQUEUE_PAGE = 10_000


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
        created = _record_reminders(
            [
                (deadline.pk, keys[deadline.pk], user_id)
                for deadline in to_send
                for user_id in sorted(recipients[deadline.pk])
            ]
        )
        for deadline in due:
            if deadline.pk in keys:
                deadline.last_threshold = keys[deadline.pk]
            deadline.next_fire_at = plan_next_fire(deadline, now)
        _save_plans(due)
        return len(due), created


def _record_reminders(rows: Sequence[tuple[UUID, str, UUID]]) -> list[UUID]:
    """Insert one reminder per (deadline, threshold, recipient), none twice (`reminder_once`),
    in one statement; the ids of those inserted (not those that existed already).

    An INSERT from arrays rather than `bulk_create`: no model instance per row, and the ids of
    the rows actually written come back (`bulk_create(ignore_conflicts=True)` cannot say)."""
    if not rows:
        return []
    if connection.vendor != "postgresql":
        reminders = [
            Reminder(deadline_id=deadline_id, threshold=threshold, recipient_id=recipient_id)
            for deadline_id, threshold, recipient_id in rows
        ]
        Reminder.objects.bulk_create(reminders, ignore_conflicts=True)
        return [reminder.pk for reminder in reminders]
    table = connection.ops.quote_name(Reminder._meta.db_table)
    sql = (
        f"INSERT INTO {table} "  # noqa: S608 (the model's table)
        "(id, deadline_id, threshold, recipient_id, created_at, skipped) "
        "SELECT gen_random_uuid(), v.deadline_id, v.threshold, v.recipient_id, %s, false "
        "FROM unnest(%s::uuid[], %s::varchar[], %s::uuid[]) WITH ORDINALITY "
        "AS v(deadline_id, threshold, recipient_id, n) ORDER BY v.n "
        "ON CONFLICT (deadline_id, threshold, recipient_id) DO NOTHING RETURNING id"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            sql,
            [
                timezone.now(),
                [row[0] for row in rows],
                [row[1] for row in rows],
                [row[2] for row in rows],
            ],
        )
        return [row[0] for row in cursor.fetchall()]


def _update_columns(model: type[Model], rows: Sequence[Model], fields: Sequence[str]) -> None:
    """Write these fields of each row (nothing else) in one statement.

    `bulk_update` writes a CASE over every id for every row, which grows with the square of the
    batch on PostgreSQL (about a second for 500 deadlines); a join on arrays of the new values is
    one linear statement.
    """
    if not rows:
        return
    if connection.vendor != "postgresql":
        model._default_manager.bulk_update(rows, fields)
        return
    quote = connection.ops.quote_name
    columns = [
        cast("Field[Any, Any]", model._meta.pk),
        *(cast("Field[Any, Any]", model._meta.get_field(name)) for name in fields),
    ]
    names = [quote(column.column) for column in columns]
    arrays = ", ".join(f"%s::{column.db_type(connection)}[]" for column in columns)
    assignments = ", ".join(f"{name} = v.{name}" for name in names[1:])
    sql = (
        f"UPDATE {quote(model._meta.db_table)} AS t SET {assignments} "  # noqa: S608 (its columns)
        f"FROM unnest({arrays}) AS v({', '.join(names)}) WHERE t.{names[0]} = v.{names[0]}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [[getattr(row, column.attname) for row in rows] for column in columns])


def _save_plans(deadlines: Sequence[Deadline]) -> None:
    """Write each deadline's `last_threshold` and `next_fire_at` (nothing else), in one query."""
    _update_columns(Deadline, deadlines, ["last_threshold", "next_fire_at"])


def sweep(
    *, now: datetime | None = None, batch: int = SWEEP_BATCH, enqueue: bool = True
) -> SweepResult:
    """Claim what is due, batch after batch, each in a transaction of its own; then (with
    `enqueue`) hand every undelivered reminder to the workers (`enqueue_pending`)."""
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


def _enqueue(reminder_ids: Sequence[UUID]) -> tuple[int, bool]:
    """Deliveries of these reminders to the workers, `DELIVERY_CHUNK` a task. Returns (how many
    were enqueued, whether the broker failed); after a failure nothing more is tried.

    Each chunk is marked enqueued before it is sent (and unmarked if the broker refuses it): a
    worker that took the task at once must not find the rows locked by the marking, which its
    `SKIP LOCKED` would take for another worker's delivery."""
    enqueued = 0
    for start in range(0, len(reminder_ids), DELIVERY_CHUNK):
        chunk = reminder_ids[start : start + DELIVERY_CHUNK]
        Reminder.objects.filter(pk__in=chunk).update(enqueued_at=timezone.now())
        try:
            current_app.send_task(DELIVER_TASK, args=[[str(pk) for pk in chunk]], retry=False)
        except Exception as exc:  # the broker is down or frozen: try again next sweep
            logger.warning(
                "reminders: could not enqueue %d deliveries: %s", len(reminder_ids) - start, exc
            )
            Reminder.objects.filter(pk__in=chunk, delivered_at__isnull=True).update(
                enqueued_at=None
            )
            return enqueued, True
        enqueued += len(chunk)
    return enqueued, False


def enqueue_pending(*, now: datetime | None = None, page: int = ENQUEUE_PAGE) -> tuple[int, bool]:
    """Ask the workers to deliver every undelivered reminder not enqueued recently, `page`
    rows read at a time until none is left (no reminder waits for the next sweep).

    A task's reminders are those of few recipients (the rows are read by recipient): the
    worker checks what each recipient may still see with one query per recipient's deadlines
    (`_still_visible`), so a chunk of the same people costs a few, one of everybody a hundred.

    Returns (how many were enqueued, whether the broker failed). A failure loses nothing: the
    rows stay undelivered and the next sweep tries again.
    """
    started = timezone.now()
    stale = (now or started) - timedelta(seconds=settings.REMINDER_REENQUEUE_SECONDS)
    # Each page enqueued is marked (`enqueued_at`, the clock's time, from `started` on), so the
    # next read starts after it, whatever `now` the sweep was given.
    waiting = (
        Reminder.objects.filter(delivered_at__isnull=True)
        .filter(Q(enqueued_at__isnull=True) | Q(enqueued_at__lt=min(stale, started)))
        .order_by("recipient_id", "created_at", "pk")
        .values_list("pk", flat=True)
    )
    enqueued = 0
    while True:
        pending = list(waiting[:page])
        sent, failed = _enqueue(pending)
        enqueued += sent
        if failed or len(pending) < page:
            return enqueued, failed


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


# The outcomes of a delivery, as `deliver` and `deliver_many` tell them (logs and tests).
DELIVERED = "delivered"
EMAIL_PENDING = "in the inbox; email pending"
NOT_MINE = "already delivered or being delivered"
SKIPPED = "skipped: the recipient can no longer see the case"
APP_ONLY = "delivered in the app only: no longer seen"
EMAIL_FAILED = "email failed"


class EmailNotSent(Exception):
    """The mail backend reported a message as not sent, without saying why."""


def _undelivered(reminder_ids: Iterable[UUID | str]) -> QuerySet[Reminder]:
    return Reminder.objects.filter(pk__in=reminder_ids, delivered_at__isnull=True)


def _with_what_they_tell(reminders: QuerySet[Reminder]) -> list[Reminder]:
    return list(reminders.select_related("deadline", "deadline__case", "recipient").order_by())


def _locked_undelivered(reminder_ids: Sequence[UUID | str]) -> list[Reminder]:
    """Those of the reminders that no other worker holds and that are not yet delivered, locked
    for this transaction: one `SELECT ... FOR UPDATE SKIP LOCKED` for the chunk."""
    return _with_what_they_tell(
        _undelivered(reminder_ids).select_for_update(skip_locked=True, of=("self",))
    )


def _still_visible(reminders: Sequence[Reminder]) -> set[tuple[UUID, UUID]]:
    """The (recipient, deadline) pairs of these reminders in which the recipient still sees the
    deadline itself now, by the one rule (a case no longer shared, an asset restricted since the
    reminder was planned: nothing more is sent). One query for the whole chunk: each
    recipient's `Deadline.objects.visible_to`, narrowed to their deadlines, in one UNION ALL."""
    deadlines_of: dict[UUID, set[UUID]] = defaultdict(set)
    recipients: dict[UUID, User] = {}
    for reminder in reminders:
        deadlines_of[reminder.recipient_id].add(reminder.deadline_id)
        recipients[reminder.recipient_id] = reminder.recipient
    seen_by_each = []
    for recipient_id, deadline_ids in deadlines_of.items():
        visible = Deadline.objects.visible_to(recipients[recipient_id], references=False)
        if isinstance(visible, EmptyQuerySet):  # an inactive user sees nothing
            continue
        seen_by_each.append(
            visible.filter(pk__in=deadline_ids)
            .order_by()
            .annotate(seen_by=Value(recipient_id, output_field=UUIDField()))
            .values_list("seen_by", "pk")
        )
    if not seen_by_each:
        return set()
    first, *others = seen_by_each
    return set(first.union(*others, all=True) if others else first)


def _save_deliveries(reminders: Sequence[Reminder]) -> None:
    """Write each reminder's deliveries (notified, emailed, delivered, skipped, notification),
    in one statement."""
    _update_columns(
        Reminder,
        reminders,
        ["notified_at", "emailed_at", "delivered_at", "skipped", "notification"],
    )


def _record_delivered(reminders: Sequence[Reminder]) -> None:
    """One audit event per reminder delivered, written together (`trail.record_many`)."""
    if not reminders:
        return
    with trail.acting_as(label="task:deliver_reminders"):
        trail.record_many(
            [
                trail.Pending(
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
                for reminder in reminders
            ]
        )


def notify_in_app(reminder_ids: Sequence[UUID | str]) -> dict[str, str]:
    """The first delivery of a chunk, committed on its own: the in-app notifications. It never
    waits for the mail server, so an email outage delays no one's reminder in the application.

    Returns each reminder's outcome (by id as given); `EMAIL_PENDING` ones go on to
    `send_email`. A constant number of queries for the chunk: the lock, the visibility check,
    the notifications, the reminders' update, the audit events."""
    return _notify(reminder_ids)[0]


def _notify(reminder_ids: Sequence[UUID | str]) -> tuple[dict[str, str], dict[UUID, Reminder]]:
    """`notify_in_app`, and the reminders it put in the inbox whose email is to follow."""
    outcome = {str(pk): NOT_MINE for pk in reminder_ids}
    visible: dict[UUID, Reminder] = {}
    with transaction.atomic():
        fresh = []
        for reminder in _locked_undelivered(reminder_ids):
            if reminder.notified_at is None:
                fresh.append(reminder)
            else:
                outcome[str(reminder.pk)] = EMAIL_PENDING
        if not fresh:
            return outcome, visible
        now = timezone.now()
        seen = _still_visible(fresh)
        notified: list[Reminder] = []
        notifications: list[Notification] = []
        for reminder in fresh:
            if (reminder.recipient_id, reminder.deadline_id) not in seen:
                reminder.skipped = True
                reminder.delivered_at = now
                outcome[str(reminder.pk)] = SKIPPED
                continue
            subject, body = reminder_text(reminder, now=now)
            notification = Notification(
                recipient=reminder.recipient,
                kind="deadline_overdue" if _is_overdue(reminder.threshold) else "deadline_reminder",
                title=subject,
                body=body,
                case=reminder.deadline.case,
            )
            notifications.append(notification)
            reminder.notification = notification
            reminder.notified_at = now
            if reminder.recipient.email:
                outcome[str(reminder.pk)] = EMAIL_PENDING
                visible[reminder.pk] = reminder
            else:  # nothing else to deliver
                reminder.delivered_at = now
                outcome[str(reminder.pk)] = DELIVERED
            notified.append(reminder)
        Notification.objects.bulk_create(notifications)
        _save_deliveries(fresh)
        _record_delivered([r for r in notified if r.delivered_at is not None])
    return outcome, visible


def _close_quietly(mailer: BaseEmailBackend) -> None:
    try:
        mailer.close()
    except Exception as exc:  # a server that broke off mid-chunk: the emails sent stand
        logger.warning("reminders: closing the mail connection: %s", exc)


def _send_emails(
    reminder_ids: Sequence[UUID | str], *, notified_now: Mapping[UUID, Reminder] | None = None
) -> tuple[dict[str, str], Exception | None]:
    """`send_email`, returning the mail server's failure instead of raising it.

    `notified_now`: the reminders whose notification the same task delivered a moment ago
    (`_notify`), read and checked visible then; the others (an email retried after an outage)
    are read and checked again."""
    notified_now = notified_now or {}
    outcome = {str(pk): NOT_MINE for pk in reminder_ids}
    failure: Exception | None = None
    with transaction.atomic():
        locked = set(
            _undelivered(reminder_ids)
            .filter(notified_at__isnull=False)
            .select_for_update(skip_locked=True)
            .values_list("pk", flat=True)
        )
        if not locked:
            return outcome, None
        now = timezone.now()
        to_mail = [notified_now[pk] for pk in locked if pk in notified_now]
        again = _with_what_they_tell(
            Reminder.objects.filter(pk__in=[pk for pk in locked if pk not in notified_now])
        )
        seen = _still_visible(again)
        delivered: list[Reminder] = []  # in the app only: the recipient no longer sees it
        for reminder in again:
            if (reminder.recipient_id, reminder.deadline_id) in seen:
                to_mail.append(reminder)
            else:
                delivered.append(reminder)
        for reminder in delivered:
            outcome[str(reminder.pk)] = APP_ONLY
        if to_mail:
            mailer = get_connection()
            try:
                mailer.open()
                for reminder in to_mail:
                    # The text as of now: "due in 2 working days" stays true when it was late.
                    subject, body = reminder_text(reminder, now=now)
                    message = EmailMessage(
                        subject,
                        body,
                        settings.DEFAULT_FROM_EMAIL,
                        [reminder.recipient.email],
                        headers={"Message-ID": reminder_message_id(reminder)},
                        connection=mailer,
                    )
                    if not mailer.send_messages([message]):
                        raise EmailNotSent(message.extra_headers["Message-ID"])
                    reminder.emailed_at = now
                    delivered.append(reminder)
                    outcome[str(reminder.pk)] = DELIVERED
            except Exception as exc:  # the mail server: the rest of the chunk waits
                failure = exc
                for reminder in to_mail:
                    if reminder.emailed_at is None:
                        outcome[str(reminder.pk)] = EMAIL_FAILED
            finally:
                _close_quietly(mailer)
        for reminder in delivered:
            reminder.delivered_at = now
        _save_deliveries(delivered)
        _record_delivered(delivered)
    return outcome, failure


def send_email(reminder_ids: Sequence[UUID | str]) -> dict[str, str]:
    """The second delivery: the emails of a chunk whose notifications are in the inbox, over
    one connection to the mail server.

    Sent inside the transaction that marks them: if the mail server refuses or times out
    (`EMAIL_TIMEOUT`), the rest of the chunk is not tried, the ones sent are marked and
    committed, and the failure is raised so that the task is retried for the others. A crash
    between sending and committing can repeat an email; mail has no transactions to do better,
    but the repeat carries the same Message-ID, by which mail systems fold duplicates.
    """
    outcome, failure = _send_emails(reminder_ids)
    if failure is not None:
        raise failure
    return outcome


def deliver(reminder_id: UUID | str) -> str:
    """Deliver one reminder: in the application, then by email, each exactly once. Returns
    what happened, for logs and tests."""
    outcome = notify_in_app([reminder_id])[str(reminder_id)]
    if outcome != EMAIL_PENDING:
        return outcome
    return send_email([reminder_id])[str(reminder_id)]


def deliver_many(reminder_ids: Iterable[UUID | str]) -> dict[str, int]:
    """Deliver reminders chunk by chunk (`DELIVERY_CHUNK`): every in-app notification of a
    chunk first, then its emails, so that a mail server that is down or hangs delays only the
    emails. The first email failure is raised once every chunk was tried, so that the task is
    retried (and the delivered ones are not sent again). Returns how many had each outcome."""
    ids = list(reminder_ids)
    outcome: dict[str, int] = defaultdict(int)
    failure: Exception | None = None
    for start in range(0, len(ids), DELIVERY_CHUNK):
        chunk = ids[start : start + DELIVERY_CHUNK]
        notified, visible = _notify(chunk)
        pending = [pk for pk in chunk if notified[str(pk)] == EMAIL_PENDING]
        for pk in chunk:
            if notified[str(pk)] != EMAIL_PENDING:
                outcome[notified[str(pk)]] += 1
        if not pending:
            continue
        emailed, failed = _send_emails(pending, notified_now=visible)
        if failed is not None:  # the mail server: the next chunks are still tried
            logger.warning("reminders: emails not sent: %s", failed)
            failure = failure or failed
        for pk in pending:
            outcome[emailed[str(pk)]] += 1
    if failure is not None:
        raise failure
    return dict(outcome)
