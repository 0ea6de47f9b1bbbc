"""Fixtures of the asset lifecycle tests: one GB case seen from every persona, valid payloads for
every action, and a way to walk an asset to any stage through the API."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from cases.models import Asset, AssetStage
from tests.factories import expire_share, make_asset, make_case, share
from workflows.asset_position import fold
from workflows.asset_rules import LAPSED, RESTRAINED
from workflows.models import AssetTransition
from workflows.services.sharing import case_unshare

# How to bring an identified asset to each stage, as the table allows.
PATH_TO: dict[str, tuple[str, ...]] = {
    AssetStage.IDENTIFIED: (),
    AssetStage.FROZEN: ("freeze",),
    AssetStage.SEIZED: ("seize",),
    AssetStage.UNDER_APPEAL: ("freeze", "confiscate_under_appeal"),
    AssetStage.CONFISCATED: ("freeze", "confiscate"),
    AssetStage.REPATRIATED: ("freeze", "confiscate", "repatriate"),
    AssetStage.RELEASED: ("freeze", "release"),
    LAPSED: ("freeze",),  # by an order that expired two days ago (`LAPSED_FREEZE`)
}
# Every stage the rules table reads: the stored stages and a frozen asset whose freeze lapsed.
RULES_STAGES = [*AssetStage.values, LAPSED]


def stored_stage(stage: str) -> str:
    """The stage stored for a stage the rules read (a lapsed freeze is stored as frozen; back to
    the restraint is frozen on the paths here, which freeze first)."""
    return AssetStage.FROZEN if stage in (LAPSED, RESTRAINED) else stage


def days(n: int) -> str:
    return (timezone.now().date() + timedelta(days=n)).isoformat()


def order(reference: str = "SK.2026.12", *, expires_in: int | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "authority": "Federal Criminal Court",
        "jurisdiction": "CH",
        "reference": reference,
        "issued_on": days(-30),
    }
    if expires_in is not None:
        body["expires_on"] = days(expires_in)
    return body


def money(amount: str, currency: str = "USD") -> dict[str, str]:
    return {"amount": amount, "currency": currency}


def payload(action: str, **overrides: Any) -> dict[str, Any]:
    """A valid body for `action` (corrections need `corrects`, see `correction_payload`)."""
    bodies: dict[str, dict[str, Any]] = {
        "freeze": {"order": order("FRZ-1", expires_in=180), "amount": money("900000.00")},
        "renew_freeze": {"order": order("FRZ-2", expires_in=365)},
        "decide_not_to_freeze": {"note": "Keep watching; do not tip off the target."},
        "seize": {"order": order("SZ-1")},
        "confiscate": {
            "order": order("CO-1"),
            "basis": "conviction",
            "final": True,
            "amount": money("500000.00"),
        },
        "confiscate_under_appeal": {
            "order": order("CO-1"),
            "basis": "conviction",
            "amount": money("500000.00"),
        },
        "confirm_confiscation": {"order": order("CA-1")},
        "quash_confiscation": {"order": order("CA-1")},
        "quash_keeping_restraint": {"order": order("CA-1")},
        # Recorded only by a value order's satisfaction (tests/workflows/test_value_orders.py).
        "apply_to_value_order": {"order": order("VO-1"), "amount": money("1000.00")},
        "sell_before_judgment": {
            "order": order("SALE-1"),
            "amount": money("750000.00"),
            "sold_on": days(-5),
        },
        "repatriate": {
            "order": order("RET-1"),
            "amount": money("100000.00"),
            "recipient": "requesting_state",
            "recipient_state": "NG",
            # The case's offence is embezzlement: UNCAC Art. 57(3)(a).
            "final_judgment": "Federal High Court Abuja, FHC/ABJ/CR/12/2025, final",
        },
        "release": {"order": order("REL-1")},
        "release_order": {"order": order("REL-1")},  # and the `restraint_order` it lifts
        "release_part": {
            "order": order("REL-P"),
            "amount": money("25000.00"),
            "release_reason": "legal_expenses",
        },
        "correct_record": {"note": "Typo in the order reference."},
    }
    return {"action": action, **bodies[action], **overrides}


# A freeze recorded after the fact whose order has already expired: the asset's freeze lapsed.
LAPSED_FREEZE = {"order": order("FRZ-1", expires_in=-2), "amount": money("900000.00")}


def correction_payload(asset: Asset) -> dict[str, Any]:
    """Restate the order of the asset's latest act that has one."""
    target = (
        AssetTransition.objects.filter(asset=asset)
        .exclude(order_reference="")
        .exclude(action="correct_record")
        .latest("sequence")
    )
    restated = order(target.order_reference + "-CORRECTED")
    if target.order_expires_on is not None:  # a freeze or a renewal
        restated["expires_on"] = target.order_expires_on.isoformat()
    return payload("correct_record", corrects=str(target.pk), order=restated)


