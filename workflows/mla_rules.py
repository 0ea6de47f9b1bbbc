"""The life of an MLA request as a table (DOMAIN.md, 'Mutual legal assistance (MLA) requests').

draft -> sent -> acknowledged (action initiated) -> further information requested -> in execution,
or postponed -> executed, partially executed, refused (with reasons), or withdrawn.

The requesting case team drafts, sends, answers requests for information and withdraws; the
requested state's liaisons (their state must have the case shared, with a share that allows
answering) acknowledge, ask for information, start execution, postpone, execute or refuse.
Two actions beyond API.md's list are needed to reach every status of the vocabulary:
`provide_info` (the team answers a request for information) and `start_execution`.
"""

from __future__ import annotations

from core import engine
from core.engine import Rule
from workflows.mla_models import MlaStatus

REQUESTING_TEAM = "requesting_team"
REQUESTED_LIAISON = "requested_liaison"
WHO = {
    REQUESTING_TEAM: "the requesting case's team",
    REQUESTED_LIAISON: "a liaison of the requested state, with the case shared with that state",
}
REQUIREMENTS = {
    "due_on": "`due_on` set (not for a spontaneous disclosure)",
    "note": "`note`",
    "reason": "`reason`",
}

S = MlaStatus
ANSWERING = (S.SENT, S.ACKNOWLEDGED, S.INFO_REQUESTED, S.IN_EXECUTION, S.POSTPONED)

MLA_RULES: tuple[Rule, ...] = (
    Rule(
        (S.DRAFT,),
        "send",
        S.SENT,
        REQUESTING_TEAM,
        ("due_on",),
        meaning="The central authority sends the request.",
    ),
    Rule(
        (S.SENT,),
        "acknowledge",
        S.ACKNOWLEDGED,
        REQUESTED_LIAISON,
        meaning="Received; action initiated.",
    ),
    Rule(
        (S.SENT, S.ACKNOWLEDGED, S.IN_EXECUTION),
        "request_info",
        S.INFO_REQUESTED,
        REQUESTED_LIAISON,
        ("note",),
        meaning="Further information is needed.",
    ),
    Rule(
        (S.INFO_REQUESTED,),
        "provide_info",
        S.ACKNOWLEDGED,
        REQUESTING_TEAM,
        ("note",),
        meaning="The requesting state answers the request for information.",
    ),
    Rule(
        (S.ACKNOWLEDGED, S.POSTPONED),
        "start_execution",
        S.IN_EXECUTION,
        REQUESTED_LIAISON,
        meaning="Execution starts (or resumes after a postponement).",
    ),
    Rule(
        (S.SENT, S.ACKNOWLEDGED, S.INFO_REQUESTED, S.IN_EXECUTION),
        "postpone",
        S.POSTPONED,
        REQUESTED_LIAISON,
        ("reason",),
        meaning="Execution is postponed (e.g. it would harm an ongoing investigation).",
    ),
    Rule(
        (S.ACKNOWLEDGED, S.IN_EXECUTION, S.POSTPONED),
        "execute",
        S.EXECUTED,
        REQUESTED_LIAISON,
        meaning="Fully executed.",
    ),
    Rule(
        (S.ACKNOWLEDGED, S.IN_EXECUTION, S.POSTPONED),
        "partially_execute",
        S.PARTIALLY_EXECUTED,
        REQUESTED_LIAISON,
        ("note",),
        meaning="Executed in part.",
    ),
    Rule(
        ANSWERING,
        "refuse",
        S.REFUSED,
        REQUESTED_LIAISON,
        ("reason",),
        meaning="Refused, with reasons (after consulting the requesting state).",
    ),
    Rule(
        (S.DRAFT, *ANSWERING),
        "withdraw",
        S.WITHDRAWN,
        REQUESTING_TEAM,
        meaning="The requesting state withdraws the request.",
    ),
)

engine.check_table(
    MLA_RULES, states=MlaStatus.values, who=WHO.keys(), requirements=REQUIREMENTS.keys()
)


MLA_ACTION_CHOICES = [(action, action) for action in engine.actions_of(MLA_RULES)]


def markdown_table() -> str:
    return engine.markdown_table(MLA_RULES, describe_requirement=REQUIREMENTS)
