"""The document list runs a pinned number of queries, whatever the page size or data volume."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.documents.samples import CSV, PDF, make_document
from tests.factories import make_asset, make_case, share

pytestmark = pytest.mark.django_db

# Session and user, then count and page (uploader, asset and versions joined in).
PINNED = {"prosecutor_gb": 4, "liaison_fr": 4}


def populate(personas, cases: int) -> None:
    for index in range(cases):
        case = make_case(by=personas.prosecutor_gb)
        share(case, "FR")
        asset = make_asset(case=case)
        hidden_asset = make_asset(case=case, restricted=True)
        first = make_document(case=case, content=PDF + f"%{index}\n".encode(), asset=asset)
        make_document(case=case, content=CSV, supersedes=first, asset=hidden_asset)
        make_document(case=case, content=CSV, restricted=True)


def queries_for(client, params: dict[str, object]) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/api/v1/documents/", params)
    assert response.status_code == 200
    assert response.json()["results"]
    return len(captured)


@pytest.mark.parametrize("persona", sorted(PINNED))
@pytest.mark.parametrize("include_superseded", ["false", "true"])
def test_list_query_count_is_pinned(persona, include_superseded, personas, client_for) -> None:
    populate(personas, cases=2)
    client = client_for(getattr(personas, persona))
    small = queries_for(client, {"page_size": 1, "include_superseded": include_superseded})
    populate(personas, cases=5)
    large = queries_for(client, {"page_size": 200, "include_superseded": include_superseded})
    assert small == large == PINNED[persona]
