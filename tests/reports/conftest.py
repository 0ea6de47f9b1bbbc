"""Builders for the report tests: assets brought to a stage through the transition service."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.utils import timezone

from cases.models import Asset, Case, State
from tests.factories import make_asset
from workflows.services.asset_transitions import asset_transition

SAMPLE_RATES = Path(__file__).resolve().parents[2] / "demo" / "fixtures" / "eurofxref-sample.csv"
FTM_SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "ftm" / "pep-sample.jsonl"

# The acts that bring an identified asset to each stage.
PATH_TO = {
    "identified": (),
    "frozen": ("freeze",),
    "seized": ("seize",),
    "under_appeal": ("freeze", "confiscate_under_appeal"),
    "confiscated": ("freeze", "confiscate"),
    "repatriated": ("freeze", "confiscate", "repatriate"),
    "released": ("freeze", "release"),
}


def today() -> date:
    return timezone.now().date()


def _order(reference: str, *, expires_in: int | None = None) -> dict[str, Any]:
    order: dict[str, Any] = {
        "authority": "Federal Criminal Court",
        "jurisdiction": State.objects.get(code="CH"),
        "reference": reference,
        "issued_on": today() - timedelta(days=30),
    }
    if expires_in is not None:
        order["expires_on"] = today() + timedelta(days=expires_in)
    return order


def _money(amount: Decimal, currency: str) -> dict[str, Any]:
    return {"amount": amount, "currency": currency}


def staged_asset(
    case: Case,
    stage: str,
    *,
    amount: Decimal = Decimal("1000.00"),
    currency: str = "USD",
    estimated: Decimal | None = Decimal("5000.00"),
    estimated_currency: str = "GBP",
    jurisdiction: str = "CH",
    restricted: bool = False,
    expires_in: int = 180,
) -> Asset:
    """An asset brought to `stage`; each act with an amount uses `amount` and `currency` (the
    repatriated tranche returns half, with a tenth of it kept for expenses)."""
    asset = make_asset(
        case=case,
        kind="cash",
        description=f"Cash at {stage}",
        details={"location": "Vault"},
        jurisdiction=State.objects.get(code=jurisdiction),
        estimated_value_amount=estimated,
        estimated_value_currency=estimated_currency if estimated is not None else "",
        restricted=restricted,
    )
    by = case.lead_prosecutor
    for action in PATH_TO[stage]:
        data: dict[str, Any] = {"order": _order(f"{action}-{asset.pk}")}
        if action == "freeze":
            data["order"] = _order(f"F-{asset.pk}", expires_in=expires_in)
            data["amount"] = _money(amount, currency)
        elif action == "seize":
            data["amount"] = _money(amount, currency)
        elif action == "confiscate":
            data.update(basis="conviction", final=True, amount=_money(amount, currency))
        elif action == "confiscate_under_appeal":
            data.update(basis="conviction", amount=_money(amount, currency))
        elif action == "repatriate":
            returned = (amount / 2).quantize(Decimal("0.01"))
            data.update(
                amount=_money(returned, currency),
                recipient="requesting_state",
                recipient_state=State.objects.get(code=case.origin_state_id),
                final_judgment="Final judgment in the requesting state",
                deducted_expenses=_money((returned / 10).quantize(Decimal("0.01")), currency),
            )
        asset_transition(asset=asset, by=by, action=action, data=data)
    asset.refresh_from_db()
    return asset
