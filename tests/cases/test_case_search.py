"""The case search (`?q=`) reads its matches from three trigram indexes (issue 22): the same
answers as before, for every caller, in a fixed number of queries."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import make_case, make_subject, share


def references(client: Any, term: str) -> list[str]:
    body = client.get("/api/v1/cases/", {"q": term}).json()
    assert body["count"] == len(body["results"])
    return sorted(case["reference"] for case in body["results"])


@pytest.mark.django_db
def test_search_by_reference_title_and_visible_subjects_only(personas, client_for) -> None:
    gb = personas.prosecutor_gb
    shared = make_case(by=gb, title="Bribery at the port authority")
    make_subject(case=shared, name="Open Okafor")
    make_subject(case=shared, name="Hidden Zarathustra", restricted=True)
    other = make_case(by=gb, title="Okafor holdings")
    make_case(by=personas.prosecutor_ng, title="Okafor in Lagos")  # another state's
    share(shared, "FR")
    prosecutor, liaison = client_for(gb), client_for(personas.liaison_fr)
    assert references(prosecutor, "okafor") == sorted([shared.reference, other.reference])
    assert references(prosecutor, "port AUTHORITY") == [shared.reference]
    assert references(prosecutor, shared.reference.lower()) == [shared.reference]
    assert references(prosecutor, "zarathustra") == [shared.reference]
    # The liaison sees the shared case only, and never finds it by a restricted subject.
    assert references(liaison, "okafor") == [shared.reference]
    assert references(liaison, "zarathustra") == []
    assert references(client_for(personas.liaison_us), "okafor") == []


@pytest.mark.django_db
def test_search_runs_a_fixed_number_of_queries(personas, client_for) -> None:
    gb = personas.prosecutor_gb
    client = client_for(gb)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/api/v1/cases/", {"q": "okafor"}).status_code == 200
        return len(captured)

    make_subject(case=make_case(by=gb), name="Okafor one")
    queries()  # the session's first request writes it
    few = queries()
    for n in range(6):
        case = make_case(by=gb, title=f"Okafor {n}")
        make_subject(case=case, name=f"Okafor relative {n}")
    assert queries() == few == 3  # session, user, the page with its count, teams, jurisdictions
