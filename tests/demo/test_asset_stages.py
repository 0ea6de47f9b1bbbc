"""Demo assets at every stage, recorded through the rules table, seeded once."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cases.models import AssetStage
from demo.asset_stages import seed_asset_stages
from tests.factories import make_case
from tests.workflows.conftest import assert_consistent
from workflows.models import AssetTransition

pytestmark = pytest.mark.django_db


def test_assets_at_every_stage_and_a_partial_repatriation(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb, origin="NG")
    assets = seed_asset_stages(case=case, by=personas.prosecutor_gb)
    assert {a.stage for a in assets} == set(AssetStage.values)
    for asset in assets:
        assert_consistent(asset)
    repatriated = next(a for a in assets if a.stage == AssetStage.REPATRIATED)
    tranche = repatriated.transitions.get(action="repatriate")
    assert tranche.deducted_expenses_amount == Decimal("150000.00")
    assert tranche.disposal_agreement
    assert (tranche.recipient_state_id, tranche.art57_tier) == ("NG", "a")
    totals = repatriated.recovery_totals.get(currency="USD")
    assert totals.outstanding == Decimal("5835000.00")  # partial: more to come
    frozen = next(a for a in assets if a.stage == AssetStage.FROZEN)
    assert frozen.freeze_expires_on is not None

    body = client_for(personas.prosecutor_gb).get(f"/api/v1/cases/{case.pk}/").json()
    assert {"amount": "4000000.00", "currency": "USD"} in body["recovery"]["returned"]


def test_seeding_twice_changes_nothing(personas) -> None:
    case = make_case(by=personas.prosecutor_gb)
    seed_asset_stages(case=case, by=personas.prosecutor_gb)
    count = AssetTransition.objects.count()
    assert seed_asset_stages(case=case, by=personas.prosecutor_gb) == []
    assert AssetTransition.objects.count() == count
    assert case.assets.count() == 7  # one per stage
