"""Dated valuations of an asset (issue 19: "dated valuations of an asset over time").

DOMAIN.md: an identified asset has its "estimated value and currency"; practitioners report
amounts "by state and over time", and a figure across currencies needs "a dated exchange rate,
kept with the figure". So a value is a dated record, with its method or source, and the asset's
estimate is the latest of them. EU Directive 2014/42 Art. 10(1) and Regulation 2018/1805 Art. 28
ask the authorities to manage frozen property so that its value is preserved, which they follow
through valuations over time.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from audit.models import AuditEvent
from cases.models import AssetValuation
from core.state_time import today_in
from tests.workflows.conftest import days, money, problem_attrs

pytestmark = pytest.mark.django_db


def valuations_url(asset: Any) -> str:
    return f"/api/v1/assets/{asset.pk}/valuations/"


def value(client: Any, asset: Any, figure: str, currency: str = "GBP", **fields: Any) -> Any:
    body = {
        "valued_on": days(-1),
        "amount": money(figure, currency),
        "method": "Surveyor's report (RICS)",
        **fields,
    }
    return client.post(valuations_url(asset), body, format="json")


def estimate(client: Any, asset: Any) -> Any:
    return client.get(f"/api/v1/assets/{asset.pk}/").json()["estimated_value"]


def test_a_valuation_is_recorded_and_becomes_the_current_estimate(gb, world) -> None:
    before = gb.get(f"/api/v1/assets/{world.asset.pk}/")["ETag"]
    response = value(gb, world.asset, "2750000.00")
    assert response.status_code == 201, response.content
    shown = response.json()
    assert shown["valued_on"] == days(-1)
    assert shown["amount"] == {"amount": "2750000.00", "currency": "GBP"}
    assert shown["method"] == "Surveyor's report (RICS)"
    assert shown["recorded_by"]["username"] == "prosecutor_gb"
    assert estimate(gb, world.asset) == {"amount": "2750000.00", "currency": "GBP"}
    # The asset changed: its ETag moved, and the answer carries the new one.
    assert response["ETag"] != before
    assert response["ETag"] == gb.get(f"/api/v1/assets/{world.asset.pk}/")["ETag"]


def test_the_latest_by_date_is_the_estimate_not_the_last_recorded(gb, world) -> None:
    assert value(gb, world.asset, "2600000.00", valued_on=days(-10)).status_code == 201
    # An older report found in the file later: history, not the current figure.
    assert value(gb, world.asset, "2100000.00", valued_on=days(-400)).status_code == 201
    assert estimate(gb, world.asset) == {"amount": "2600000.00", "currency": "GBP"}
    listed = gb.get(valuations_url(world.asset)).json()
    assert listed["count"] == 2
    assert [row["amount"]["amount"] for row in listed["results"]] == ["2600000.00", "2100000.00"]
    # Same day: the one recorded last.
    assert value(gb, world.asset, "2650000.00", valued_on=days(-10)).status_code == 201
    assert estimate(gb, world.asset) == {"amount": "2650000.00", "currency": "GBP"}


def test_a_valuation_in_another_currency_keeps_its_currency(gb, world) -> None:
    response = value(gb, world.asset, "3100000.00", "EUR")
    assert response.status_code == 201
    assert estimate(gb, world.asset) == {"amount": "3100000.00", "currency": "EUR"}


def test_an_asset_not_yet_valued_is_valued_by_its_first_valuation(gb, world, new_asset) -> None:
    asset = new_asset(estimated_value_amount=None, estimated_value_currency="")
    assert gb.get(f"/api/v1/assets/{asset.pk}/").json()["not_yet_valued"] is True
    assert value(gb, asset, "1.250", "KWD").status_code == 201
    shown = gb.get(f"/api/v1/assets/{asset.pk}/").json()
    assert shown["not_yet_valued"] is False
    assert shown["estimated_value"] == {"amount": "1.250", "currency": "KWD"}


@pytest.mark.parametrize(
    ("fields", "attrs"),
    [
        ({"valued_on": days(2)}, {"valued_on": "in_future"}),
        ({"method": ""}, {"method": "blank"}),
        ({"amount": {"amount": 1000.5, "currency": "GBP"}}, {"amount.amount": "not_a_string"}),
        ({"amount": money("10.5", "JPY")}, {"amount.amount": "max_decimal_places"}),
        ({"amount": money("-1.00")}, {"amount.amount": "min_value"}),
        ({"valued_by": "me"}, {"valued_by": "unknown"}),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(gb, world, fields, attrs) -> None:
    response = value(gb, world.asset, "999.00", **fields)
    assert problem_attrs(response) == attrs
    assert not AssetValuation.objects.exists()
    assert estimate(gb, world.asset) == {"amount": "2500000.00", "currency": "GBP"}


def test_a_valuation_is_audited_with_the_estimate_it_changed(gb, world) -> None:
    assert value(gb, world.asset, "2750000.00").status_code == 201
    event = AuditEvent.objects.filter(action="asset.valued").get()
    assert event.object_id == str(world.asset.pk)
    assert Decimal(event.changes["valuation"]["amount"]) == Decimal("2750000.00")
    changes = event.changes
    before, after = (changes[w]["estimated_value_amount"] for w in ("before", "after"))
    assert (Decimal(before), Decimal(after)) == (
        Decimal("2500000.00"),
        Decimal("2750000.00"),
    )


def test_a_stale_if_match_is_refused(gb, world) -> None:
    response = gb.post(
        valuations_url(world.asset),
        {"valued_on": days(-1), "amount": money("1.00"), "method": "x"},
        format="json",
        HTTP_IF_MATCH='"999"',
    )
    assert response.status_code == 412
    assert not AssetValuation.objects.exists()


def test_a_liaison_reads_the_valuations_of_what_they_see_and_records_none(
    gb, world, personas, client_for
) -> None:
    assert value(gb, world.asset, "2750000.00").status_code == 201
    assert value(gb, world.restricted_asset, "10.00").status_code == 201
    fr = client_for(personas.liaison_fr)
    listed = fr.get(valuations_url(world.asset)).json()["results"]
    assert [row["amount"]["amount"] for row in listed] == ["2750000.00"]
    assert "recorded_by" not in listed[0]
    assert fr.get(valuations_url(world.restricted_asset)).status_code == 404
    assert value(fr, world.asset, "1.00").status_code == 403
    assert value(fr, world.restricted_asset, "1.00").status_code == 404
    other = client_for(personas.prosecutor_ng)
    assert other.get(valuations_url(world.asset)).status_code == 404


def test_the_list_costs_the_same_whatever_its_length(gb, world, django_assert_num_queries) -> None:
    for n in range(3):
        assert value(gb, world.asset, f"{n + 1}.00", valued_on=days(-n - 1)).status_code == 201
    with django_assert_num_queries(5):  # session, user, asset, count, page
        assert gb.get(valuations_url(world.asset)).json()["count"] == 3
    assert value(gb, world.asset, "9.00", valued_on=days(-9)).status_code == 201
    with django_assert_num_queries(5):
        assert gb.get(valuations_url(world.asset)).json()["count"] == 4


def test_a_value_typed_on_the_asset_is_a_valuation_of_today(gb, world) -> None:
    """Editing the estimated value records it as a valuation where the asset sits, dated today,
    so that a report dated earlier and recorded later stays history, not the current figure."""
    url = f"/api/v1/assets/{world.asset.pk}/"
    edited = gb.patch(url, {"estimated_value": money("2900000.00", "GBP")}, format="json")
    assert edited.status_code == 200, edited.content
    (row,) = gb.get(valuations_url(world.asset)).json()["results"]
    assert row["valued_on"] == today_in("GB").isoformat()
    assert row["amount"] == {"amount": "2900000.00", "currency": "GBP"}
    assert row["method"] == "Estimated value edited on the asset"
    assert row["recorded_by"]["username"] == "prosecutor_gb"
    assert value(gb, world.asset, "2100000.00", valued_on=days(-30)).status_code == 201
    assert estimate(gb, world.asset) == {"amount": "2900000.00", "currency": "GBP"}
    # An edit of anything else, or to the same figure, values nothing.
    assert gb.patch(url, {"description": "Flat, Mayfair"}, format="json").status_code == 200
    same = gb.patch(url, {"estimated_value": money("2900000.00", "GBP")}, format="json")
    assert same.status_code == 200
    assert gb.get(valuations_url(world.asset)).json()["count"] == 2
