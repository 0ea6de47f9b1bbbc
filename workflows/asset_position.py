"""Where an asset stands, computed from its history alone: stage, restraint orders, freeze
expiry, figures.

Pure (no database): the service folds the stored history plus the act being recorded, checks the
result and stores it on the asset (`stage`, `freeze_expires_on`, `AssetRecoveryTotal` rows), and a
test can fold any history and compare it with what was stored.

Corrections (`correct_record`) are applied to the act they correct, in the order they were
recorded; each replaces what it restates (the order, the amount, a confiscation's basis and
finality, a tranche's deducted expenses, recipient, recipient state and disposal agreement).

Restraint orders (`restraint_orders`) are read from the same acts, so that the acts stay the one
record: each freeze, renewal or seizure is an order, named by the act that made it. An order ends
when it is released (`release` ends all, `release_order` the one it names), superseded (by the
renewal that renews it; a seizure supersedes the freezes, a final confiscation every order:
a first-instance confiscation under appeal supersedes none, the restraint holding the asset
until the confiscation is final, and a sale before judgment leaves them over its proceeds) or
when its term lapses: at the end of its expiry date where the asset sits, or so many hours
after its time of issue in the issuing jurisdiction (an urgent measure); an order without a
term does not lapse.
The asset is frozen while any freeze order is in force: `freeze_expires_on` is the last day of the
one lapsing last (also under appeal, when the freezes still hold it), and None when one has no
term.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Protocol

from cases.models.assets import RECOVERY_FIGURES, AssetStage
from core.state_time import state_timezone
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
    # Also read, when the record has them (a seeded act may not): order_authority,
    # order_jurisdiction_id, order_subdivision, order_issued_at, order_term_hours,
    # restraint_order_id.
    amount: Decimal | None
    amount_currency: str
    deducted_expenses_amount: Decimal | None
    deducted_expenses_currency: str
    basis: str
    final: bool | None
    recipient: str
    recipient_state_id: Any
    disposal_agreement: str

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
    basis: str = ""
    final: bool | None = None
    recipient: str = ""
    recipient_state_id: Any = None
    disposal_agreement: str = ""
    order_authority: str = ""
    order_jurisdiction: str | None = None
    order_subdivision: str = ""
    order_reference: str = ""
    order_issued_at: time | None = None
    order_term_hours: int | None = None
    restraint_order_id: Any = None
    # UNCAC Art. 57(3)(a), (b): what a tranche returns on.
    final_judgment: str = ""
    final_judgment_waived: bool | None = None
    entitlement: str = ""
    entitlement_evidence: str = ""


class OrderKind:
    FREEZE = "freeze"
    SEIZURE = "seizure"


class OrderEnd:
    """How an order ended by an act (a lapse is read from the clock, see `status`)."""

    RELEASED = "released"
    SUPERSEDED = "superseded"


# The acts that make a restraint order, and its kind.
ORDER_KINDS = {
    AssetAction.FREEZE: OrderKind.FREEZE,
    AssetAction.RENEW_FREEZE: OrderKind.FREEZE,
    AssetAction.SEIZE: OrderKind.SEIZURE,
}


@dataclass(frozen=True)
class RestraintOrder:
    """A freeze or seizure order on an asset, as its acts (and their corrections) record it."""

    id: Any  # the act that made it
    kind: str
    authority: str
    jurisdiction: str | None
    subdivision: str
    reference: str
    issued_on: date | None
    issued_at: time | None
    expires_on: date | None
    term_hours: int | None
    renews: Any = None  # the order this one renews
    ended_by: str | None = None  # OrderEnd, or None while no act ended it
    ended_by_act: Any = None

    def lapses_at(self, where: str) -> datetime | None:
        """The moment the order stops restraining unless renewed before, or None (no term).
        An expiry date ends with its day where the asset sits (`where`); a term in hours runs
        from the time of issue in the issuing jurisdiction."""
        if self.term_hours is not None and self.issued_on is not None:
            issued_in = state_timezone(self.jurisdiction or where)
            issued = datetime.combine(self.issued_on, self.issued_at or time(0), tzinfo=issued_in)
            return issued + timedelta(hours=self.term_hours)
        if self.expires_on is not None:
            next_day = self.expires_on + timedelta(days=1)
            return datetime.combine(next_day, time(0), tzinfo=state_timezone(where))
        return None

    def last_day(self, where: str) -> date | None:
        """The last day (where the asset sits) on which the order is in force, or None."""
        if self.term_hours is None:
            return self.expires_on
        lapses_at = self.lapses_at(where)
        assert lapses_at is not None
        return (lapses_at - timedelta(microseconds=1)).astimezone(state_timezone(where)).date()

    def status(self, where: str, now: datetime) -> str:
        """`in_force`, `lapsed`, `released` or `superseded`."""
        if self.ended_by is not None:
            return self.ended_by
        lapses_at = self.lapses_at(where)
        return "lapsed" if lapses_at is not None and now >= lapses_at else "in_force"

    def in_force(self, where: str, now: datetime) -> bool:
        return self.status(where, now) == "in_force"


def restraint_orders(history: Iterable[TransitionRecord]) -> list[RestraintOrder]:
    """The restraint orders of a history, as corrected, oldest first (see the module docstring)."""
    orders: dict[Any, RestraintOrder] = {}

    def end(order_id: Any, how: str, act: Act) -> None:
        order = orders.get(order_id)
        if order is not None and order.ended_by is None:
            orders[order_id] = replace(order, ended_by=how, ended_by_act=act.id)

    def open_ids(kind: str | None = None) -> list[Any]:
        return [o.id for o in orders.values() if o.ended_by is None and kind in (None, o.kind)]

    for act in effective_acts(history):
        if act.action == AssetAction.RENEW_FREEZE:
            renewed = act.restraint_order_id
            if renewed is None:  # recorded before orders were named: the freeze in force
                renewed = next(reversed(open_ids(OrderKind.FREEZE)), None)
            end(renewed, OrderEnd.SUPERSEDED, act)
        elif act.action == AssetAction.SEIZE:
            for order_id in open_ids(OrderKind.FREEZE):
                end(order_id, OrderEnd.SUPERSEDED, act)
        elif act.action in (AssetAction.CONFISCATE, AssetAction.CONFIRM_CONFISCATION):
            # A final confiscation takes the place of the restraints (and releases what it does
            # not take); one under appeal does not: the restraint holds until it is final.
            for order_id in open_ids():
                end(order_id, OrderEnd.SUPERSEDED, act)
        elif act.action in (AssetAction.RELEASE, AssetAction.QUASH_CONFISCATION):
            for order_id in open_ids():
                end(order_id, OrderEnd.RELEASED, act)
        elif act.action == AssetAction.RELEASE_ORDER:
            end(act.restraint_order_id, OrderEnd.RELEASED, act)
        kind = ORDER_KINDS.get(act.action)  # type: ignore[call-overload]
        if kind is not None:
            orders[act.id] = RestraintOrder(
                id=act.id,
                kind=kind,
                authority=act.order_authority,
                jurisdiction=act.order_jurisdiction,
                subdivision=act.order_subdivision,
                reference=act.order_reference,
                issued_on=act.order_issued_on,
                issued_at=act.order_issued_at,
                expires_on=act.order_expires_on,
                term_hours=act.order_term_hours,
                renews=act.restraint_order_id if act.action == AssetAction.RENEW_FREEZE else None,
            )
    return list(orders.values())


def freeze_expires_on(orders: Iterable[RestraintOrder], where: str | None) -> date | None:
    """The last day of the freeze orders not ended by an act: the asset is frozen until the one
    lapsing last has lapsed; None when one has no term (or there is none). `where`: the state
    where the asset sits (None: each order's own jurisdiction)."""
    last_days = [
        o.last_day(where or o.jurisdiction or "")
        for o in orders
        if o.kind == OrderKind.FREEZE and o.ended_by is None
    ]
    if not last_days or None in last_days:
        return None
    return max(day for day in last_days if day is not None)


@dataclass
class Position:
    stage: str = AssetStage.IDENTIFIED
    freeze_expires_on: date | None = None
    totals: Totals = field(default_factory=dict)
    orders: list[RestraintOrder] = field(default_factory=list)

    def restrained_below_zero(self) -> list[tuple[str, str]]:
        """(currency, figure) in which more was released in part than was frozen or seized."""
        return sorted(
            (currency, name)
            for currency, figures in self.totals.items()
            for name in ("frozen", "seized")
            if figures[name] < 0
        )

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
        basis=record.basis,
        final=record.final,
        recipient=record.recipient,
        recipient_state_id=record.recipient_state_id,
        disposal_agreement=record.disposal_agreement,
        order_authority=getattr(record, "order_authority", ""),
        order_jurisdiction=getattr(record, "order_jurisdiction_id", None),
        order_subdivision=getattr(record, "order_subdivision", ""),
        order_reference=record.order_reference,
        order_issued_at=getattr(record, "order_issued_at", None),
        order_term_hours=getattr(record, "order_term_hours", None),
        restraint_order_id=getattr(record, "restraint_order_id", None),
        final_judgment=getattr(record, "final_judgment", ""),
        final_judgment_waived=getattr(record, "final_judgment_waived", None),
        entitlement=getattr(record, "entitlement", ""),
        entitlement_evidence=getattr(record, "entitlement_evidence", ""),
    )


