"""Recording legal acts on assets: the one way an asset changes stage.

`asset_transition` locks the asset, checks the caller and the If-Match version, finds the row of
`workflows.asset_rules.ASSET_RULES` (or raises `engine.TransitionNotAllowed`), checks what the row
requires, appends the transition, stores the asset's new position (stage, freeze expiry, figures
per currency) and records the audit event, all in one transaction: the act, its audit entry and
anything it schedules commit together or not at all.

Errors: `django.core.exceptions.ValidationError` for invalid input (400, attrs are input paths),
`PermissionDenied` (403), `TransitionNotAllowed` (409), `PreconditionFailed` (412).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from audit import trail
from cases.models import Asset, AssetStage, Case, State, User
from cases.models.assets import RECOVERY_FIGURES, AssetRecoveryTotal
from cases.models.cases import Art57Tier
from cases.services.case_file import case_takes_writes, check_case_takes_writes
from cases.services.valuations import valuation_record
from cases.services.versioning import lock_current, save_new_version
from cases.visibility import can_edit_case, editable_case_ids
from core import engine
from core.money import format_amount
from core.state_time import state_timezone, today_in
from deadlines.calendar import subdivisions_of
from deadlines.models import DeadlineKind
from deadlines.services import deadline_sync
from workflows import act_guards
from workflows.asset_position import (
    OrderKind,
    Position,
    RestraintOrder,
    Totals,
    effective_acts,
    fold,
    freeze_conflicts,
    restraint_orders,
)
from workflows.asset_rules import (
    ACTIONS_WITH_AMOUNT,
    ACTIONS_WITH_ORDER,
    ACTIONS_WITH_TERM,
    ASSET_RULES,
    CASE_TEAM,
    REQUIREMENTS,
    VALUE_ORDER,
    accepted_fields,
    rule_for,
    rules_stage,
    target_stage,
)
from workflows.claims_carve_out import returns_beyond_claims
from workflows.mla_models import MlaDirection, MlaKind, MlaRequest, MlaStatus
from workflows.models import AssetAction, AssetTransition, Recipient

__all__ = [
    "BULK_ACTIONS",
    "MAX_BULK_ASSETS",
    "BulkTransitionFailed",
    "asset_transition",
    "assets_transition_bulk",
    "check_records_acts",
]

# Who may act, per the table's `who` column.
ACTORS: dict[str, Callable[[User, Asset], bool]] = {
    CASE_TEAM: lambda user, asset: can_edit_case(user, asset.case),
    VALUE_ORDER: lambda user, asset: can_edit_case(user, asset.case),
}

# One court order freezing (renewing, seizing, releasing) many assets at once. Acts with amounts
# are recorded one asset at a time: one amount for many assets would mean nothing.
BULK_ACTIONS = (
    AssetAction.FREEZE,
    AssetAction.RENEW_FREEZE,
    AssetAction.SEIZE,
    AssetAction.RELEASE,
    AssetAction.DECIDE_NOT_TO_FREEZE,
)
MAX_BULK_ASSETS = 500

Errors = dict[str, ValidationError]


def _given(data: Mapping[str, Any], name: str) -> bool:
    value = data.get(name)
    return value is not None and value != ""


@dataclass
class _Act:
    """What a requirement check looks at."""

    asset: Asset
    action: str
    data: Mapping[str, Any]
    history: list[AssetTransition]
    today: date
    corrected: AssetTransition | None = None
    errors: Errors = field(default_factory=dict)

    def fail(self, attr: str, message: str, code: str) -> None:
        self.errors.setdefault(attr, ValidationError(message, code))

    @property
    def order(self) -> Mapping[str, Any] | None:
        order = self.data.get("order")
        return order if order else None

    @property
    def where(self) -> str:
        """The state where the asset sits: its law ends an expiry date."""
        return self.asset.jurisdiction_id

    @cached_property
    def orders(self) -> list[RestraintOrder]:
        return restraint_orders(self.history)

    def open_orders(self, kind: str | None = None) -> list[RestraintOrder]:
        """The orders no act has ended yet (lapsed or not)."""
        return [o for o in self.orders if o.ended_by is None and kind in (None, o.kind)]

    def named_order(self) -> RestraintOrder | None:
        """The order `restraint_order` names, or None (with an error) if none of the asset's."""
        order_id = self.data.get("restraint_order")
        named = next((o for o in self.orders if o.id == order_id), None)
        if named is None:
            self.fail("restraint_order", "No order of this asset has this id.", "does_not_exist")
        return named

    def order_lapses_at(self) -> datetime | None:
        """When the order of this act lapses (as a `RestraintOrder` would), or None."""
        if self.order is None:
            return None
        return _as_restraint_order(self.order).lapses_at(self.where)

    def order_issued(self) -> datetime | None:
        """The moment of issue of this act's order, when its time of issue is given."""
        order = self.order
        if order is None or order.get("issued_at") is None:
            return None
        zone = state_timezone(order["jurisdiction"].code)
        return datetime.combine(order["issued_on"], order["issued_at"], tzinfo=zone)


# --- Requirement checks, one per name in asset_rules.REQUIREMENTS ------------------------------


def _check_order(act: _Act) -> None:
    if act.order is None:
        act.fail("order", "This act needs its legal order.", "required")
        return
    if act.order["issued_on"] > act.today:
        act.fail("order.issued_on", "An order cannot be issued in the future.", "in_future")
    subdivision = (act.order.get("subdivision") or "").upper()
    known = subdivisions_of(act.order["jurisdiction"].code)
    if subdivision and subdivision not in known:
        act.fail(
            "order.subdivision",
            f"Not a subdivision of {act.order['jurisdiction'].code} with its own holidays "
            f"(known: {', '.join(known) or 'none'}).",
            "unknown_subdivision",
        )


