"""The roll-ups per owning and partner state under concurrent writes (real PostgreSQL,
committed).

A roll-up row of a state would be touched by every write of that state: the triggers append
deltas instead, and compact under a try-lock. So a write to one case of a state never waits for
an open transaction writing another case of the same state, compacting included, and the sums
stay those of the per-case rows.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from django.db import connection, transaction

from cases.models import CaseShare
from tests.factories import make_case
from tests.reports.conftest import staged_asset
from tests.reports.test_kept_totals import (
    compact_all,
    partner_rows,
    partner_rows_recomputed,
    state_rows,
    state_rows_recomputed,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@contextmanager
def held_open(write: Callable[[], None]) -> Iterator[threading.Event]:
    """Runs `write` in a transaction of another thread (its own connection), and keeps that
    transaction open until the block ends or the yielded event is set."""
    opened, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def hold() -> None:
        try:
            with transaction.atomic():
                write()
                opened.set()
                assert release.wait(timeout=30)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        assert opened.wait(timeout=30), errors
        yield release
    finally:
        release.set()
        holder.join(timeout=30)
    assert not errors, errors


def test_writes_of_one_state_do_not_wait_for_each_other(personas: Any) -> None:
    gb = personas.prosecutor_gb
    first, second = make_case(by=gb), make_case(by=gb)
    staged_asset(first, "seized")
    staged_asset(second, "seized")

    def write_and_compact() -> None:
        staged_asset(first, "frozen")
        with connection.cursor() as cursor:
            cursor.execute("SELECT report_state_totals_compact(ARRAY['GB'])")

    # Beside it, in this connection: a lock wait would fail here instead of hanging.
    with held_open(write_and_compact), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL lock_timeout = '3s'")
            cursor.execute("SELECT report_state_totals_compact(ARRAY['GB'])")  # skipped
        staged_asset(second, "confiscated")
    assert state_rows() == state_rows_recomputed()
    compact_all()
    assert state_rows() == state_rows_recomputed()


@pytest.mark.parametrize("first", ["asset write", "share"])
def test_a_share_and_a_write_to_its_case_at_once_leave_the_partner_sums(
    personas: Any, first: str
) -> None:
    """A share inserted (bare, no service lock: as the seeding's COPY does) while a write to its
    case's assets is open, or the other way round: the second waits for the case lock the first
    holds, then reads what the first committed, so the partner roll-up still sums every
    non-restricted row of the case (without the lock, the asset write's rows went missing)."""
    gb = personas.prosecutor_gb
    case = make_case(by=gb)
    staged_asset(case, "seized")

    def grant() -> None:
        CaseShare.objects.create(
            case=case, state_id="FR", granted_by=gb, case_created_at=case.created_at
        )

    def write() -> None:
        staged_asset(case, "frozen", jurisdiction="FR")

    held, second = (write, grant) if first == "asset write" else (grant, write)
    with held_open(held) as release:
        # The second write waits for the first's case lock: release it from a timer.
        threading.Timer(0.5, release.set).start()
        with transaction.atomic():
            second()
    rows = partner_rows()
    assert rows == partner_rows_recomputed()
    assert {key for kind, _, dimension, key, *_ in rows if dimension == "stage"} == {
        "seized",
        "frozen",
    }
    assert {kind for kind, *_ in rows} == {"asset", "act"}
