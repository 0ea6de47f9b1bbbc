"""The roll-ups per owning state under concurrent writes (real PostgreSQL, committed).

A roll-up row of a state would be touched by every write of that state: the triggers append
deltas instead, and compact under a try-lock. So a write to one case of a state never waits for
an open transaction writing another case of the same state, compacting included, and the sums
stay those of the per-case rows.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import connection, transaction

from tests.factories import make_case
from tests.reports.conftest import staged_asset
from tests.reports.test_kept_totals import compact_all, state_rows, state_rows_recomputed

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_writes_of_one_state_do_not_wait_for_each_other(personas: Any) -> None:
    gb = personas.prosecutor_gb
    first, second = make_case(by=gb), make_case(by=gb)
    staged_asset(first, "seized")
    staged_asset(second, "seized")
    written, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def hold_open() -> None:
        """Writes to `first` and compacts the state, then keeps its transaction open."""
        try:
            with transaction.atomic():
                staged_asset(first, "frozen")
                with connection.cursor() as cursor:
                    cursor.execute("SELECT report_state_totals_compact(ARRAY['GB'])")
                written.set()
                assert release.wait(timeout=30)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    holder = threading.Thread(target=hold_open)
    holder.start()
    try:
        assert written.wait(timeout=30), errors
        # Beside it, in this connection: a lock wait would fail here instead of hanging.
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '3s'")
                cursor.execute("SELECT report_state_totals_compact(ARRAY['GB'])")  # skipped
            staged_asset(second, "confiscated")
    finally:
        release.set()
        holder.join(timeout=30)
    assert not errors, errors
    assert state_rows() == state_rows_recomputed()
    compact_all()
    assert state_rows() == state_rows_recomputed()
