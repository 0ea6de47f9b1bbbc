"""Demo assets at every stage of the lifecycle, recorded through the transition service.

`seed_asset_stages(case=..., by=...)` is called by `seed_demo` (demo.seed) with one of the demo
cases and a member of its team. It is idempotent: if any asset of the case already has a
transition, it does nothing.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.db import transaction

from cases.models import Asset, Case, State, User
from cases.services.case_file import asset_create
from core.state_time import today_in
from reports.fx import fx_rates_load, parse_ecb_csv
from workflows.models import AssetAction, AssetTransition, Recipient
from workflows.services.asset_transitions import asset_transition

A = AssetAction


# Dates are written as days before the seeding day (negative: after it), so the demo's history
# is always as old as it says.
Order = tuple[str, str, str, int] | tuple[str, str, str, int, int]
CORRECTS_PREVIOUS = "previous act"

# Six assets of one case, one per stage, each with the acts that took it there, in order.
DEMO_ASSETS: list[tuple[dict[str, Any], list[tuple[str, dict[str, Any]]]]] = [
    (
        {
            "kind": "bank_account",
            "description": "Corporate account, Dubai (watched, not frozen)",
            "details": {"iban": "AE070331234567890123456", "bank_name": "Emirates Demo Bank PJSC"},
            "jurisdiction": "AE",
            "estimated_value": ("3400000.00", "AED"),
        },
        [
            (
                A.DECIDE_NOT_TO_FREEZE,
                {
                    "note": "Kept under watch: a freeze now would alert the official before the "
                    "MLA request to the UAE is executed."
                },
            )
        ],
    ),
    (
        {
            "kind": "bank_account",
            "description": "Private banking account, Zurich",
            "details": {"iban": "CH5604835012345678009", "bank_name": "Demo Privatbank AG"},
            "jurisdiction": "CH",
            "estimated_value": ("15300000.00", "USD"),
        },
        [
            (
                A.FREEZE,
                {
                    "order": (
                        "Office of the Attorney General of Switzerland",
                        "CH",
                        "SV.26.0412",
                        160,
                        5,
                    ),
                    "amount": ("15300000.00", "USD"),
                },
            ),
            (
                A.RENEW_FREEZE,
                {
                    "order": (
                        "Office of the Attorney General of Switzerland",
                        "CH",
                        "SV.26.0412-R1",
                        10,
                        -21,
                    ),
                    "note": "Renewed for six months; the next renewal must be asked for in time.",
                },
            ),
        ],
    ),
    (
        {
            "kind": "real_estate",
            "description": "Town house, Belgravia, London",
            "details": {"address": "7 Demo Square, London SW1X", "title_number": "NGL445566"},
            "jurisdiction": "GB",
            "estimated_value": ("11000000.00", "GBP"),
        },
        [
            (A.FREEZE, {"order": ("High Court of Justice", "GB", "PFO-2026-0031", 300, 120)}),
            (
                A.SEIZE,
                {
                    "order": ("High Court of Justice", "GB", "SZ-2026-0007", 200),
                    "amount": ("11000000.00", "GBP"),
                },
            ),
        ],
    ),
    (
        {
            "kind": "vessel",
            "description": "Motor yacht, 48 m, Valletta",
            "details": {"name": "SEA DEMO", "imo_number": "9074729", "flag_state": "MT"},
            "jurisdiction": "MT",
            "estimated_value": ("24000000.00", "EUR"),
        },
        [
            (A.SEIZE, {"order": ("Court of Magistrates (Malta)", "MT", "MT-SZ-118/2025", 400)}),
            (
                A.CONFISCATE,
                {
                    "order": ("Criminal Court of Malta", "MT", "MT-NCB-22/2026", 40),
                    "basis": "non_conviction",
                    "final": True,
                    "amount": ("21500000.00", "EUR"),
                    "note": "Non-conviction-based: the official fled the jurisdiction.",
                },
            ),
        ],
    ),
    (
        {
            "kind": "bank_account",
            "description": "Investment account, St Helier",
            "details": {"account_number": "40011223", "bank_name": "Demo Trust (Jersey) Ltd"},
            "jurisdiction": "JE",
            "estimated_value": ("10000000.00", "USD"),
        },
        [
            (
                A.FREEZE,
                {
                    "order": ("Royal Court of Jersey", "JE", "JRC-SO-2024-019", 700, 340),
                    "amount": ("10000000.00", "USD"),
                },
            ),
            (
                A.CONFISCATE,
                {
                    "order": ("Royal Court of Jersey", "JE", "JRC-CO-2025-004", 360),
                    "basis": "conviction",
                    "final": True,
                    "amount": ("10000000.00", "USD"),
                },
            ),
            (
                A.CORRECT_RECORD,
                {
                    "corrects": CORRECTS_PREVIOUS,
                    "amount": ("9985000.00", "USD"),
                    "note": "The order confiscates USD 9,985,000; 10,000,000 was the balance "
                    "frozen.",
                },
            ),
            (
                A.REPATRIATE,
                {
                    "order": ("Attorney General for Jersey", "JE", "AG-RET-2026-01", 30),
                    "amount": ("4000000.00", "USD"),
                    "recipient": Recipient.REQUESTING_STATE,
                    "recipient_state": "origin",
                    "deducted_expenses": ("150000.00", "USD"),
                    "disposal_agreement": "MoU on the return of confiscated assets, 2026-02",
                    "note": "First tranche; the rest follows the disposal agreement's schedule.",
                },
            ),
        ],
    ),
    (
        {
            "kind": "company_shares",
            "description": "40% of a shipping company, Limassol",
            "details": {"company_name": "Demo Shipping Ltd", "company_number": "HE123456"},
            "jurisdiction": "CY",
            "estimated_value": ("2000000.00", "EUR"),
        },
        [
            (
                A.FREEZE,
                {"order": ("District Court of Limassol", "CY", "LIM-FO-77/2025", 250, 60)},
            ),
            (
                A.RELEASE,
                {
                    "order": ("Supreme Court of Cyprus", "CY", "SC-APP-12/2026", 90),
                    "note": "Freeze lifted on appeal: the shares were shown to be lawfully "
                    "acquired.",
                },
            ),
        ],
    ),
]


def _money(value: tuple[str, str]) -> dict[str, Any]:
    amount, currency = value
    return {"amount": Decimal(amount), "currency": currency}


@transaction.atomic
def seed_asset_stages(*, case: Case, by: User) -> list[Asset]:
    """Create six assets of `case`, one per stage, through the rules table (`DEMO_ASSETS`).

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

    def order(spec: Order) -> dict[str, Any]:
        authority, state, reference, issued, *expires = spec
        return {
            "authority": authority,
            "jurisdiction": states[state],
            "reference": reference,
            "issued_on": ago(issued),
            **({"expires_on": ago(expires[0])} if expires else {}),
        }

    assets = []
    for fields, acts in DEMO_ASSETS:
        amount, currency = fields["estimated_value"]
        asset = asset_create(
            case=case,
            by=by,
            data={
                **{k: v for k, v in fields.items() if k != "estimated_value"},
                "jurisdiction": states[fields["jurisdiction"]],
                "estimated_value_amount": Decimal(amount),
                "estimated_value_currency": currency,
            },
        )
        previous = None
        for action, spec in acts:
            data = dict(spec)
            for key in ("amount", "deducted_expenses"):
                if key in data:
                    data[key] = _money(data[key])
            if "order" in data:
                data["order"] = order(data["order"])
            if data.get("corrects") == CORRECTS_PREVIOUS:
                data["corrects"] = previous.pk if previous else None
            if data.get("recipient_state") == "origin":
                data["recipient_state"] = case.origin_state
            previous = asset_transition(asset=asset, by=by, action=action, data=data)
        asset.refresh_from_db()  # the service moved its own locked copy
        assets.append(asset)
    return assets


def seed_fx_rates() -> tuple[int, int]:
    """Load the sample ECB rates shipped with the demo (demo/fixtures), for the demo's
    reports. Idempotent: loading again changes no rate. Returns (created, updated)."""
    sample = Path(__file__).with_name("fixtures") / "eurofxref-sample.csv"
    return fx_rates_load(rates=parse_ecb_csv(sample.read_text(encoding="utf-8")))
