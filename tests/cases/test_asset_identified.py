"""An asset is "identified" as DOMAIN.md says (issue 19): traced from a source, located in a
jurisdiction, with its estimated value and currency, or explicitly `not_yet_valued`.

Creating an asset without them is a 400 naming each missing field, and stores nothing; an edit
cannot take them away again. Valuing an asset ends its "not yet valued".
"""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from cases.models import Asset
from tests.factories import make_asset, make_case

pytestmark = pytest.mark.django_db


@pytest.fixture
def gb(personas, client_for) -> APIClient:
    return client_for(personas.prosecutor_gb)


def problems(response: Any) -> dict[str | None, str]:
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    return {error["attr"]: error["code"] for error in response.json()["errors"]}


def body(case: Any, **fields: Any) -> dict[str, Any]:
    return {
        "case": str(case.pk),
        "kind": "cash",
        "description": "Cash in a safe",
        "jurisdiction": "GB",
        "details": {"location": "Safe deposit box 12"},
        "source": "Search of the official's residence",
        "estimated_value": {"amount": "120000.00", "currency": "GBP"},
        **fields,
    }


def test_an_identified_asset_has_source_location_and_value(gb, personas) -> None:
    case = make_case(by=personas.prosecutor_gb)
    response = gb.post("/api/v1/assets/", body(case), format="json")
    assert response.status_code == 201, response.content
    assert response.json()["not_yet_valued"] is False


def test_the_missing_fields_are_named_and_nothing_is_stored(gb, personas) -> None:
    case = make_case(by=personas.prosecutor_gb)
    bare = body(case)
    for name in ("source", "estimated_value", "jurisdiction"):
        del bare[name]
    assert problems(gb.post("/api/v1/assets/", bare, format="json")) == {"jurisdiction": "required"}
    bare["jurisdiction"] = "GB"
    assert problems(gb.post("/api/v1/assets/", bare, format="json")) == {
        "source": "required",
        "estimated_value": "required",
    }
    blank = body(case, source="  ", estimated_value=None)
    assert problems(gb.post("/api/v1/assets/", blank, format="json")) == {
        "source": "required",
        "estimated_value": "required",
    }
    assert Asset.objects.count() == 0


def test_an_asset_not_yet_valued_says_so(gb, personas) -> None:
    case = make_case(by=personas.prosecutor_gb)
    unvalued = body(case, not_yet_valued=True)
    del unvalued["estimated_value"]
    response = gb.post("/api/v1/assets/", unvalued, format="json")
    assert response.status_code == 201, response.content
    assert (response.json()["estimated_value"], response.json()["not_yet_valued"]) == (None, True)
    # Both at once contradict each other.
    both = body(case, not_yet_valued=True)
    assert problems(gb.post("/api/v1/assets/", both, format="json")) == {"not_yet_valued": "valued"}


def test_an_edit_keeps_it_identified(gb, personas) -> None:
    case = make_case(by=personas.prosecutor_gb)
    asset = make_asset(case=case)
    url = f"/api/v1/assets/{asset.pk}/"

    def patch(**changes: Any) -> Any:
        asset.refresh_from_db()
        return gb.patch(url, changes, format="json", HTTP_IF_MATCH=f'"{asset.version}"')

    assert problems(patch(source="")) == {"source": "required"}
    assert problems(patch(estimated_value=None)) == {"estimated_value": "required"}
    response = patch(estimated_value=None, not_yet_valued=True)
    assert response.status_code == 200, response.content
    assert response.json()["not_yet_valued"] is True
    # Valued at last: no longer "not yet valued".
    response = patch(estimated_value={"amount": "2600000.00", "currency": "GBP"})
    assert response.status_code == 200, response.content
    assert response.json()["not_yet_valued"] is False
    asset.refresh_from_db()
    assert (asset.estimated_value_amount, asset.not_yet_valued) == (2600000, False)


def test_a_patch_gives_a_value_or_holding_whole(gb, personas) -> None:
    """A PATCH may leave out a field of the asset, never half of the money it sends: an amount
    without its currency (or unit) is a 400 naming it, not a 500, and changes nothing."""
    case = make_case(by=personas.prosecutor_gb)
    asset = make_asset(case=case)
    url = f"/api/v1/assets/{asset.pk}/"

    def patch(**changes: Any) -> Any:
        asset.refresh_from_db()
        return gb.patch(url, changes, format="json", HTTP_IF_MATCH=f'"{asset.version}"')

    before = (asset.estimated_value_amount, asset.estimated_value_currency, asset.version)
    assert problems(patch(estimated_value={"amount": "156721138"})) == {
        "estimated_value.currency": "required"
    }
    assert problems(patch(holding={"amount": "1.5"})) == {"holding.unit": "required"}
    asset.refresh_from_db()
    assert (asset.estimated_value_amount, asset.estimated_value_currency, asset.version) == before
