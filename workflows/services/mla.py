"""Creating MLA requests and moving them through their life (workflows.mla_rules)."""

from __future__ import annotations

from collections.abc import Collection, Container, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q

from audit import trail
from cases.models import Asset, Case, CaseShare, Role, State, User
from cases.services.case_file import case_takes_writes, check_case_takes_writes
from cases.services.versioning import audited_update, lock_current, save_new_version
from cases.visibility import editable_case_ids
from core import engine
from core.state_time import today_in
from deadlines.calendar import subdivisions_of
from deadlines.models import DeadlineKind
from deadlines.services import deadline_sync
from notifications.services import notify
from workflows.mla_models import (
    CLOCK_RUNNING,
    CLOCK_STOPPED,
    CONSULT_BEFORE_REFUSING,
    OPEN_STATUSES,
    PROVISIONAL_MEASURE_KINDS,
    MlaDirection,
    MlaKind,
    MlaRequest,
    MlaStatus,
    MlaTransition,
    RefusalGround,
)
from workflows.mla_rules import MLA_RULES_BY_DIRECTION, REQUESTED_SIDE, REQUESTING_SIDE
from workflows.services.sharing import case_share

EDITABLE_FIELDS = {
    "kind",
    "requesting_reference",
    "requested_reference",
    "channel",
    "description",
    "confidentiality_conditions",
    "speciality_conditions",
    "restricted",
    "internal_notes",
    "due_on",
    "requested_subdivision",
}


def _check_assets(case: Case, assets: Sequence[Asset]) -> None:
    if any(asset.case_id != case.pk for asset in assets):
        raise ValidationError(
            {"assets": ValidationError("Assets must be of the same case.", "other_case")}
        )


def _due_before_sending(due_on: date | None, sent_on: date | None) -> ValidationError | None:
    """The answer cannot be owed before the request reaches the requested state. The same day
    is allowed: an urgent freeze is measured in hours (EU: 48)."""
    if due_on is not None and sent_on is not None and due_on < sent_on:
        return ValidationError(
            f"The answer cannot be due before the request is sent (on {sent_on}).", "before_sent"
        )
    return None


def other_state_shared(mla_request: MlaRequest) -> bool:
    """Whether the other state of the request (`partner_state_of`) sees the case."""
    return (
        CaseShare.objects.active()
        .filter(case_id=mla_request.case_id, state_id=partner_state_of(mla_request))
        .exists()
    )


def partner_side(mla_request: MlaRequest) -> str:
    """The side a partner state's liaison can stand for: the requested side of an outgoing
    request, the requesting side of an incoming one."""
    return REQUESTED_SIDE if mla_request.direction == MlaDirection.OUTGOING else REQUESTING_SIDE


def partner_state_of(mla_request: MlaRequest) -> str:
    """The other state of the request: the one that is not the case's owner."""
    if mla_request.direction == MlaDirection.OUTGOING:
        return mla_request.requested_state_id
    return mla_request.requesting_state_id


def _sync_deadlines(mla_request: MlaRequest, by: User | None) -> None:
    """The request's two deadlines, in the transaction of the change that moves them.

    - The answer (`mla_response`): owed by the requested state while its clock runs, in its
      working days (the requested authority's subdivision); its liaisons are reminded of an
      outgoing request's answer too.
    - The reply to a request for further information (`mla_info_reply`): owed by the requesting
      state while the request waits for it; the requesting state's liaisons are reminded of an
      incoming request's reply.
    """
    requested, requesting = mla_request.requested_state_id, mla_request.requesting_state_id
    running = mla_request.status in CLOCK_RUNNING and mla_request.due_on is not None
    waiting = mla_request.status == MlaStatus.INFO_REQUESTED and mla_request.reply_due_on
    kind = mla_request.get_kind_display().lower()
    # (deadline, due on (None closes it), the state that owes it, where in it, what it is)
    owed = [
        (
            DeadlineKind.MLA_RESPONSE,
            mla_request.due_on if running else None,
            requested,
            mla_request.requested_subdivision,
            f"Answer from {requested} to the {kind} request",
        ),
        (
            DeadlineKind.MLA_INFO_REPLY,
            mla_request.reply_due_on if waiting else None,
            requesting,
            None,  # keeps the deadline's subdivision
            f"Further information from {requesting} for the {kind} request",
        ),
    ]
    # A partner state's liaisons are reminded of what their own state owes.
    partner = partner_state_of(mla_request)
    for deadline_kind, due_on, acting, subdivision, title in owed:
        deadline_sync(
            kind=deadline_kind,
            source_id=mla_request.pk,
            case=mla_request.case,
            due_on=due_on,
            acting_state=acting,
            acting_subdivision=subdivision,
            partner_state=acting if acting == partner else None,
            title=f"{title} {mla_request.requesting_reference}".strip(),
            restricted=mla_request.restricted,
            by=by,
        )


