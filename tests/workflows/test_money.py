"""Exact money (issue 19): decimal strings only, in each currency's ISO 4217 minor units.

A JSON number is a binary float to most JSON parsers: 98765432109876.54 read as one becomes
98765432109876.55. Amounts are therefore decimal strings (API.md), kept and shown exactly, with
the places of their currency: 3 for the dinars of Kuwait, Bahrain, Oman, Jordan, Tunisia, Libya
and Iraq, none for the yen and the won, 2 for most others.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from cases.models import Asset
from core.money import minor_units
from tests.factories import make_case
from tests.workflows.conftest import drive, money, payload, post_act, problem_attrs

pytestmark = pytest.mark.django_db


def new_asset(gb, case, amount) -> object:
    body = {
        "case": str(case.id),
        "kind": "cash",
        "description": "Cash in a safe",
        "jurisdiction": "GB",
        "source": "Bank records",
        "details": {"location": "Safe deposit box"},
        "estimated_value": amount,
    }
    # Written by hand, so that a number goes over the wire as the number it is.
    return gb.post("/api/v1/assets/", json.dumps(body), content_type="application/json")


def test_a_json_number_is_refused_and_nothing_is_stored(gb, personas) -> None:
    case = make_case(by=personas.prosecutor_gb)
    response = new_asset(gb, case, {"amount": 98765432109876.54, "currency": "USD"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert problem_attrs(response) == {"estimated_value.amount": "not_a_string"}
    assert "decimal string" in response.json()["errors"][0]["detail"]
    assert not Asset.objects.filter(case=case).exists()


def test_a_decimal_string_is_kept_to_the_last_digit(gb, personas) -> None:
    case = make_case(by=personas.prosecutor_gb)
    response = new_asset(gb, case, money("98765432109876.54"))
    assert response.status_code == 201, response.content
    assert response.json()["estimated_value"] == money("98765432109876.54")
    stored = Asset.objects.get(pk=response.json()["id"])
    assert stored.estimated_value_amount == Decimal("98765432109876.54")


@pytest.mark.parametrize(
    ("currency", "given", "shown"),
    [
        ("KWD", "1250.125", "1250.125"),
        ("BHD", "0.005", "0.005"),
        ("OMR", "7", "7.000"),
        ("JOD", "10.5", "10.500"),
        ("TND", "3.141", "3.141"),
        ("LYD", "2.718", "2.718"),
        ("IQD", "1000.250", "1000.250"),
        ("JPY", "1500", "1500"),
        ("JPY", "1500.00", "1500"),
        ("KRW", "25000000", "25000000"),
        ("USD", "12.5", "12.50"),
    ],
)
def test_amounts_keep_their_currency_s_minor_units(gb, personas, currency, given, shown) -> None:
    case = make_case(by=personas.prosecutor_gb)
    response = new_asset(gb, case, money(given, currency))
    assert response.status_code == 201, response.content
    assert response.json()["estimated_value"] == money(shown, currency)
    listed = gb.get(f"/api/v1/assets/?case={case.id}").json()["results"]
    assert [row["estimated_value"] for row in listed] == [money(shown, currency)]


@pytest.mark.parametrize(
    ("currency", "given"), [("JPY", "1500.5"), ("KRW", "0.1"), ("KWD", "1.0005"), ("USD", "1.005")]
)
def test_more_places_than_the_currency_has_are_refused(gb, personas, currency, given) -> None:
    case = make_case(by=personas.prosecutor_gb)
    response = new_asset(gb, case, money(given, currency))
    assert problem_attrs(response) == {"estimated_value.amount": "max_decimal_places"}
    assert f"{currency} has {minor_units(currency)} decimal place(s)" in response.content.decode()
    assert not Asset.objects.filter(case=case).exists()


def test_acts_and_reports_keep_three_places_for_dinars(gb, world) -> None:
    response = post_act(gb, world.asset, payload("freeze", amount=money("250000.125", "KWD")))
    assert response.status_code == 200, response.content
    assert response.json()["recovery"]["frozen"] == [money("250000.125", "KWD")]
    (act,) = gb.get(f"/api/v1/assets/{world.asset.pk}/transitions/").json()["results"]
    assert act["amount"] == money("250000.125", "KWD")
    figures = gb.get("/api/v1/reports/summary/").json()["assets"]["total"]["figures"]
    assert figures["frozen"]["amounts"] == [money("250000.125", "KWD")]


def test_a_confiscation_in_yen_is_returned_in_whole_yen(gb, world) -> None:
    drive(gb, world.asset, "frozen")
    confiscated = post_act(gb, world.asset, payload("confiscate", amount=money("90000000", "JPY")))
    assert confiscated.status_code == 200, confiscated.content
    half_yen = post_act(gb, world.asset, payload("repatriate", amount=money("0.5", "JPY")))
    assert problem_attrs(half_yen) == {"amount.amount": "max_decimal_places"}
    tranche = post_act(gb, world.asset, payload("repatriate", amount=money("45000000", "JPY")))
    assert tranche.status_code == 200, tranche.content
    assert tranche.json()["recovery"]["outstanding"] == [money("45000000", "JPY")]
