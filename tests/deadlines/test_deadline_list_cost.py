"""The deadline list's cost: constant queries whatever the data, and a liaison's SQL that does
not grow with the number of time zones (issue 22: the deadlines were the mixed load's slowest
list, 174 ms alone).

Every kind a liaison may see through its source is here (an MLA request's answer, a freeze
order's expiry, a task given to their side) beside what they may not (a restricted asset's
freeze, the team's follow-ups, the share expiries), so that a cheaper query that saw more or
less would fail `test_a_liaison_sees_the_same_deadlines_through_their_sources` first.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from deadlines.models import Deadline, DeadlineKind
from deadlines.services import deadline_sync
from tests.authz.world import freeze, send_mla
from tests.factories import make_asset, make_case, share

pytestmark = pytest.mark.django_db

# Session and user, count, page, and the session's touch: the same as in
# tests/cases/test_query_counts.py, here over every kind of deadline.
PINNED_QUERIES = 4


def add_cases(personas, count: int) -> None:
    gb = personas.prosecutor_gb
    for index in range(count):
        case = make_case(by=gb, title=f"Deadline case {index}")
        share(case, "FR", expires_on=timezone.now().date() + timedelta(days=60))
        send_mla(case, gb)  # FR owes the answer: FR sees it
        freeze(make_asset(case=case), gb)  # FR sees the asset, so its freeze's expiry
        freeze(make_asset(case=case, restricted=True), gb)  # FR does not
        follow_up = Deadline(case=case)
        deadline_sync(  # the team's own note: FR never sees it
            kind=DeadlineKind.FOLLOW_UP,
            source_id=follow_up.id,
            case=case,
            due_on=timezone.now().date() + timedelta(days=3),
            acting_state="GB",
            title="Chase the bank",
            restricted=True,
            by=gb,
        )


def list_queries(client) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/api/v1/deadlines/", {"page_size": 100})
    assert response.status_code == 200
    return len(captured), response.json()


@pytest.mark.parametrize("persona", ["prosecutor_gb", "liaison_fr"])
def test_the_deadline_list_runs_the_same_queries_for_one_case_or_many(
    persona, personas, client_for
) -> None:
    client = client_for(getattr(personas, persona))
    add_cases(personas, 1)
    few, first = list_queries(client)
    add_cases(personas, 4)
    many, second = list_queries(client)
    assert second["count"] == 5 * first["count"] > 0
    assert (few, many) == (PINNED_QUERIES, PINNED_QUERIES)


def test_a_liaison_sees_the_same_deadlines_through_their_sources(personas, client_for) -> None:
    add_cases(personas, 2)
    seen = client_for(personas.liaison_fr).get("/api/v1/deadlines/").json()["results"]
    kinds = sorted(deadline["kind"] for deadline in seen)
    # Per case: the answer FR owes and the open asset's freeze; never the restricted asset's
    # freeze, the follow-up or the share's expiry.
    assert kinds == ["freeze_expiry"] * 2 + ["mla_response"] * 2
    team = client_for(personas.prosecutor_gb).get("/api/v1/deadlines/").json()["results"]
    assert sorted(d["kind"] for d in team) == sorted(
        ["follow_up", "freeze_expiry", "freeze_expiry", "mla_response", "share_expiry"] * 2
    )


def test_a_liaisons_deadline_query_does_not_list_every_time_zones_states(
    personas, client_for, monkeypatch
) -> None:
    # A share is in force through its expiry date in the partner state: for one known state
    # that is one date, not a condition naming every state whose date differs from UTC's
    # (cases.visibility.active_shares_for_state), which made the SQL ~130 parameters longer in
    # each of the list's subqueries and its client-side building ~11 ms of the request.
    # At 00:30 UTC every state of the Americas is still on the day before: the per-row form
    # named them all ('US' among them).
    early = timezone.now().replace(hour=0, minute=30, second=0, microsecond=0)
    monkeypatch.setattr(timezone, "now", lambda: early)
    add_cases(personas, 1)
    with CaptureQueriesContext(connection) as captured:
        response = client_for(personas.liaison_fr).get("/api/v1/deadlines/")
    assert response.json()["count"] == 2
    listing = [q["sql"] for q in captured if "workflows_deadline" in q["sql"]]
    assert len(listing) == 2  # the count and the page
    for sql in listing:
        assert "'US'" not in sql, sql[:500]