def _as_restraint_order(order: Mapping[str, Any]) -> RestraintOrder:
    """An order of the input as the fold will read it (to compare its lapse with others')."""
    return RestraintOrder(
        id=None,
        kind=OrderKind.FREEZE,
        authority=order["authority"],
        jurisdiction=order["jurisdiction"].code,
        subdivision=order.get("subdivision") or "",
        reference=order["reference"],
        issued_on=order["issued_on"],
        issued_at=order.get("issued_at"),
        expires_on=order.get("expires_on"),
        term_hours=order.get("term_hours"),
    )


# The ways a freeze order's term is given: exactly one of them.
TERMS = ("expires_on", "term_hours", "without_term")


def _check_order_term(act: _Act) -> None:
    if act.order is None:
        return
    given = [name for name in TERMS if act.order.get(name) not in (None, False)]
    if not given:
        act.fail(
            "order.expires_on",
            "A freeze order needs its term: the date it lapses (`expires_on`), a number of "
            "hours (`term_hours`), or `without_term: true` for an order until discharged.",
            "required",
        )
    elif len(given) > 1:
        act.fail(f"order.{given[1]}", f"Give one term only (also: {given[0]}).", "two_terms")
    expires_on = act.order.get("expires_on")
    if expires_on is not None and expires_on <= act.order["issued_on"]:
        act.fail(
            "order.expires_on", "The expiry must be after the date of issue.", "not_after_issue"
        )
    if act.order.get("term_hours") is not None and act.order.get("issued_at") is None:
        act.fail(
            "order.issued_at",
            "A term in hours runs from the time of issue: give it (local time where issued).",
            "required",
        )


def _check_further_order(act: _Act) -> None:
    reference = act.order.get("reference") if act.order else None
    jurisdiction = act.order["jurisdiction"].code if act.order else None
    for order in act.open_orders():
        if (order.reference, order.jurisdiction) == (reference, jurisdiction):
            act.fail(
                "order.reference",
                f"Order {reference} of {jurisdiction} is already recorded on this asset "
                "(a renewal is `renew_freeze`).",
                "already_recorded",
            )


def _renewed_order(act: _Act) -> RestraintOrder | None:
    """The freeze order a renewal renews: the one named, or the asset's only one."""
    if act.data.get("restraint_order") is not None:
        return next((o for o in act.orders if o.id == act.data["restraint_order"]), None)
    freezes = act.open_orders(OrderKind.FREEZE)
    return freezes[0] if len(freezes) == 1 else None


def _check_renewed_order(act: _Act) -> None:
    if act.data.get("restraint_order") is None:
        if len(act.open_orders(OrderKind.FREEZE)) > 1:
            act.fail(
                "restraint_order",
                "The asset has several freeze orders: name the one this renews.",
                "required",
            )
        return
    renewed = act.named_order()
    if renewed is None:
        return
    if renewed.kind != OrderKind.FREEZE:
        act.fail("restraint_order", "Only a freeze order is renewed.", "not_a_freeze")
    elif renewed.ended_by is not None:
        act.fail(
            "restraint_order", f"That order was {renewed.ended_by}: it is not in force.", "ended"
        )
    elif renewed.lapses_at(act.where) is None:
        act.fail(
            "restraint_order",
            "That order has no term: it stays in force until released.",
            "without_term",
        )


def _check_later_expiry(act: _Act) -> None:
    renewed = _renewed_order(act)
    if act.order is None or renewed is None:
        return
    current, new = renewed.lapses_at(act.where), act.order_lapses_at()
    if current is not None and new is not None and new <= current:
        act.fail(
            "order.term_hours" if act.order.get("term_hours") else "order.expires_on",
            f"A renewal must lapse after the order it renews (which lapses at "
            f"{current.isoformat()}, on {renewed.last_day(act.where)} its last day).",
            "not_later",
        )
    issued_on = act.order["issued_on"]
    if renewed.issued_on is not None and issued_on < renewed.issued_on:
        act.fail(
            "order.issued_on",
            f"A renewal cannot be issued before the order it renews ({renewed.issued_on}).",
            "before_freeze",
        )


def _check_issued_while_in_force(act: _Act) -> None:
    issued_on = act.order.get("issued_on") if act.order else None
    if issued_on is None:
        return
    if act.action == AssetAction.RENEW_FREEZE:
        renewed = _renewed_order(act)
        last_day = renewed.last_day(act.where) if renewed is not None else None
        lapses_at = renewed.lapses_at(act.where) if renewed is not None else None
        issued = act.order_issued()
        if issued is not None and lapses_at is not None:
            late = issued >= lapses_at
        else:
            late = last_day is not None and issued_on > last_day
    else:
        last_day = act.asset.freeze_expires_on if act.asset.stage == AssetStage.FROZEN else None
        late = last_day is not None and issued_on > last_day
    if late:
        act.fail(
            "order.issued_on",
            f"The freeze lapsed after {last_day}: an order issued later cannot rest on it "
            "(a new freeze is a new order).",
            "after_lapse",
        )


def _check_released_order(act: _Act) -> None:
    released = act.named_order() if act.data.get("restraint_order") is not None else None
    if act.data.get("restraint_order") is None:
        act.fail("restraint_order", "Name the order this lifts.", "required")
    if released is None:
        return
    if released.ended_by is not None:
        act.fail("restraint_order", f"That order was {released.ended_by} already.", "ended")
    elif not [o for o in act.open_orders() if o.id != released.id]:
        act.fail(
            "restraint_order",
            "That is the asset's last order: lifting it releases the asset (`release`).",
            "last_order",
        )


