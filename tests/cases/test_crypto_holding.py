"""A crypto wallet is valued in its own units (issue 19): its holding (0.12345678 BTC, 18 places
of ETH) beside the fiat estimate, exact, as a decimal string only.

Units come from a table (`cases.asset_kinds.CRYPTO_UNITS`) with their decimals; a unit not in
it is refused (its decimals are its contract's, not the user's to state), as is a holding on an
asset that is not a crypto wallet, a JSON number, or more places than the unit has.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Any

import pytest
from rest_framework.test import APIClient

from cases.asset_kinds import CRYPTO_UNITS
from cases.models import Asset
from tests.factories import make_asset, make_case, share

pytestmark = pytest.mark.django_db

ETH_ADDRESS = "0x52908400098527886E0F7030069857D2E4169EE7"  # EIP-55 test vector


@pytest.fixture
def gb(personas, client_for) -> APIClient:
    return client_for(personas.prosecutor_gb)


def wallet(case: Any, **fields: Any) -> dict[str, Any]:
    return {
        "case": str(case.pk),
        "kind": "crypto_wallet",
        "description": "Wallet traced from the aide's exchange account",
        "details": {"address": ETH_ADDRESS, "network": "ethereum"},
        "jurisdiction": "GB",
        "source": "Exchange's records and blockchain tracing",
        "estimated_value": {"amount": "250000.00", "currency": "USD"},
        **fields,
    }


def post(client: APIClient, body: dict[str, Any]) -> Any:
    # As raw JSON: the test client must not turn anything into a float on the way.
    return client.post("/api/v1/assets/", json.dumps(body), content_type="application/json")


def problems(response: Any) -> dict[str | None, str]:
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    return {error["attr"]: error["code"] for error in response.json()["errors"]}


def test_the_units_table_has_bitcoin_and_ether() -> None:
    assert (CRYPTO_UNITS["BTC"], CRYPTO_UNITS["ETH"]) == (8, 18)


def test_a_holding_of_ether_to_the_wei_beside_the_fiat_estimate(gb, personas) -> None:
    case = make_case(by=personas.prosecutor_gb)
    wei = "98765432.123456789012345678"
    response = post(gb, wallet(case, holding={"amount": wei, "unit": "ETH"}))
    assert response.status_code == 201, response.content
    assert response.json()["holding"] == {"amount": wei, "unit": "ETH"}
    assert response.json()["estimated_value"] == {"amount": "250000.00", "currency": "USD"}
    stored = Asset.objects.get(pk=response.json()["id"])
    assert (stored.holding_amount, stored.holding_unit) == (Decimal(wei), "ETH")
    listed = gb.get("/api/v1/assets/", {"case": str(case.pk)}).json()["results"]
    assert [row["holding"] for row in listed] == [{"amount": wei, "unit": "ETH"}]


def test_bitcoin_is_shown_to_its_eight_places(gb, personas) -> None:
    case = make_case(by=personas.prosecutor_gb)
    body = wallet(
        case,
        details={"address": "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "network": "bitcoin"},
        holding={"amount": "12.5", "unit": "BTC"},
    )
    response = post(gb, body)
    assert response.status_code == 201, response.content
    assert response.json()["holding"] == {"amount": "12.50000000", "unit": "BTC"}


@pytest.mark.parametrize(
    ("holding", "expected"),
    [
        ({"amount": 1.5, "unit": "BTC"}, {"holding.amount": "not_a_string"}),
        ({"amount": "0.123456789", "unit": "BTC"}, {"holding.amount": "max_decimal_places"}),
        ({"amount": "-1", "unit": "ETH"}, {"holding.amount": "min_value"}),
        ({"amount": "1", "unit": "SHIBX"}, {"holding.unit": "unknown_unit"}),
        ({"amount": "1"}, {"holding.unit": "required"}),
    ],
)
def test_a_holding_is_exact_or_refused(gb, personas, holding, expected) -> None:
    case = make_case(by=personas.prosecutor_gb)
    assert problems(post(gb, wallet(case, holding=holding))) == expected
    assert Asset.objects.count() == 0


def test_only_a_crypto_wallet_holds_units(gb, personas) -> None:
    case = make_case(by=personas.prosecutor_gb)
    flat = wallet(case, kind="real_estate", details={"address": "1 Example Gardens, London W8"})
    flat["holding"] = {"amount": "1", "unit": "BTC"}
    assert problems(post(gb, flat)) == {"holding": "not_applicable"}
    held = make_asset(
        case=case,
        kind="crypto_wallet",
        details={"address": ETH_ADDRESS, "network": "ethereum"},
        holding_amount=Decimal("3"),
        holding_unit="ETH",
    )
    response = gb.patch(
        f"/api/v1/assets/{held.pk}/",
        {"kind": "cash", "details": {"location": "Safe"}},
        format="json",
        HTTP_IF_MATCH=f'"{held.version}"',
    )
    assert problems(response) == {"holding": "not_applicable"}
    # Cleared with the kind, it may change.
    response = gb.patch(
        f"/api/v1/assets/{held.pk}/",
        {"kind": "cash", "details": {"location": "Safe"}, "holding": None},
        format="json",
        HTTP_IF_MATCH=f'"{held.version}"',
    )
    assert response.status_code == 200, response.content
    assert response.json()["holding"] is None


def test_a_partner_sees_the_holding_and_the_export_has_it(gb, personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb)
    share(case, "FR")
    wei = "0.000000000000000001"
    assert post(gb, wallet(case, holding={"amount": wei, "unit": "ETH"})).status_code == 201
    liaison = client_for(personas.liaison_fr)
    (row,) = liaison.get("/api/v1/assets/").json()["results"]
    assert row["holding"] == {"amount": wei, "unit": "ETH"}
    exported = gb.get("/api/v1/assets/export.csv")
    assert exported.status_code == 200
    text = b"".join(exported.streaming_content).decode("utf-8")
    (line,) = csv.DictReader(io.StringIO(text))
    assert (line["holding_amount"], line["holding_unit"]) == (wei, "ETH")
