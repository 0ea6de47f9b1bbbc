"""Case references: `GB-2026-00042`, gapless and unique under concurrency, on PostgreSQL."""

from __future__ import annotations

import re
import threading

import pytest
from django.db import connection, transaction
from django.utils import timezone

from cases.models import Case
from tests.factories import make_case

REFERENCE = re.compile(r"^(?P<state>[A-Z]{2})-(?P<year>\d{4})-(?P<number>\d{5})$")


@pytest.mark.django_db
def test_references_count_per_state_and_year(personas) -> None:
    year = timezone.now().year
    first = make_case(by=personas.prosecutor_gb)
    second = make_case(by=personas.prosecutor2_gb)
    nigerian = make_case(by=personas.prosecutor_ng)
    assert first.reference == f"GB-{year}-00001"
    assert second.reference == f"GB-{year}-00002"
    assert nigerian.reference == f"NG-{year}-00001"


@pytest.mark.django_db
def test_a_rolled_back_case_gives_its_number_back(personas) -> None:
    make_case(by=personas.prosecutor_gb)
    with pytest.raises(RuntimeError), transaction.atomic():
        make_case(by=personas.prosecutor_gb)
        raise RuntimeError("the request failed after the case was created")
    third = make_case(by=personas.prosecutor_gb)
    assert third.reference.endswith("-00002")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_creation_has_no_duplicates_and_no_gaps(personas) -> None:
    workers = 20
    barrier = threading.Barrier(workers)
    errors: list[BaseException] = []

    def open_case(index: int) -> None:
        try:
            barrier.wait(timeout=30)
            make_case(by=personas.prosecutor_gb, title=f"Concurrent {index}")
        except BaseException as exc:  # surfaced below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=open_case, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    numbers = sorted(
        int(REFERENCE.match(ref)["number"])  # type: ignore[index]
        for ref in Case.objects.values_list("reference", flat=True)
    )
    assert numbers == list(range(1, workers + 1))
