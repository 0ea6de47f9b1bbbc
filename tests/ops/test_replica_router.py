"""Reports and exports read from the replica; writes, transactions and the rows that decide access
stay on the primary. Two aliases on real PostgreSQL: `replica` is the test database itself through
a connection of its own (TEST MIRROR, tests/settings.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from django.db import connections, transaction
from django.test.utils import CaptureQueriesContext

from cases.models import Case, CaseShare, User
from core import replica
from tests.factories import make_case

pytestmark = pytest.mark.django_db(
    transaction=True, serialized_rollback=True, databases=["default", "replica"]
)


@pytest.fixture
def on(settings) -> Iterator[None]:
    settings.REPLICA_DATABASE = "replica"
    replica._lag_verdict.clear()
    yield
    replica._lag_verdict.clear()


class Queries:
    def __init__(self) -> None:
        self.default = CaptureQueriesContext(connections["default"])
        self.replica = CaptureQueriesContext(connections["replica"])

    def __enter__(self) -> Queries:
        self.default.__enter__()
        self.replica.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.replica.__exit__(*exc)
        self.default.__exit__(*exc)

    @staticmethod
    def tables(context: CaptureQueriesContext) -> set[str]:
        """The tables the queries read (FROM and JOIN, subqueries included)."""
        return {
            table
            for q in context.captured_queries
            for table in re.findall(r'\b(?:FROM|JOIN) "(\w+)"', q["sql"])
        }

    @staticmethod
    def models_read(context: CaptureQueriesContext) -> set[str]:
        """The table each query is about: its FROM outside any parenthesis (what the router was
        asked about; tables joined or in subqueries come along with it)."""
        tables = set()
        for q in context.captured_queries:
            depth = 0
            for match in re.finditer(r'[()]|\bFROM "(\w+)"', q["sql"]):
                if match.group(0) == "(":
                    depth += 1
                elif match.group(0) == ")":
                    depth -= 1
                elif depth == 0:
                    tables.add(match.group(1))
                    break
        return tables

    @staticmethod
    def sql(context: CaptureQueriesContext) -> str:
        return "\n".join(q["sql"] for q in context.captured_queries)


def test_without_a_replica_everything_reads_from_the_default(personas, client_for) -> None:
    make_case(by=personas.prosecutor_gb)
    client = client_for(personas.prosecutor_gb)
    with Queries() as queries:
        assert client.get("/api/v1/reports/summary/").status_code == 200
        with replica.replica_reads():
            assert Case.objects.count() == 1
    assert len(queries.replica.captured_queries) == 0
    assert len(queries.default.captured_queries) > 0


@pytest.mark.parametrize(
    "path", ["/api/v1/reports/summary/", "/api/v1/cases/export.csv", "/api/v1/assets/export.xlsx"]
)
def test_reports_and_exports_read_from_the_replica(on, personas, client_for, path) -> None:
    # Written on the primary, committed: the replica (a mirror here) has it.
    make_case(by=personas.prosecutor_gb)
    client = client_for(personas.prosecutor_gb)
    with Queries() as queries:
        response = client.get(path)
        # A streamed export reads its rows as it is sent.
        body = response.getvalue()
    assert response.status_code == 200, body[:300]
    on_replica = Queries.sql(queries.replica)
    replica_tables = Queries.tables(queries.replica)
    assert replica_tables & {"cases_case", "cases_asset"}, on_replica
    # Who is signed in, and the audit trail an export appends to: the primary.
    # (A report's own SQL may join them: a lead prosecutor's name is data of the report.)
    assert {"django_session", "cases_user"} <= Queries.models_read(queries.default)
    replica_models = Queries.models_read(queries.replica)
    assert replica_models & {"cases_case", "cases_asset"}
    assert not replica_models & {"django_session", "cases_user", "cases_caseshare"}
    assert not [table for table in replica_tables if table.startswith("audit_")]
    # Nothing is written on the replica.
    assert not [
        q
        for q in queries.replica.captured_queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]


def test_other_requests_and_writes_use_the_default(on, personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)
    with Queries() as queries:
        assert client.get("/api/v1/cases/").status_code == 200
        created = make_case(by=personas.prosecutor_gb)
    assert len(queries.replica.captured_queries) == 0
    assert Case.objects.using("default").filter(pk=created.pk).exists()


def test_inside_the_block_what_decides_access_and_what_writes_stays_on_the_default(
    on, personas
) -> None:
    case = make_case(by=personas.prosecutor_gb)
    with Queries() as queries, replica.replica_reads():
        assert Case.objects.filter(pk=case.pk).exists()  # a report's read: the replica
        replica_reads_so_far = len(queries.replica.captured_queries)
        assert replica_reads_so_far >= 1
        # Users and shares decide who sees what: always the primary.
        assert User.objects.filter(pk=personas.prosecutor_gb.pk).exists()
        assert not CaseShare.objects.filter(case=case).exists()
        # A read inside a transaction (about to write) stays with the write.
        with transaction.atomic():
            Case.objects.select_for_update().get(pk=case.pk)
            Case.objects.filter(pk=case.pk).update(title="Renamed while reporting")
        assert len(queries.replica.captured_queries) == replica_reads_so_far
    assert Case.objects.get(pk=case.pk).title == "Renamed while reporting"


def test_a_lagging_replica_is_not_used(on, settings, personas) -> None:
    make_case(by=personas.prosecutor_gb)
    settings.REPLICA_MAX_LAG_SECONDS = -1  # any lag, even none, is too much
    with Queries() as queries, replica.replica_reads():
        assert Case.objects.count() == 1
    # The lag was asked of the replica; the read itself went to the primary.
    assert "pg_is_in_recovery" in Queries.sql(queries.replica)
    assert '"cases_case"' not in Queries.sql(queries.replica)
    assert '"cases_case"' in Queries.sql(queries.default)


def test_the_replica_is_never_migrated() -> None:
    from core.replica import ReplicaRouter

    router = ReplicaRouter()
    assert router.allow_migrate("replica", "cases") is False
    assert router.allow_migrate("default", "cases") is True