def _required(name: str, message: str) -> Callable[[_Act], None]:
    """The check of a requirement that is just a field the act must give."""

    def check(act: _Act) -> None:
        if not _given(act.data, name):
            act.fail(name, message, "required")

    return check


def _check_final_order(act: _Act) -> None:
    final = act.data.get("final")
    if final is None:
        act.fail("final", "Say whether the order is final.", "required")
    elif final is not True:
        act.fail(
            "final",
            "Only a final order takes title; record the confiscation once the order is final.",
            "not_final",
        )


# The acts whose order confiscates: the state of their court returns the property.
CONFISCATING_ACTS = (
    AssetAction.CONFISCATE,
    AssetAction.CONFISCATE_UNDER_APPEAL,
    AssetAction.CONFIRM_CONFISCATION,
)

# The requests by which a state asks for a case's assets: confiscation or the enforcement of its
# own order (UNCAC 55(1)), or their return (57).
REQUESTS_FOR_THE_ASSETS = (MlaKind.CONFISCATION, MlaKind.ENFORCEMENT, MlaKind.RETURN)


def returning_states(asset: Asset, history: Sequence[AssetTransition]) -> set[str]:
    """The states that return the asset (the requested side of Art. 57(3)): where it sits, and
    whose court confiscated it."""
    confiscating = {
        act.order_jurisdiction_id
        for act in history
        if act.action in CONFISCATING_ACTS and act.order_jurisdiction_id
    }
    return {asset.jurisdiction_id, *confiscating}


def requesting_states(asset: Asset, history: Sequence[AssetTransition] = ()) -> set[str]:
    """The states that asked for the asset, to which Art. 57(3) returns it: the senders of a
    request for the case's assets (`REQUESTS_FOR_THE_ASSETS`) that names this asset or none in
    particular, sent (not a draft) and not withdrawn: a partner's request the owning state
    received, or the owning state's own request to the state where the asset sits. With no such
    request recorded, the victim state the funds came from (DOMAIN.md: "the victim or
    requesting state"). Never a state that returns it: nobody returns property to itself."""
    asked = (
        MlaRequest.objects.filter(case_id=asset.case_id, kind__in=REQUESTS_FOR_THE_ASSETS)
        .filter(
            Q(direction=MlaDirection.INCOMING)
            | Q(direction=MlaDirection.OUTGOING, requested_state_id=asset.jurisdiction_id)
        )
        .filter(Q(assets=asset) | Q(assets__isnull=True))
        .exclude(status__in=(MlaStatus.DRAFT, MlaStatus.WITHDRAWN))
    )
    senders = set(asked.values_list("requesting_state_id", flat=True)) or {
        asset.case.origin_state_id
    }
    return senders - returning_states(asset, history)


def _check_recipient(act: _Act) -> None:
    recipient, state = act.data.get("recipient"), act.data.get("recipient_state")
    if not recipient:
        act.fail("recipient", "Say who receives the returned assets.", "required")
    elif recipient != Recipient.REQUESTING_STATE:
        if state is not None:
            act.fail(
                "recipient_state",
                "Only a return to the requesting state names a state; victims and prior owners "
                "are named in the note or the disposal agreement.",
                "not_for_recipient",
            )
    elif state is None:
        act.fail("recipient_state", "Name the requesting state that receives them.", "required")
    elif state.code in returning_states(act.asset, act.history):
        act.fail(
            "recipient_state",
            f"{state.code} returns the asset (it sits or was confiscated there): the recipient "
            "is the state that asked for it.",
            "returning_state",
        )
    elif state.code not in (asking := requesting_states(act.asset, act.history)):
        asking_text = " or ".join(sorted(asking)) or "none recorded"
        act.fail(
            "recipient_state",
            f"{state.code} did not ask for the asset: the requesting state is {asking_text} (the "
            "sender of a request for its confiscation, enforcement or return; with none "
            "recorded, the state the funds came from).",
            "not_requesting_state",
        )


def _check_recipient_fits_tier(act: _Act) -> None:
    recipient = act.data.get("recipient")
    tier = act.asset.art57_tier
    if (
        recipient
        and recipient != Recipient.REQUESTING_STATE
        and tier in (Art57Tier.A, Art57Tier.B)
        and not _given(act.data, "disposal_agreement")
    ):
        act.fail(
            "recipient",
            f"Under UNCAC Art. 57(3)({tier}) the property is returned to the requesting state; "
            "another recipient needs a 57(5) disposal agreement.",
            "not_for_tier",
        )


def _under_disposal_agreement(act: _Act) -> bool:
    """A 57(5) agreement sets the terms of the return instead of 57(3)."""
    return _given(act.data, "disposal_agreement")


def _check_final_judgment_or_waiver(act: _Act) -> None:
    judgment, waived = _given(act.data, "final_judgment"), act.data.get("final_judgment_waived")
    if judgment and waived:
        act.fail(
            "final_judgment_waived",
            "Give the final judgment or its waiver, not both.",
            "judgment_and_waiver",
        )
        return
    tier = act.asset.art57_tier
    if tier in (Art57Tier.A, Art57Tier.B) and not (judgment or waived):
        if _under_disposal_agreement(act):
            return
        act.fail(
            "final_judgment",
            f"Under UNCAC Art. 57(3)({tier}) the return rests on a final judgment in the "
            "requesting state: give it, or record that the requested state waived it "
            "(final_judgment_waived).",
            "required",
        )