def _check_states(
    case: Case, direction: str, requesting: State | None, requested: State | None
) -> tuple[State, State]:
    """The two states, checked against the direction and the case: an outgoing request is the
    owning state's (to another state), an incoming one is addressed to the owning state (by
    another). The owning state is filled in where it goes without saying."""
    owner = case.owner_state
    if direction == MlaDirection.OUTGOING:
        requesting = requesting or owner
        if requesting.code != owner.code:
            raise ValidationError(
                {
                    "requesting_state": ValidationError(
                        f"An outgoing request is asked by the case's own state ({owner.code}); "
                        "record a request from another state as incoming.",
                        "not_owner_state",
                    )
                }
            )
        if requested is None:
            raise ValidationError({"requested_state": ValidationError("Required.", "required")})
    else:
        requested = requested or owner
        if requested.code != owner.code:
            raise ValidationError(
                {
                    "requested_state": ValidationError(
                        f"An incoming request is addressed to the case's own state ({owner.code}).",
                        "not_owner_state",
                    )
                }
            )
        if requesting is None:
            raise ValidationError(
                {
                    "requesting_state": ValidationError(
                        "Name the state that sent the request.", "required"
                    )
                }
            )
    if requested.code == requesting.code:
        raise ValidationError(
            {"requested_state": ValidationError("A state does not ask itself.", "same_state")}
        )
    return requesting, requested


def _check_subdivision(state_code: str, subdivision: str) -> None:
    if subdivision and subdivision.upper() not in subdivisions_of(state_code):
        known = ", ".join(subdivisions_of(state_code)) or "none"
        raise ValidationError(
            {
                "requested_subdivision": ValidationError(
                    f"Not a subdivision of {state_code} with its own holidays (known: {known}).",
                    "unknown_subdivision",
                )
            }
        )


@transaction.atomic
def mla_request_create(
    *,
    case: Case,
    by: User,
    kind: str,
    requested_state: State | None = None,
    requesting_state: State | None = None,
    direction: str = MlaDirection.OUTGOING,
    assets: Sequence[Asset] = (),
    share_with_requested_state: bool = False,
    **fields: Any,
) -> tuple[MlaRequest, bool]:
    """Draft a request, outgoing (the owning state asks `requested_state`) or incoming (recorded
    from the letter of `requesting_state`). Returns (request, whether the other state sees the
    case).

    A request to a state that does not see the case yet can share it in the same transaction
    (`share_with_requested_state`; for an incoming request, with the requesting state);
    otherwise the answer offers it.
    """
    check_case_takes_writes(case)
    requesting, requested_state = _check_states(case, direction, requesting_state, requested_state)
    _check_subdivision(requested_state.code, fields.get("requested_subdivision", ""))
    _check_assets(case, assets)
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise ValidationError(f"Not accepted: {', '.join(sorted(unknown))}", "unknown_field")
    mla_request = MlaRequest.objects.create(
        case=case,
        kind=kind,
        direction=direction,
        requesting_state=requesting,
        requested_state=requested_state,
        created_by=by,
        **{**fields, "requested_subdivision": fields.get("requested_subdivision", "").upper()},
    )
    mla_request.assets.set(assets)
    trail.record_created(
        "mla.created",
        mla_request,
        actor=by,
        after={**trail.snapshot(mla_request), "assets": [str(a.pk) for a in assets]},
    )
    shared = other_state_shared(mla_request)
    if share_with_requested_state and not shared:
        case_share(case=case, state=State.objects.get(code=partner_state_of(mla_request)), by=by)
        shared = True
    return mla_request, shared


