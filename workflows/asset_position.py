"""Where an asset stands, computed from its history alone: stage, freeze expiry, figures.

Pure (no database): the service folds the stored history plus the act being recorded, checks the
result and stores it on the asset (`stage`, `freeze_expires_on`, `AssetRecoveryTotal` rows), and a
test can fold any history and compare it with what was stored.

Corrections (`correct_record`) are applied to the act they correct, in the order they were
recorded; each replaces what it restates (the order, the amount, a tranche's deducted expenses).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from cases.models.assets import RECOVERY_FIGURES, AssetStage
from workflows.models import AssetAction

ZERO = Decimal("0.00")

Totals = dict[str, dict[str, Decimal]]  # currency -> figure -> amount


class TransitionRecord(Protocol):
    """What the fold reads of a transition (an `AssetTransition`, saved or not)."""

    id: Any
    sequence: int
    action: str
    to_stage: str
    corrects_id: Any
    order_reference: str
    order_expires_on: date | None
    amount: Decimal | None
    amount_currency: str
    deducted_expenses_amount: Decimal | None
    deducted_expenses_currency: str

    @property
    def order_issued_on(self) -> date | None: ...  # read only: a seeded act always has one


@dataclass(frozen=True)
class Act:
    """An act as it stands after its corrections."""

    id: Any
    action: str
    to_stage: str
    order_issued_on: date | None
    order_expires_on: date | None
    amount: Decimal | None
    amount_currency: str
    deducted_expenses_amount: Decimal | None
    deducted_expenses_currency: str


@dataclass
class Position:
    stage: str = AssetStage.IDENTIFIED
    freeze_expires_on: date | None = None
    totals: Totals = field(default_factory=dict)

    def exceeding_currencies(self) -> list[str]:
        """Currencies in which more was returned (or kept for expenses) than confiscated."""
        return sorted(
            currency
            for currency, figures in self.totals.items()
            if figures["returned"] + figures["deducted_expenses"] > figures["confiscated"]
        )


def _act(record: TransitionRecord) -> Act:
    return Act(
        id=record.id,
        action=record.action,
        to_stage=record.to_stage,
        order_issued_on=record.order_issued_on,
        order_expires_on=record.order_expires_on,
        amount=record.amount,
        amount_currency=record.amount_currency,
        deducted_expenses_amount=record.deducted_expenses_amount,
        deducted_expenses_currency=record.deducted_expenses_currency,
    )


def apply_correction(act: Act, correction: TransitionRecord) -> Act:
    """The act with what the correction restates."""
    if correction.order_reference:  # the order was restated (a reference is always required)
        act = replace(
            act,
            order_issued_on=correction.order_issued_on,
            order_expires_on=correction.order_expires_on,
        )
    if correction.amount is not None:
        act = replace(act, amount=correction.amount, amount_currency=correction.amount_currency)
    if correction.deducted_expenses_amount is not None:
        act = replace(
            act,
            deducted_expenses_amount=correction.deducted_expenses_amount,
            deducted_expenses_currency=correction.deducted_expenses_currency,
        )
    return act


def effective_acts(history: Iterable[TransitionRecord]) -> list[Act]:
    """The acts of a history (corrections applied to them), in the order they were recorded."""
    records = sorted(history, key=lambda r: r.sequence)
    acts = {r.id: _act(r) for r in records if r.action != AssetAction.CORRECT_RECORD}
    for record in records:
        if record.action == AssetAction.CORRECT_RECORD and record.corrects_id in acts:
            acts[record.corrects_id] = apply_correction(acts[record.corrects_id], record)
    return [acts[r.id] for r in records if r.id in acts]


def fold(history: Iterable[TransitionRecord]) -> Position:
    """The position an asset reaches through this history (from `identified`)."""
    records = sorted(history, key=lambda r: r.sequence)
    totals: defaultdict[str, dict[str, Decimal]] = defaultdict(
        lambda: dict.fromkeys(RECOVERY_FIGURES, ZERO)
    )

    def set_figure(figure: str, amount: Decimal | None, currency: str) -> None:
        # The latest order of its kind says what is frozen, seized or confiscated.
        for figures in totals.values():
            figures[figure] = ZERO
        if amount is not None:
            totals[currency][figure] = amount

    position = Position()
    # A first-instance confiscation under appeal: its amount counts once the order is final.
    under_appeal: Act | None = None
    for act in effective_acts(records):
        if act.action == AssetAction.FREEZE:
            set_figure("frozen", act.amount, act.amount_currency)
            position.freeze_expires_on = act.order_expires_on
        elif act.action == AssetAction.RENEW_FREEZE:
            if act.amount is not None:
                set_figure("frozen", act.amount, act.amount_currency)
            position.freeze_expires_on = act.order_expires_on
        elif act.action == AssetAction.SEIZE:
            set_figure("seized", act.amount, act.amount_currency)
        elif act.action == AssetAction.CONFISCATE:
            set_figure("confiscated", act.amount, act.amount_currency)
        elif act.action == AssetAction.CONFISCATE_UNDER_APPEAL:
            under_appeal = act  # not yet title: no figure
        elif act.action == AssetAction.CONFIRM_CONFISCATION:
            final = act if act.amount is not None else under_appeal
            if final is not None:
                set_figure("confiscated", final.amount, final.amount_currency)
            under_appeal = None
        elif act.action == AssetAction.QUASH_CONFISCATION:
            set_figure("confiscated", None, "")  # the title it took is undone
            under_appeal = None
        elif act.action == AssetAction.REPATRIATE:
            # Tranches add up.
            if act.amount is not None:
                totals[act.amount_currency]["returned"] += act.amount
            if act.deducted_expenses_amount is not None:
                currency = act.deducted_expenses_currency
                totals[currency]["deducted_expenses"] += act.deducted_expenses_amount
        position.stage = act.to_stage
        if position.stage != AssetStage.FROZEN:
            position.freeze_expires_on = None
    if records:
        position.stage = records[-1].to_stage
    position.totals = {
        currency: figures
        for currency, figures in sorted(totals.items())
        if any(value != ZERO for value in figures.values())
    }
    return position
