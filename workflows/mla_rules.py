"""The life of an MLA request as a table (DOMAIN.md, 'Mutual legal assistance (MLA) requests').

draft -> sent -> acknowledged (action initiated) -> further information requested -> in execution,
or postponed -> executed, partially executed, refused (with reasons), or withdrawn.

One table for both directions. Its actors are the two sides of a request, and who stands for a
side depends on the request's direction (`workflows.services.mla`):

- outgoing (the owning state asks): the requesting side is the case team; the requested side
  is the requested state's liaisons, with the case shared with that state by a share that
  allows answering;
- incoming (the owning state is asked): the requested side is the case team; the requesting
  side is the team too, recording the requesting state's letters, or that state's liaisons,
  with such a share.

A row that only one direction has requires it (`outgoing`, `incoming`): an outgoing request is
sent, an incoming one is received (recorded from the letter, on the date it was sent).

The clock: the requested state's time to answer stops while it waits for further information
(`request_info`, with the date the requesting side's reply is due, itself a deadline) or while
execution is postponed; when it runs again, the due date moves by the days it stood still.
Consultation (`consult`) is a step of its own: UNCAC 46(26) asks for one before refusing under
46(21) or postponing, and 55(8) before lifting a provisional measure (a de minimis refusal of a
freeze or seizure under 55(7)).
"""

from __future__ import annotations

from core import engine
from core.engine import Rule
from workflows.mla_models import MlaDirection, MlaStatus

REQUESTING_SIDE = "requesting_side"
REQUESTED_SIDE = "requested_side"
WHO = {
    REQUESTING_SIDE: "the requesting side (by direction: see the module)",
    REQUESTED_SIDE: "the requested side (by direction: see the module)",
}
OUTGOING, INCOMING = MlaDirection.OUTGOING.value, MlaDirection.INCOMING.value
REQUIREMENTS = {
    OUTGOING: "an outgoing request",
    INCOMING: "an incoming request",
    "due_on": "`due_on` set (not for a spontaneous disclosure)",
    "note": "`note`",
    "reason": "`reason`",
    "reply_due_on": "`reply_due_on`: when the requesting side's reply is due",
    "refusal_grounds": "`refusal_grounds` (UNCAC 46(21), 55(7), 46(9) or other)",
    "consulted": "a consultation recorded since the request was sent, where UNCAC 46(26) or "
    "55(8) asks for one",
}

S = MlaStatus
ANSWERING = (S.SENT, S.ACKNOWLEDGED, S.INFO_REQUESTED, S.IN_EXECUTION, S.POSTPONED)

MLA_RULES: tuple[Rule, ...] = (
    Rule(
        (S.DRAFT,),
        "send",
        S.SENT,
        REQUESTING_SIDE,
        (OUTGOING, "due_on"),
        meaning="The central authority sends the request.",
    ),
    Rule(
        (S.DRAFT,),
        "receive",
        S.SENT,
        REQUESTING_SIDE,
        (INCOMING, "due_on"),
        meaning="The request received, recorded from its letter (`sent_on`: the letter's date).",
    ),
    Rule(
        (S.SENT,),
        "acknowledge",
        S.ACKNOWLEDGED,
        REQUESTED_SIDE,
        meaning="Received; action initiated.",
    ),
    Rule(
        (S.SENT, S.ACKNOWLEDGED, S.IN_EXECUTION),
        "request_info",
        S.INFO_REQUESTED,
        REQUESTED_SIDE,
        ("note", "reply_due_on"),
        meaning="Further information is needed; the requested state's clock stops.",
    ),
    Rule(
        (S.INFO_REQUESTED,),
        "provide_info",
        S.ACKNOWLEDGED,
        REQUESTING_SIDE,
        ("note",),
        meaning="The requesting state answers; the clock runs again, the due date moved by the "
        "days it stood still.",
    ),
    Rule(
        ANSWERING,
        "consult",
        None,
        REQUESTED_SIDE,
        ("note",),
        meaning="The requesting state is consulted (UNCAC 46(26), 55(8)).",
    ),
    Rule(
        (S.ACKNOWLEDGED, S.POSTPONED),
        "start_execution",
        S.IN_EXECUTION,
        REQUESTED_SIDE,
        meaning="Execution starts (or resumes after a postponement, the clock running again).",
    ),
    Rule(
        (S.SENT, S.ACKNOWLEDGED, S.INFO_REQUESTED, S.IN_EXECUTION),
        "postpone",
        S.POSTPONED,
        REQUESTED_SIDE,
        ("reason", "consulted"),
        meaning="Execution is postponed (46(25): it would interfere with an ongoing "
        "investigation); the clock stops.",
    ),
    Rule(
        (S.ACKNOWLEDGED, S.IN_EXECUTION, S.POSTPONED),
        "execute",
        S.EXECUTED,
        REQUESTED_SIDE,
        meaning="Fully executed.",
    ),
    Rule(
        (S.ACKNOWLEDGED, S.IN_EXECUTION, S.POSTPONED),
        "partially_execute",
        S.PARTIALLY_EXECUTED,
        REQUESTED_SIDE,
        ("note",),
        meaning="Executed in part.",
    ),
    Rule(
        ANSWERING,
        "refuse",
        S.REFUSED,
        REQUESTED_SIDE,
        ("reason", "refusal_grounds", "consulted"),
        meaning="Refused, on stated grounds, with reasons.",
    ),
    Rule(
        (S.DRAFT, *ANSWERING),
        "withdraw",
        S.WITHDRAWN,
        REQUESTING_SIDE,
        meaning="The requesting state withdraws the request.",
    ),
)

engine.check_table(
    MLA_RULES, states=MlaStatus.values, who=WHO.keys(), requirements=REQUIREMENTS.keys()
)


MLA_ACTION_CHOICES = [(action, action) for action in engine.actions_of(MLA_RULES)]


def _rows_of(direction: str) -> tuple[Rule, ...]:
    """The rows a request of this direction has: those that require the other one left out."""
    other = INCOMING if direction == OUTGOING else OUTGOING
    return tuple(rule for rule in MLA_RULES if other not in rule.requires)


MLA_RULES_BY_DIRECTION = {direction: _rows_of(direction) for direction in (OUTGOING, INCOMING)}


# Who stands for each side, by direction: what `workflows.services.mla` checks, in words.
SIDES_BY_DIRECTION = {
    OUTGOING: {
        REQUESTING_SIDE: "the case team",
        REQUESTED_SIDE: "the requested state's liaisons (a share that allows answering)",
    },
    INCOMING: {
        REQUESTING_SIDE: "the case team, from the requesting state's letters; or that state's "
        "liaisons (a share that allows answering), once received",
        REQUESTED_SIDE: "the case team",
    },
}


def markdown_table(direction: str) -> str:
    """The rows of one direction, with who stands for each side, for docs/mla-lifecycle.md."""
    return engine.markdown_table(
        MLA_RULES_BY_DIRECTION[direction],
        describe_requirement=REQUIREMENTS,
        describe_who=SIDES_BY_DIRECTION[direction],
    )


def mermaid_diagram() -> str:
    """The statuses as a Mermaid state diagram (consultations, which keep the status, and the
    receipt of an incoming request, drawn as `send`, are left out)."""
    return engine.mermaid_state_diagram(
        MLA_RULES_BY_DIRECTION[OUTGOING], initial=MlaStatus.DRAFT, leave_out=("consult",)
    )