@transaction.atomic
def mla_request_update(
    *, mla_request: MlaRequest, by: User, changes: Mapping[str, Any]
) -> MlaRequest:
    check_case_takes_writes(mla_request.case)
    if mla_request.status not in (MlaStatus.DRAFT, *OPEN_STATUSES):
        raise ValidationError("A closed request is not edited.", "closed")
    if mla_request.status != MlaStatus.DRAFT and "kind" in changes:
        raise ValidationError({"kind": ValidationError("Fixed once sent.", "sent")})
    if "assets" in changes:
        _check_assets(mla_request.case, changes["assets"])
    if "due_on" in changes and (
        problem := _due_before_sending(changes["due_on"], mla_request.sent_on)
    ):
        raise ValidationError({"due_on": problem})
    if "requested_subdivision" in changes:
        _check_subdivision(mla_request.requested_state_id, changes["requested_subdivision"])
        changes = {**changes, "requested_subdivision": changes["requested_subdivision"].upper()}
    with audited_update(mla_request, action="mla.updated", by=by) as update:
        update.set(changes, EDITABLE_FIELDS)
        if "assets" in changes:
            mla_request.assets.set(changes["assets"])
        _sync_deadlines(mla_request, by)
    return mla_request


def _answering_cases(user: User, case_ids: Collection[Any]) -> set[Any]:
    """The cases among `case_ids` on whose MLA requests the user may stand for their own state:
    a liaison of a state the case is shared with, by a share in force that allows answers."""
    if user.role != Role.LIAISON:
        return set()
    shares = CaseShare.objects.active().filter(
        case_id__in=case_ids, state_id=user.state_id, allows_mla_answers=True
    )
    return set(shares.values_list("case_id", flat=True))


def _sides(
    user: User, mla_request: MlaRequest, team_cases: Container[Any], answering_cases: Container[Any]
) -> set[str]:
    """Which sides of the request the user stands for (`workflows.mla_rules`, by direction):
    the team its own state's side, and both of an incoming request (it records the
    requesting state's letters); a liaison their state's side, with an answering share."""
    sides = set()
    if mla_request.case_id in team_cases:
        if mla_request.direction == MlaDirection.OUTGOING:
            sides.add(REQUESTING_SIDE)
        else:
            sides |= {REQUESTED_SIDE, REQUESTING_SIDE}
    if mla_request.case_id in answering_cases and user.state_id == partner_state_of(mla_request):
        sides.add(partner_side(mla_request))
    return sides


def may_act(user: User, mla_request: MlaRequest, who: str) -> bool:
    case_ids = [mla_request.case_id]
    return who in _sides(
        user, mla_request, editable_case_ids(user, case_ids), _answering_cases(user, case_ids)
    )


