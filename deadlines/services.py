"""Deadlines: registered by the services whose records carry them, and read per visibility.

Sources (issue 6): an MLA request's `due_on` while it is open, a freeze's `freeze_expires_on`, a
share's expiry, and follow-up dates that prosecutors set on a case. Each source calls
`deadline_sync` in its own transaction, so the deadline exists exactly when its source does.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from uuid import UUID

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from audit import trail
from cases.models import Case, State, User
from deadlines.calendar import (
    Threshold,
    default_subdivision,
    local_today,
    reminder_thresholds,
    state_timezone,
)
from deadlines.models import Deadline, DeadlineKind


def schedule_options(deadline: Deadline) -> dict[str, Any]:
    return {
        "country_code": deadline.acting_state_id,
        "subdiv": deadline.acting_subdivision or default_subdivision(deadline.acting_state_id),
        "offsets": settings.REMINDER_OFFSETS,
        "overdue_interval": settings.REMINDER_OVERDUE_INTERVAL,
    }


def threshold_key(deadline: Deadline, threshold: Threshold) -> str:
    """Keyed by the due date too: a renewed freeze is reminded afresh for its new expiry."""
    return f"{deadline.due_on.isoformat()}:{threshold.key}"


FIRST_ESCALATION = "overdue_1"


def _escalation_once_passed(deadline: Deadline) -> Threshold:
    """The first escalation brought forward to the moment the due date has passed: midnight at
    the end of the due date, in the acting state."""
    passed = datetime.combine(
        deadline.due_on + timedelta(days=1),
        time(0),
        tzinfo=state_timezone(deadline.acting_state_id),
    )
    return Threshold(key=FIRST_ESCALATION, fire_on=passed.date(), fire_at=passed.astimezone(UTC))


# Deadlines whose passing changes the law at once: a freeze restrains nothing from the day after
# its expiry (`cases.models.assets.freeze_lapsed_on`), so the team and the admins are told at the
# start of that day, a weekend's included, and not a cadence of working days later.
ESCALATED_AT_ONCE = frozenset({DeadlineKind.FREEZE_EXPIRY})


def deadline_thresholds(deadline: Deadline) -> list[Threshold]:
    """The reminder moments of this deadline, by its kind."""
    thresholds = reminder_thresholds(deadline.due_on, **schedule_options(deadline))
    if deadline.kind not in ESCALATED_AT_ONCE:
        return thresholds
    at_once = _escalation_once_passed(deadline)
    return [at_once if t.key == FIRST_ESCALATION else t for t in thresholds]


def current_threshold(deadline: Deadline, now: datetime) -> Threshold | None:
    """The latest threshold already reached: the one worth telling people about now.

    Except when the due date has already passed in the acting state and nobody was told on the
    day (the request was sent, or recorded, with its answer already late; the sweep was down; the
    date was moved into the past): then it is the first escalation, at once, instead of a "due"
    (or "due in N days") reminder of a day that is gone and an escalation only a week and a half
    of working days later. Its key is the first escalation's, so it is sent once and the regular
    `overdue_1` does not repeat it; the cadence goes on from `overdue_2`."""
    reached = [t for t in deadline_thresholds(deadline) if t.fire_at <= now]
    if not reached:
        return None
    latest = reached[-1]
    told_on_the_day = deadline.last_threshold == f"{deadline.due_on.isoformat()}:due"
    if (
        not latest.key.startswith("overdue_")
        and local_today(deadline.acting_state_id, now) > deadline.due_on
        and not told_on_the_day
    ):
        return _escalation_once_passed(deadline)
    return latest


def plan_next_fire(deadline: Deadline, now: datetime) -> datetime | None:
    """When the sweep must next look: now if the current threshold was not sent yet, else the
    next threshold not sent yet, or never."""
    if not deadline.open:
        return None
    current = current_threshold(deadline, now)
    if current is not None and deadline.last_threshold != threshold_key(deadline, current):
        return current.fire_at
    upcoming = next(
        (
            t
            for t in deadline_thresholds(deadline)
            if t.fire_at > now and threshold_key(deadline, t) != deadline.last_threshold
        ),
        None,
    )
    return upcoming.fire_at if upcoming else None


@transaction.atomic
def deadline_sync(
    *,
    kind: str,
    source_id: UUID,
    case: Case,
    due_on: date | None,
    acting_state: State | str,
    title: str,
    partner_state: State | str | None = None,
    restricted: bool = False,
    by: User | None = None,
    acting_subdivision: str | None = None,
) -> Deadline | None:
    """Create, move or close the deadline of a source. `due_on=None` closes it.

    `acting_subdivision` names where in the acting state the act happens (its holidays count;
    "" for the state's default); None keeps what the deadline had."""
    now = timezone.now()
    existing = Deadline.objects.select_for_update().filter(kind=kind, source_id=source_id).first()
    if due_on is None:
        if existing is not None and existing.open:
            existing.open = False
            existing.next_fire_at = None
            existing.save(update_fields=["open", "next_fire_at", "updated_at"])
            trail.record(
                "deadline.closed", obj=existing, case=case, actor=by, restricted=existing.restricted
            )
        return existing
    acting = acting_state if isinstance(acting_state, str) else acting_state.code
    partner = partner_state.code if isinstance(partner_state, State) else partner_state
    deadline = existing or Deadline(kind=kind, source_id=source_id, case=case, created_by=by)
    before = trail.snapshot(deadline) if existing else {}
    if existing is not None and existing.due_on != due_on:
        deadline.last_threshold = ""  # a new date is reminded from scratch
    deadline.due_on = due_on
    deadline.acting_state_id = acting
    if acting_subdivision is not None:
        deadline.acting_subdivision = acting_subdivision
    deadline.partner_state_id = partner
    deadline.title = title[:300]
    deadline.restricted = restricted
    deadline.open = True
    deadline.next_fire_at = plan_next_fire(deadline, now)
    if existing is not None:
        deadline.version += 1
    deadline.save()
    after = trail.snapshot(deadline)
    if before != after:
        trail.record(
            "deadline.scheduled" if existing is None else "deadline.moved",
            obj=deadline,
            case=case,
            actor=by,
            restricted=restricted,
            changes=trail.diff(before, after),
        )
    return deadline


def deadlines_visible_to(user: Any) -> QuerySet[Deadline]:
    """Deadlines of the cases the user may see, and of those only what concerns them
    (`DeadlineQuerySet.narrow_for_partner`)."""
    return Deadline.objects.visible_to(user)
