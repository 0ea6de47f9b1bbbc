"""Tasks inside a case: who does what by when, and what must be done before the next legal act.

A task is a case child like the others (`cases.models.base.CaseChild`): restricted to the owning
state when flagged, versioned for If-Match, read through `Task.objects.visible_to(user)`.
Partner states see a task only when the team gave it to their side of an MLA request they see
(`assigned_state` is the request's requested state): never the team's own work.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q

from cases.models.assets import Asset
from cases.models.base import CaseChild
from cases.models.users import User
from cases.visibility import CaseChildQuerySet, Reference, visible_ids
from deadlines.overdue import is_overdue, overdue_q
from workflows.mla_models import MlaRequest


class TaskStatus(models.TextChoices):
    OPEN = "open", "Open"
    IN_PROGRESS = "in_progress", "In progress"
    DONE = "done", "Done"
    CANCELLED = "cancelled", "Cancelled"


# While a task is in one of these, it is owed (and, when mandatory, holds its act back).
ACTIVE_STATUSES = (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)


def task_overdue_q() -> Q:
    """`Task.overdue` in the query: active, and its date has ended in the acting state."""
    return Q(status__in=ACTIVE_STATUSES) & overdue_q(
        due_field="due_on", state_field="acting_state_id"
    )


class TaskQuerySet(CaseChildQuerySet["Task"]):
    visible_references = {
        "asset": Reference("cases.Asset", "pk", "asset_id"),
        "mla_request": Reference("workflows.MlaRequest", "pk", "mla_request_id"),
    }

    def narrow_for_partner(self, user: User) -> TaskQuerySet:
        """A liaison sees the tasks the team assigned to their state's side of an MLA request
        they see (so a task follows its request when the request is restricted or withdrawn
        from them), and nothing else: not the team's internal tasks."""
        return self.filter(
            assigned_state_id=user.state_id,
            mla_request__in=visible_ids(MlaRequest.objects.all(), user),
        )

    def overdue(self) -> TaskQuerySet:
        return self.filter(task_overdue_q())


class Task(CaseChild):
    asset = models.ForeignKey(
        Asset, on_delete=models.PROTECT, null=True, blank=True, related_name="tasks"
    )
    mla_request = models.ForeignKey(
        MlaRequest, on_delete=models.PROTECT, null=True, blank=True, related_name="tasks"
    )
    title = models.CharField(max_length=300)
    description = models.TextField(max_length=20000, blank=True)
    # A member of the case team; for a task on the requested state's side of an MLA request, a
    # liaison of that state, or nobody in particular (the state's central authority).
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assigned_tasks",
    )
    # The partner state whose side of `mla_request` the task is on (its requested state); null
    # for the team's own tasks.
    assigned_state = models.ForeignKey(
        "cases.State", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # Whose working days count for `due_on`: the assigned state, else the owning state.
    acting_state = models.ForeignKey("cases.State", on_delete=models.PROTECT, related_name="+")
    due_on = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=12, choices=TaskStatus.choices, default=TaskStatus.OPEN)
    # From a template of `tasks.templates` (its key), and the act it must be done before.
    template = models.CharField(max_length=60, blank=True)
    mandatory_before = models.CharField(max_length=24, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    waiver_reason = models.TextField(max_length=5000, blank=True)
    waived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    waived_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    objects = TaskQuerySet.as_manager()

    class Meta:
        ordering = ["due_on", "created_at", "id"]
        indexes = [
            models.Index(fields=["case", "status"], name="task_case_status_idx"),
            models.Index(fields=["assignee", "status"], name="task_assignee_status_idx"),
            models.Index(
                fields=["asset", "mandatory_before"],
                name="task_mandatory_idx",
                condition=Q(status__in=["open", "in_progress"]) & ~Q(mandatory_before=""),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(assigned_state__isnull=True) | Q(mla_request__isnull=False),
                name="task_side_of_a_request",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.status})"

    @property
    def overdue(self) -> bool:
        return self.status in ACTIVE_STATUSES and is_overdue(self.due_on, self.acting_state_id)


class TaskCommentQuerySet(CaseChildQuerySet["TaskComment"]):
    """A comment is seen exactly when its task is."""

    case_path = "task__case"
    restricted_path = "task__restricted"

    def narrow_for_partner(self, user: User) -> TaskCommentQuerySet:
        return self.filter(task__in=visible_ids(Task.objects.all(), user))


class TaskComment(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    task = models.ForeignKey(Task, on_delete=models.PROTECT, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField(max_length=10000)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = TaskCommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.task_id}: {self.body[:40]}"
