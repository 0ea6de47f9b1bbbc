"""Confiscation of part of a restrained value (issue 19: "confiscation of part with release of
the rest").

A freezing order is made "with a view to the confiscation" of the property (EU 2018/1805 Art.
2(1)); the confiscation order is the final deprivation of it (Art. 2(2); UNCAC Art. 2(g)). A
final order that takes part of what was restrained takes title to that part only, and what it
does not take is a confiscation refused, which DOMAIN.md calls released. So the restraint ends
with the final order, nothing of the asset is frozen any more, and every figure (the asset's,
the reports') counts the part confiscated, as corrected.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.workflows.conftest import (
    assert_consistent,
    drive,
    money,
    payload,
    post_act,
)

pytestmark = pytest.mark.django_db

SUMMARY = "/api/v1/reports/summary/"


def orders_of(client: Any, asset: Any) -> dict[str, str]:
    listed = client.get(f"/api/v1/assets/{asset.pk}/restraint-orders/").json()
    return {o["reference"]: o["status"] for o in listed}


def report_figures(client: Any) -> dict[str, list[dict[str, str]]]:
    figures = client.get(SUMMARY).json()["assets"]["total"]["figures"]
    return {name: figure["amounts"] for name, figure in figures.items()}


def confiscate_part(client: Any, asset: Any, **overrides: Any) -> Any:
    # 300,000 of the 900,000 USD frozen.
    return post_act(client, asset, payload("confiscate", amount=money("300000.00"), **overrides))


def test_the_part_confiscated_is_title_and_the_rest_is_released(world, gb) -> None:
    asset = drive(gb, world.asset, "frozen")
    response = confiscate_part(gb, asset)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["stage"] == "confiscated"
    assert body["recovery"]["confiscated"] == [{"amount": "300000.00", "currency": "USD"}]
    assert body["recovery"]["outstanding"] == [{"amount": "300000.00", "currency": "USD"}]
    # No restraint stays in force over the rest: no freeze expiry, no lapse to watch.
    assert body["freeze_expires_on"] is None
    assert all(status != "in_force" for status in orders_of(gb, asset).values())
    # Nothing restrained is left to release in part, or to release.
    for act in ("release_part", "release"):
        assert post_act(gb, asset, payload(act)).status_code == 409
    assert_consistent(asset)


def test_the_rest_is_released_only_once_the_confiscation_is_final(world, gb) -> None:
    asset = drive(gb, world.asset, "frozen")
    first = payload("confiscate_under_appeal", amount=money("300000.00"))
    assert post_act(gb, asset, first).status_code == 200
    assert orders_of(gb, asset) == {"FRZ-1": "in_force"}  # the whole value, under appeal
    varied = payload("confirm_confiscation", amount=money("250000.00"))
    response = post_act(gb, asset, varied)
    assert response.json()["recovery"]["confiscated"] == [
        {"amount": "250000.00", "currency": "USD"}
    ]
    assert orders_of(gb, asset) == {"FRZ-1": "superseded"}
    assert_consistent(asset)


def test_no_more_is_returned_than_the_part_confiscated(world, gb) -> None:
    asset = drive(gb, world.asset, "frozen")
    assert confiscate_part(gb, asset).status_code == 200
    response = post_act(gb, asset, payload("repatriate", amount=money("300000.01")))
    assert response.status_code == 400
    assert post_act(gb, asset, payload("repatriate", amount=money("300000.00"))).status_code == 200


def test_the_reports_count_the_part_as_corrected(world, gb) -> None:
    asset = drive(gb, world.asset, "frozen")
    assert report_figures(gb)["frozen_now"] == [{"amount": "900000.00", "currency": "USD"}]
    assert confiscate_part(gb, asset).status_code == 200
    figures = report_figures(gb)
    assert figures["confiscated"] == [{"amount": "300000.00", "currency": "USD"}]
    assert figures["outstanding"] == [{"amount": "300000.00", "currency": "USD"}]
    # The rest is not frozen now (ever frozen: the 900,000 that was).
    assert figures["frozen_now"] == []
    assert figures["frozen"] == [{"amount": "900000.00", "currency": "USD"}]
    confiscation = asset.transitions.get(action="confiscate")
    correction = payload(
        "correct_record",
        corrects=str(confiscation.pk),
        amount=money("320000.00"),
        note="The order reads 320,000.",
    )
    assert post_act(gb, asset, correction).status_code == 200
    figures = report_figures(gb)
    assert figures["confiscated"] == [{"amount": "320000.00", "currency": "USD"}]
    assert figures["outstanding"] == [{"amount": "320000.00", "currency": "USD"}]
    assert_consistent(asset)