def apply_correction(act: Act, correction: TransitionRecord) -> Act:
    """The act with what the correction restates."""
    if correction.order_reference:  # the order was restated (a reference is always required)
        restated = _act(correction)
        act = replace(
            act,
            order_authority=restated.order_authority,
            order_jurisdiction=restated.order_jurisdiction,
            order_subdivision=restated.order_subdivision,
            order_reference=restated.order_reference,
            order_issued_on=restated.order_issued_on,
            order_issued_at=restated.order_issued_at,
            order_expires_on=restated.order_expires_on,
            order_term_hours=restated.order_term_hours,
        )
    if correction.amount is not None:
        act = replace(act, amount=correction.amount, amount_currency=correction.amount_currency)
    if correction.deducted_expenses_amount is not None:
        act = replace(
            act,
            deducted_expenses_amount=correction.deducted_expenses_amount,
            deducted_expenses_currency=correction.deducted_expenses_currency,
        )
    if correction.basis:
        act = replace(act, basis=correction.basis)
    if correction.final is not None:
        act = replace(act, final=correction.final)
    if correction.recipient:  # a new recipient names its own state, or none
        act = replace(
            act, recipient=correction.recipient, recipient_state_id=correction.recipient_state_id
        )
    elif correction.recipient_state_id is not None:
        act = replace(act, recipient_state_id=correction.recipient_state_id)
    if correction.disposal_agreement:
        act = replace(act, disposal_agreement=correction.disposal_agreement)
    return _restate_art57(act, _act(correction))


