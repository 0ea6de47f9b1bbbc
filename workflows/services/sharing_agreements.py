"""Asset-sharing agreements: how what a confiscation obtained is split between two states.

Rules:
- An agreement is on one confiscated asset (stage `confiscated` or `repatriated`) or on one
  final value order, of the case; it names the executing state (which executed the
  confiscation and holds the money) and the issuing state (which asked for it): two states.
- Its amount is in the currency of what was obtained, and never more, with the other agreements
  on the same asset or order, than that: for an asset, its confiscated figure in the currency
  less what upheld third-party claims carve out (UNCAC 31(9)); for a value order, what was
  satisfied of it.
- The rule applied: the EU 2018/1805 Art. 30(7) default (only between member states bound by
  the regulation; an amount not in euro needs its euro value for the EUR 10 000 threshold), or
  an agreed share (CETS 198 Art. 25(3)) with the issuing state's percentage and the agreement's
  reference. The split is computed (`workflows.proceeds_split`), never given.
Only the case's team records them; every write is versioned and audited.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Sum

from audit import trail
from cases.models import Asset, AssetStage, Case, User
from cases.models.assets import AssetRecoveryTotal
from cases.services.versioning import audited_update
from core.money import format_amount
from workflows.claims_carve_out import available_after_claims
from workflows.proceeds_models import SharingAgreement, SharingRule, ValueOrder
from workflows.proceeds_split import EU_2018_1805_STATES, agreed_split, eu_2018_1805_split
from workflows.services.case_records import check_records_on, error, same_case
from workflows.services.value_orders import satisfied_amount

__all__ = ["sharing_agreement_create", "sharing_agreement_update"]

CONFISCATED_STAGES = (AssetStage.CONFISCATED, AssetStage.REPATRIATED)
# What a PATCH may change; the split is recomputed from them.
EDITABLE = (
    "rule",
    "issuing_share_percent",
    "agreement_reference",
    "concluded_on",
    "amount",
    "currency",
    "eur_value",
    "note",
    "restricted",
    "internal_notes",
)

# What the split is computed from: changing any of them checks and computes it again.
SPLIT_FIELDS = {"rule", "issuing_share_percent", "amount", "eur_value"}


def _fields(data: Mapping[str, Any]) -> dict[str, Any]:
    fields = {k: v for k, v in data.items() if k in EDITABLE and k not in ("amount", "eur_value")}
    if data.get("amount"):
        fields["amount"] = data["amount"]["amount"]
        fields["currency"] = data["amount"]["currency"]
    if "eur_value" in data:
        eur = data["eur_value"]
        if eur is not None and eur["currency"] != "EUR":
            raise error("eur_value.currency", "The euro value is in EUR.", "not_eur")
        fields["eur_value"] = eur["amount"] if eur else None
    return fields


def _ceiling(agreement: SharingAgreement) -> tuple[Decimal, str]:
    """What may be shared on the agreement's asset or order in its currency, and what it is."""
    currency = agreement.currency
    if agreement.asset is not None:
        asset = agreement.asset
        if asset.stage not in CONFISCATED_STAGES:
            raise error(
                "asset",
                f"The asset is {asset.stage}: only confiscated proceeds are shared.",
                "not_confiscated",
            )
        row = AssetRecoveryTotal.objects.filter(asset=asset, currency=currency).first()
        confiscated = row.confiscated if row is not None else Decimal(0)
        left = available_after_claims(asset.pk, {currency: confiscated})[currency]
        return left, "confiscated on the asset, less upheld third-party claims"
    order = agreement.value_order
    assert order is not None
    if not order.final:
        raise error("value_order", "Only a final order's proceeds are shared.", "not_final")
    if currency != order.currency:
        raise error(
            "amount.currency", f"In the order's currency ({order.currency}).", "currency_mismatch"
        )
    return satisfied_amount(order), "satisfied of the value order"