def body_for(asset: Asset, action: str) -> dict[str, Any]:
    """A valid body for `action` on an asset driven to a stage that allows it (and prepared)."""
    if action == "correct_record":
        return correction_payload(asset)
    if action == "freeze":  # on a restrained asset, a further order
        return payload(action, order=order("FRZ-FURTHER", expires_in=180))
    if action == "seize":
        return payload(action, order=order("SZ-FURTHER"))
    if action == "release_order":  # the first of the asset's two orders
        first = asset.transitions.order_by("sequence").first()
        return payload(action, **({"restraint_order": str(first.pk)} if first else {}))
    return payload(action)


def prepare(client: Any, asset: Asset, stage: str, action: str) -> Asset:
    """What an act needs besides its stage: lifting one order needs a second one (on a lapsed
    asset, one lapsed too)."""
    if action == "release_order":
        further = {
            "frozen": payload("freeze", order=order("FURTHER", expires_in=180)),
            "lapsed": payload("freeze", order=order("FURTHER", expires_in=-1)),
            "seized": payload("seize", order=order("FURTHER")),
        }[stage]
        assert post_act(client, asset, further).status_code == 200
        asset.refresh_from_db()
    if action == "release_part" and stage == "seized":  # a seized amount to release part of
        seized = payload("seize", order=order("SZ-AMOUNT"), amount=money("50000.00"))
        assert post_act(client, asset, seized).status_code == 200
        asset.refresh_from_db()
    return asset


def transitions_url(asset: Asset | str) -> str:
    return f"/api/v1/assets/{getattr(asset, 'pk', asset)}/transitions/"


def post_act(client: APIClient, asset: Asset, body: dict[str, Any], **headers: Any) -> Any:
    return client.post(transitions_url(asset), body, format="json", **headers)


def drive(client: APIClient, asset: Asset, stage: str) -> Asset:
    """Walk an identified asset to `stage` through the API, as the case team would."""
    for action in PATH_TO[stage]:
        body = payload(action, **LAPSED_FREEZE) if stage == LAPSED else payload(action)
        response = post_act(client, asset, body)
        assert response.status_code == 200, response.json()
    asset.refresh_from_db()
    assert asset.stage == stored_stage(stage)
    assert (asset.freeze_lapsed_on is not None) == (stage == LAPSED)
    return asset


def assert_consistent(asset: Asset) -> None:
    """What is stored on the asset is what its history folds to."""
    asset.refresh_from_db()
    position = fold(AssetTransition.objects.filter(asset=asset), asset.jurisdiction_id)
    assert asset.stage == position.stage
    assert asset.freeze_expires_on == position.freeze_expires_on
    stored = {
        row.currency: {
            name: getattr(row, name)
            for name in ("frozen", "seized", "confiscated", "returned", "deducted_expenses")
        }
        for row in asset.recovery_totals.all()
    }
    assert stored == position.totals


def problem_attrs(response: Any) -> dict[str | None, str]:
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    return {error["attr"]: error["code"] for error in response.json()["errors"]}


@pytest.fixture
def world(personas: Any) -> SimpleNamespace:
    """A GB case led by prosecutor_gb (prosecutor2_gb is of GB, not on the team), shared with FR
    (in force), CH (revoked) and US (expired), with an open and a restricted asset."""
    gb = personas.prosecutor_gb
    case = make_case(by=gb, title="Lifecycle case", origin="NG")
    asset = make_asset(case=case, description="Open flat")
    restricted_asset = make_asset(case=case, description="Restricted flat", restricted=True)
    share(case, "FR")
    share(case, "CH")
    case_unshare(case=case, state_code="CH", by=gb)
    share(case, "US")
    expire_share(case, "US")
    return SimpleNamespace(case=case, asset=asset, restricted_asset=restricted_asset)


@pytest.fixture
def gb(personas: Any, client_for: Callable[[Any], APIClient]) -> APIClient:
    return client_for(personas.prosecutor_gb)


@pytest.fixture
def new_asset(world: SimpleNamespace) -> Callable[..., Asset]:
    def make(**fields: Any) -> Asset:
        return make_asset(case=world.case, **fields)

    return make
