"""Outgoing MLA requests in every status, each sent request with its `send` act (a row of
`workflows.mla_rules.MLA_RULES`) and, while the requested state's clock runs (`CLOCK_RUNNING`),
the answer it is owed.
One request of each of `--due` cases is owed an answer at the benchmark's now (the sweep's work)."""

from __future__ import annotations

from datetime import timedelta

from deadlines.models import DeadlineKind
from demo.scale.case_file import SeededCase
from demo.scale.deadlines import deadline_seed, due_at_bench_now
from demo.scale.world import BENCH_NOW, LIAISON_STATE, PROSECUTOR_STATE, Seed, new_uuid, weighted
from workflows.mla_models import (
    CLOCK_RUNNING,
    CLOCK_STOPPED,
    OPEN_STATUSES,
    MlaChannel,
    MlaKind,
    MlaStatus,
    RefusalGround,
)
from workflows.mla_rules import MLA_RULES_BY_DIRECTION, OUTGOING

S = MlaStatus
# How often a request is in each status (in 100); every status of the table has a weight.
STATUS_WEIGHTS: dict[str, int] = {
    S.DRAFT: 10,
    S.SENT: 15,
    S.ACKNOWLEDGED: 15,
    S.INFO_REQUESTED: 5,
    S.IN_EXECUTION: 15,
    S.POSTPONED: 5,
    S.EXECUTED: 20,
    S.PARTIALLY_EXECUTED: 5,
    S.REFUSED: 5,
    S.WITHDRAWN: 5,
}
assert set(STATUS_WEIGHTS) == set(MlaStatus.values), "a status of the table has no weight"
STATUSES = weighted(STATUS_WEIGHTS)
KINDS = MlaKind.values
SEND = next(rule for rule in MLA_RULES_BY_DIRECTION[OUTGOING] if rule.action == "send")
# How many requests a case has, and how often.
REQUESTS_PER_CASE = weighted({1: 15, 2: 20, 3: 30, 4: 20, 5: 15})
ANSWER_DAYS = 90  # the due date of a request closed since
CLOSED_AFTER_DAYS = 120


def mla_requests_seed(seed: Seed, case: SeededCase, *, due_now: bool) -> None:
    count = seed.rng.choices(*REQUESTS_PER_CASE)[0]
    for number in range(1, count + 1):
        mla_request_seed(seed, case, number, due_now=due_now and number == 1)


def mla_request_seed(seed: Seed, case: SeededCase, number: int, *, due_now: bool) -> None:
    """One request to a partner state (or any state, for a case shared with none)."""
    rng, reference = seed.rng, seed.reference
    status: str = S.SENT if due_now else rng.choices(*STATUSES)[0]
    requested = rng.choice(case.partners) if case.partners else rng.choice(reference.all_states)
    if requested == case.owner:
        requested = LIAISON_STATE if case.owner != LIAISON_STATE else PROSECUTOR_STATE
    request_id = new_uuid(rng)
    created_at = case.created_at + timedelta(days=rng.randint(1, 200))
    sent = status not in SEND.from_states  # every status but a draft (what `send` leaves)
    sent_on = created_at.date() if sent else None
    is_open = status in OPEN_STATUSES
    if due_now:  # from 20 days overdue to 10 days ahead, moved to be reminded at BENCH_NOW
        drawn = BENCH_NOW.date() + timedelta(days=rng.randint(-20, 10))
        due_on = due_at_bench_now(seed, drawn, requested)
    elif is_open:
        due_on = BENCH_NOW.date() + timedelta(days=rng.randint(60, 500))
    elif sent_on:
        due_on = sent_on + timedelta(days=ANSWER_DAYS)
    else:
        due_on = None
    restricted = rng.random() < 0.1
    seed.tables["workflows_mlarequest"].add(
        request_id,
        case.id,
        case.owner,
        rng.choice(KINDS),
        case.owner,
        requested,
        f"{case.reference}/MLA-{number}",
        "",
        MlaChannel.CENTRAL_AUTHORITY,
        f"Request to {requested} about the assets of {case.official}",
        "",
        "",
        restricted,
        "",
        status,
        sent_on,
        due_on,
        None,
        sent_on + timedelta(days=CLOSED_AFTER_DAYS) if sent_on and not is_open else None,
        "Insufficient grounds" if status == S.REFUSED else "",
        "Pending proceedings" if status == S.POSTPONED else "",
        case.lead,
        created_at,
        created_at,
        2 if sent_on else 1,
        [RefusalGround.OTHER] if status == S.REFUSED else [],
        (created_at + timedelta(days=30)).date() if status in CLOCK_STOPPED else None,
    )
    if sent_on:
        seed.tables["workflows_mlatransition"].add(
            new_uuid(rng),
            request_id,
            1,
            SEND.action,
            S.DRAFT,
            SEND.to_state,
            "",
            "",
            case.lead,
            created_at,
        )
    if due_on is not None and status in CLOCK_RUNNING:  # a stopped clock owes no answer now
        kind = DeadlineKind.MLA_RESPONSE
        deadline_seed(seed, case, kind, request_id, due_on, requested, restricted, created_at)
