"""The deadlines of the world: the expiry of each freeze in force and the answer owed to each
open MLA request."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from demo.scale.case_file import SeededCase
from demo.scale.world import BENCH_NOW, Seed, new_uuid
from workflows.deadline_models import DeadlineKind


def deadline_seed(
    seed: Seed,
    case: SeededCase,
    *,
    kind: str,
    source_id: uuid.UUID,
    title: str,
    due_on: date,
    acting_state: str,
    partner_state: str | None,
    restricted: bool,
    next_fire_at: datetime,
    created_at: datetime,
) -> None:
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
        "",
        case.lead,
        created_at,
        created_at,
        1,
    )


def first_reminder(due_on: date) -> datetime:
    return datetime.combine(due_on - timedelta(days=21), datetime.min.time(), UTC)


def freeze_expiry_seed(
    seed: Seed,
    case: SeededCase,
    asset_id: uuid.UUID,
    expires_on: date,
    jurisdiction: str,
    restricted: bool,
    created_at: datetime,
) -> None:
    deadline_seed(
        seed,
        case,
        kind=DeadlineKind.FREEZE_EXPIRY,
        source_id=asset_id,
        title=f"Freeze of an asset of {case.official} expires",
        due_on=expires_on,
        acting_state=jurisdiction,
        partner_state=None,
        restricted=restricted,
        next_fire_at=first_reminder(expires_on),
        created_at=created_at,
    )


def mla_response_seed(
    seed: Seed,
    case: SeededCase,
    request_id: uuid.UUID,
    due_on: date,
    requested_state: str,
    restricted: bool,
    created_at: datetime,
    due_now: bool,
) -> None:
    if due_now:
        next_fire_at = BENCH_NOW - timedelta(minutes=seed.rng.randint(1, 2 * 24 * 60))
    else:
        next_fire_at = first_reminder(due_on)
    deadline_seed(
        seed,
        case,
        kind=DeadlineKind.MLA_RESPONSE,
        source_id=request_id,
        title=f"Answer from {requested_state} due",
        due_on=due_on,
        acting_state=requested_state,
        partner_state=requested_state,
        restricted=restricted,
        next_fire_at=next_fire_at,
        created_at=created_at,
    )