def _check_ownership_or_damage(act: _Act) -> None:
    if act.asset.art57_tier != Art57Tier.B or _under_disposal_agreement(act):
        return
    if not _given(act.data, "entitlement"):
        act.fail(
            "entitlement",
            "Under UNCAC Art. 57(3)(b) the property is returned when the requesting state "
            "reasonably establishes its prior ownership, or the requested state recognises damage "
            "to it: say which.",
            "required",
        )
    if not _given(act.data, "entitlement_evidence"):
        act.fail(
            "entitlement_evidence",
            "Say what establishes the prior ownership or the damage (Art. 57(3)(b)).",
            "required",
        )


def _check_expenses_currency(act: _Act) -> None:
    amount, expenses = act.data.get("amount"), act.data.get("deducted_expenses")
    if amount and expenses and expenses["currency"] != amount["currency"]:
        act.fail(
            "deducted_expenses.currency",
            "Expenses are deducted from the tranche (Art. 57(4)): give them in its currency.",
            "currency_mismatch",
        )


def _check_corrects(act: _Act) -> None:
    target_id = act.data.get("corrects")
    if target_id is None:
        act.fail("corrects", "Name the earlier act this corrects.", "required")
        return
    target = next((t for t in act.history if t.pk == target_id), None)
    if target is None:
        act.fail("corrects", "No earlier act of this asset has this id.", "does_not_exist")
    elif target.action == AssetAction.CORRECT_RECORD:
        act.fail("corrects", "Correct the original act, not a correction of it.", "is_correction")
    elif target.action == AssetAction.APPLY_TO_VALUE_ORDER:
        act.fail(
            "corrects",
            "That act is its value order's satisfaction: it stands or falls with it.",
            "not_correctable",
        )
    elif target.action not in ACTIONS_WITH_ORDER | ACTIONS_WITH_AMOUNT:
        act.fail("corrects", "That act has no order or amounts to correct.", "nothing_to_correct")
    else:
        act.corrected = target


# What a correction may restate (what the table's correction row accepts), and the checks of the
# corrected act's row that read each field (run again on the act as it would stand).
RESTATABLE = rule_for(AssetAction.CORRECT_RECORD).accepts
RECHECKED_WITH: dict[str, tuple[str, ...]] = {
    "order": ("order",),
    "order_term": ("order",),
    "final_order": ("final",),
    "recipient": ("recipient", "recipient_state"),
    "recipient_fits_tier": ("recipient", "disposal_agreement"),
    "final_judgment_or_waiver": ("final_judgment", "final_judgment_waived"),
    "ownership_or_damage": ("entitlement", "entitlement_evidence"),
    "expenses_in_tranche_currency": ("amount", "deducted_expenses"),
}


def _as_corrected(act: _Act, target: AssetTransition) -> dict[str, Any]:
    """The corrected act's input as it would stand: what it carries (earlier corrections
    applied) with what this correction restates."""
    standing = next(a for a in effective_acts(act.history) if a.id == target.pk)
    data = act.data
    amount = data.get("amount") or (
        {"amount": standing.amount, "currency": standing.amount_currency}
        if standing.amount is not None
        else None
    )
    expenses = data.get("deducted_expenses") or (
        {
            "amount": standing.deducted_expenses_amount,
            "currency": standing.deducted_expenses_currency,
        }
        if standing.deducted_expenses_amount is not None
        else None
    )
    if _given(data, "recipient"):  # a new recipient names its own state, or none
        recipient, state = data["recipient"], data.get("recipient_state")
    else:
        recipient = standing.recipient
        state = data.get("recipient_state") or (
            State(code=standing.recipient_state_id) if standing.recipient_state_id else None
        )
    # Art. 57(3): a judgment restated replaces a waiver and a waiver a judgment (as the fold
    # applies them, `asset_position._restate_art57`); given both, the check refuses them.
    judgment, waived = standing.final_judgment, standing.final_judgment_waived
    if _given(data, "final_judgment"):
        judgment, waived = data["final_judgment"], data.get("final_judgment_waived")
    elif data.get("final_judgment_waived") is not None:
        waived = data["final_judgment_waived"]
        judgment = "" if waived else judgment
    return {
        "order": data.get("order"),
        "amount": amount,
        "deducted_expenses": expenses,
        "basis": data.get("basis") or standing.basis,
        "final": data["final"] if _given(data, "final") else standing.final,
        "recipient": recipient,
        "recipient_state": state,
        "disposal_agreement": data.get("disposal_agreement") or standing.disposal_agreement,
        "final_judgment": judgment,
        "final_judgment_waived": waived,
        "entitlement": data.get("entitlement") or standing.entitlement,
        "entitlement_evidence": (data.get("entitlement_evidence") or standing.entitlement_evidence),
    }


def _check_restatement(act: _Act) -> None:
    target = act.corrected
    if target is None:
        return
    restated = [name for name in RESTATABLE if _given(act.data, name)]
    if not restated:
        act.fail(
            NON_FIELD_ERRORS,
            "Restate what was wrong in the corrected act: its order, amount, basis, finality, "
            "deducted expenses, recipient, recipient state, disposal agreement, final judgment "
            "or its waiver, entitlement or its evidence.",
            "nothing_restated",
        )
        return
    corrected_rule = rule_for(target.action)
    carried = accepted_fields(corrected_rule)
    for name in restated:
        if name not in carried:
            act.fail(name, f"A {target.action} act has no {name}.", "not_applicable")
    if any(name not in carried for name in restated):
        return
    # The corrected act's own rules, on the act as it would stand.
    standing = _Act(
        asset=act.asset,
        action=target.action,
        data=_as_corrected(act, target),
        history=act.history,
        today=act.today,
    )
    for name in corrected_rule.requires:
        if any(field in restated for field in RECHECKED_WITH.get(name, ())):
            CHECKS[name](standing)
    for attr, error in standing.errors.items():
        act.errors.setdefault(attr, error)


