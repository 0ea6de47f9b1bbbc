"""Sale before judgment (issue 19: "a sale before judgment that turns a yacht into cash").

UNCAC Art. 31(3): states "shall adopt ... measures to regulate the administration by the
competent authorities of frozen, seized or confiscated property". EU Directive 2014/42 Art.
10(2): the measures "include the possibility to sell or transfer property where necessary"; EU
Regulation 2018/1805 Art. 28: the executing state manages frozen property "with a view to
preventing its depreciation", including its sale. The sale is authorised by a court, the asset
stays restrained as the cash it was sold for, and what is decided later (confiscation, release,
return) applies to that cash. Only a restrained asset is sold so.
"""

from __future__ import annotations

from typing import Any

import pytest

from audit.models import AuditEvent
from cases.models import AssetValuation
from tests.workflows.conftest import (
    assert_consistent,
    days,
    drive,
    money,
    order,
    payload,
    post_act,
    problem_attrs,
    transitions_url,
)

pytestmark = pytest.mark.django_db


def sale(**overrides: Any) -> dict[str, Any]:
    return payload(
        "sell_before_judgment",
        order=order("SALE-2026-7"),
        amount=money("610000.00", "EUR"),
        sold_on=days(-3),
        **overrides,
    )


def shown(client: Any, asset: Any) -> dict[str, Any]:
    return client.get(f"/api/v1/assets/{asset.pk}/").json()


def restraint_orders(client: Any, asset: Any) -> list[dict[str, Any]]:
    return client.get(f"/api/v1/assets/{asset.pk}/restraint-orders/").json()


@pytest.mark.parametrize("stage", ["frozen", "seized", "under_appeal"])
def test_a_restrained_asset_sold_stays_restrained_as_its_proceeds(world, gb, stage) -> None:
    asset = drive(gb, world.asset, stage)
    orders_before = restraint_orders(gb, asset)
    response = post_act(gb, asset, sale())
    assert response.status_code == 200, response.content
    after = response.json()
    assert after["stage"] == stage  # still restrained
    # The restrained figure is now the price, in its own currency (the old one is gone).
    figure = "seized" if stage == "seized" else "frozen"
    assert after["recovery"][figure] == [{"amount": "610000.00", "currency": "EUR"}]
    # Its value is the price, as a valuation dated the day of the sale.
    assert after["estimated_value"] == {"amount": "610000.00", "currency": "EUR"}
    valuation = AssetValuation.objects.get(asset=asset)
    assert valuation.valued_on.isoformat() == days(-3)
    assert "SALE-2026-7" in valuation.method
    # The restraint orders carry on over the proceeds.
    assert [(o["id"], o["status"]) for o in restraint_orders(gb, asset)] == [
        (o["id"], o["status"]) for o in orders_before
    ]
    act = gb.get(transitions_url(asset)).json()["results"][-1]
    assert act["action"] == "sell_before_judgment"
    assert act["sold_on"] == days(-3)
    assert act["order"]["reference"] == "SALE-2026-7"
    assert_consistent(asset)


def test_the_proceeds_are_confiscated_and_returned(world, gb) -> None:
    asset = drive(gb, world.asset, "frozen")
    assert post_act(gb, asset, sale()).status_code == 200
    confiscation = payload("confiscate", amount=money("600000.00", "EUR"))
    assert post_act(gb, asset, confiscation).status_code == 200
    too_much = payload("repatriate", amount=money("600000.01", "EUR"))
    assert problem_attrs(post_act(gb, asset, too_much)) == {"amount": "exceeds_confiscated"}
    tranche = payload("repatriate", amount=money("600000.00", "EUR"))
    response = post_act(gb, asset, tranche)
    assert response.status_code == 200, response.content
    assert response.json()["recovery"]["returned"] == [{"amount": "600000.00", "currency": "EUR"}]
    assert_consistent(asset)


def test_part_of_the_proceeds_is_released_in_their_currency(world, gb) -> None:
    asset = drive(gb, world.asset, "frozen")
    assert post_act(gb, asset, sale()).status_code == 200
    part = payload("release_part", amount=money("10000.00", "EUR"))
    response = post_act(gb, asset, part)
    assert response.json()["recovery"]["frozen"] == [{"amount": "600000.00", "currency": "EUR"}]
    in_usd = payload("release_part", amount=money("1.00", "USD"))
    assert problem_attrs(post_act(gb, asset, in_usd)) == {"amount": "exceeds_restrained"}


