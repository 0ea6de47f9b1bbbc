"""Dated valuations of an asset (`cases.models.valuations`).

Rules:
- A valuation names the day the asset was worth the amount (not in the future where the asset
  sits), the amount in an ISO 4217 currency (its minor units, as every amount) and the method or
  source of the figure. It is recorded by the case's team, audited, and never rewritten: a wrong
  figure is put right by a new valuation.
- The asset's current estimated value is its latest valuation: the one valued on the latest day
  (of two on the same day, the one recorded last). An older valuation recorded late (a past
  report found in the file) goes into the history and leaves the current figure as it is. The
  asset's `estimated_value_*` fields are rewritten in the same transaction, so a report reading
  them reads the latest valuation.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from audit import trail
from cases.models import Asset, AssetValuation, User
from cases.services.case_file import check_case_takes_writes
from cases.services.versioning import lock_current, save_new_version
from cases.visibility import can_edit_case
from core.state_time import today_in

__all__ = ["asset_valuation_create", "check_records_valuations", "valuation_record"]


def _is_latest(asset: Asset, valued_on: date) -> bool:
    """Whether a valuation recorded now on `valued_on` is the asset's latest (see the rules)."""
    later = AssetValuation.objects.filter(asset=asset, valued_on__gt=valued_on)
    return not later.exists()


def valuation_record(
    *,
    asset: Asset,
    by: User,
    valued_on: date,
    amount: Decimal,
    currency: str,
    method: str,
    new_version: bool = True,
) -> AssetValuation:
    """Record a valuation of an asset the caller has locked and may change, and make it the
    asset's estimated value if it is the latest. For the services that value an asset as part of
    an act (a sale before judgment), which already gave the asset its new version in this
    transaction (`new_version=False`: one change, one ETag); `asset_valuation_create` is the
    door of the API."""
    if valued_on > today_in(asset.jurisdiction_id):
        raise ValidationError(
            {
                "valued_on": ValidationError(
                    "A valuation cannot be dated in the future.", "in_future"
                )
            }
        )
    if not method.strip():
        raise ValidationError(
            {
                "method": ValidationError(
                    "Say how the figure was reached, or its source.", "required"
                )
            }
        )
    latest = _is_latest(asset, valued_on)
    valuation = AssetValuation.objects.create(
        asset=asset,
        valued_on=valued_on,
        amount=amount,
        currency=currency,
        method=method,
        recorded_by=by,
    )
    before = _estimate(asset)
    if latest:
        asset.estimated_value_amount, asset.estimated_value_currency = amount, currency
        asset.not_yet_valued = False
        fields = ["estimated_value_amount", "estimated_value_currency", "not_yet_valued"]
        if new_version:
            save_new_version(asset, fields)
        else:
            asset.save(update_fields=[*fields, "updated_at"])
    trail.record_change_with(
        "asset.valued", asset, actor=by, before=before, after=_estimate(asset), valuation=valuation
    )
    return valuation


def check_records_valuations(user: User, asset: Asset) -> None:
    """Only the case's team values its assets (as it records their acts): PermissionDenied."""
    if not can_edit_case(user, asset.case):
        raise PermissionDenied(
            f"Only the team of case {asset.case.reference} records valuations of its assets."
        )


def _estimate(asset: Asset) -> dict[str, Any]:
    return {
        "estimated_value_amount": asset.estimated_value_amount,
        "estimated_value_currency": asset.estimated_value_currency,
        "not_yet_valued": asset.not_yet_valued,
        "version": asset.version,
    }


@transaction.atomic
def asset_valuation_create(
    *, asset: Asset, by: User, data: dict[str, Any], expected_version: int | str | None = None
) -> AssetValuation:
    """Record a valuation (`data`: `valued_on`, `amount` {amount, currency}, `method`) of an asset
    of a case whose team the caller is on (PermissionDenied otherwise); the asset is locked
    first, so two valuations of one asset are recorded one after the other."""
    locked = lock_current(Asset.objects.select_related("case"), asset.pk, expected_version)
    check_records_valuations(by, locked)
    check_case_takes_writes(locked.case)
    money = data["amount"]
    return valuation_record(
        asset=locked,
        by=by,
        valued_on=data["valued_on"],
        amount=money["amount"],
        currency=money["currency"],
        method=data["method"],
    )
