"""Assets at every stage, each with the acts that brought it there: every act is a row of
`workflows.asset_rules.ASSET_RULES` (its stages come from the table, and what it records from
the row's requirements), and the asset's stage, freeze expiry and recovery figures are folded
from its acts by `workflows.asset_position`, as the transition service folds them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from decimal import Decimal

from cases.models import AssetKind, AssetStage
from cases.models.assets import RECOVERY_FIGURES
from core import engine
from core.engine import Rule
from deadlines.models import DeadlineKind
from demo.scale.case_file import SeededCase
from demo.scale.deadlines import deadline_seed
from demo.scale.world import ASSETS_PER_CASE, BENCH_NOW, CURRENCIES, Seed, new_uuid, weighted
from workflows.asset_position import fold
from workflows.asset_rules import ACTIONS_WITH_AMOUNT, ASSET_RULES, art57_tier_for
from workflows.models import AssetAction, ConfiscationBasis, Recipient

A = AssetAction
# The histories of the synthetic assets, and how often each occurs (in 100).
HISTORY_WEIGHTS: dict[tuple[str, ...], int] = {
    (): 40,
    (A.FREEZE,): 25,
    (A.FREEZE, A.SEIZE): 12,
    (A.FREEZE, A.SEIZE, A.CONFISCATE): 9,
    (A.FREEZE, A.SEIZE, A.CONFISCATE_UNDER_APPEAL): 1,
    (A.FREEZE, A.SEIZE, A.CONFISCATE, A.REPATRIATE): 8,
    (A.FREEZE, A.RELEASE): 5,
}


def history_rules(actions: tuple[str, ...]) -> tuple[tuple[Rule, str], ...]:
    """(row of the table, stage it is taken from) of each act, from `identified`: an act the
    table does not allow from where the asset stands raises `TransitionNotAllowed`."""
    steps: list[tuple[Rule, str]] = []
    stage: str = AssetStage.IDENTIFIED
    for action in actions:
        rule = engine.find_rule(ASSET_RULES, stage, action)
        steps.append((rule, stage))
        stage = rule.target(stage)
    return tuple(steps)


HISTORIES = weighted(
    {history_rules(actions): weight for actions, weight in HISTORY_WEIGHTS.items()}
)
ASSET_KINDS = AssetKind.values
BASES = ConfiscationBasis.values


@dataclass
class SeededAct:
    """One row of `workflows_assettransition`, also read by `asset_position.fold`."""

    id: uuid.UUID
    asset_id: uuid.UUID
    sequence: int
    action: str
    from_stage: str
    to_stage: str
    order_authority: str
    order_jurisdiction_id: str
    order_reference: str
    order_issued_on: date
    order_expires_on: date | None
    amount: Decimal | None
    amount_currency: str
    basis: str
    final: bool | None
    art57_tier: str
    recipient: str
    recipient_state_id: str | None
    deducted_expenses_amount: Decimal | None
    deducted_expenses_currency: str
    disposal_agreement: str
    corrects_id: uuid.UUID | None
    batch_id: uuid.UUID | None
    note: str
    performed_by_id: uuid.UUID
    performed_at: datetime


ACT_COLUMNS = tuple(f.name for f in fields(SeededAct))


@dataclass
class SeededAsset:
    id: uuid.UUID
    value: Decimal
    currency: str
    jurisdiction: str
    created_at: datetime


def act_seed(
    seed: Seed,
    case: SeededCase,
    asset: SeededAsset,
    step: tuple[Rule, str],
    sequence: int,
    when: datetime,
) -> SeededAct:
    """One act of the asset's history, recording what its row of the table requires."""
    rng = seed.rng
    rule, from_stage = step
    issued = when.date() - timedelta(days=1)
    expires = basis = final = None
    amount = asset.value if rule.action in ACTIONS_WITH_AMOUNT else None
    tier = recipient = recipient_state = expenses = None
    if "order_term" in rule.requires:  # lapsing after the benchmark's now, 6 months at least
        expires = max(
            BENCH_NOW.date() + timedelta(days=rng.randint(30, 400)),
            issued + timedelta(days=180),
        )
    if "basis" in rule.requires:
        basis = rng.choice(BASES)
    if "final_order" in rule.requires:
        final = True
    if "recipient" in rule.requires:  # one tranche of 30 to 90%, 1% deducted (57(4))
        amount = (asset.value * rng.randint(30, 90) / 100).quantize(Decimal("0.01"))
        expenses = (amount / 100).quantize(Decimal("0.01"))
        tier = art57_tier_for(case.offence)
        recipient, recipient_state = Recipient.REQUESTING_STATE, case.origin
    return SeededAct(
        id=new_uuid(rng),
        asset_id=asset.id,
        sequence=sequence,
        action=rule.action,
        from_stage=from_stage,
        to_stage=rule.target(from_stage),
        order_authority="Court of first instance",
        order_jurisdiction_id=asset.jurisdiction,
        order_reference=f"ORD-{sequence}-{case.index}",
        order_issued_on=issued,
        order_expires_on=expires,
        amount=amount,
        amount_currency=asset.currency if amount is not None else "",
        basis=basis or "",
        final=final,
        art57_tier=tier or "",
        recipient=recipient or "",
        recipient_state_id=recipient_state,
        deducted_expenses_amount=expenses,
        deducted_expenses_currency=asset.currency if expenses is not None else "",
        disposal_agreement="",
        corrects_id=None,
        batch_id=None,
        note="",
        performed_by_id=case.lead,
        performed_at=when,
    )


