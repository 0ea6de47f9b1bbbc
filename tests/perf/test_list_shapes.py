"""The query shapes issue 9's benchmark asked for, pinned: a change that brings back the slow
shape (a scan of all cases, a sort of all assets, a CASE over every deadline) fails here, not
only in `make bench`."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cases.models import Case, CaseShare
from deadlines import reminders
from deadlines.calendar import reminder_thresholds
from deadlines.models import Deadline, DeadlineKind
from deadlines.services import deadline_sync, plan_next_fire
from tests.factories import make_asset, make_case, share

pytestmark = pytest.mark.django_db


def shared_cases(personas, count: int) -> list[Case]:
    cases = []
    for index in range(count):
        case = make_case(by=personas.prosecutor_gb, title=f"Case {index}")
        share(case, "FR")
        cases.append(case)
    return cases


def list_sql(client, url: str, **params) -> tuple[list[dict], list[str]]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return response.json()["results"], [q["sql"] for q in captured.captured_queries]


def test_liaison_case_list_is_read_through_the_share_order_index(personas, client_for) -> None:
    cases = shared_cases(personas, 4)
    revoked = make_case(by=personas.prosecutor_gb, title="Revoked")
    share(revoked, "FR")
    CaseShare.objects.filter(case=revoked).update(revoked_at=revoked.created_at)
    client = client_for(personas.liaison_fr)

    results, queries = list_sql(client, "/api/v1/cases/", page_size=50)

    newest_first = sorted(cases, key=lambda c: (c.created_at, c.pk), reverse=True)
    assert [row["id"] for row in results] == [str(c.pk) for c in newest_first]
    page = next(sql for sql in queries if "LIMIT" in sql and "cases_case" in sql)
    # A join on the liaison's shares ordered by the copied sort key, not EXISTS over all cases.
    assert "EXISTS" not in page
    assert '"cases_caseshare"."case_created_at" DESC' in page


def first_sort_key(sql: str) -> str:
    """The first ORDER BY term, with a position (`ORDER BY 16`) read from the select list."""
    term = sql.rsplit(" ORDER BY ", 1)[1].split(" LIMIT ")[0].split(",")[0].strip()
    column, direction = term.rsplit(" ", 1)
    if column.isdigit():
        select_list = sql.split(" FROM ", 1)[0].removeprefix("SELECT ").split(", ")
        column = select_list[int(column) - 1].split(" AS ")[0]
    return f"{column} {direction}"


def test_liaison_ordering_by_created_at_reads_the_share_copy(personas, client_for) -> None:
    cases = shared_cases(personas, 3)
    client = client_for(personas.liaison_fr)

    results, queries = list_sql(client, "/api/v1/cases/", ordering="created_at")

    assert [row["id"] for row in results] == [
        str(c.pk) for c in sorted(cases, key=lambda c: c.created_at)
    ]
    page = next(sql for sql in queries if "LIMIT" in sql and "cases_case" in sql)
    assert first_sort_key(page) == '"cases_caseshare"."case_created_at" ASC'


def test_prosecutor_case_list_keeps_the_case_column(personas, client_for) -> None:
    shared_cases(personas, 2)
    results, queries = list_sql(client_for(personas.prosecutor_gb), "/api/v1/cases/")
    assert len(results) == 2
    page = next(sql for sql in queries if "LIMIT" in sql and "cases_case" in sql)
    assert "cases_caseshare" not in page
    assert first_sort_key(page) == '"cases_case"."created_at" DESC'


@pytest.mark.parametrize("persona", ["prosecutor_gb", "liaison_fr"])
def test_asset_list_by_stage_is_constant_in_queries(persona, personas, client_for) -> None:
    client = client_for(getattr(personas, persona))

    def assets(count: int) -> None:
        for case in shared_cases(personas, count):
            make_asset(case=case)
            make_asset(case=case, restricted=True)

    assets(2)
    client.get("/api/v1/assets/")  # the session's first request does its own bookkeeping
    with CaptureQueriesContext(connection) as first:
        response = client.get("/api/v1/assets/", {"stage": "identified", "page_size": 1})
    assert response.status_code == 200
    assert response.json()["results"]
    assets(5)
    with CaptureQueriesContext(connection) as second:
        response = client.get("/api/v1/assets/", {"stage": "identified", "page_size": 200})
    assert response.status_code == 200
    expected = 14 if persona == "prosecutor_gb" else 7  # no restricted asset for FR
    assert len(response.json()["results"]) == expected
    assert len(first) == len(second)  # the absolute number is pinned in test_query_counts


LONDON = ZoneInfo("Europe/London")


def test_sweep_writes_each_batch_of_plans_in_one_update(personas) -> None:
    due_on = date(2027, 3, 17)
    for index in range(7):
        case = make_case(by=personas.prosecutor_gb, title=f"Case {index}")
        deadline_sync(
            kind=DeadlineKind.FOLLOW_UP,
            source_id=case.pk,
            case=case,
            due_on=due_on + timedelta(days=index % 2),
            acting_state="GB",
            title="Chase the bank",
            restricted=True,
            by=personas.prosecutor_gb,
        )
    fire = {t.key: t.fire_on for t in reminder_thresholds(due_on, country_code="GB")}
    now = datetime.combine(fire["before_1"], time(12), tzinfo=LONDON)

    with CaptureQueriesContext(connection) as captured:
        result = reminders.sweep(now=now, batch=3, enqueue=False)

    assert result.deadlines == 7
    updates = [q["sql"] for q in captured.captured_queries if q["sql"].startswith("UPDATE")]
    assert len(updates) == 3  # one per batch of 3, 3 and 1, whatever the batch size
    for deadline in Deadline.objects.all():
        assert deadline.last_threshold.startswith(deadline.due_on.isoformat())
        assert deadline.next_fire_at == plan_next_fire(deadline, now)


def test_subject_name_search_can_use_the_trigram_index(personas) -> None:
    from cases.models import Subject

    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # an empty table: show what may be used
    plan = Subject.objects.filter(name__icontains="okafor").explain()
    assert "subject_name_trgm_idx" in plan
