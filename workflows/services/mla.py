"""Creating MLA requests and moving them through their life (workflows.mla_rules)."""

from __future__ import annotations

from collections.abc import Collection, Container, Mapping, Sequence
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from audit import trail
from cases.models import Asset, Case, CaseShare, Role, State, User
from cases.services.case_file import case_takes_writes, check_case_takes_writes
from cases.services.versioning import audited_update, lock_current, save_new_version
from cases.visibility import editable_case_ids
from core import engine
from deadlines.calendar import local_today
from deadlines.models import DeadlineKind
from deadlines.services import deadline_sync
from notifications.services import notify
from workflows.mla_models import OPEN_STATUSES, MlaKind, MlaRequest, MlaStatus, MlaTransition
from workflows.mla_rules import MLA_RULES, REQUESTED_LIAISON, REQUESTING_TEAM
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


def requested_state_shared(mla_request: MlaRequest) -> bool:
    return (
        CaseShare.objects.active()
        .filter(case_id=mla_request.case_id, state_id=mla_request.requested_state_id)
        .exists()
    )


def _sync_deadline(mla_request: MlaRequest, by: User | None) -> None:
    """An answer is owed while the request is open: its due date is the requested state's
    deadline (their working days count)."""
    owed = mla_request.status in OPEN_STATUSES and mla_request.due_on is not None
    deadline_sync(
        kind=DeadlineKind.MLA_RESPONSE,
        source_id=mla_request.pk,
        case=mla_request.case,
        due_on=mla_request.due_on if owed else None,
        acting_state=mla_request.requested_state_id,
        partner_state=mla_request.requested_state_id,
        title=(
            f"Answer from {mla_request.requested_state_id} to the "
            f"{mla_request.get_kind_display().lower()} request {mla_request.requesting_reference}"
        ).strip(),
        restricted=mla_request.restricted,
        by=by,
    )


@transaction.atomic
def mla_request_create(
    *,
    case: Case,
    by: User,
    requested_state: State,
    kind: str,
    requesting_state: State | None = None,
    assets: Sequence[Asset] = (),
    share_with_requested_state: bool = False,
    **fields: Any,
) -> tuple[MlaRequest, bool]:
    """Draft a request. Returns (request, whether the case is shared with the requested state).

    A request to a state that does not see the case yet can share it in the same transaction
    (`share_with_requested_state`); otherwise the answer offers it.
    """
    check_case_takes_writes(case)
    requesting = requesting_state or case.owner_state
    if requested_state.code == requesting.code:
        raise ValidationError(
            {"requested_state": ValidationError("A state does not ask itself.", "same_state")}
        )
    _check_assets(case, assets)
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise ValidationError(f"Not accepted: {', '.join(sorted(unknown))}", "unknown_field")
    mla_request = MlaRequest.objects.create(
        case=case,
        kind=kind,
        requesting_state=requesting,
        requested_state=requested_state,
        created_by=by,
        **fields,
    )
    mla_request.assets.set(assets)
    trail.record(
        "mla.created",
        obj=mla_request,
        case=case,
        actor=by,
        changes={
            "before": {},
            "after": {**trail.snapshot(mla_request), "assets": [str(a.pk) for a in assets]},
        },
    )
    shared = requested_state.code == case.owner_state_id or requested_state_shared(mla_request)
    if share_with_requested_state and not shared:
        case_share(case=case, state=requested_state, by=by)
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
    with audited_update(mla_request, action="mla.updated", by=by) as update:
        update.set(changes, EDITABLE_FIELDS)
        if "assets" in changes:
            mla_request.assets.set(changes["assets"])
        _sync_deadline(mla_request, by)
    return mla_request


def _answering_cases(user: User, case_ids: Collection[Any]) -> set[Any]:
    """The cases among `case_ids` whose MLA requests to the user's state the user may answer:
    a liaison of a state the case is shared with, by a share in force that allows answers."""
    if user.role != Role.LIAISON:
        return set()
    shares = CaseShare.objects.active().filter(
        case_id__in=case_ids, state_id=user.state_id, allows_mla_answers=True
    )
    return set(shares.values_list("case_id", flat=True))


