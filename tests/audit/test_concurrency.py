"""The chains under concurrent writers, on real PostgreSQL with committed transactions.

One chain per case: writers to different cases lock different chain heads and never wait for
each other; writers to one case are numbered one after the other, gaplessly.
"""

from __future__ import annotations

import threading
import uuid
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.db import OperationalError, connection, transaction

from audit import trail
from audit.models import AuditEvent
from tests.factories import make_case

# serialized_rollback: the ISO states (a data migration) come back after the tables are emptied.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_writers_to_different_cases_do_not_queue_behind_one_lock(personas) -> None:
    first = make_case(by=personas.prosecutor_gb)
    second = make_case(by=personas.prosecutor_gb)
    holding = threading.Event()
    release = threading.Event()
    errors: list[BaseException] = []

    def hold_first_chain() -> None:
        try:
            with transaction.atomic():
                trail.record("case.updated", case=first.pk)
                holding.set()
                release.wait(timeout=30)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
            holding.set()
        finally:
            connection.close()

    holder = threading.Thread(target=hold_first_chain)
    holder.start()
    try:
        assert holding.wait(timeout=30)
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '5s'")
            assert trail.record("case.updated", case=second.pk).sequence == 2
            assert trail.record("auth.login").chain == trail.GLOBAL_CHAIN
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '200ms'")
            with pytest.raises(OperationalError, match="lock timeout"):
                trail.record("case.updated", case=first.pk)  # the same chain waits its turn
    finally:
        release.set()
        holder.join(timeout=30)
    assert not errors, errors
    assert AuditEvent.objects.filter(chain=str(first.pk)).count() == 2


@pytest.mark.parametrize("new_chain", [False, True], ids=["existing-chain", "new-chain"])
def test_concurrent_writers_to_one_case_make_a_gapless_chain(personas, new_chain) -> None:
    case_id: Any = uuid.uuid4() if new_chain else make_case(by=personas.prosecutor_gb).pk
    writers, each = 6, 10
    barrier = threading.Barrier(writers, timeout=30)
    errors: list[BaseException] = []

    def write(index: int) -> None:
        try:
            barrier.wait()
            for number in range(each):
                with transaction.atomic():
                    trail.record("case.updated", case=case_id, changes={"n": [index, number]})
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(index,)) for index in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors

    sequences = list(
        AuditEvent.objects.filter(chain=str(case_id))
        .order_by("sequence")
        .values_list("sequence", flat=True)
    )
    expected = writers * each + (0 if new_chain else 1)
    assert sequences == list(range(1, expected + 1))
    out = StringIO()
    call_command("verify_audit", "--chain", str(case_id), stdout=out)
    assert f"head sequence={expected}" in out.getvalue()
