"""Value-based confiscation (UNCAC Art. 31(1)(a); CETS 198 Art. 3(1)): an order to pay an amount,
against a subject of the case or the case, and its satisfaction from the case's assets.

Rules:
- The order carries its legal order (authority, jurisdiction, reference, date), its amount in a
  currency, its basis and whether it is final. Only the case's team records and changes it.
- A **satisfaction** pays part of a *final* order from one asset of the same case, in the
  order's currency, and never more than the order's outstanding amount.
- It is taken only from an asset the rules table lets a confiscation rest on and that is
  restrained now: the `confiscate` row's stages, less a lapsed freeze (which restrains nothing;
  `workflows.asset_rules`): frozen in force, or seized.
- And only out of what is restrained on that asset in that currency (its frozen, or seized,
  figure, which earlier satisfactions already lowered), less what upheld third-party claims
  carve out (`workflows.claims_carve_out`): amounts are never converted.
- Each satisfaction is an act on the asset too (`apply_to_value_order`, `workflows.asset_rules`):
  the amount is realised, out of the restrained figure and into the confiscated one, in the same
  transaction; the asset stays restrained for the rest.
- The order's `amount` can be changed but never below what was already satisfied; an order with
  satisfactions stays final and keeps its currency.

Every write is versioned (If-Match on the order) and audited on the case's trail.
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
from cases.services.versioning import audited_update, save_new_version
from core.money import format_amount
from core.state_time import today_in
from workflows.asset_rules import LAPSED, rule_for, rules_stage
from workflows.claims_carve_out import available_after_claims
from workflows.models import AssetAction
from workflows.proceeds_models import ValueOrder, ValueOrderSatisfaction
from workflows.services.asset_transitions import asset_transition
from workflows.services.case_records import check_records_on, error, same_case

__all__ = [
    "RESTRAINED_STAGES",
    "outstanding_amount",
    "satisfied_amount",
    "value_order_create",
    "value_order_satisfy",
    "value_order_update",
]

# The stages a confiscation may rest on (the table's `confiscate` row), less a lapsed freeze.
RESTRAINED_STAGES = frozenset(rule_for(AssetAction.CONFISCATE).from_states) - {LAPSED}
# The figure that says how much of an asset in that stage is restrained.
RESTRAINED_FIGURE: dict[str, str] = {AssetStage.FROZEN: "frozen", AssetStage.SEIZED: "seized"}
assert set(RESTRAINED_FIGURE) == RESTRAINED_STAGES, "a figure for every restrained stage"

ORDER_FIELDS = {
    "authority": "order_authority",
    "jurisdiction": "order_jurisdiction",
    "reference": "order_reference",
    "issued_on": "order_issued_on",
}
EDITABLE = (
    *ORDER_FIELDS.values(),
    "subject",
    "amount",
    "basis",
    "final",
    "note",
    "restricted",
    "internal_notes",
)


def satisfied_amount(order: ValueOrder) -> Decimal:
    total = ValueOrderSatisfaction.objects.filter(value_order=order).aggregate(t=Sum("amount"))
    return total["t"] or Decimal(0)


def outstanding_amount(order: ValueOrder) -> Decimal:
    return order.amount - satisfied_amount(order)


def _fields(data: Mapping[str, Any]) -> dict[str, Any]:
    """The model fields an input names (the order's parts flattened, the money split)."""
    fields = {k: v for k, v in data.items() if k in EDITABLE and k != "amount"}
    for name, column in ORDER_FIELDS.items():
        if name in (data.get("order") or {}):
            fields[column] = data["order"][name]
    if data.get("amount"):
        fields["amount"] = data["amount"]["amount"]
        fields["currency"] = data["amount"]["currency"]
    return fields


def _check(order: ValueOrder) -> None:
    same_case("subject", order.subject, order.case)
    if order.order_issued_on > today_in(order.order_jurisdiction_id):
        raise error("order.issued_on", "An order cannot be issued in the future.", "in_future")
    if order.amount <= 0:
        raise error("amount.amount", "Must be more than zero.", "not_positive")


@transaction.atomic
def value_order_create(*, case: Case, by: User, data: Mapping[str, Any]) -> ValueOrder:
    check_records_on(by, case)
    order = ValueOrder(case=case, created_by=by, **_fields(data))
    _check(order)
    order.save(force_insert=True)
    trail.record_created("value_order.created", order, actor=by, after=trail.snapshot(order))
    return order


@transaction.atomic
def value_order_update(*, order: ValueOrder, by: User, changes: Mapping[str, Any]) -> ValueOrder:
    """Change an order the caller has locked (`lock_current`)."""
    check_records_on(by, order.case)
    fields = _fields(changes)
    satisfied = satisfied_amount(order)
    if satisfied:
        if fields.get("currency", order.currency) != order.currency:
            raise error(
                "amount.currency",
                "An order already satisfied in part keeps its currency.",
                "currency_fixed",
            )
        if fields.get("final") is False:
            raise error("final", "An order already enforced against assets is final.", "enforced")
    if fields.get("amount", order.amount) < max(satisfied, Decimal("0.0001")):
        raise error(
            "amount.amount",
            f"Already satisfied: {format_amount(satisfied, order.currency)} {order.currency}; "
            "the order cannot be for less.",
            "below_satisfied",
        )
    with audited_update(order, action="value_order.updated", by=by) as update:
        update.set(fields, [*EDITABLE, "currency"])
        _check(order)
    return order


def _restrained_in(asset: Asset, currency: str) -> Decimal:
    figure = RESTRAINED_FIGURE[asset.stage]
    row = AssetRecoveryTotal.objects.filter(asset=asset, currency=currency).first()
    return getattr(row, figure) if row is not None else Decimal(0)


@transaction.atomic
def value_order_satisfy(
    *, order: ValueOrder, by: User, asset: Asset, amount: Mapping[str, Any], note: str = ""
) -> ValueOrderSatisfaction:
    """Pay part of `order` (locked by the caller) from `asset` (locked here, so that two orders
    drawing on one asset are served one after the other)."""
    check_records_on(by, order.case, asset=asset)
    same_case("asset", asset, order.case)
    asset = Asset.objects.select_for_update(of=("self",)).select_related("case").get(pk=asset.pk)
    if not order.final:
        raise error(
            "non_field_errors",
            "Only a final order is enforced against assets; record it as final first.",
            "not_final",
        )
    currency, value = amount["currency"], amount["amount"]
    if currency != order.currency:
        raise error(
            "amount.currency",
            f"Give the amount in the order's currency ({order.currency}).",
            "currency_mismatch",
        )
    if value <= 0:
        raise error("amount.amount", "Must be more than zero.", "not_positive")
    stage = rules_stage(asset)
    if stage not in RESTRAINED_STAGES:
        raise error(
            "asset",
            f"The asset is {stage}: a value order is satisfied only from an asset frozen (in "
            "force) or seized, on which a confiscation may rest.",
            "not_restrained",
        )
    outstanding = outstanding_amount(order)
    if value > outstanding:
        raise error(
            "amount.amount",
            f"Only {format_amount(outstanding, currency)} {currency} of the order is outstanding.",
            "exceeds_outstanding",
        )
    restrained = _restrained_in(asset, currency)
    if restrained <= 0:
        raise error(
            "amount.currency",
            f"Nothing is recorded as {RESTRAINED_FIGURE[asset.stage]} on the asset in {currency} "
            "(amounts are never converted).",
            "not_restrained_in_currency",
        )
    # The restrained figure is already net of earlier satisfactions (each an act on the asset).
    left = available_after_claims(asset.pk, {currency: restrained})[currency]
    if value > left:
        raise error(
            "amount.amount",
            f"Only {format_amount(max(left, Decimal(0)), currency)} {currency} of the asset is "
            "left, after upheld third-party claims and earlier satisfactions.",
            "exceeds_asset",
        )
    satisfaction = ValueOrderSatisfaction.objects.create(
        value_order=order, asset=asset, amount=value, note=note, recorded_by=by
    )
    # The asset records the part realised (DOMAIN.md: a final decision takes title to it).
    asset_transition(
        asset=asset,
        by=by,
        action=AssetAction.APPLY_TO_VALUE_ORDER,
        data={
            "order": {
                "authority": order.order_authority,
                "jurisdiction": order.order_jurisdiction,
                "reference": order.order_reference,
                "issued_on": order.order_issued_on,
            },
            "amount": {"amount": value, "currency": currency},
            "value_order": order,
            "note": note,
        },
    )
    save_new_version(order, [])
    trail.record(
        "value_order.satisfied",
        obj=order,
        actor=by,
        restricted=order.restricted or asset.restricted,
        changes={
            "satisfaction": trail.snapshot(satisfaction),
            "outstanding": {
                "before": format_amount(outstanding, currency),
                "after": format_amount(outstanding - value, currency),
            },
        },
    )
    return satisfaction
