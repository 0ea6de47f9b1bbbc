"""Demo assets at every stage of the lifecycle, recorded through the transition service.

`seed_asset_stages(case=..., by=...)` is called by `seed_demo` (demo.seed) with one of the demo
cases and a member of its team. It is idempotent: if any asset of the case already has a
transition, it does nothing.
"""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.db import transaction

from cases.models import Asset, Case, State, User
from cases.services.case_file import asset_create
from core.state_time import today_in
from reports.fx import fx_rates_load, parse_ecb_csv
from tasks.models import ACTIVE_STATUSES, Task, TaskStatus
from tasks.services import holding_back, task_update
from workflows.models import AssetAction, AssetTransition
from workflows.services.asset_transitions import asset_transition

# The table: seven assets of one case, one per stage, each with the acts that took it there.
DEMO_ASSETS_FILE = Path(__file__).with_name("fixtures") / "asset_stages.toml"
CORRECTS_PREVIOUS = "previous act"


def demo_assets() -> list[dict[str, Any]]:
    """The assets of the table, each with its `act`s in order."""
    with DEMO_ASSETS_FILE.open("rb") as table:
        assets: list[dict[str, Any]] = tomllib.load(table)["asset"]
    return assets


def demo_asset_create(
    *, case: Case, by: User, fields: dict[str, Any], states: dict[str, State]
) -> Asset:
    """`asset_create` from a demo table's row: its jurisdiction a state's code, its estimated
    value an (amount, currency) pair (none: not yet valued)."""
    data = {k: v for k, v in fields.items() if k != "estimated_value"}
    data["jurisdiction"] = states[fields["jurisdiction"]]
    if "estimated_value" in fields:
        amount, currency = fields["estimated_value"]
        data["estimated_value_amount"] = Decimal(amount)
        data["estimated_value_currency"] = currency
    else:
        data["not_yet_valued"] = True
    return asset_create(case=case, by=by, data=data)


def _money(value: list[str]) -> dict[str, Any]:
    amount, currency = value
    return {"amount": Decimal(amount), "currency": currency}


@transaction.atomic
def seed_asset_stages(*, case: Case, by: User) -> list[Asset]:
    """Create seven assets of `case`, one per stage, through the rules table (`demo_assets`).

    Among them a partial repatriation: USD 9,985,000 confiscated (the record corrected once), a
    first tranche of USD 4m returned with USD 150,000 deducted for expenses (UNCAC Art. 57(4))
    under a disposal agreement (57(5)), USD 5,835,000 outstanding.
    """
    if AssetTransition.objects.filter(asset__case=case).exists():
        return []
    today = today_in(case.owner_state_id)
    states = State.objects.in_bulk()

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    def order(spec: list[Any]) -> dict[str, Any]:
        authority, state, reference, issued, *expires = spec
        return {
            "authority": authority,
            "jurisdiction": states[state],
            "reference": reference,
            "issued_on": ago(issued),
            **({"expires_on": ago(expires[0])} if expires else {}),
        }

    assets = []
    for fields in demo_assets():
        acts = fields.pop("act", [])
        asset = demo_asset_create(case=case, by=by, fields=fields, states=states)
        previous = None
        for data in acts:
            action = AssetAction(data.pop("action"))
            for key in ("amount", "deducted_expenses"):
                if key in data:
                    data[key] = _money(data[key])
            if "order" in data:
                data["order"] = order(data["order"])
            if data.get("corrects") == CORRECTS_PREVIOUS:
                data["corrects"] = previous.pk if previous else None
            if data.get("recipient_state") == "origin":
                data["recipient_state"] = case.origin_state
            complete_tasks_required_before(asset=asset, action=action, by=by)
            previous = asset_transition(asset=asset, by=by, action=action, data=data)
        asset.refresh_from_db()  # the service moved its own locked copy
        assets.append(asset)
    return assets


def complete_tasks_required_before(*, asset: Asset, action: str, by: User) -> None:
    """The demo's team did what the templates asked before each later act (third parties were
    notified before a confiscation, the disposal agreed before a return): the asset's open tasks
    for its current stage stay open, for the demo's My work."""
    for task in Task.objects.filter(
        asset=asset, mandatory_before__in=holding_back(action), status__in=ACTIVE_STATUSES
    ).order_by("created_at"):
        task_update(task=task, by=by, changes={"status": TaskStatus.DONE})


def seed_fx_rates() -> tuple[int, int]:
    """Load the sample ECB rates shipped with the demo (demo/fixtures), for the demo's
    reports. Idempotent: loading again changes no rate. Returns (created, updated)."""
    sample = Path(__file__).with_name("fixtures") / "eurofxref-sample.csv"
    return fx_rates_load(rates=parse_ecb_csv(sample.read_text(encoding="utf-8")))