def _restate_art57(act: Act, restated: Act) -> Act:
    """Art. 57(3): a final judgment restated replaces a waiver, and a waiver a judgment (a
    tranche rests on one or the other); the entitlement and its evidence are restated each."""
    if restated.final_judgment:
        act = replace(
            act,
            final_judgment=restated.final_judgment,
            final_judgment_waived=restated.final_judgment_waived,
        )
    elif restated.final_judgment_waived is not None:
        waived = restated.final_judgment_waived
        act = replace(
            act,
            final_judgment_waived=waived,
            final_judgment="" if waived else act.final_judgment,
        )
    if restated.entitlement:
        act = replace(act, entitlement=restated.entitlement)
    if restated.entitlement_evidence:
        act = replace(act, entitlement_evidence=restated.entitlement_evidence)
    return act


def effective_acts(history: Iterable[TransitionRecord]) -> list[Act]:
    """The acts of a history (corrections applied to them), in the order they were recorded."""
    records = sorted(history, key=lambda r: r.sequence)
    acts = {r.id: _act(r) for r in records if r.action != AssetAction.CORRECT_RECORD}
    for record in records:
        if record.action == AssetAction.CORRECT_RECORD and record.corrects_id in acts:
            acts[record.corrects_id] = apply_correction(acts[record.corrects_id], record)
    return [acts[r.id] for r in records if r.id in acts]


@dataclass(frozen=True)
class FreezeConflict:
    """An act resting on a freeze (a renewal, or a confiscation of a frozen asset) that does not
    fit the freeze order it rests on, as the acts stand after corrections."""

    renewed: Act  # the freeze order (or renewal) the act rests on
    resting: Act
    problem: str  # "not_later", "before_freeze" or "after_lapse"


