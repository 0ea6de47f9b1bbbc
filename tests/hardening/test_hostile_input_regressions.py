"""What schemathesis found, pinned as plain tests (the fuzzer finds them only some of the time)."""

from __future__ import annotations

import pytest

from tests.factories import make_case

pytestmark = pytest.mark.django_db


def test_an_export_with_nul_characters_in_the_query_is_not_a_500(personas, client_for) -> None:
    """Refused whole since issue 14 (core.middleware.RejectNulMiddleware)."""
    client = client_for(personas.prosecutor_gb)
    response = client.get("/api/v1/assets/export.csv?%00x=%00&kind=vehicle")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert client.get("/api/v1/assets/export.csv?kind=vehicle").status_code == 200


def test_an_instant_with_an_offset_postgresql_refuses_is_compared_in_utc(
    personas, client_for
) -> None:
    case = make_case(by=personas.prosecutor_gb)
    client = client_for(personas.prosecutor_gb)
    url = f"/api/v1/cases/{case.pk}/activity/"
    assert client.get(url, {"until": "1398-05-23T20:05:51-18:56"}).status_code == 200
    assert client.get(url, {"since": "2999-01-01T00:00:00+18:59"}).status_code == 200


@pytest.mark.parametrize("query", ["overdue=maybe", "overdue=null", "overdue=189"])
def test_a_boolean_filter_refuses_what_is_not_a_boolean(personas, client_for, query) -> None:
    client = client_for(personas.prosecutor_gb)
    for path in ("/api/v1/mla-requests/", "/api/v1/deadlines/"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 400, (path, response.content)
        assert response.json()["errors"][0]["attr"] == "overdue"
    assert client.get("/api/v1/mla-requests/?overdue=").status_code == 200  # empty: no filter
    assert client.get("/api/v1/mla-requests/?overdue=true").status_code == 200


@pytest.mark.parametrize("query", ["page_size=false", "page_size=0.5", "page_size=0", "page=x1"])
def test_pagination_refuses_what_is_not_a_number(personas, client_for, query) -> None:
    response = client_for(personas.prosecutor_gb).get(f"/api/v1/states/?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"


def test_a_partner_sees_nulls_where_the_schema_allows_them(personas, client_for) -> None:
    """Subject and asset references, and an empty organization type, are nullable/blank in the
    schema (tests/core/test_schema.py validates the schema itself)."""
    from drf_spectacular.generators import SchemaGenerator

    components = SchemaGenerator().get_schema(request=None, public=True)["components"]["schemas"]
    assert components["Asset"]["properties"]["holder"].get("nullable")
    assert components["Subject"]["properties"]["related_to"].get("nullable")
    assert components["Subject"]["properties"]["incorporation_state"].get("nullable")
    assert components["Problem"]["required"] == ["type", "title", "status", "detail"]
