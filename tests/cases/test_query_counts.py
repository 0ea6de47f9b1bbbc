"""List endpoints run a constant number of queries, whatever the page size or data volume.

Pinned numbers, like NetBox's query_counts: an N+1 shows up here as a failing test.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cases.models import Case
from tests.authz.world import send_mla
from tests.documents.samples import make_document
from tests.factories import make_asset, make_case, make_subject, share

pytestmark = pytest.mark.django_db

# Session and user lookup, then count + page, then the list's prefetches (a case's activity and
# shares look their case up first; an MLA request's assets come in one prefetch). The case and
# asset lists read their page, its count and its related rows in one statement.
PINNED = {
    ("prosecutor_gb", "/api/v1/cases/"): 3,
    ("liaison_fr", "/api/v1/cases/"): 3,
    ("prosecutor_gb", "/api/v1/subjects/"): 6,
    ("liaison_fr", "/api/v1/subjects/"): 6,
    ("prosecutor_gb", "/api/v1/assets/"): 3,
    ("liaison_fr", "/api/v1/assets/"): 3,
    ("prosecutor_gb", "/api/v1/documents/"): 4,
    ("liaison_fr", "/api/v1/documents/"): 4,
    # + what the caller may do (allowed_actions: sides, then the consultations recorded)
    ("prosecutor_gb", "/api/v1/mla-requests/"): 7,
    ("liaison_fr", "/api/v1/mla-requests/"): 7,
    ("prosecutor_gb", "/api/v1/deadlines/"): 4,
    ("liaison_fr", "/api/v1/deadlines/"): 4,
    ("liaison_fr", "/api/v1/notifications/"): 4,
    ("prosecutor_gb", "/api/v1/cases/{case}/activity/"): 5,
    ("liaison_fr", "/api/v1/cases/{case}/activity/"): 5,
    ("prosecutor_gb", "/api/v1/cases/{case}/shares/"): 5,
}


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def populate(personas, cases: int) -> None:
    for index in range(cases):
        case = make_case(
            by=personas.prosecutor_gb,
            team=[personas.prosecutor2_gb],
            jurisdictions=[{"state": "CH", "role": "asset_location"}],
        )
        official = make_subject(case=case, name=f"Official {index}")
        make_subject(case=case, name=f"Hidden {index}", restricted=True)
        visible_asset = make_asset(case=case, holder=official)
        make_asset(case=case, restricted=True)
        share(case, "FR")  # also a notification to FR's liaisons
        if index % 2:
            share(case, "CH")
        request = send_mla(case, personas.prosecutor_gb, assets=[visible_asset])  # a deadline
        make_document(case=case, asset=visible_asset)
        make_document(case=case, mla_request=request, title="Letter of request")
        make_document(case=case, title="Internal memo", restricted=True)


def first_case_url(url: str) -> str:
    return url.replace("{case}", str(Case.objects.order_by("created_at").values("pk")[0]["pk"]))


def queries_for(client, url: str, page_size: int) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, {"page_size": page_size})
    assert response.status_code == 200
    assert len(response.json()["results"]) > 0
    return len(captured)


@pytest.mark.parametrize(("persona", "url"), sorted(PINNED))
def test_list_query_count_is_pinned_and_constant(persona, url, personas, client_for) -> None:
    populate(personas, cases=3)
    client = client_for(getattr(personas, persona))
    small = queries_for(client, first_case_url(url), page_size=1)
    populate(personas, cases=6)  # more rows, more shares, more prefetched children
    large = queries_for(client, first_case_url(url), page_size=200)
    assert small == large == PINNED[(persona, url)]