def _check_sale_date(act: _Act) -> None:
    sold_on = act.data.get("sold_on")
    if sold_on is None:
        act.fail("sold_on", "Give the day of the sale.", "required")
        return
    if act.order is not None and sold_on < act.order["issued_on"]:
        act.fail(
            "sold_on",
            f"The sale cannot precede its authorisation ({act.order['issued_on']}).",
            "before_authorisation",
        )
    if sold_on > today_in(act.where):
        act.fail("sold_on", "A sale cannot be dated in the future.", "in_future")


def _check_not_sold_yet(act: _Act) -> None:
    sold = next((a for a in act.history if a.action == AssetAction.SELL_BEFORE_JUDGMENT), None)
    if sold is not None:
        act.fail(
            NON_FIELD_ERRORS,
            f"The asset was sold before judgment on {sold.sold_on}: it is held as its proceeds.",
            "already_sold",
        )


def _check_satisfaction(act: _Act) -> None:
    if act.data.get("value_order") is None:
        act.fail(
            "action",
            "Recorded by satisfying a value order from the asset "
            "(POST /api/v1/value-orders/{id}/satisfactions/), never on its own.",
            "by_satisfaction_only",
        )


def _check_restraint_in_force(act: _Act) -> None:
    now = timezone.now()
    if not [o for o in act.open_orders() if o.in_force(act.where, now)]:
        hint = (
            "there is no restraint to keep (record `quash_confiscation`; a retrial's restraint "
            "is a fresh order)"
            if act.action == AssetAction.QUASH_KEEPING_RESTRAINT
            else "the asset is not restrained (a new freeze or seizure is a new order)"
        )
        act.fail(
            NON_FIELD_ERRORS,
            f"No restraint order of the asset is in force any more: {hint}.",
            "no_restraint_in_force",
        )


def _check_within_confiscated(act: _Act) -> None:
    """Checked on the position the act leads to (see `_check_position`)."""


def _check_within_restrained(act: _Act) -> None:
    """Checked on the position the act leads to (see `_check_position`)."""


CHECKS: dict[str, Callable[[_Act], None]] = {
    "order": _check_order,
    "order_term": _check_order_term,
    "further_order": _check_further_order,
    "renewed_order": _check_renewed_order,
    "later_expiry": _check_later_expiry,
    "issued_while_in_force": _check_issued_while_in_force,
    "released_order": _check_released_order,
    "amount": _required("amount", "This act needs its amount."),
    "basis": _required("basis", "Say whether the confiscation is conviction-based or not."),
    "final_order": _check_final_order,
    "recipient": _check_recipient,
    "recipient_fits_tier": _check_recipient_fits_tier,
    "final_judgment_or_waiver": _check_final_judgment_or_waiver,
    "ownership_or_damage": _check_ownership_or_damage,
    "expenses_in_tranche_currency": _check_expenses_currency,
    "within_confiscated": _check_within_confiscated,
    "within_restrained": _check_within_restrained,
    "release_reason": _required("release_reason", "Say why part of the value is released."),
    "note": _required("note", "Give the reasons in the note."),
    "corrects": _check_corrects,
    "restatement": _check_restatement,
    "sale_date": _check_sale_date,
    "not_sold_yet": _check_not_sold_yet,
    "restraint_in_force": _check_restraint_in_force,
    "satisfaction": _check_satisfaction,
}
assert set(CHECKS) == set(REQUIREMENTS), "every requirement of the table has a check"


def _check_fields(act: _Act, rule: engine.Rule) -> None:
    """Refuse what the act does not carry, rather than store it silently or drop it."""
    accepted = accepted_fields(rule)
    for name in sorted(act.data):
        if name not in accepted and _given(act.data, name):
            act.fail(name, f"Does not apply to {act.action}.", "not_applicable")
    # Only freeze orders lapse; a correction restates the order of the act it corrects.
    ordered = act.action
    if act.action == AssetAction.CORRECT_RECORD and act.corrected is not None:
        ordered = act.corrected.action
    for term in TERMS:
        if act.order is None or act.order.get(term) in (None, False):
            continue
        if ordered != AssetAction.CORRECT_RECORD and ordered not in ACTIONS_WITH_TERM:
            act.fail(f"order.{term}", f"An order to {ordered} has no term.", "not_applicable")
    amount = act.data.get("amount")
    if amount and amount["amount"] <= 0:
        act.fail("amount.amount", "Must be more than zero.", "not_positive")


