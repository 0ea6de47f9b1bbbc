"""The deadlines of the world: the expiry of each freeze in force and the answer owed to each
open MLA request, scheduled by the deadline calendar (`deadlines.calendar`, with the
options of `deadlines.services.schedule_options`).

The world is as the reminder sweep left it at `BENCH_QUIET`: every threshold reached by then was
sent (`last_threshold`), and each deadline waits for its next threshold (`next_fire_at`). So a
deadline is due at `BENCH_NOW` exactly when one of its thresholds falls between the two instants;
the `--due` answers are dated so that one does, every other deadline lies further ahead.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any

from deadlines.calendar import DEFAULT_OVERDUE_LIMIT, reminder_thresholds
from deadlines.models import Deadline, DeadlineKind
from deadlines.services import schedule_options, threshold_key
from demo.scale.case_file import SeededCase
from demo.scale.world import BENCH_NOW, BENCH_QUIET, Seed, new_uuid

# Overdue thresholds computed only as far as needed: the thresholds of a smaller limit are the
# first ones of a larger limit, so the first threshold after an instant found among them is the
# first of the whole schedule (and 52 escalations per deadline cost more than the rest).
OVERDUE_LIMITS = (0, 4, DEFAULT_OVERDUE_LIMIT)
# How far a due date drawn for the sweep's work may move to have a threshold in the window: in a
# state whose working days all fall outside it (a long weekend), only the `due` threshold of a
# date in the window itself can (a deadline is reminded on its date, working day or not).
MAX_SHIFT_DAYS = 40


def reminder_options(seed: Seed, acting_state: str) -> dict[str, Any]:
    """The options the reminder sweep schedules a deadline of this acting state with."""
    key = ("reminder options", acting_state)
    if key not in seed.memo:
        seed.memo[key] = schedule_options(Deadline(acting_state_id=acting_state))
    options: dict[str, Any] = seed.memo[key]
    return options


def schedule_after_quiet(seed: Seed, due_on: date, acting_state: str) -> tuple[str, datetime]:
    """(last_threshold, next_fire_at) of an open deadline after the sweep at `BENCH_QUIET`."""
    key = ("reminders", due_on, acting_state)
    if key not in seed.memo:
        options = reminder_options(seed, acting_state)
        for limit in OVERDUE_LIMITS:
            thresholds = reminder_thresholds(due_on, **options, overdue_limit=limit)
            upcoming = next((i for i, t in enumerate(thresholds) if t.fire_at > BENCH_QUIET), None)
            if upcoming is not None:
                break
        if upcoming is None:
            raise ValueError(f"No reminder of {due_on} in {acting_state} after {BENCH_QUIET}")
        sent = ""
        if upcoming:  # the sweep sent the threshold before it
            deadline = Deadline(due_on=due_on, acting_state_id=acting_state)
            sent = threshold_key(deadline, thresholds[upcoming - 1])
        seed.memo[key] = (sent, thresholds[upcoming].fire_at)
    result: tuple[str, datetime] = seed.memo[key]
    return result


def due_at_bench_now(seed: Seed, drawn: date, acting_state: str) -> date:
    """The date nearest to `drawn` (later first) with a threshold between `BENCH_QUIET` and
    `BENCH_NOW`: its deadline is due at `BENCH_NOW` and was not at `BENCH_QUIET`."""
    for shift in range(MAX_SHIFT_DAYS + 1):
        for due_on in (drawn + timedelta(days=shift), drawn - timedelta(days=shift)):
            if schedule_after_quiet(seed, due_on, acting_state)[1] <= BENCH_NOW:
                return due_on
    raise ValueError(f"No due date near {drawn} in {acting_state} is reminded at {BENCH_NOW}")


def deadline_seed(
    seed: Seed,
    case: SeededCase,
    kind: str,
    source_id: uuid.UUID,
    due_on: date,
    acting_state: str,
    restricted: bool,
    created_at: datetime,
) -> None:
    """An open deadline: the expiry of a freeze in force (the asset's jurisdiction acts: it
    renews or lapses), or the answer owed to an MLA request (the requested state acts, counted in
    its working days, and is the partner state of the deadline)."""
    if kind == DeadlineKind.MLA_RESPONSE:
        title, partner_state = f"Answer from {acting_state} due", acting_state
    else:
        title, partner_state = f"Freeze of an asset of {case.official} expires", None
    last_threshold, next_fire_at = schedule_after_quiet(seed, due_on, acting_state)
    seed.tables["workflows_deadline"].add(
        new_uuid(seed.rng),
        case.id,
        kind,
        source_id,
        title,
        due_on,
        acting_state,
        partner_state,
        restricted,
        True,
        next_fire_at,
        last_threshold,
        case.lead,
        created_at,
        created_at,
        1,
    )
