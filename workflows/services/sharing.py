"""Sharing a case with a partner state, and revoking it.

A share is a record (who granted it, when, until when, what it allows) and, in the same
transaction, guardian object permissions on the case for the partner state's liaison group (a
record of who was granted what). Visibility itself is decided from the share records
(`cases.visibility`), which also know expiry dates, and `has_perm` on a case is bounded by them
(`cases.permissions`): an expired share's grant row answers false.
"""

from __future__ import annotations

from datetime import date

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from guardian.shortcuts import assign_perm, remove_perm

from audit import trail
from cases.models import Case, CaseShare, Role, State, User
from cases.services.case_file import check_case_takes_writes
from core.state_time import date_passed
from deadlines.models import DeadlineKind
from deadlines.services import deadline_sync
from notifications.services import notify

VIEW_CASE = "cases.view_case"
ANSWER_MLA = "cases.answer_mla_case"


def state_group(state_code: str, role: str = Role.LIAISON) -> Group:
    """The one group per cooperating state and role, e.g. `state:FR:liaison`."""
    group, _ = Group.objects.get_or_create(name=f"state:{state_code}:{role}")
    return group


def _share_snapshot(share: CaseShare) -> dict[str, object]:
    return trail.snapshot(share)


def _grant_permissions(share: CaseShare) -> None:
    group = state_group(share.state_id)
    assign_perm(VIEW_CASE, group, share.case)
    if share.allows_mla_answers:
        assign_perm(ANSWER_MLA, group, share.case)
    else:
        remove_perm(ANSWER_MLA, group, share.case)


def _withdraw_permissions(share: CaseShare) -> None:
    group = state_group(share.state_id)
    remove_perm(VIEW_CASE, group, share.case)
    remove_perm(ANSWER_MLA, group, share.case)


def _sync_expiry_deadline(share: CaseShare, by: User) -> None:
    """A share's expiry is a deadline for the team (renew it or let it lapse); it is stored as
    restricted, so partner states never see which states a case is shared with."""
    in_force = share.revoked_at is None
    deadline_sync(
        kind=DeadlineKind.SHARE_EXPIRY,
        source_id=share.pk,
        case=share.case,
        due_on=share.expires_on if in_force else None,
        acting_state=share.case.owner_state_id,
        title=f"Share of {share.case.reference} with {share.state_id} expires",
        restricted=True,
        by=by,
    )


def _liaisons_of(state_code: str) -> QuerySet[User]:
    return User.objects.filter(state_id=state_code, role=Role.LIAISON)


@transaction.atomic
def case_share(
    *,
    case: Case,
    state: State,
    by: User,
    expires_on: date | None = None,
    allows_mla_answers: bool = True,
) -> tuple[CaseShare, bool]:
    """Share `case` with `state`. Idempotent: sharing again returns the share in force
    (updating its expiry or profile if they differ). Returns (share, created)."""
    check_case_takes_writes(case)
    if state.code == case.owner_state_id:
        raise ValidationError(
            {"state": ValidationError("The owning state already sees its case.", "owner_state")}
        )
    if expires_on is not None and date_passed(expires_on, state.code):
        raise ValidationError(
            {
                "expires_on": ValidationError(
                    "The expiry cannot be in the past (in the partner state).", "in_past"
                )
            }
        )
    # Lock the case so that two concurrent shares with the same state cannot both insert.
    Case.objects.select_for_update().filter(pk=case.pk).first()
    current = CaseShare.objects.filter(case=case, state=state, revoked_at__isnull=True).first()
    if current is not None and not current.in_force:
        # An expired share is closed as history; the new grant is a new record.
        current.revoked_at = timezone.now()
        current.revoked_by = by
        current.save(update_fields=["revoked_at", "revoked_by"])
        trail.record("share.expired_closed", obj=current, case=case, actor=by)
        _sync_expiry_deadline(current, by)
        current = None
    if current is not None:
        before = _share_snapshot(current)
        current.expires_on = expires_on
        current.allows_mla_answers = allows_mla_answers
        current.save(update_fields=["expires_on", "allows_mla_answers"])
        after = _share_snapshot(current)
        if before != after:
            _grant_permissions(current)
            _sync_expiry_deadline(current, by)
            trail.record(
                "share.updated", obj=current, case=case, actor=by, changes=trail.diff(before, after)
            )
        return current, False

    share = CaseShare.objects.create(
        case=case,
        state=state,
        granted_by=by,
        expires_on=expires_on,
        allows_mla_answers=allows_mla_answers,
        case_created_at=case.created_at,
    )
    _grant_permissions(share)
    _sync_expiry_deadline(share, by)
    trail.record_created("share.granted", share, actor=by, after=_share_snapshot(share))
    until = f" until {expires_on.isoformat()}" if expires_on else ""
    notify(
        recipients=_liaisons_of(state.code),
        kind="case_shared",
        title=f"Case {case.reference} was shared with {state.code}{until}",
        body=f"{case.owner_state_id} shared case {case.reference}: {case.title}",
        case=case,
    )
    return share, True


@transaction.atomic
def case_unshare(*, case: Case, state_code: str, by: User) -> CaseShare:
    """Revoke the share in force at once: the liaison's very next request no longer sees it."""
    share = (
        CaseShare.objects.select_for_update()
        .filter(case=case, state_id=state_code, revoked_at__isnull=True)
        .first()
    )
    if share is None:
        raise CaseShare.DoesNotExist
    before = _share_snapshot(share)
    share.revoked_at = timezone.now()
    share.revoked_by = by
    share.save(update_fields=["revoked_at", "revoked_by"])
    _withdraw_permissions(share)
    _sync_expiry_deadline(share, by)
    trail.record(
        "share.revoked",
        obj=share,
        case=case,
        actor=by,
        changes=trail.diff(before, _share_snapshot(share)),
    )
    # Told after the revocation, the liaisons can no longer see the case: the notice names
    # only the reference they already knew and says nothing of its content.
    notify(
        recipients=_liaisons_of(state_code),
        kind="case_unshared",
        title=f"Access to case {case.reference} was withdrawn",
        case=None,
    )
    return share
