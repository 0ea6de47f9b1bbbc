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
from django.utils import timezone

from cases.models import Asset, Case, State, User
from cases.services.case_file import asset_create
from reports.fx import fx_rates_load, parse_ecb_csv
from workflows.models import AssetAction, AssetTransition, Recipient
from workflows.services.asset_transitions import asset_transition

A = AssetAction


def _order(
    authority: str, state: str, reference: str, issued_on: date, expires_on: date | None = None
) -> dict[str, Any]:
    order: dict[str, Any] = {
        "authority": authority,
        "jurisdiction": State.objects.get(code=state),
        "reference": reference,
        "issued_on": issued_on,
    }
    if expires_on is not None:
        order["expires_on"] = expires_on
    return order


def _money(amount: str, currency: str) -> dict[str, Any]:
    return {"amount": Decimal(amount), "currency": currency}


def _asset(case: Case, by: User, **data: Any) -> Asset:
    data["jurisdiction"] = State.objects.get(code=data["jurisdiction"])
    return asset_create(case=case, by=by, data=data)


def _act(asset: Asset, by: User, action: str, **data: Any) -> AssetTransition:
    return asset_transition(asset=asset, by=by, action=action, data=data)


@transaction.atomic
def seed_asset_stages(*, case: Case, by: User) -> list[Asset]:
    """Create six assets of `case`, one per stage, through the rules table.

    Among them a partial repatriation: USD 9,985,000 confiscated (the record corrected once), a
    first tranche of USD 4m returned with USD 150,000 deducted for expenses (UNCAC Art. 57(4))
    under a disposal agreement (57(5)), USD 5,835,000 outstanding.
    """
    if AssetTransition.objects.filter(asset__case=case).exists():
        return []
    today = timezone.now().date()

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    watched = _asset(
        case,
        by,
        kind="bank_account",
        description="Corporate account, Dubai (watched, not frozen)",
        details={"iban": "AE070331234567890123456", "bank_name": "Emirates Demo Bank PJSC"},
        jurisdiction="AE",
        estimated_value_amount=Decimal("3400000.00"),
        estimated_value_currency="AED",
    )
    _act(
        watched,
        by,
        A.DECIDE_NOT_TO_FREEZE,
        note="Kept under watch: a freeze now would alert the official before the MLA request "
        "to the UAE is executed.",
    )

    frozen = _asset(
        case,
        by,
        kind="bank_account",
        description="Private banking account, Zurich",
        details={"iban": "CH5604835012345678009", "bank_name": "Demo Privatbank AG"},
        jurisdiction="CH",
        estimated_value_amount=Decimal("15300000.00"),
        estimated_value_currency="USD",
    )
    _act(
        frozen,
        by,
        A.FREEZE,
        order=_order(
            "Office of the Attorney General of Switzerland", "CH", "SV.26.0412", ago(160), ago(5)
        ),
        amount=_money("15300000.00", "USD"),
    )
    _act(
        frozen,
        by,
        A.RENEW_FREEZE,
        order=_order(
            "Office of the Attorney General of Switzerland",
            "CH",
            "SV.26.0412-R1",
            ago(10),
            today + timedelta(days=21),
        ),
        note="Renewed for six months; the next renewal must be asked for in time.",
    )

    seized = _asset(
        case,
        by,
        kind="real_estate",
        description="Town house, Belgravia, London",
        details={"address": "7 Demo Square, London SW1X", "title_number": "NGL445566"},
        jurisdiction="GB",
        estimated_value_amount=Decimal("11000000.00"),
        estimated_value_currency="GBP",
    )
    _act(
        seized,
        by,
        A.FREEZE,
        order=_order("High Court of Justice", "GB", "PFO-2026-0031", ago(300), ago(120)),
    )
    _act(
        seized,
        by,
        A.SEIZE,
        order=_order("High Court of Justice", "GB", "SZ-2026-0007", ago(200)),
        amount=_money("11000000.00", "GBP"),
    )

    confiscated = _asset(
        case,
        by,
        kind="vessel",
        description="Motor yacht, 48 m, Valletta",
        details={"name": "SEA DEMO", "imo_number": "9074729", "flag_state": "MT"},
        jurisdiction="MT",
        estimated_value_amount=Decimal("24000000.00"),
        estimated_value_currency="EUR",
    )
    _act(
        confiscated,
        by,
        A.SEIZE,
        order=_order("Court of Magistrates (Malta)", "MT", "MT-SZ-118/2025", ago(400)),
    )
    _act(
        confiscated,
        by,
        A.CONFISCATE,
        order=_order("Criminal Court of Malta", "MT", "MT-NCB-22/2026", ago(40)),
        basis="non_conviction",
        final=True,
        amount=_money("21500000.00", "EUR"),
        note="Non-conviction-based: the official fled the jurisdiction.",
    )

    returned = _asset(
        case,
        by,
        kind="bank_account",
        description="Investment account, St Helier",
        details={"account_number": "40011223", "bank_name": "Demo Trust (Jersey) Ltd"},
        jurisdiction="JE",
        estimated_value_amount=Decimal("10000000.00"),
        estimated_value_currency="USD",
    )
    _act(
        returned,
        by,
        A.FREEZE,
        order=_order("Royal Court of Jersey", "JE", "JRC-SO-2024-019", ago(700), ago(340)),
        amount=_money("10000000.00", "USD"),
    )
    confiscation = _act(
        returned,
        by,
        A.CONFISCATE,
        order=_order("Royal Court of Jersey", "JE", "JRC-CO-2025-004", ago(360)),
        basis="conviction",
        final=True,
        amount=_money("10000000.00", "USD"),
    )
    _act(
        returned,
        by,
        A.CORRECT_RECORD,
        corrects=confiscation.pk,
        amount=_money("9985000.00", "USD"),
        note="The order confiscates USD 9,985,000; 10,000,000 was the balance frozen.",
    )
    _act(
        returned,
        by,
        A.REPATRIATE,
        order=_order("Attorney General for Jersey", "JE", "AG-RET-2026-01", ago(30)),
        amount=_money("4000000.00", "USD"),
        recipient=Recipient.REQUESTING_STATE,
        recipient_state=case.origin_state,
        deducted_expenses=_money("150000.00", "USD"),
        disposal_agreement="MoU on the return of confiscated assets, 2026-02",
        note="First tranche; the rest follows the disposal agreement's schedule.",
    )

    released = _asset(
        case,
        by,
        kind="company_shares",
        description="40% of a shipping company, Limassol",
        details={"company_name": "Demo Shipping Ltd", "company_number": "HE123456"},
        jurisdiction="CY",
        estimated_value_amount=Decimal("2000000.00"),
        estimated_value_currency="EUR",
    )
    _act(
        released,
        by,
        A.FREEZE,
        order=_order("District Court of Limassol", "CY", "LIM-FO-77/2025", ago(250), ago(60)),
    )
    _act(
        released,
        by,
        A.RELEASE,
        order=_order("Supreme Court of Cyprus", "CY", "SC-APP-12/2026", ago(90)),
        note="Freeze lifted on appeal: the shares were shown to be lawfully acquired.",
    )
    assets = [watched, frozen, seized, confiscated, returned, released]
    for asset in assets:
        asset.refresh_from_db()  # the service moved its own locked copy
    return assets


def seed_fx_rates() -> tuple[int, int]:
    """Load the sample ECB rates shipped with the demo (demo/fixtures), for the demo's
    reports. Idempotent: loading again changes no rate. Returns (created, updated)."""
    sample = Path(__file__).with_name("fixtures") / "eurofxref-sample.csv"
    return fx_rates_load(rates=parse_ecb_csv(sample.read_text(encoding="utf-8")))
