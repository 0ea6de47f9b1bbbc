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
from datetime import date
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from audit import trail
from cases.models import Asset, AssetStage, User
from cases.models.assets import RECOVERY_FIGURES, AssetRecoveryTotal
from cases.models.cases import Art57Tier
from cases.services.case_file import case_takes_writes, check_case_takes_writes
from cases.services.versioning import lock_current, save_new_version
from cases.visibility import can_edit_case, editable_case_ids
from core import engine
from core.money import format_amount
from core.state_time import today_in
from deadlines.calendar import subdivisions_of
from deadlines.models import DeadlineKind
from deadlines.services import deadline_sync
from workflows import act_guards
from workflows.asset_position import Position, Totals, effective_acts, fold
from workflows.asset_rules import (
    ACTIONS_WITH_AMOUNT,
    ACTIONS_WITH_EXPIRY,
    ACTIONS_WITH_ORDER,
    ASSET_RULES,
    CASE_TEAM,
    REQUIREMENTS,
    accepted_fields,
    art57_tier_for,
    rules_stage,
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


def _check_order_expiry(act: _Act) -> None:
    if act.order is None:
        return
    expires_on = act.order.get("expires_on")
    if expires_on is None:
        act.fail("order.expires_on", "A freeze order needs the date it lapses.", "required")
    elif expires_on <= act.order["issued_on"]:
        act.fail(
            "order.expires_on", "The expiry must be after the date of issue.", "not_after_issue"
        )


def _check_later_expiry(act: _Act) -> None:
    expires_on = act.order.get("expires_on") if act.order else None
    current = act.asset.freeze_expires_on
    if expires_on is not None and current is not None and expires_on <= current:
        act.fail(
            "order.expires_on",
            f"A renewal must expire after the freeze in force (which lapses on {current}).",
            "not_later",
        )
    issued_on = act.order.get("issued_on") if act.order else None
    in_force_since = _freeze_in_force_issued_on(act.history)
    if issued_on is not None and in_force_since is not None and issued_on < in_force_since:
        act.fail(
            "order.issued_on",
            f"A renewal cannot be issued before the order it renews ({in_force_since}).",
            "before_freeze",
        )


def _check_issued_while_in_force(act: _Act) -> None:
    issued_on = act.order.get("issued_on") if act.order else None
    expired = act.asset.freeze_expires_on if act.asset.stage == AssetStage.FROZEN else None
    if issued_on is not None and expired is not None and issued_on > expired:
        act.fail(
            "order.issued_on",
            f"The freeze lapsed after {expired}: an order issued later cannot rest on it "
            "(a new freeze is a new order).",
            "after_lapse",
        )


def _freeze_in_force_issued_on(history: Sequence[AssetTransition]) -> date | None:
    """The date of issue of the order that set the freeze in force (its last freeze or
    renewal, as corrected)."""
    setting = [
        act.order_issued_on
        for act in effective_acts(history)
        if act.action in (AssetAction.FREEZE, AssetAction.RENEW_FREEZE)
    ]
    return setting[-1] if setting else None


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


# The requests by which a state asks for a case's assets: confiscation or the enforcement of its
# own order (UNCAC 55(1)), or their return (57).
REQUESTS_FOR_THE_ASSETS = (MlaKind.CONFISCATION, MlaKind.ENFORCEMENT, MlaKind.RETURN)


def requesting_states(asset: Asset) -> set[str]:
    """The states that asked for the return of the asset, to which Art. 57(3) returns it: the
    victim state the funds came from, and the states whose request for the case's assets the
    owning state received (and that did not withdraw it)."""
    asked = MlaRequest.objects.filter(
        case_id=asset.case_id, direction=MlaDirection.INCOMING, kind__in=REQUESTS_FOR_THE_ASSETS
    ).exclude(status=MlaStatus.WITHDRAWN)
    return {asset.case.origin_state_id, *asked.values_list("requesting_state_id", flat=True)}


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
    elif state.code not in (asking := requesting_states(act.asset)):
        act.fail(
            "recipient_state",
            f"{state.code} did not ask for the return: the requesting state is "
            f"{' or '.join(sorted(asking))} (the state the funds came from, or one whose request "
            "for confiscation or return was received).",
            "not_requesting_state",
        )


def _check_recipient_fits_tier(act: _Act) -> None:
    recipient = act.data.get("recipient")
    tier = art57_tier_for(act.asset.case.offence_category)
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
    elif target.action not in ACTIONS_WITH_ORDER | ACTIONS_WITH_AMOUNT:
        act.fail("corrects", "That act has no order or amounts to correct.", "nothing_to_correct")
    else:
        act.corrected = target


def _check_restatement(act: _Act) -> None:
    target = act.corrected
    if target is None:
        return
    restated = [name for name in ("order", "amount", "deducted_expenses") if act.data.get(name)]
    if not restated:
        act.fail(
            NON_FIELD_ERRORS,
            "Restate the corrected order, amount or deducted expenses.",
            "nothing_restated",
        )
        return
    if act.order is not None:
        if target.action not in ACTIONS_WITH_ORDER:
            act.fail("order", f"A {target.action} act has no order.", "not_applicable")
        else:
            _check_order(act)
            if target.action in ACTIONS_WITH_EXPIRY:
                _check_order_expiry(act)
    if act.data.get("amount") and target.action not in ACTIONS_WITH_AMOUNT:
        act.fail("amount", f"A {target.action} act has no amount.", "not_applicable")
    expenses = act.data.get("deducted_expenses")
    if expenses:
        if target.action != AssetAction.REPATRIATE:
            act.fail("deducted_expenses", "Only a repatriation deducts expenses.", "not_applicable")
        else:
            currency = (act.data.get("amount") or {}).get("currency") or target.amount_currency
            if expenses["currency"] != currency:
                act.fail(
                    "deducted_expenses.currency",
                    "Expenses are deducted from the tranche (Art. 57(4)): give them in its "
                    "currency.",
                    "currency_mismatch",
                )


def _check_within_confiscated(act: _Act) -> None:
    """Checked on the position the act leads to (see `_check_position`)."""


CHECKS: dict[str, Callable[[_Act], None]] = {
    "order": _check_order,
    "order_expiry": _check_order_expiry,
    "later_expiry": _check_later_expiry,
    "issued_while_in_force": _check_issued_while_in_force,
    "amount": _required("amount", "This act needs its amount."),
    "basis": _required("basis", "Say whether the confiscation is conviction-based or not."),
    "final_order": _check_final_order,
    "recipient": _check_recipient,
    "recipient_fits_tier": _check_recipient_fits_tier,
    "expenses_in_tranche_currency": _check_expenses_currency,
    "within_confiscated": _check_within_confiscated,
    "note": _required("note", "Give the reasons in the note."),
    "corrects": _check_corrects,
    "restatement": _check_restatement,
}
assert set(CHECKS) == set(REQUIREMENTS), "every requirement of the table has a check"


def _check_fields(act: _Act, rule: engine.Rule) -> None:
    """Refuse what the act does not carry, rather than store it silently or drop it."""
    accepted = accepted_fields(rule)
    for name in sorted(act.data):
        if name not in accepted and _given(act.data, name):
            act.fail(name, f"Does not apply to {act.action}.", "not_applicable")
    if act.order is not None and act.order.get("expires_on") is not None:
        # Only freeze orders lapse; a correction restates the order of the act it corrects.
        ordered = act.action
        if act.action == AssetAction.CORRECT_RECORD and act.corrected is not None:
            ordered = act.corrected.action
        if ordered != AssetAction.CORRECT_RECORD and ordered not in ACTIONS_WITH_EXPIRY:
            act.fail("order.expires_on", f"An order to {ordered} has no expiry.", "not_applicable")
    amount = act.data.get("amount")
    if amount and amount["amount"] <= 0:
        act.fail("amount.amount", "Must be more than zero.", "not_positive")


def _check_position(act: _Act, position: Position) -> None:
    """Nothing is returned, or kept for expenses, that was not confiscated in that currency."""
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
        to_stage=rule.target(asset.stage),
        order_authority=order.get("authority", ""),
        order_jurisdiction=order.get("jurisdiction"),
        order_subdivision=(order.get("subdivision") or "").upper(),
        order_reference=order.get("reference", ""),
        order_issued_on=order.get("issued_on"),
        order_expires_on=order.get("expires_on"),
        amount=amount.get("amount"),
        amount_currency=amount.get("currency", ""),
        basis=data.get("basis") or "",
        final=data.get("final"),
        # UNCAC Art. 57(3): the tier follows from the case's offence, recorded as it was applied.
        art57_tier=art57_tier_for(asset.case.offence_category) if is_repatriation else "",
        recipient=data.get("recipient") or "",
        recipient_state=data.get("recipient_state"),
        deducted_expenses_amount=expenses.get("amount"),
        deducted_expenses_currency=expenses.get("currency", ""),
        disposal_agreement=data.get("disposal_agreement") or "",
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
    return {
        asset.pk: [
            rule
            for rule in ASSET_RULES
            if rules_stage(asset) in rule.from_states and rule.who == CASE_TEAM
        ]
        if asset.case_id in team and case_takes_writes(asset.case)
        else []
        for asset in assets
    }


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
    position = fold([*history, transition])
    _check_position(act, position)
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
    # The freeze's expiry is a deadline, scheduled (or closed) in this transaction, so that its
    # reminders exist exactly when the act that set the expiry was committed.
    sets_expiry = transition.order_expires_on is not None
    sync_freeze_deadline(
        asset, by=by, subdivision=transition.order_subdivision if sets_expiry else None
    )
    trail.record(
        "asset.transition",
        obj=asset,
        actor=by,
        changes={
            **trail.diff(before, _position_record(asset, position.totals)),
            "transition": trail.snapshot(transition),
        },
    )
    return transition


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

    The assets are locked in id order, so two bulk acts over overlapping assets queue instead of
    deadlocking.
    """
    if action not in BULK_ACTIONS:
        raise ValidationError(
            {"action": ValidationError(f"{action} is recorded one asset at a time.", "not_bulk")}
        )
    ids = sorted({asset.pk for asset in assets})
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


def sync_freeze_deadline(asset: Asset, *, by: User, subdivision: str | None = None) -> None:
    """The freeze's lapse as a deadline, following the asset: its date, its restriction and the
    state where it sits, whose law decides when the freeze lapses and whose working days count
    (in the subdivision of the order that set the expiry, when it named one; None keeps it)."""
    deadline_sync(
        kind=DeadlineKind.FREEZE_EXPIRY,
        source_id=asset.pk,
        case=asset.case,
        due_on=asset.freeze_expires_on,
        acting_state=asset.jurisdiction_id,
        acting_subdivision=subdivision,
        title=f"Freeze of {asset.get_kind_display().lower()} '{asset.description[:80]}' lapses",
        restricted=asset.restricted,
        by=by,
    )


def follow_the_asset(sender: Any, *, asset: Asset, by: User, **kwargs: Any) -> None:
    """`cases.signals.asset_changed`: the freeze's deadline follows the edited asset."""
    sync_freeze_deadline(asset, by=by)


def _order_today(asset: Asset, data: Mapping[str, Any]) -> date:
    """Today where the order was issued (its jurisdiction, else the asset's): an order made this
    morning in Auckland is not in the future while it is still yesterday in London."""
    jurisdiction = (data.get("order") or {}).get("jurisdiction")
    return today_in(jurisdiction.code if jurisdiction is not None else asset.jurisdiction_id)
