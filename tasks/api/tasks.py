"""`/api/v1/tasks/`: tasks of a case, their comments, and waiving a mandatory one."""

from __future__ import annotations

import uuid
from typing import Any

import django_filters
from django.db.models import QuerySet
from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
)
from rest_framework import exceptions, serializers, status
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from cases.api.base import (
    CASE_CHILD_OWNER_FIELDS,
    CaseChildViewSet,
    VisibleCaseField,
    current_user,
    service_errors,
)
from cases.api.fields import ObjectIdField, StateCodeIdField, VisibleIdField, VisibleRefField
from cases.models import Asset, Case, User
from core import api_docs
from core.filters import ConditionFilter
from core.idempotency import idempotent
from core.pagination import paginated
from core.serializers import ReadOnlyModelSerializer
from tasks.models import Task, TaskComment, TaskStatus, task_overdue_q
from tasks.services import (
    MANDATORY_ACTS,
    task_comment_create,
    task_create,
    task_update,
    task_waive,
)
from workflows.api.asset_transition_serializers import StrictInputMixin
from workflows.mla_models import MlaRequest

IF_MATCH = OpenApiParameter(
    "If-Match", str, OpenApiParameter.HEADER, required=False, description="The task's ETag."
)


class TaskPartnerSerializer(ReadOnlyModelSerializer[Task]):
    """A partner state's view of a task given to its side: no team-only fields."""

    case: serializers.PrimaryKeyRelatedField[Case] = serializers.PrimaryKeyRelatedField(
        read_only=True
    )
    asset: serializers.Field[Any, Any, Any, Any] = VisibleRefField()
    mla_request: serializers.Field[Any, Any, Any, Any] = VisibleRefField()
    assignee: serializers.PrimaryKeyRelatedField[User] = serializers.PrimaryKeyRelatedField(
        read_only=True, allow_null=True
    )
    assignee_name = serializers.SerializerMethodField()
    assigned_state = StateCodeIdField(allow_null=True)
    acting_state = StateCodeIdField()
    side = serializers.SerializerMethodField()
    overdue = serializers.BooleanField(read_only=True)

    class Meta:
        model = Task
        fields = [
            "id",
            "case",
            "asset",
            "mla_request",
            "title",
            "description",
            "assignee",
            "assignee_name",
            "side",
            "assigned_state",
            "acting_state",
            "due_on",
            "status",
            "overdue",
            "mandatory_before",
            "completed_at",
        ]

    def get_assignee_name(self, task: Task) -> str | None:
        assignee = task.assignee
        return (assignee.name or assignee.username) if assignee else None

    @extend_schema_field(serializers.ChoiceField(choices=["team", "partner"]))
    def get_side(self, task: Task) -> str:
        return "partner" if task.assigned_state_id else "team"


class TaskSerializer(TaskPartnerSerializer):
    """The owning state's view; every asset of its own cases is the owner's to see."""

    case_reference = serializers.CharField(source="case.reference", read_only=True)
    asset_description = serializers.SerializerMethodField()

    class Meta(TaskPartnerSerializer.Meta):
        fields = [
            *TaskPartnerSerializer.Meta.fields,
            "case_reference",
            "asset_description",
            "template",
            "waiver_reason",
            "waived_by",
            "waived_at",
            *CASE_CHILD_OWNER_FIELDS,
        ]

    def get_asset_description(self, task: Task) -> str | None:
        return task.asset.description if task.asset is not None else None


class TaskUpdateSerializer(StrictInputMixin, serializers.Serializer[Any]):
    """What the team changes on a task; a liaison of the task's side changes `status` alone."""

    title = serializers.CharField(max_length=300, required=False)
    description = serializers.CharField(max_length=20000, required=False, allow_blank=True)
    assignee = ObjectIdField(queryset=User.objects.all(), required=False, allow_null=True)
    due_on = serializers.DateField(required=False, allow_null=True)
    status = serializers.ChoiceField(choices=TaskStatus.choices, required=False)
    restricted = serializers.BooleanField(required=False)
    internal_notes = serializers.CharField(max_length=20000, required=False, allow_blank=True)


class TaskCreateSerializer(TaskUpdateSerializer):
    """A new task; `side: partner` gives a task of an MLA request to the request's other state."""

    case = VisibleCaseField()
    title = serializers.CharField(max_length=300)
    asset = VisibleIdField(Asset, required=False, allow_null=True)
    mla_request = VisibleIdField(MlaRequest, required=False, allow_null=True)
    side = serializers.ChoiceField(choices=["team", "partner"], required=False, default="team")
    mandatory_before = serializers.ChoiceField(
        choices=[(a.value, a.label) for a in MANDATORY_ACTS], required=False, allow_blank=True
    )


class TaskWaiveSerializer(StrictInputMixin, serializers.Serializer[Any]):
    """Why a task required before an act is set aside (kept on the task and in the audit)."""

    reason = serializers.CharField(max_length=5000)


class TaskCommentSerializer(ReadOnlyModelSerializer[TaskComment]):
    author: serializers.PrimaryKeyRelatedField[User] = serializers.PrimaryKeyRelatedField(
        read_only=True
    )
    author_name = serializers.SerializerMethodField()

    class Meta:
        model = TaskComment
        fields = ["id", "task", "author", "author_name", "body", "created_at"]

    def get_author_name(self, comment: TaskComment) -> str:
        return comment.author.name or comment.author.username