@pytest.mark.parametrize(
    "stage", ["identified", "lapsed", "released", "confiscated", "repatriated"]
)
def test_only_a_restrained_asset_is_sold_before_judgment(world, gb, stage) -> None:
    asset = drive(gb, world.asset, stage)
    before = asset.transitions.count()
    response = post_act(gb, asset, sale())
    assert response.status_code == 409, response.content
    assert "sell_before_judgment" not in response.json()["allowed_actions"]
    assert asset.transitions.count() == before
    assert not AssetValuation.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "attrs"),
    [
        ({"order": None}, {"order": "required"}),
        ({"amount": None}, {"amount": "required"}),
        ({"sold_on": None}, {"sold_on": "required"}),
        ({"sold_on": days(-40)}, {"sold_on": "before_authorisation"}),  # authorised days(-30)
        ({"sold_on": days(2)}, {"sold_on": "in_future"}),
        ({"basis": "conviction"}, {"basis": "not_applicable"}),
    ],
)
def test_the_sale_carries_its_authorisation_price_and_day(world, gb, overrides, attrs) -> None:
    asset = drive(gb, world.asset, "frozen")
    body = {k: v for k, v in {**sale(), **overrides}.items() if v is not None}
    assert problem_attrs(post_act(gb, asset, body)) == attrs
    assert not asset.transitions.filter(action="sell_before_judgment").exists()
    assert not AssetValuation.objects.exists()


def offered(client: Any, asset: Any) -> list[str]:
    return [act["action"] for act in client.get(f"/api/v1/assets/{asset.pk}/actions/").json()]


def test_an_asset_is_sold_once(world, gb) -> None:
    asset = drive(gb, world.asset, "frozen")
    assert "sell_before_judgment" in offered(gb, asset)
    assert post_act(gb, asset, sale()).status_code == 200
    # Neither offered again (the web application's button) nor accepted.
    assert "sell_before_judgment" not in offered(gb, asset)
    assert problem_attrs(post_act(gb, asset, sale())) == {None: "already_sold"}


def test_a_corrected_price_values_the_proceeds_again(world, gb) -> None:
    asset = drive(gb, world.asset, "frozen")
    assert post_act(gb, asset, sale()).status_code == 200
    sold = asset.transitions.get(action="sell_before_judgment")
    correction = payload(
        "correct_record",
        corrects=str(sold.pk),
        amount=money("615000.00", "EUR"),
        note="The auction house's statement gives 615,000.",
    )
    response = post_act(gb, asset, correction)
    assert response.status_code == 200, response.content
    assert response.json()["recovery"]["frozen"] == [{"amount": "615000.00", "currency": "EUR"}]
    assert shown(gb, asset)["estimated_value"] == {"amount": "615000.00", "currency": "EUR"}
    assert AssetValuation.objects.filter(asset=asset).count() == 2
    assert_consistent(asset)


def test_the_sale_and_its_valuation_are_audited_together(world, gb) -> None:
    asset = drive(gb, world.asset, "frozen")
    version = asset.version
    assert post_act(gb, asset, sale()).status_code == 200
    asset.refresh_from_db()
    assert asset.version == version + 1  # one act, one new version
    transition = AuditEvent.objects.filter(action="asset.transition").order_by("sequence").last()
    assert transition is not None
    assert transition.changes["transition"]["action"] == "sell_before_judgment"
    assert AuditEvent.objects.filter(action="asset.valued", object_id=str(asset.pk)).exists()


def test_an_asset_under_appeal_whose_freeze_lapsed_is_not_sold(world, gb) -> None:
    """Under appeal the freeze holds the asset only while it is in force (its term runs)."""
    asset = drive(gb, world.asset, "lapsed")  # the freeze expired two days ago
    assert post_act(gb, asset, payload("confiscate_under_appeal")).status_code == 200
    assert "sell_before_judgment" not in offered(gb, asset)
    assert "quash_keeping_restraint" not in offered(gb, asset)
    assert "quash_confiscation" in offered(gb, asset)
    assert problem_attrs(post_act(gb, asset, sale())) == {None: "no_restraint_in_force"}
    assert not AssetValuation.objects.exists()
