"""Creating, assigning, completing and waiving tasks; the tasks a legal act brings; the guard
that holds an act back while a mandatory task is open.

Who may do what: the case's team changes every task of its case; a liaison of the state a task
was given to (its side of an MLA request) may move it along (`status`) and comment on it, and
nothing else. Every change is audited and versioned (`cases.services.versioning`); a task's due
date is a deadline (`deadlines.services.deadline_sync`), so the reminder sweep reminds its
assignee before it and escalates after it, each exactly once.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from audit import trail
from cases.models import Asset, Case, Role, User
from cases.services.case_file import check_case_takes_writes
from cases.services.versioning import audited_update
from cases.visibility import can_edit_case
from core.state_time import today_in
from deadlines.calendar import acting_calendar
from deadlines.models import DeadlineKind
from deadlines.services import deadline_sync
from notifications.services import notify
from tasks.models import ACTIVE_STATUSES, Task, TaskComment, TaskStatus
from tasks.templates import templates_after
from workflows.act_guards import ActBlocked
from workflows.mla_models import MlaDirection, MlaRequest
from workflows.models import AssetAction, AssetTransition

__all__ = [
    "TEAM_FIELDS",
    "mandatory_tasks_guard",
    "task_comment_create",
    "task_create",
    "task_update",
    "task_waive",
    "tasks_from_templates",
]

# What the team may change; a liaison of the task's side changes `status` alone.
TEAM_FIELDS = {
    "title",
    "description",
    "assignee",
    "due_on",
    "status",
    "restricted",
    "internal_notes",
}
PARTNER_FIELDS = {"status"}
# The acts a task may hold back (a template's, or one the team sets).
MANDATORY_ACTS = (AssetAction.SEIZE, AssetAction.CONFISCATE, AssetAction.REPATRIATE)
# What is required before a confiscation is required before a first-instance one open to appeal
# too: the court orders it either way (third parties are heard before, not after the appeal).
HELD_BACK_AS: dict[str, str] = {AssetAction.CONFISCATE_UNDER_APPEAL: AssetAction.CONFISCATE}


def holding_back(action: str) -> set[str]:
    """The `mandatory_before` of the tasks that hold `action` back."""
    return {action, HELD_BACK_AS.get(action, action)}


def _error(field: str, message: str, code: str) -> ValidationError:
    return ValidationError({field: ValidationError(message, code)})


def partner_state_of(request: MlaRequest) -> str:
    """The other side of a request: the requested state of an outgoing request, the requesting
    state of an incoming one (the side whose liaisons see it)."""
    if request.direction == MlaDirection.INCOMING:
        return request.requesting_state_id
    return request.requested_state_id


def is_team_member(user: User, case: Case) -> bool:
    return (
        user.is_active
        and user.role == Role.PROSECUTOR
        and user.state_id == case.owner_state_id
        and (case.lead_prosecutor_id == user.pk or case.team.filter(pk=user.pk).exists())
    )


def _check_assignee(task: Task, assignee: User | None) -> None:
    if assignee is None:
        return
    if task.assigned_state_id is None:
        if not is_team_member(assignee, task.case):
            raise _error("assignee", "Must be a member of the case team.", "not_team")
    elif not (
        assignee.is_active
        and assignee.role == Role.LIAISON
        and assignee.state_id == task.assigned_state_id
    ):
        raise _error(
            "assignee",
            f"A task on {task.assigned_state_id}'s side goes to one of its liaisons.",
            "not_that_side",
        )


def _check_due_on(due_on: date | None, acting_state: str) -> None:
    """A due date is a working day of the state that must act, not already past there."""
    if due_on is None:
        return
    if due_on < today_in(acting_state):
        raise _error("due_on", f"Already past in {acting_state}.", "in_past")
    calendar = acting_calendar(acting_state)
    if not calendar.is_working_day(due_on):
        following = calendar.add_working_days(due_on, 1)
        raise _error(
            "due_on",
            f"Not a working day in {acting_state}; the next one is {following.isoformat()}.",
            "not_working_day",
        )


def due_in_working_days(acting_state: str, days: int) -> date:
    return acting_calendar(acting_state).add_working_days(today_in(acting_state), days)


def _sync_deadline(task: Task, *, by: User | None) -> None:
    """The task's due date as a deadline while the task is owed; closed once it is not."""
    active = task.status in ACTIVE_STATUSES
    deadline_sync(
        kind=DeadlineKind.TASK_DUE,
        source_id=task.pk,
        case=task.case,
        due_on=task.due_on if active else None,
        acting_state=task.acting_state_id,
        title=f"Task: {task.title}",
        # A task of a partner state's side is owed by that state: its liaisons see it among
        # their deadlines and are reminded of it (deadlines.reminders), as of an MLA answer.
        partner_state=task.assigned_state_id,
        restricted=task.restricted,
        by=by,
    )