class TaskCommentCreateSerializer(StrictInputMixin, serializers.Serializer[Any]):
    """A comment on a task."""

    body = serializers.CharField(max_length=10000)


class TaskFilter(django_filters.FilterSet):
    case = django_filters.UUIDFilter(field_name="case_id")
    asset = django_filters.UUIDFilter(field_name="asset_id")
    mla_request = django_filters.UUIDFilter(field_name="mla_request_id")
    assignee = django_filters.CharFilter(
        method="filter_assignee", max_length=36, label="A user's id, or `me`"
    )
    status = django_filters.MultipleChoiceFilter(choices=TaskStatus.choices)
    overdue = ConditionFilter(task_overdue_q)

    class Meta:
        model = Task
        fields = ["case", "asset", "mla_request", "assignee", "status", "overdue"]

    def filter_assignee(self, queryset: QuerySet[Task], name: str, value: str) -> QuerySet[Task]:
        if value == "me":
            return queryset.filter(assignee_id=self.request.user.pk)
        try:
            return queryset.filter(assignee_id=uuid.UUID(value))
        except ValueError:
            raise exceptions.ValidationError(
                {"assignee": [serializers.ErrorDetail("Give a user's id or `me`.", "invalid")]}
            ) from None


class TaskViewSet(CaseChildViewSet):
    schema_noun, schema_plural = "task", "tasks"
    schema_list_notes = (
        "Work items of a case's team, with their assignee, due date and status (`open`, "
        "`in_progress`, `done`, `cancelled`). Filter with `case`, `asset`, `mla_request`, "
        "`assignee`, `status` and `overdue`; order with `?ordering=`."
    )
    schema_create_notes = api_docs.CASE_IN_BODY
    schema_create_examples = api_docs.request_examples(
        {
            "a task for the team": {
                "case": api_docs.EXAMPLE_CASE_ID,
                "title": "Obtain the land registry extract",
                "description": "For the London flat, before the restraint hearing.",
                "due_on": "2031-01-15",
            }
        }
    )
    owner_serializer_class = TaskSerializer
    partner_serializer_class = TaskPartnerSerializer
    create_serializer_class = TaskCreateSerializer
    update_serializer_class = TaskUpdateSerializer
    filterset_class = TaskFilter
    ordering_fields = ["due_on", "created_at", "updated_at", "status", "title"]
    ordering = ["due_on", "created_at", "id"]
    queryset = Task.objects.none()
    create_service = task_create

    def get_queryset(self) -> QuerySet[Task]:
        return Task.objects.visible_to(current_user(self.request)).select_related(
            "case", "assignee", "asset"
        )

    def check_can_edit(self, case: Case) -> None:
        """Checked by the service, which also lets a liaison move a task of their side along."""

    def perform_update_service(self, obj: Any, data: dict[str, Any]) -> Task:
        return task_update(task=obj, by=current_user(self.request), changes=data)

    @api_docs.team_act(
        noun="task",
        if_match=IF_MATCH,
        request=TaskWaiveSerializer,
        answers=TaskSerializer,
        summary="Waive a task required before an act, with the reason (audited)",
        what=(
            "Sets aside an open task that is required before a legal act (its "
            "`mandatory_before`), so that the act may go ahead; the `reason` is required and "
            "recorded in the case's audit trail. The task answers as `cancelled`, with its new "
            "`ETag`. A task that is not required before an act, or no longer open, is 400."
        ),
    )
    @action(detail=True, methods=["post"])
    @idempotent
    def waive(self, request: Request, pk: Any = None) -> Response:
        def waive_locked(task: Task, data: dict[str, Any]) -> Task:
            return task_waive(task=task, by=current_user(request), reason=data["reason"])

        return self.act_on_locked(request, TaskWaiveSerializer, waive_locked)

    @extend_schema(
        methods=["GET"],
        request=None,
        responses={200: paginated("PaginatedTaskCommentList", TaskCommentSerializer(many=True))},
        summary="The task's comments, oldest first",
        description=api_docs.join(
            "The comments on the task, oldest first, with their authors. A task the caller may "
            "not see is 404.",
            api_docs.PAGINATED,
        ),
    )
    @extend_schema(
        methods=["POST"],
        request=TaskCommentCreateSerializer,
        responses={201: TaskCommentSerializer},
        summary="Comment on the task",
        description=api_docs.join(
            "Adds a comment (`body`) and answers it (201). Whoever may move the task along (its "
            "assignee and the case team) may comment; others who see it get 403. A task the "
            "caller may not see is 404.",
            api_docs.ERRORS,
        ),
    )
    @action(detail=True, methods=["get", "post"], filter_backends=[])
    def comments(self, request: Request, pk: Any = None) -> Response:
        task = self.get_object()
        user = current_user(request)
        if request.method == "POST":
            form = TaskCommentCreateSerializer(data=request.data)
            form.is_valid(raise_exception=True)
            with service_errors():
                comment = task_comment_create(task=task, by=user, body=form.data["body"])
            fresh = TaskComment.objects.visible_to(user).select_related("author").get(pk=comment.pk)
            return Response(TaskCommentSerializer(fresh).data, status=status.HTTP_201_CREATED)
        comments = TaskComment.objects.visible_to(user).filter(task=task).select_related("author")
        rows = self.paginate_queryset(comments)
        return self.get_paginated_response(TaskCommentSerializer(rows, many=True).data)


__all__ = ["TaskViewSet"]