def freeze_conflicts(acts: Iterable[Act]) -> list[FreezeConflict]:
    """A renewal expires after the order it renews and is not issued before it; a renewal, or a
    confiscation of a frozen asset, is issued while the order it rests on was in force (on or
    before its expiry; for a confiscation, the freeze order lapsing last). Orders with a term in
    hours or none have no expiry date to compare, and are left to the act's own checks."""
    conflicts = []
    freezes: dict[Any, Act] = {}  # the freeze orders no act has ended, by the act that made them
    for act in acts:
        issued, expires = act.order_issued_on, act.order_expires_on
        if act.action == AssetAction.RENEW_FREEZE and freezes:
            renewed = freezes.get(act.restraint_order_id) or list(freezes.values())[-1]
            if expires and renewed.order_expires_on and expires <= renewed.order_expires_on:
                conflicts.append(FreezeConflict(renewed, act, "not_later"))
            if issued and renewed.order_issued_on and issued < renewed.order_issued_on:
                conflicts.append(FreezeConflict(renewed, act, "before_freeze"))
            if issued and renewed.order_expires_on and issued > renewed.order_expires_on:
                conflicts.append(FreezeConflict(renewed, act, "after_lapse"))
            freezes.pop(renewed.id, None)
        elif act.action == AssetAction.CONFISCATE and freezes:
            last = max(freezes.values(), key=lambda o: o.order_expires_on or date.max)
            if issued and last.order_expires_on and issued > last.order_expires_on:
                conflicts.append(FreezeConflict(last, act, "after_lapse"))
        if act.action in (AssetAction.FREEZE, AssetAction.RENEW_FREEZE):
            freezes[act.id] = act
        elif act.action == AssetAction.RELEASE_ORDER:
            freezes.pop(act.restraint_order_id, None)
        elif act.to_stage != AssetStage.FROZEN:
            freezes.clear()
    return conflicts


def fold(history: Iterable[TransitionRecord], where: str | None = None) -> Position:
    """The position an asset reaches through this history (from `identified`); `where` is the
    state where the asset sits, whose day ends an order counted in hours."""
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
    # The figure of what restrains the asset now: `seized` once seized, else `frozen`.
    restrained = "frozen"
    for act in effective_acts(records):
        if act.action == AssetAction.SEIZE:
            restrained = "seized"
        elif act.action == AssetAction.FREEZE and position.stage != AssetStage.FROZEN:
            restrained = "frozen"
        if act.action == AssetAction.FREEZE:
            # A further order on a frozen asset adds to the orders; its amount, when it names one,
            # is what is frozen now (as a renewal's).
            if position.stage != AssetStage.FROZEN or act.amount is not None:
                set_figure("frozen", act.amount, act.amount_currency)
        elif act.action == AssetAction.RENEW_FREEZE:
            if act.amount is not None:
                set_figure("frozen", act.amount, act.amount_currency)
        elif act.action == AssetAction.SEIZE:
            set_figure("seized", act.amount, act.amount_currency)
        elif act.action == AssetAction.CONFISCATE:
            set_figure("confiscated", act.amount, act.amount_currency)
        elif act.action == AssetAction.RELEASE_PART and act.amount is not None:
            # What is restrained now is lowered (below zero: refused, `restrained_below_zero`).
            totals[act.amount_currency][restrained] -= act.amount
        elif act.action == AssetAction.APPLY_TO_VALUE_ORDER and act.amount is not None:
            # Realised for a value order: out of the restraint, into what was confiscated.
            totals[act.amount_currency][restrained] -= act.amount
            totals[act.amount_currency]["confiscated"] += act.amount
        elif act.action == AssetAction.SELL_BEFORE_JUDGMENT:
            # Restrained now as cash: the sale price, in its currency, replaces the figure.
            set_figure(restrained, act.amount, act.amount_currency)
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
    if records:
        position.stage = records[-1].to_stage
    position.orders = restraint_orders(records)
    if position.stage in (AssetStage.FROZEN, AssetStage.UNDER_APPEAL):
        position.freeze_expires_on = freeze_expires_on(position.orders, where)
    position.totals = {
        currency: figures
        for currency, figures in sorted(totals.items())
        if any(value != ZERO for value in figures.values())
    }
    return position