def _notify_assignee(task: Task) -> None:
    assignee = task.assignee
    if assignee is None or (task.restricted and assignee.role == Role.LIAISON):
        return
    notify(
        recipients=User.objects.filter(pk=assignee.pk),
        kind="task_assigned",
        title=f"[{task.case.reference}] Task assigned to you: {task.title}"[:300],
        body=f"Due on {task.due_on.isoformat()}." if task.due_on else "",
        case=task.case,
    )


def check_may_change(task: Task, by: User, fields: set[str]) -> None:
    """The team changes anything; the liaisons of the task's side move its status along."""
    if can_edit_case(by, task.case):
        return
    if (
        by.role == Role.LIAISON
        and task.assigned_state_id == by.state_id
        and fields <= PARTNER_FIELDS
    ):
        return
    raise PermissionDenied("Only the case team may change this task.")


@transaction.atomic
def task_create(*, case: Case, by: User, data: Mapping[str, Any]) -> Task:
    """A task of `case`; `side="partner"` gives it to the other state of its MLA request."""
    if not can_edit_case(by, case):
        raise PermissionDenied("Only the case team adds tasks to this case.")
    check_case_takes_writes(case)
    asset: Asset | None = data.get("asset")
    request: MlaRequest | None = data.get("mla_request")
    if asset is not None and asset.case_id != case.pk:
        raise _error("asset", "Must be an asset of the same case.", "other_case")
    if request is not None and request.case_id != case.pk:
        raise _error("mla_request", "Must be an MLA request of the same case.", "other_case")
    assigned_state = None
    if data.get("side") == "partner":
        if request is None:
            raise _error("side", "Only a task of an MLA request goes to its other side.", "no_mla")
        assigned_state = partner_state_of(request)
    mandatory_before = data.get("mandatory_before") or ""
    if mandatory_before and asset is None:
        raise _error(
            "mandatory_before", "Only a task of an asset holds one of its acts back.", "no_asset"
        )
    task = Task(
        case=case,
        asset=asset,
        mla_request=request,
        assigned_state_id=assigned_state,
        acting_state_id=assigned_state or case.owner_state_id,
        title=data["title"],
        description=data.get("description", ""),
        due_on=data.get("due_on"),
        restricted=data.get("restricted", False),
        internal_notes=data.get("internal_notes", ""),
        template=data.get("template", ""),
        mandatory_before=mandatory_before,
        created_by=by,
    )
    _check_assignee(task, data.get("assignee"))
    task.assignee = data.get("assignee")
    _check_due_on(task.due_on, task.acting_state_id)
    task.save(force_insert=True)
    trail.record_created("task.created", task, actor=by, after=trail.snapshot(task))
    _sync_deadline(task, by=by)
    _notify_assignee(task)
    return task


@transaction.atomic
def task_update(*, task: Task, by: User, changes: Mapping[str, Any]) -> Task:
    """Change a task the caller has locked (`lock_current`)."""
    check_may_change(task, by, set(changes))
    check_case_takes_writes(task.case)
    if "assignee" in changes:
        _check_assignee(task, changes["assignee"])
    if "due_on" in changes and changes["due_on"] != task.due_on:
        _check_due_on(changes["due_on"], task.acting_state_id)
    status = changes.get("status", task.status)
    if status == TaskStatus.CANCELLED and task.status != status and task.mandatory_before:
        raise _error(
            "status",
            f"A task required before {task.mandatory_before} is waived with a reason "
            "(POST .../waive/), not cancelled.",
            "mandatory",
        )
    reassigned = "assignee" in changes and changes["assignee"] != task.assignee
    with audited_update(task, action="task.updated", by=by) as update:
        update.set(changes, TEAM_FIELDS)
        if status == TaskStatus.DONE and task.completed_at is None:
            task.completed_at = timezone.now()
            update.touch("completed_at")
        elif status != TaskStatus.DONE and task.completed_at is not None:
            task.completed_at = None
            update.touch("completed_at")
    _sync_deadline(task, by=by)
    if reassigned:
        _notify_assignee(task)
    return task