def _check_and_split(agreement: SharingAgreement) -> None:
    """Check the agreement as it would be stored and compute its split."""
    if agreement.executing_state_id == agreement.issuing_state_id:
        raise error("issuing_state", "The executing and issuing states differ.", "same_state")
    if agreement.amount <= 0:
        raise error("amount.amount", "Must be more than zero.", "not_positive")
    ceiling, of_what = _ceiling(agreement)
    others = SharingAgreement.objects.filter(currency=agreement.currency).exclude(pk=agreement.pk)
    if agreement.asset is not None:
        others = others.filter(asset=agreement.asset)
    else:
        others = others.filter(value_order=agreement.value_order)
    shared = others.aggregate(t=Sum("amount"))["t"] or Decimal(0)
    if shared + agreement.amount > ceiling:
        currency = agreement.currency
        raise error(
            "amount.amount",
            f"Only {format_amount(ceiling, currency)} {currency} was {of_what}; "
            f"{format_amount(shared, currency)} {currency} is shared by other agreements.",
            "exceeds_obtained",
        )
    if agreement.rule == SharingRule.EU_2018_1805_DEFAULT:
        _check_eu_default(agreement)
        split = eu_2018_1805_split(
            agreement.amount, agreement.currency, eur_value=agreement.eur_value
        )
    else:
        share = agreement.issuing_share_percent
        if share is None:
            raise error("issuing_share_percent", "Give the issuing state's share.", "required")
        if not Decimal(0) <= share <= Decimal(100):
            raise error("issuing_share_percent", "A percentage from 0 to 100.", "range")
        if not agreement.agreement_reference:
            raise error("agreement_reference", "Name the agreement.", "required")
        split = agreed_split(agreement.amount, agreement.currency, issuing_share_percent=share)
    agreement.executing_state_amount = split.executing_state
    agreement.issuing_state_amount = split.issuing_state


def _check_eu_default(agreement: SharingAgreement) -> None:
    outside = sorted(
        {agreement.executing_state_id, agreement.issuing_state_id} - EU_2018_1805_STATES
    )
    if outside:
        raise error(
            "rule",
            f"Regulation 2018/1805 binds neither {' nor '.join(outside)}: record an agreed share.",
            "not_bound_by_regulation",
        )
    if agreement.issuing_share_percent is not None:
        raise error(
            "issuing_share_percent", "The default rule sets the share itself.", "not_applicable"
        )
    if agreement.currency != "EUR" and agreement.eur_value is None:
        raise error(
            "eur_value",
            "The EUR 10 000 threshold is in euro: give the amount's value in EUR.",
            "required",
        )


@transaction.atomic
def sharing_agreement_create(*, case: Case, by: User, data: Mapping[str, Any]) -> SharingAgreement:
    asset: Asset | None = data.get("asset")
    order: ValueOrder | None = data.get("value_order")
    if (asset is None) == (order is None):
        raise error("asset", "Name the confiscated asset or the value order.", "asset_or_order")
    same_case("asset", asset, case)
    same_case("value_order", order, case)
    check_records_on(by, case, asset=asset)
    if asset is not None:  # its stage and figures read under its lock
        asset = Asset.objects.select_for_update(of=("self",)).get(pk=asset.pk)
    if order is not None:
        order = ValueOrder.objects.select_for_update(of=("self",)).get(pk=order.pk)
    agreement = SharingAgreement(
        case=case,
        asset=asset,
        value_order=order,
        executing_state=data["executing_state"],
        issuing_state=data["issuing_state"],
        created_by=by,
        **_fields(data),
    )
    _check_and_split(agreement)
    agreement.save(force_insert=True)
    trail.record_created(
        "sharing_agreement.created", agreement, actor=by, after=trail.snapshot(agreement)
    )
    return agreement


@transaction.atomic
def sharing_agreement_update(
    *, agreement: SharingAgreement, by: User, changes: Mapping[str, Any]
) -> SharingAgreement:
    """Change an agreement the caller has locked; the split is computed again."""
    check_records_on(by, agreement.case, asset=agreement.asset)
    with audited_update(agreement, action="sharing_agreement.updated", by=by) as update:
        update.set(_fields(changes), EDITABLE)
        if agreement.rule == SharingRule.EU_2018_1805_DEFAULT and "rule" in changes:
            agreement.issuing_share_percent = changes.get("issuing_share_percent")
            update.touch("issuing_share_percent")
        if SPLIT_FIELDS & set(changes):
            _check_and_split(agreement)
            update.touch("executing_state_amount", "issuing_state_amount")
    return agreement