def assets_seed(seed: Seed, case: SeededCase) -> None:
    for _ in range(ASSETS_PER_CASE):
        asset_seed(seed, case)


def asset_seed(seed: Seed, case: SeededCase) -> None:
    """One asset, its history, its recovery figures and the deadline of a freeze in force."""
    rng, tables = seed.rng, seed.tables
    asset_id = new_uuid(rng)
    history = rng.choices(*HISTORIES)[0]
    asset = SeededAsset(
        id=asset_id,
        currency=rng.choice(CURRENCIES),
        value=Decimal(rng.randint(10, 50_000)) * 1000,
        jurisdiction=rng.choice(case.partners) if case.partners else case.owner,
        created_at=case.created_at + timedelta(hours=rng.randint(1, 2000)),
    )
    restricted = rng.random() < 0.1
    acts: list[SeededAct] = []
    when = asset.created_at
    for sequence, step in enumerate(history, start=1):
        when = when + timedelta(days=rng.randint(5, 120))
        acts.append(act_seed(seed, case, asset, step, sequence, when))
        tables["workflows_assettransition"].add(*(getattr(acts[-1], c) for c in ACT_COLUMNS))
    position = fold(acts, asset.jurisdiction)
    for currency, figures in position.totals.items():
        tables["cases_assetrecoverytotal"].add(
            asset_id, currency, *(figures[f] for f in RECOVERY_FIGURES)
        )
    tables["cases_asset"].add(
        asset_id,
        case.id,
        case.owner,
        rng.choice(ASSET_KINDS),
        f"{position.stage.title()} asset of {case.official}",
        {},
        asset.jurisdiction,
        rng.choice(case.subject_ids),
        None,
        asset.value,
        asset.currency,
        "Financial investigation (synthetic)",  # source: an identified asset names one
        restricted,
        "",
        position.stage,
        position.freeze_expires_on,
        asset.created_at,
        max(when, asset.created_at),
        1 + len(acts),
    )
    if position.freeze_expires_on is not None:
        # Keyed by the freeze order in force (the act that made it), as the service keys it.
        in_force = [o for o in position.orders if o.kind == "freeze" and o.ended_by is None]
        expires_on, kind = position.freeze_expires_on, DeadlineKind.FREEZE_EXPIRY
        deadline_seed(
            seed,
            case,
            kind,
            in_force[-1].id,
            expires_on,
            asset.jurisdiction,
            restricted,
            asset.created_at,
        )
