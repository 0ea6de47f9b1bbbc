"""Writing the audit must not double the cost of a write (a loose guard; the figures come from
`scripts/bench_audit.py`)."""

from __future__ import annotations

import statistics
import time

import pytest
from django.db import transaction

from audit import trail
from cases.models import Case
from cases.services.case_file import case_update
from cases.services.versioning import lock_current
from tests.factories import make_case

# Committed transactions, as in production: the commit is part of a write's cost.
pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True), pytest.mark.slow]

UPDATES = 200
ROUNDS = 10


def test_a_case_update_costs_less_than_twice_as_much_with_its_audit_event(
    personas, monkeypatch
) -> None:
    user = personas.prosecutor_gb
    case = make_case(by=user)

    def update(number: int) -> float:
        began = time.perf_counter()
        with transaction.atomic():
            locked = lock_current(Case.objects.all(), case.pk, None)
            case_update(case=locked, by=user, changes={"title": f"Title {number}"})
        return time.perf_counter() - began

    real_record = trail.record
    times: dict[bool, list[float]] = {True: [], False: []}
    for number in range(20):
        update(number)  # warm-up
    for round_number in range(ROUNDS):
        for audited in (True, False) if round_number % 2 == 0 else (False, True):
            monkeypatch.setattr(trail, "record", real_record if audited else _no_record)
            times[audited] += [update(n) for n in range(UPDATES // ROUNDS)]
    monkeypatch.setattr(trail, "record", real_record)

    ratio = statistics.median(times[True]) / statistics.median(times[False])
    assert ratio < 2.0, f"audit makes a case update {ratio:.2f} times as slow"


def _no_record(*args: object, **kwargs: object) -> None:
    return None