def mla_actions_open_to(user: User, mla_requests: Sequence[MlaRequest]) -> dict[Any, list[str]]:
    """The actions `user` may take now on each request (by id), in table order: the table's
    actions from the request's status whose side the user stands for, none on an archived
    case, and not one that always needs a consultation before it while none is recorded (a
    refusal needs one only on some grounds: it is offered). At most three queries whatever the
    number of requests (the requests' cases must be loaded)."""
    case_ids = {mla_request.case_id for mla_request in mla_requests}
    team_cases, answering_cases = (
        editable_case_ids(user, case_ids),
        _answering_cases(user, case_ids),
    )
    sides = {
        mla_request.pk: _sides(user, mla_request, team_cases, answering_cases)
        if case_takes_writes(mla_request.case)
        else set()
        for mla_request in mla_requests
    }
    acting_on = [pk for pk, own in sides.items() if own]
    consulted = set(
        MlaTransition.objects.filter(request_id__in=acting_on, action="consult").values_list(
            "request_id", flat=True
        )
        if acting_on
        else ()
    )
    offered = {}
    for mla_request in mla_requests:
        rules = MLA_RULES_BY_DIRECTION[mla_request.direction]
        offered[mla_request.pk] = [
            action
            for action in engine.allowed_actions(
                rules, mla_request.status, who=sides[mla_request.pk]
            )
            if mla_request.pk in consulted
            or not _consultation_needed(
                mla_request, engine.find_rule(rules, mla_request.status, action), ()
            )
        ]
    return offered


class NotYours(Exception):
    """The caller may see the request but this action belongs to the other side."""


@transaction.atomic
def mla_request_transition(
    *,
    request_id: Any,
    by: User,
    action: str,
    note: str = "",
    reason: str = "",
    sent_on: date | None = None,
    acknowledged_on: date | None = None,
    reply_due_on: date | None = None,
    refusal_grounds: Sequence[str] = (),
    expected_version: int | str | None = None,
) -> MlaRequest:
    """Move the request by one row of the table (its direction's rows).

    `sent_on` (for `send` and `receive`) and `acknowledged_on` (for `acknowledge`) record a
    paper dispatch or receipt, or a request entered after the fact, on its real date; without
    them the date is today in the acting user's state. Neither may be in the future there. Neither
    is bounded by the date the request was entered in this system: one recorded after the fact was
    sent before it was recorded. An acknowledgement is not before the sending, nor the due date
    before it.

    The clock (`CLOCK_STOPPED`): entering `info_requested` or `postponed` stops it on the day
    (`clock_stopped_on`); leaving for a status where it runs moves `due_on` by the days it stood
    still. `request_info` needs `reply_due_on`, the requesting side's own deadline.
    """
    mla_request = lock_current(
        MlaRequest.objects.select_related("case"), request_id, expected_version
    )
    check_case_takes_writes(mla_request.case)
    rule = engine.find_rule(
        MLA_RULES_BY_DIRECTION[mla_request.direction], mla_request.status, action
    )
    if not may_act(by, mla_request, rule.who):
        raise NotYours(rule.who)
    # "Today" where the act happens: an acknowledgement in Auckland before noon UTC is not in
    # the future (DOMAIN.md: the acting state's local date).
    today = today_in(by.state_id)
    problems: dict[str, ValidationError] = {}
    _check_requirements(
        problems, mla_request, rule, note=note, reason=reason, refusal_grounds=refusal_grounds
    )
    dated = action in ("send", "receive")
    sent_on = _act_date(problems, "sent_on", sent_on, accepted=dated, today=today)
    acknowledged_on = _act_date(
        problems, "acknowledged_on", acknowledged_on, accepted=action == "acknowledge", today=today
    )
    _check_reply_due_on(problems, rule, reply_due_on, today=today)
    if (
        dated
        and not problems.keys() & {"due_on", "sent_on"}
        and (problem := _due_before_sending(mla_request.due_on, sent_on))
    ):
        problems["due_on"] = problem
    if (
        action == "acknowledge"
        and acknowledged_on is not None
        and mla_request.sent_on is not None
        and acknowledged_on < mla_request.sent_on
    ):
        problems["acknowledged_on"] = ValidationError(
            f"A request is not acknowledged before it was sent (on {mla_request.sent_on}).",
            "before_sent",
        )
    if problems:
        raise ValidationError(problems)

    before = trail.snapshot(mla_request)
    from_status = mla_request.status
    mla_request.status = rule.target(from_status)
    changed = ["status"]
    if dated:
        # A spontaneous disclosure (Art. 56) owes no answer: without a due date, no deadline.
        mla_request.sent_on, changed = sent_on, [*changed, "sent_on"]
    if action == "acknowledge":
        mla_request.acknowledged_on, changed = acknowledged_on, [*changed, "acknowledged_on"]
    if action == "request_info":
        mla_request.reply_due_on, changed = reply_due_on, [*changed, "reply_due_on"]
    if action == "refuse":
        mla_request.refusal_reason = reason
        mla_request.refusal_grounds = sorted(set(refusal_grounds))
        changed = [*changed, "refusal_reason", "refusal_grounds"]
    if action == "postpone":
        mla_request.postponement_reason, changed = reason, [*changed, "postponement_reason"]
    # The clock is the requested state's: it stops and resumes on that state's dates, whoever
    # acts (the requesting side's `provide_info` resumes it).
    clock_today = today_in(mla_request.requested_state_id)
    changed += _move_the_clock(mla_request, from_status, today=clock_today)
    if (
        mla_request.status not in (MlaStatus.DRAFT, *OPEN_STATUSES)
        and mla_request.closed_on is None
    ):
        mla_request.closed_on, changed = today, [*changed, "closed_on"]
    save_new_version(mla_request, changed)
    sequence = mla_request.transitions.count() + 1
    MlaTransition.objects.create(
        request=mla_request,
        sequence=sequence,
        action=action,
        from_status=from_status,
        to_status=mla_request.status,
        note=note,
        reason=reason,
        performed_by=by,
    )
    _sync_deadlines(mla_request, by)
    trail.record(
        f"mla.{action}",
        obj=mla_request,
        actor=by,
        changes={**trail.diff(before, trail.snapshot(mla_request)), "note": note, "reason": reason},
    )
    _tell_the_other_side(mla_request, rule, by=by, note=note or reason)
    return mla_request


