"""One court order, many assets: `POST /api/v1/assets/transitions/bulk/`, all or nothing."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from audit.models import AuditEvent
from cases.models import Asset
from tests.factories import make_asset, make_case
from tests.workflows.conftest import days, drive, order, payload, post_act, problem_attrs
from workflows.models import AssetTransition

pytestmark = pytest.mark.django_db

URL = "/api/v1/assets/transitions/bulk/"


def bulk(client, assets: list[Any], action: str = "freeze", **extra: Any) -> Any:
    body = {k: v for k, v in payload(action).items() if k not in ("amount",)}
    body.update(assets=[str(getattr(a, "pk", a)) for a in assets], action=action, **extra)
    return client.post(URL, body, format="json")


def stages(assets: list[Asset]) -> list[str]:
    return [Asset.objects.get(pk=a.pk).stage for a in assets]


def test_one_freeze_order_for_many_assets(gb, world, new_asset) -> None:
    assets = [world.asset, world.restricted_asset, new_asset()]
    response = bulk(gb, assets, note="One order of the Federal Criminal Court.")
    assert response.status_code == 200, response.json()
    body = response.json()
    assert [a["id"] for a in body["results"]] == sorted(str(a.pk) for a in assets)
    assert {a["stage"] for a in body["results"]} == {"frozen"}
    assert {a["freeze_expires_on"] for a in body["results"]} == {days(180)}
    records = AssetTransition.objects.filter(asset__in=assets)
    assert records.count() == 3
    assert {str(r.batch_id) for r in records} == {body["batch_id"]}
    assert {r.order_reference for r in records} == {"FRZ-1"}
    assert AuditEvent.objects.filter(action="asset.transition").count() == 3


def test_an_unknown_id_changes_nothing(gb, world, new_asset) -> None:
    assets = [world.asset, uuid.uuid4(), new_asset()]
    response = bulk(gb, assets)
    assert problem_attrs(response) == {"assets.1": "does_not_exist"}
    assert stages([world.asset, assets[2]]) == ["identified", "identified"]
    assert not AssetTransition.objects.exists()


def test_an_invisible_asset_answers_like_a_random_id(gb, world, personas) -> None:
    foreign = make_asset(case=make_case(by=personas.prosecutor_ng))
    hidden = bulk(gb, [world.asset, foreign])
    random = bulk(gb, [world.asset, uuid.uuid4()])
    assert hidden.status_code == random.status_code == 400
    assert hidden.json() == random.json()
    assert not AssetTransition.objects.exists()


def test_one_refused_asset_refuses_the_whole_order(gb, world, new_asset) -> None:
    # A frozen asset takes a further freeze order (issue 19); a confiscated one none.
    already = drive(gb, new_asset(), "confiscated")
    fresh = new_asset()
    response = bulk(gb, [world.asset, already, fresh])
    assert response.status_code == 409
    problem = response.json()
    assert problem["asset"] == str(already.pk)
    assert problem["current_stage"] == "confiscated"
    assert "repatriate" in problem["allowed_actions"]
    assert stages([world.asset, fresh]) == ["identified", "identified"]
    assert AssetTransition.objects.count() == 2  # the earlier acts of `already` only


def test_a_requirement_failing_for_one_asset_names_it(gb, world, new_asset) -> None:
    first, second = drive(gb, world.asset, "frozen"), drive(gb, new_asset(), "frozen")
    post_act(gb, second, payload("renew_freeze", order=order("R", expires_in=400)))
    response = bulk(gb, [first, second], "renew_freeze", order=order("R2", expires_in=300))
    assert problem_attrs(response) == {"order.expires_on": "not_later"}
    assert str(second.pk) in response.json()["errors"][0]["detail"]
    first.refresh_from_db()
    assert first.transitions.count() == 1
    missing_expiry = bulk(gb, [first, second], "renew_freeze", order=order("R3"))
    assert problem_attrs(missing_expiry) == {"order.expires_on": "required"}


def test_only_the_team_acts(personas, client_for, world) -> None:
    for persona in ("prosecutor2_gb", "admin_gb", "liaison_fr"):
        response = bulk(client_for(getattr(personas, persona)), [world.asset])
        assert response.status_code == 403, persona
    # The restricted asset does not exist for the liaison.
    liaison = bulk(client_for(personas.liaison_fr), [world.asset, world.restricted_asset])
    assert problem_attrs(liaison) == {"assets.1": "does_not_exist"}
    assert not AssetTransition.objects.exists()


def test_the_assets_list_is_checked(gb, world) -> None:
    assert problem_attrs(bulk(gb, [])) == {"assets": "empty"}
    assert problem_attrs(bulk(gb, [world.asset, world.asset])) == {"assets.1": "duplicate"}
    too_many = [uuid.uuid4() for _ in range(501)]
    assert problem_attrs(bulk(gb, too_many)) == {"assets": "max_length"}
    body = {"assets": [5, "not-a-uuid"], "action": "freeze", "order": order(expires_in=9)}
    assert problem_attrs(gb.post(URL, body, format="json")) == {
        "assets.0": "incorrect_type",
        "assets.1": "does_not_exist",
    }
    wrong_shape = gb.post(URL, {**body, "assets": str(world.asset.pk)}, format="json")
    assert problem_attrs(wrong_shape) == {"assets": "not_a_list"}


def test_acts_with_amounts_go_one_by_one(gb, world) -> None:
    drive(gb, world.asset, "frozen")
    response = bulk(gb, [world.asset], "confiscate", basis="conviction", final=True)
    assert problem_attrs(response) == {"action": "not_bulk", "basis": "unknown", "final": "unknown"}
    with_amount = bulk(gb, [world.asset], "seize", amount={"amount": "1.00", "currency": "USD"})
    assert problem_attrs(with_amount) == {"amount": "unknown"}


def test_anonymous(api, world) -> None:
    assert bulk(api, [world.asset]).status_code == 401
