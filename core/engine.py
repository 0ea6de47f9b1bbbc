"""A small, generic engine for tables of allowed transitions ("rules as data", STYLE.md).

A table is a sequence of `Rule` rows: from which states an action may be taken, the state it
leads to, who may take it and what it requires. The engine only answers questions about a table;
it knows nothing of assets, MLA requests or the database, so every table (the asset stages in
`workflows.asset_rules`, the MLA request statuses later) is read the same way, and a test can
walk it row by row.

Requirements are named here and checked by the service that owns the table: the name is what a
lawyer reads in the table, the check is code with a test.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

__all__ = [
    "Rule",
    "TransitionNotAllowed",
    "actions_of",
    "allowed_actions",
    "check_table",
    "find_rule",
    "markdown_table",
    "mermaid_state_diagram",
]


@dataclass(frozen=True)
class Rule:
    """One row: from any of `from_states`, `action` leads to `to_state`.

    `to_state=None` means the state does not change (a renewal, a recorded decision, a
    correction of the record). `requires` names what the action needs (checked by the owner of
    the table); `accepts` names what it may carry besides.
    """

    from_states: tuple[str, ...]
    action: str
    to_state: str | None
    who: str
    requires: tuple[str, ...] = ()
    accepts: tuple[str, ...] = ()
    meaning: str = field(default="", compare=False)

    def target(self, state: str) -> str:
        """The state an object in `state` is in after this action."""
        return state if self.to_state is None else self.to_state


class TransitionNotAllowed(Exception):
    """The table has no row for this action from this state."""

    def __init__(self, *, state: str, action: str, allowed: Sequence[str]) -> None:
        self.state = state
        self.action = action
        self.allowed = list(allowed)
        allowed_text = ", ".join(self.allowed) or "none"
        super().__init__(
            f"'{action}' is not allowed from '{state}'. Allowed from there: {allowed_text}."
        )


def allowed_actions(
    table: Iterable[Rule], state: str, *, who: Container[str] | None = None
) -> list[str]:
    """The actions the table allows from `state`, in table order; with `who`, only those of
    rows whose actor is one of `who` (the actors the caller is)."""
    actions: list[str] = []
    for rule in table:
        if state not in rule.from_states or rule.action in actions:
            continue
        if who is None or rule.who in who:
            actions.append(rule.action)
    return actions


def find_rule(table: Sequence[Rule], state: str, action: str) -> Rule:
    """The one row allowing `action` from `state`, or `TransitionNotAllowed`."""
    for rule in table:
        if rule.action == action and state in rule.from_states:
            return rule
    raise TransitionNotAllowed(state=state, action=action, allowed=allowed_actions(table, state))


def actions_of(table: Iterable[Rule]) -> list[str]:
    """Every action the table names, in table order."""
    return list(dict.fromkeys(rule.action for rule in table))


def check_table(
    table: Sequence[Rule],
    *,
    states: Iterable[str],
    who: Iterable[str],
    requirements: Iterable[str],
) -> None:
    """Refuse an ambiguous or misspelt table (called by the table's own test and at import).

    Every (state, action) pair has at most one row; every state, actor and requirement named is
    known.
    """
    known_states, known_who, known_requirements = set(states), set(who), set(requirements)
    seen: set[tuple[str, str]] = set()
    for rule in table:
        if not rule.from_states:
            raise ValueError(f"{rule.action}: no from-state")
        unknown = {*rule.from_states, rule.to_state or rule.from_states[0]} - known_states
        if unknown:
            raise ValueError(f"{rule.action}: unknown states {sorted(unknown)}")
        if rule.who not in known_who:
            raise ValueError(f"{rule.action}: unknown actor {rule.who!r}")
        missing = set(rule.requires) - known_requirements
        if missing:
            raise ValueError(f"{rule.action}: unknown requirements {sorted(missing)}")
        for state in rule.from_states:
            if (state, rule.action) in seen:
                raise ValueError(f"two rows for {rule.action!r} from {state!r}")
            seen.add((state, rule.action))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_table(
    table: Sequence[Rule],
    *,
    describe_requirement: Mapping[str, str] | Callable[[str], str],
    describe_who: Mapping[str, str] | None = None,
    unchanged: str = "(unchanged)",
) -> str:
    """The table as Markdown, one row per rule, requirements (and, given `describe_who`, the
    actors) spelt out."""

    def describe(name: str) -> str:
        if callable(describe_requirement):
            return describe_requirement(name)
        return describe_requirement[name]

    lines = [
        "| from | action | to | who | requires | may also carry |",
        "|---|---|---|---|---|---|",
    ]
    for rule in table:
        requires = "; ".join(describe(name) for name in rule.requires) or "nothing"
        accepts = ", ".join(f"`{name}`" for name in rule.accepts) or "nothing"
        lines.append(
            "| "
            + " | ".join(
                _cell(cell)
                for cell in (
                    ", ".join(rule.from_states),
                    f"`{rule.action}`",
                    rule.to_state or unchanged,
                    describe_who[rule.who] if describe_who else rule.who,
                    requires,
                    accepts,
                )
            )
            + " |"
        )
    return "\n".join(lines) + "\n"


def mermaid_state_diagram(
    table: Sequence[Rule], *, initial: str, leave_out: Iterable[str] = ()
) -> str:
    """The table as a Mermaid `stateDiagram-v2` (actions named in `leave_out` are not drawn)."""
    skipped = set(leave_out)
    lines = ["stateDiagram-v2", f"    [*] --> {initial}"]
    for rule in table:
        if rule.action in skipped:
            continue
        for state in rule.from_states:
            lines.append(f"    {state} --> {rule.target(state)} : {rule.action}")
    return "\n".join(lines) + "\n"