def _check_requirements(
    problems: dict[str, ValidationError],
    mla_request: MlaRequest,
    rule: engine.Rule,
    *,
    note: str,
    reason: str,
    refusal_grounds: Sequence[str],
) -> None:
    """The checks of the rule's requirements (`mla_rules.REQUIREMENTS`), one per name."""
    if (
        "due_on" in rule.requires
        and mla_request.due_on is None
        and mla_request.kind != MlaKind.SPONTANEOUS_DISCLOSURE
    ):
        problems["due_on"] = ValidationError(
            "Set the date an answer is due before sending.", "required"
        )
    if "note" in rule.requires and not note.strip():
        problems["note"] = ValidationError("Say what is needed or what was done.", "required")
    if "reason" in rule.requires and not reason.strip():
        problems["reason"] = ValidationError("Give the reasons.", "required")
    if "refusal_grounds" in rule.requires:
        unknown = set(refusal_grounds) - set(RefusalGround.values)
        if not refusal_grounds or unknown:
            problems["refusal_grounds"] = ValidationError(
                "Name the grounds of the refusal: " + ", ".join(RefusalGround.values) + ".",
                "required" if not refusal_grounds else "invalid_choice",
            )
    elif refusal_grounds:
        problems["refusal_grounds"] = ValidationError(
            "Only a refusal has grounds.", "not_for_this_action"
        )
    if (
        "consulted" in rule.requires
        and _consultation_needed(mla_request, rule, refusal_grounds)
        and not mla_request.transitions.filter(action="consult").exists()
    ):
        problems["action"] = ValidationError(
            _CONSULTATION_NEEDED[rule.action], "consultation_required"
        )


_CONSULTATION_NEEDED = {
    "refuse": "Consult the requesting state first (action `consult`): UNCAC 46(26) before a "
    "refusal under 46(21), 55(8) before lifting a provisional measure.",
    "postpone": "Consult the requesting state first (action `consult`): UNCAC 46(26) before "
    "postponing execution.",
}