@transaction.atomic
def task_waive(*, task: Task, by: User, reason: str) -> Task:
    """Set aside a mandatory task, with the reason, so that its act may go ahead (audited)."""
    if not can_edit_case(by, task.case):
        raise PermissionDenied("Only the case team waives a task.")
    check_case_takes_writes(task.case)
    if not task.mandatory_before:
        raise _error("task", "Only a task required before an act is waived.", "not_mandatory")
    if task.status not in ACTIVE_STATUSES:
        raise _error("task", f"The task is already {task.status}.", "not_open")
    if not reason.strip():
        raise _error("reason", "Say why the task is waived.", "required")
    with audited_update(task, action="task.waived", by=by) as update:
        task.status = TaskStatus.CANCELLED
        task.waiver_reason = reason.strip()
        task.waived_by = by
        task.waived_at = timezone.now()
        update.touch("status", "waiver_reason", "waived_by", "waived_at")
    _sync_deadline(task, by=by)
    return task


@transaction.atomic
def task_comment_create(*, task: Task, by: User, body: str) -> TaskComment:
    check_may_change(task, by, {"status"})  # whoever may move the task along may comment
    check_case_takes_writes(task.case)
    comment = TaskComment.objects.create(task=task, author=by, body=body)
    trail.record(
        "task.commented",
        obj=comment,
        case=task.case_id,
        actor=by,
        restricted=task.restricted,
        changes={"after": {"task": str(task.pk), "body": body}},
    )
    return comment


def tasks_from_templates(transition: AssetTransition) -> list[Task]:
    """The tasks the act brings (`tasks.templates`), in the act's transaction, given to whoever
    recorded it; one per template and asset while one is still open."""
    asset = transition.asset
    case = asset.case
    created = []
    for template in templates_after(action=transition.action, asset_kind=asset.kind):
        already = Task.objects.filter(
            asset=asset, template=template.key, status__in=ACTIVE_STATUSES
        ).exists()
        if already:
            continue
        by = transition.performed_by
        task = Task(
            case=case,
            asset=asset,
            acting_state_id=case.owner_state_id,
            title=template.title,
            description=template.why,
            assignee=by if is_team_member(by, case) else None,
            due_on=due_in_working_days(case.owner_state_id, template.due_in_working_days),
            restricted=asset.restricted,
            template=template.key,
            mandatory_before=template.mandatory_before,
            created_by=by,
        )
        task.save(force_insert=True)
        trail.record_created(
            "task.created",
            task,
            actor=by,
            after={**trail.snapshot(task), "after_act": transition.action},
        )
        _sync_deadline(task, by=by)
        created.append(task)
    return created


def on_transition_saved(
    sender: Any, *, instance: AssetTransition, created: bool, **kwargs: Any
) -> None:
    """`post_save` of an act: its tasks, in the act's own transaction (`TASK_TEMPLATES`)."""
    if created and not kwargs.get("raw") and settings.TASK_TEMPLATES:
        tasks_from_templates(instance)


def mandatory_tasks_guard(*, asset: Asset, action: str, by: User) -> None:
    """The act waits while a task required before it is open (`workflows.act_guards`)."""
    blocking = list(
        Task.objects.filter(
            asset=asset,
            mandatory_before__in=holding_back(action),
            status__in=ACTIVE_STATUSES,
        )
        .order_by("created_at")
        .values("id", "title", "status", "due_on")
    )
    if not blocking:
        return
    names = "; ".join(f"'{t['title']}' ({t['id']})" for t in blocking)
    raise ActBlocked(
        f"Before {action}, this task must be done or waived with a reason: {names}.",
        blocking=[
            {**t, "id": str(t["id"]), "due_on": t["due_on"] and t["due_on"].isoformat()}
            for t in blocking
        ],
    )