def _check_freezes(act: _Act, history: Sequence[AssetTransition]) -> None:
    """A corrected order still fits the freezes: a renewal expires after, and is not issued
    before, the order it renews, and rests on it while it was in force (as a confiscation of
    the frozen asset does), whichever of the two orders the correction restates."""
    target = act.corrected
    if target is None or act.order is None:
        return
    for conflict in freeze_conflicts(effective_acts(history)):
        renewed, resting = conflict.renewed, conflict.resting
        if target.pk not in (renewed.id, resting.id):
            continue
        corrects_renewed = target.pk == renewed.id
        what = "renewal" if resting.action == AssetAction.RENEW_FREEZE else "confiscation"
        if conflict.problem == "not_later":
            message = (
                f"The renewal recorded after this freeze expires on {resting.order_expires_on}: "
                "the order it renews cannot expire on or after that day."
                if corrects_renewed
                else "A renewal must expire after the order it renews (which lapses on "
                f"{renewed.order_expires_on})."
            )
            act.fail("order.expires_on", message, "not_later")
        elif conflict.problem == "before_freeze":
            message = (
                f"The renewal recorded after this freeze was issued on {resting.order_issued_on}: "
                "the order it renews cannot be issued later."
                if corrects_renewed
                else "A renewal cannot be issued before the order it renews "
                f"({renewed.order_issued_on})."
            )
            act.fail("order.issued_on", message, "before_freeze")
        elif corrects_renewed:
            act.fail(
                "order.expires_on",
                f"The {what} recorded after this freeze was issued on {resting.order_issued_on}, "
                "while it was in force: it cannot have lapsed before that day.",
                "after_lapse",
            )
        else:
            act.fail(
                "order.issued_on",
                f"The freeze lapsed after {renewed.order_expires_on}: a {what} issued later "
                "cannot rest on it (a new freeze is a new order).",
                "after_lapse",
            )


def _check_position(act: _Act, position: Position) -> None:
    """Nothing is returned, or kept for expenses, that was not confiscated in that currency; nothing
    released in part that was not frozen or seized in that currency."""
    for currency, figure in position.restrained_below_zero():
        act.fail(
            "amount",
            f"More than is {figure} in {currency} would be released (amounts are never converted).",
            "exceeds_restrained",
        )
    for currency in position.exceeding_currencies():
        figures = position.totals[currency]
        confiscated = figures["confiscated"]
        # Name the input that tips it over: the amount, unless it fits and expenses were given.
        fits = figures["returned"] <= confiscated
        attr = "deducted_expenses" if fits and act.data.get("deducted_expenses") else "amount"
        returned, expenses, ceiling = (
            format_amount(figures[name], currency)
            for name in ("returned", "deducted_expenses", "confiscated")
        )
        act.fail(
            attr,
            f"Returned {returned} {currency} plus deducted expenses {expenses} {currency} would "
            f"exceed the {ceiling} {currency} confiscated in {currency} (amounts are never "
            "converted).",
            "exceeds_confiscated",
        )
    # UNCAC Art. 31(9), 55(9): what upheld third-party claims carve out is not the state's.
    if AssetAction.REPATRIATE in (act.action, getattr(act.corrected, "action", None)):
        for message in returns_beyond_claims(act.asset.pk, position.totals):
            act.fail("amount", message, "exceeds_after_claims")


# --- The service ----------------------------------------------------------------------------------


def _new_transition(act: _Act, rule: engine.Rule, *, by: User, batch_id: Any) -> AssetTransition:
    data, asset = act.data, act.asset
    order = act.order or {}
    amount = data.get("amount") or {}
    expenses = data.get("deducted_expenses") or {}
    previous = act.history[-1].sequence if act.history else 0
    is_repatriation = act.action == AssetAction.REPATRIATE
    return AssetTransition(
        id=uuid.uuid4(),
        asset=asset,
        sequence=previous + 1,
        action=act.action,
        from_stage=asset.stage,
        to_stage=target_stage(
            rule,
            asset.stage,
            seizure_in_force=bool(act.open_orders(OrderKind.SEIZURE)),
        ),
        order_authority=order.get("authority", ""),
        order_jurisdiction=order.get("jurisdiction"),
        order_subdivision=(order.get("subdivision") or "").upper(),
        order_reference=order.get("reference", ""),
        order_issued_on=order.get("issued_on"),
        order_issued_at=order.get("issued_at"),
        order_expires_on=order.get("expires_on"),
        order_term_hours=order.get("term_hours"),
        # A renewal keeps the order it renews even when the asset had only one to name.
        restraint_order_id=(
            renewed.id
            if act.action == AssetAction.RENEW_FREEZE and (renewed := _renewed_order(act))
            else data.get("restraint_order")
        ),
        amount=amount.get("amount"),
        amount_currency=amount.get("currency", ""),
        basis=data.get("basis") or "",
        final=data.get("final"),
        # UNCAC Art. 57(3): the tier follows from the asset's offence, recorded as it was applied.
        art57_tier=asset.art57_tier if is_repatriation else "",
        recipient=data.get("recipient") or "",
        recipient_state=data.get("recipient_state"),
        final_judgment=data.get("final_judgment") or "",
        final_judgment_waived=data.get("final_judgment_waived"),
        entitlement=data.get("entitlement") or "",
        entitlement_evidence=data.get("entitlement_evidence") or "",
        deducted_expenses_amount=expenses.get("amount"),
        deducted_expenses_currency=expenses.get("currency", ""),
        disposal_agreement=data.get("disposal_agreement") or "",
        release_reason=data.get("release_reason") or "",
        sold_on=data.get("sold_on"),
        corrects=act.corrected,
        batch_id=batch_id,
        note=data.get("note") or "",
        performed_by=by,
        performed_at=timezone.now(),
    )


def _position_record(asset: Asset, totals: Totals) -> dict[str, Any]:
    return {
        "stage": asset.stage,
        "freeze_expires_on": asset.freeze_expires_on,
        "version": asset.version,
        # In each currency's own places, as the API writes them (the columns keep 4).
        "recovery_totals": {
            currency: {name: format_amount(amount, currency) for name, amount in figures.items()}
            for currency, figures in totals.items()
        },
    }