def _consultation_needed(
    mla_request: MlaRequest, rule: engine.Rule, refusal_grounds: Sequence[str]
) -> bool:
    if "consulted" not in rule.requires:
        return False
    if rule.action == "postpone":
        return True
    if any(ground in CONSULT_BEFORE_REFUSING for ground in refusal_grounds):
        return True
    return (
        RefusalGround.DE_MINIMIS_55_7 in refusal_grounds
        and mla_request.kind in PROVISIONAL_MEASURE_KINDS
    )


def _check_reply_due_on(
    problems: dict[str, ValidationError], rule: engine.Rule, given: date | None, *, today: date
) -> None:
    if "reply_due_on" not in rule.requires:
        if given is not None:
            problems["reply_due_on"] = ValidationError(
                "This action does not record that date.", "not_for_this_action"
            )
        return
    if given is None:
        problems["reply_due_on"] = ValidationError(
            "Say when the requesting side's reply is due.", "required"
        )
    elif given < today:
        problems["reply_due_on"] = ValidationError(
            f"The reply cannot be due in the past (it is {today} in your state).", "in_past"
        )


def _move_the_clock(mla_request: MlaRequest, from_status: str, *, today: date) -> list[str]:
    """Stop the requested state's clock on entering a status where it stands still; on leaving
    for one where it runs, move the due date by the days it stood still (calendar days: the
    answer is due as long after the resumption as it was after the stop). Returns the fields
    changed."""
    to_status = mla_request.status
    if to_status in CLOCK_STOPPED and from_status not in CLOCK_STOPPED:
        mla_request.clock_stopped_on = today
        return ["clock_stopped_on"]
    if from_status in CLOCK_STOPPED and to_status not in CLOCK_STOPPED:
        changed = ["clock_stopped_on"]
        stopped_on, mla_request.clock_stopped_on = mla_request.clock_stopped_on, None
        if to_status in CLOCK_RUNNING and mla_request.due_on and stopped_on:
            mla_request.due_on += max(today - stopped_on, timedelta(0))
            changed.append("due_on")
        if mla_request.reply_due_on is not None:
            mla_request.reply_due_on = None
            changed.append("reply_due_on")
        return changed
    return []


def _act_date(
    problems: dict[str, ValidationError],
    attr: str,
    given: date | None,
    *,
    accepted: bool,
    today: date,
) -> date | None:
    """The date of the act named `attr`: the one given, else today; refused in the future, or
    with an action that records no such date."""
    if not accepted:
        if given is not None:
            problems[attr] = ValidationError(
                "This action does not record that date.", "not_for_this_action"
            )
        return None
    if given is None:
        return today
    if given > today:
        problems[attr] = ValidationError(
            f"The date cannot be in the future (it is {today} in your state).", "in_future"
        )
    return given


def _tell_the_other_side(
    mla_request: MlaRequest, rule: engine.Rule, *, by: User, note: str
) -> None:
    """Each side hears of the other's move in its inbox: the partner state's liaisons of the
    team's moves, the case's team of the liaisons'. A move the team records for the requesting
    state of an incoming request (its letter received) tells nobody: the other side is the team.
    Only what both sides see is said (the status, the reference, the note of the move, which
    both read in the request's history); a request marked for the owning state only is never
    shown to a liaison, so nobody outside the team hears of it."""
    case = mla_request.case
    if by.role == Role.LIAISON:
        recipients = User.objects.filter(Q(pk=case.lead_prosecutor_id) | Q(team_cases=case))
    elif rule.who == partner_side(mla_request) or mla_request.restricted:
        return
    else:
        recipients = User.objects.filter(role=Role.LIAISON, state_id=partner_state_of(mla_request))
    reference = mla_request.requesting_reference or mla_request.get_kind_display()
    notify(
        recipients=recipients.distinct(),
        kind=f"mla.{rule.action}",
        title=(
            f"MLA request {reference} ({mla_request.requesting_state_id} to "
            f"{mla_request.requested_state_id}): {MlaStatus(mla_request.status).label.lower()}"
        ),
        body=note,
        case=case,
    )