def _actors(
    user: User, mla_request: MlaRequest, team_cases: Container[Any], answering_cases: Container[Any]
) -> set[str]:
    """Which of the table's actors the user is for this request."""
    actors = set()
    if mla_request.case_id in team_cases:
        actors.add(REQUESTING_TEAM)
    if mla_request.case_id in answering_cases and mla_request.requested_state_id == user.state_id:
        actors.add(REQUESTED_LIAISON)
    return actors


def may_act(user: User, mla_request: MlaRequest, who: str) -> bool:
    case_ids = [mla_request.case_id]
    return who in _actors(
        user, mla_request, editable_case_ids(user, case_ids), _answering_cases(user, case_ids)
    )


def mla_actions_open_to(user: User, mla_requests: Sequence[MlaRequest]) -> dict[Any, list[str]]:
    """The actions `user` may take now on each request (by id), in table order: the table's
    actions from the request's status whose actor the user is, none on an archived case. Two
    queries whatever the number of requests (the requests' cases must be loaded)."""
    case_ids = {mla_request.case_id for mla_request in mla_requests}
    team_cases, answering_cases = (
        editable_case_ids(user, case_ids),
        _answering_cases(user, case_ids),
    )
    return {
        mla_request.pk: engine.allowed_actions(
            MLA_RULES,
            mla_request.status,
            who=_actors(user, mla_request, team_cases, answering_cases),
        )
        if case_takes_writes(mla_request.case)
        else []
        for mla_request in mla_requests
    }


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
    expected_version: int | str | None = None,
) -> MlaRequest:
    """Move the request by one row of the table.

    `sent_on` (for `send`) and `acknowledged_on` (for `acknowledge`) record a paper dispatch or
    receipt, or a request entered after the fact, on its real date; without them the date is
    today in the acting user's state. Neither may be in the future there. Neither is bounded by
    the date the request was entered in this system: one recorded after the fact was sent before
    it was recorded. An acknowledgement is not before the sending, nor the due date before it.
    """
    mla_request = lock_current(
        MlaRequest.objects.select_related("case"), request_id, expected_version
    )
    check_case_takes_writes(mla_request.case)
    rule = engine.find_rule(MLA_RULES, mla_request.status, action)
    if not may_act(by, mla_request, rule.who):
        raise NotYours(rule.who)
    problems: dict[str, ValidationError] = {}
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
    # "Today" where the act happens: an acknowledgement in Auckland before noon UTC is not in
    # the future (DOMAIN.md: the acting state's local date).
    today = local_today(by.state_id, timezone.now())
    sent_on = _act_date(problems, "sent_on", sent_on, accepted=action == "send", today=today)
    acknowledged_on = _act_date(
        problems, "acknowledged_on", acknowledged_on, accepted=action == "acknowledge", today=today
    )
    if (
        action == "send"
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
    if action == "send":
        # A spontaneous disclosure (Art. 56) owes no answer: without a due date, no deadline.
        mla_request.sent_on, changed = sent_on, [*changed, "sent_on"]
    if action == "acknowledge":
        mla_request.acknowledged_on, changed = acknowledged_on, [*changed, "acknowledged_on"]
    if action == "refuse":
        mla_request.refusal_reason, changed = reason, [*changed, "refusal_reason"]
    if action == "postpone":
        mla_request.postponement_reason, changed = reason, [*changed, "postponement_reason"]
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
    _sync_deadline(mla_request, by)
    trail.record(
        f"mla.{action}",
        obj=mla_request,
        actor=by,
        changes={**trail.diff(before, trail.snapshot(mla_request)), "note": note, "reason": reason},
    )
    _tell_the_other_side(mla_request, rule, note=note or reason)
    return mla_request


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


def _tell_the_other_side(mla_request: MlaRequest, rule: engine.Rule, *, note: str) -> None:
    """Each side hears of the other's move in its inbox: the requested state's liaisons of the
    team's (sending, answering a request for information, withdrawing), the case's team of the
    liaisons' answers. Only what both sides see is said (the status, the reference, the note of
    the move, which both read in the request's history); a request marked for the owning state
    only is never shown to a liaison, so nobody outside the team hears of it."""
    case = mla_request.case
    if rule.who == REQUESTING_TEAM:
        if mla_request.restricted:
            return
        recipients = User.objects.filter(role=Role.LIAISON, state_id=mla_request.requested_state_id)
    else:
        recipients = User.objects.filter(Q(pk=case.lead_prosecutor_id) | Q(team_cases=case))
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