def _stored_totals(asset: Asset) -> tuple[Totals, dict[str, AssetRecoveryTotal]]:
    rows = {row.currency: row for row in AssetRecoveryTotal.objects.filter(asset=asset)}
    totals = {
        currency: {name: getattr(row, name) for name in RECOVERY_FIGURES}
        for currency, row in rows.items()
    }
    return totals, rows


def _store_totals(asset: Asset, totals: Totals, rows: dict[str, AssetRecoveryTotal]) -> None:
    for currency, row in rows.items():
        if currency not in totals:
            row.delete()
    for currency, figures in totals.items():
        row = rows.get(currency) or AssetRecoveryTotal(asset=asset, currency=currency)
        if row.pk is not None and all(getattr(row, k) == v for k, v in figures.items()):
            continue
        for name, value in figures.items():
            setattr(row, name, value)
        row.save()


def check_records_acts(user: User, asset: Asset) -> None:
    """Only the case's team records acts on its assets (the table's actors): PermissionDenied
    otherwise. The one check, made by the service and asked first by the API's doors."""
    if not any(may(user, asset) for may in ACTORS.values()):
        raise PermissionDenied(
            f"Only the team of case {asset.case.reference} records acts on its assets."
        )


def acts_open_to(user: User, assets: Sequence[Asset]) -> dict[Any, list[engine.Rule]]:
    """The acts `user` may record now on each asset (by id), in table order: the table's acts
    from the asset's stage whose actor the user is (the case's team), none on an archived case
    (`_record` checks the same). One query whatever the number of assets (their cases loaded)."""
    team = editable_case_ids(user, {asset.case_id for asset in assets})
    offered = {
        asset.pk: [
            rule
            for rule in ASSET_RULES
            if rules_stage(asset) in rule.from_states and rule.who == CASE_TEAM
        ]
        if asset.case_id in team and case_takes_writes(asset.case)
        else []
        for asset in assets
    }
    # What the asset's past alone refuses (sold already, no restraint left) is not offered: one
    # more query, for the assets that have such an act to offer.
    pending = {pk for pk, rules in offered.items() if any(_preconditions(r) for r in rules)}
    if not pending:
        return offered
    histories: dict[Any, list[AssetTransition]] = {pk: [] for pk in pending}
    for transition in AssetTransition.objects.filter(asset_id__in=pending).order_by("sequence"):
        histories[transition.asset_id].append(transition)
    for asset in assets:
        if asset.pk in pending:
            offered[asset.pk] = [
                rule
                for rule in offered[asset.pk]
                if _meets_preconditions(asset, rule, histories[asset.pk])
            ]
    return offered


#: The requirements the asset's past alone decides, whatever the act's body says.
PRECONDITIONS = frozenset({"not_sold_yet", "restraint_in_force"})


def _preconditions(rule: engine.Rule) -> list[str]:
    return [name for name in rule.requires if name in PRECONDITIONS]


def _meets_preconditions(asset: Asset, rule: engine.Rule, history: list[AssetTransition]) -> bool:
    act = _Act(
        asset=asset, action=rule.action, data={}, history=history, today=_order_today(asset, {})
    )
    for name in _preconditions(rule):
        CHECKS[name](act)
    return not act.errors


def _record(
    *, asset: Asset, by: User, action: str, data: Mapping[str, Any], batch_id: Any = None
) -> AssetTransition:
    """Record one act on an asset the caller has locked."""
    check_records_acts(by, asset)
    check_case_takes_writes(asset.case)
    rule = engine.find_rule(ASSET_RULES, rules_stage(asset), action)
    if not ACTORS[rule.who](by, asset):
        raise PermissionDenied(f"Only {rule.who} may {action}.")

    history = list(AssetTransition.objects.filter(asset=asset).order_by("sequence"))
    act = _Act(
        asset=asset, action=action, data=data, history=history, today=_order_today(asset, data)
    )
    for name in rule.requires:
        CHECKS[name](act)
    _check_fields(act, rule)
    if act.errors:
        raise ValidationError(act.errors)
    act_guards.check(asset=asset, action=action, by=by)  # what must be done first (409)

    transition = _new_transition(act, rule, by=by, batch_id=batch_id)
    position = fold([*history, transition], asset.jurisdiction_id)
    _check_position(act, position)
    _check_freezes(act, [*history, transition])
    if act.errors:
        raise ValidationError(act.errors)

    before_totals, rows = _stored_totals(asset)
    before = _position_record(asset, before_totals)
    transition.save(force_insert=True)
    asset.stage = transition.to_stage
    asset.freeze_expires_on = position.freeze_expires_on
    assert position.stage == asset.stage, "the history and the table agree on the stage"
    save_new_version(asset, ["stage", "freeze_expires_on"])
    _store_totals(asset, position.totals, rows)
    # Each freeze order's lapse is a deadline, scheduled (or closed) in this transaction, so
    # that its reminders exist exactly when the act that set or ended it was committed.
    sync_freeze_deadlines(asset, position.orders, by=by)
    _value_the_proceeds(asset, transition, act, by=by)
    trail.record_change_with(
        "asset.transition",
        asset,
        actor=by,
        before=before,
        after=_position_record(asset, position.totals),
        transition=transition,
    )
    return transition


