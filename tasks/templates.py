"""The tasks each legal act brings with it, as a table a lawyer can read (beside
`workflows.asset_rules`).

Each row: the acts that create the task (when recorded, in the act's transaction), the kinds of
asset it applies to (all when empty), its title and why, how many working days of the acting
state it is due in, and the act it must be done before (`mandatory_before`). A mandatory task
holds that act back (409, naming the task) until it is done, or waived with a reason, which is
audited. `docs` come from `markdown_table()`.
"""

from __future__ import annotations

from dataclasses import dataclass

from cases.models import AssetKind
from workflows.models import AssetAction

__all__ = ["TASK_TEMPLATES", "TaskTemplate", "markdown_table", "templates_after"]


@dataclass(frozen=True)
class TaskTemplate:
    key: str
    after: tuple[str, ...]
    title: str
    why: str
    due_in_working_days: int
    asset_kinds: tuple[str, ...] = ()
    mandatory_before: str = ""

    def applies_to(self, *, action: str, asset_kind: str) -> bool:
        return action in self.after and (not self.asset_kinds or asset_kind in self.asset_kinds)


RESTRAINTS = (AssetAction.FREEZE, AssetAction.SEIZE)

TASK_TEMPLATES: tuple[TaskTemplate, ...] = (
    TaskTemplate(
        key="serve_order_on_bank",
        after=RESTRAINTS,
        asset_kinds=(AssetKind.BANK_ACCOUNT, AssetKind.SECURITIES, AssetKind.CRYPTO_WALLET),
        title="Serve the order on the bank",
        why="A restraint binds the institution holding the funds only once it is served.",
        due_in_working_days=2,
    ),
    TaskTemplate(
        key="register_restraint_land_registry",
        after=RESTRAINTS,
        asset_kinds=(AssetKind.REAL_ESTATE,),
        title="Register the restraint with the land registry",
        why="Until registered, the property can still be sold or mortgaged to a buyer in "
        "good faith.",
        due_in_working_days=5,
    ),
    TaskTemplate(
        key="notify_third_parties",
        after=RESTRAINTS,
        title="Notify third parties",
        why="UNCAC Art. 31(9) and 55(9): the rights of bona fide third parties are protected; "
        "they are heard before the property is confiscated.",
        due_in_working_days=20,
        mandatory_before=AssetAction.CONFISCATE,
    ),
    TaskTemplate(
        key="agree_disposal_57_5",
        # Once the property is confiscated: by a final order, or one made final on appeal.
        after=(AssetAction.CONFISCATE, AssetAction.CONFIRM_CONFISCATION),
        title="Agree the disposal under UNCAC 57(5)",
        why="UNCAC Art. 57(5): a case-by-case agreement on the final disposal of the "
        "confiscated property, settled before it is returned.",
        due_in_working_days=30,
        mandatory_before=AssetAction.REPATRIATE,
    ),
)
assert len({t.key for t in TASK_TEMPLATES}) == len(TASK_TEMPLATES), "template keys are unique"


def templates_after(*, action: str, asset_kind: str) -> list[TaskTemplate]:
    return [t for t in TASK_TEMPLATES if t.applies_to(action=action, asset_kind=asset_kind)]


def markdown_table() -> str:
    rows = [
        "| task | created after | asset kinds | due in (working days) | must be done before |",
        "|---|---|---|---|---|",
    ]
    for t in TASK_TEMPLATES:
        rows.append(
            f"| {t.title} | {', '.join(t.after)} | {', '.join(t.asset_kinds) or 'all'} "
            f"| {t.due_in_working_days} | {t.mandatory_before or '-'} |"
        )
    return "\n".join(rows) + "\n"