def _value_the_proceeds(asset: Asset, transition: AssetTransition, act: _Act, *, by: User) -> None:
    """A sale before judgment values the asset at its price, on the day of the sale (a dated
    valuation, `cases.services.valuations`); a correction of its price values it again."""
    sale = act.corrected if act.action == AssetAction.CORRECT_RECORD else transition
    if sale is None or sale.action != AssetAction.SELL_BEFORE_JUDGMENT:
        return
    if act.action == AssetAction.CORRECT_RECORD and transition.amount is None:
        return  # the price stands
    assert transition.amount is not None
    assert sale.sold_on is not None
    authorised = act.order or {
        "authority": sale.order_authority,
        "reference": sale.order_reference,
        "issued_on": sale.order_issued_on,
    }
    method = (
        f"Sale before judgment authorised by {authorised['authority']} "
        f"({authorised['reference']}, {authorised['issued_on']})"
    )
    if act.action == AssetAction.CORRECT_RECORD:
        method += ": price as corrected"
    valuation_record(
        asset=asset,
        by=by,
        valued_on=sale.sold_on,
        amount=transition.amount,
        currency=transition.amount_currency,
        method=method,
        new_version=False,  # the act gave the asset its new version
    )


@transaction.atomic
def asset_transition(
    *,
    asset: Asset,
    by: User,
    action: str,
    data: Mapping[str, Any],
    expected_version: int | str | None = None,
) -> AssetTransition:
    """Record one legal act on `asset` (see the module docstring).

    The asset is locked (`SELECT ... FOR UPDATE`) before anything is read, so two people acting
    on it at once are served one after the other: the second finds the new stage and version and
    gets 412 (stale If-Match) or 409 (no longer allowed), never a second act from the same stage.
    """
    locked = lock_current(Asset.objects.select_related("case"), asset.pk, expected_version)
    return _record(asset=locked, by=by, action=action, data=data)


class BulkTransitionFailed(Exception):
    """One asset of a bulk act failed; nothing of the bulk act was recorded."""

    def __init__(self, *, asset: Asset, error: Exception) -> None:
        super().__init__(f"asset {asset.pk}: {error}")
        self.asset = asset
        self.error = error


@transaction.atomic
def assets_transition_bulk(
    *, assets: Sequence[Asset], by: User, action: str, data: Mapping[str, Any]
) -> list[AssetTransition]:
    """One order, many assets: all recorded or none (one batch id).

    The cases, then the assets, are locked in id order, so two bulk acts over overlapping assets
    or cases queue instead of deadlocking.
    """
    if action not in BULK_ACTIONS:
        raise ValidationError(
            {"action": ValidationError(f"{action} is recorded one asset at a time.", "not_bulk")}
        )
    ids = sorted({asset.pk for asset in assets})
    # The report totals' triggers lock the case of each asset written (reports/0002): lock the
    # cases first, in id order, or two bulk acts over assets of the same two cases could take
    # them in opposite orders and deadlock.
    cases = Case.objects.filter(pk__in=Asset.objects.filter(pk__in=ids).values("case_id"))
    list(cases.select_for_update(no_key=True).order_by("pk").values_list("pk", flat=True))
    locked = list(
        Asset.objects.select_related("case")
        .select_for_update(of=("self",))
        .filter(pk__in=ids)
        .order_by("pk")
    )
    if len(locked) != len(ids):
        raise ValidationError(
            {"assets": ValidationError("No asset with this id.", "does_not_exist")}
        )
    batch_id = uuid.uuid4()
    recorded = []
    for asset in locked:
        try:
            recorded.append(
                _record(asset=asset, by=by, action=action, data=data, batch_id=batch_id)
            )
        except (ValidationError, PermissionDenied, engine.TransitionNotAllowed) as exc:
            raise BulkTransitionFailed(asset=asset, error=exc) from exc
    return recorded


def sync_freeze_deadlines(asset: Asset, orders: Sequence[RestraintOrder], *, by: User) -> None:
    """Each freeze order's lapse as a deadline of its own (keyed by the order), following the
    asset: its last day, the asset's restriction and the state where it sits, whose law decides
    when the freeze lapses and whose working days count (in the order's subdivision, when it
    named one). Closed when an act ends the order; an order without a term has none."""
    where = asset.jurisdiction_id
    for order in orders:
        if order.kind != OrderKind.FREEZE:
            continue
        # Under appeal the freezes still hold the asset until the confiscation is final.
        in_record = order.ended_by is None and asset.stage in (
            AssetStage.FROZEN,
            AssetStage.UNDER_APPEAL,
        )
        deadline_sync(
            kind=DeadlineKind.FREEZE_EXPIRY,
            source_id=order.id,
            case=asset.case,
            due_on=order.last_day(where) if in_record else None,
            acting_state=where,
            acting_subdivision=order.subdivision,
            title=(
                f"Freeze order {order.reference} ({order.jurisdiction}) on "
                f"{asset.get_kind_display().lower()} '{asset.description[:80]}' lapses"
            ),
            restricted=asset.restricted,
            by=by,
        )


def follow_the_asset(sender: Any, *, asset: Asset, by: User, **kwargs: Any) -> None:
    """`cases.signals.asset_changed`: the freeze orders' deadlines follow the edited asset."""
    history = AssetTransition.objects.filter(asset=asset).order_by("sequence")
    sync_freeze_deadlines(asset, restraint_orders(history), by=by)


def _order_today(asset: Asset, data: Mapping[str, Any]) -> date:
    """Today where the order was issued (its jurisdiction, else the asset's): an order made this
    morning in Auckland is not in the future while it is still yesterday in London."""
    jurisdiction = (data.get("order") or {}).get("jurisdiction")
    return today_in(jurisdiction.code if jurisdiction is not None else asset.jurisdiction_id)
