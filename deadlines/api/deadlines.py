"""`/api/v1/deadlines/` and the calendar feed `/api/v1/deadlines.ics`."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import django_filters
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from icalendar import Calendar, Event
from rest_framework import exceptions, mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.authentication import ApiTokenAuthentication, SessionAuthentication
from cases.api.base import AuditedLookupMixin, VisibleCaseField, current_user, raise_as_api_error
from cases.api.fields import StateCodeIdField
from cases.models import Case, Role
from cases.visibility import can_edit_case
from core import api_docs
from core.dates import BoundedDateField
from core.filters import BooleanFilter as StrictBooleanFilter
from core.filters import ConditionFilter
from core.idempotency import idempotent
from core.pagination import BoundedCountPagination
from core.serializers import ReadOnlyModelSerializer
from core.state_time import date_passed, today_in
from deadlines.api.feed_tokens import CalendarFeedTokenAuthentication
from deadlines.models import (
    Deadline,
    DeadlineKind,
    deadline_overdue_q,
    source_asset_id,
    with_source_asset,
)
from deadlines.services import deadline_sync, deadlines_visible_to


class DeadlineSerializer(ReadOnlyModelSerializer[Deadline]):
    case = serializers.PrimaryKeyRelatedField(read_only=True)  # type: ignore[var-annotated]
    case_reference = serializers.CharField(source="case.reference", read_only=True)
    acting_state = StateCodeIdField()
    overdue = serializers.BooleanField(read_only=True)
    title = serializers.SerializerMethodField()
    asset = serializers.SerializerMethodField(
        help_text="freeze_expiry: the asset the freeze order is on (`source_id` is the order, "
        "as listed by GET /api/v1/assets/{asset_id}/restraint-orders/); null for other kinds."
    )

    class Meta:
        model = Deadline
        fields = [
            "id",
            "case",
            "case_reference",
            "kind",
            "source_id",
            "asset",
            "title",
            "due_on",
            "acting_state",
            "open",
            "overdue",
        ]

    @extend_schema_field(serializers.UUIDField(allow_null=True))
    def get_asset(self, deadline: Deadline) -> str | None:
        if deadline.kind != DeadlineKind.FREEZE_EXPIRY:
            return None
        asset_id = getattr(deadline, "source_asset_id", None)  # annotated by `with_source_asset`
        if asset_id is None:
            asset_id = source_asset_id(deadline)
        return str(asset_id) if asset_id else None

    def get_title(self, deadline: Deadline) -> str:
        # The title was written by the owning state's team; partners get the kind only.
        if (
            self.context.get("owner_side_states")
            and deadline.case.owner_state_id in self.context["owner_side_states"]
        ):
            return deadline.title
        return deadline.get_kind_display()


class FollowUpSerializer(serializers.Serializer[Any]):
    case = VisibleCaseField()
    title = serializers.CharField(max_length=300)
    due_on = BoundedDateField()

    def validate_due_on(self, value: Any) -> Any:
        if date_passed(value, self.context["request"].user.state_id):
            raise serializers.ValidationError("A follow-up cannot be set in the past.", "in_past")
        return value


class DeadlineFilter(django_filters.FilterSet):
    case = django_filters.UUIDFilter(field_name="case_id")
    kind = django_filters.ChoiceFilter(choices=DeadlineKind.choices)
    open = StrictBooleanFilter()
    overdue = ConditionFilter(deadline_overdue_q)
    due_before = django_filters.DateFilter(field_name="due_on", lookup_expr="lte")
    due_after = django_filters.DateFilter(field_name="due_on", lookup_expr="gte")

    class Meta:
        model = Deadline
        fields = ["case", "kind", "open", "overdue", "due_before", "due_after"]


def serializer_context(user: Any) -> dict[str, Any]:
    owner_side = {user.state_id} if user.role in (Role.PROSECUTOR, Role.ADMIN) else set()
    return {"owner_side_states": owner_side}


_DEADLINES = (
    "Deadlines come from their sources (an MLA request's due date, a freeze order's expiry, a "
    "task's due date) and follow them; a follow-up is a date the case team sets by hand. Only "
    "deadlines of cases the caller may see exist for them (404 otherwise); a partner state's "
    "liaison does not see the owning team's follow-ups."
)


@extend_schema_view(
    list=extend_schema(
        summary="List upcoming and overdue deadlines",
        description=api_docs.join(
            "The deadlines over the cases the caller may see, soonest first. Open ones by "
            "default; `open=false` for closed ones. Filter with `case`, `kind`, `overdue`, "
            "`due_before` and `due_after`.",
            _DEADLINES,
            api_docs.PAGINATED,
            api_docs.ERRORS,
        ),
    ),
    retrieve=extend_schema(summary="Read one deadline", description=_DEADLINES),
)
class DeadlineViewSet(
    AuditedLookupMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet[Deadline],
):
    """Upcoming and overdue deadlines over the cases the caller may see. Open ones by default
    (`?open=false` for closed ones); prosecutors add follow-ups with POST."""

    serializer_class = DeadlineSerializer
    filterset_class = DeadlineFilter
    ordering_fields = ["due_on", "kind", "created_at"]
    ordering = ["due_on", "id"]
    queryset = Deadline.objects.none()
    # A liaison's deadlines are checked against their sources row by row: counting them all
    # cost more than the page (API.md's additions, `count`).
    pagination_class = BoundedCountPagination

    def get_queryset(self) -> QuerySet[Deadline]:
        queryset = with_source_asset(deadlines_visible_to(self.request.user).select_related("case"))
        if self.action == "list" and "open" not in self.request.query_params:
            queryset = queryset.filter(open=True)
        return queryset

    def get_serializer_context(self) -> dict[str, Any]:
        context = super().get_serializer_context()
        if not getattr(self, "swagger_fake_view", False):
            context.update(serializer_context(self.request.user))
        return context

    @extend_schema(
        request=FollowUpSerializer,
        responses={201: DeadlineSerializer},
        summary="Set a follow-up date on a case",
        description=api_docs.join(
            "Adds a follow-up deadline (`case`, `title`, `due_on`) and answers it (201). "
            "Follow-ups are the team's working notes: partner states never see them.",
            api_docs.TEAM_WRITES,
            api_docs.CASE_IN_BODY,
            api_docs.IDEMPOTENT,
            api_docs.ERRORS,
        ),
    )
    @idempotent
    def create(self, request: Request) -> Response:
        form = FollowUpSerializer(data=request.data, context={"request": request})
        form.is_valid(raise_exception=True)
        case: Case = form.validated_data["case"]
        user = current_user(request)
        if not can_edit_case(user, case):
            raise exceptions.PermissionDenied("Only the case team sets follow-ups.")
        try:
            with transaction.atomic():
                deadline = Deadline(case=case)  # a follow-up is its own source
                created = deadline_sync(
                    kind=DeadlineKind.FOLLOW_UP,
                    source_id=deadline.id,
                    case=case,
                    due_on=form.validated_data["due_on"],
                    acting_state=case.owner_state_id,
                    title=form.validated_data["title"],
                    restricted=True,  # the team's own working notes
                    by=user,
                )
        except DjangoValidationError as exc:
            raise_as_api_error(exc)
        assert created is not None
        body = DeadlineSerializer(created, context=self.get_serializer_context()).data
        return Response(body, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=None,
        responses=DeadlineSerializer,
        summary="Close a follow-up",
        description=api_docs.join(
            "Closes a follow-up and answers it. Other deadlines close with their source (an MLA "
            "request answered, a task done): closing one by hand is 400.",
            api_docs.TEAM_WRITES,
            api_docs.ERRORS,
        ),
    )
    @action(detail=True, methods=["post"])
    def complete(self, request: Request, pk: Any = None) -> Response:
        deadline = self.get_object()
        if not can_edit_case(current_user(request), deadline.case):
            raise exceptions.PermissionDenied("Only the case team closes follow-ups.")
        if deadline.kind != DeadlineKind.FOLLOW_UP:
            raise exceptions.ValidationError(
                {
                    "kind": [
                        "Only follow-ups are closed by hand; other deadlines follow their source."
                    ]
                }
            )
        deadline_sync(
            kind=deadline.kind,
            source_id=deadline.source_id,
            case=deadline.case,
            due_on=None,
            acting_state=deadline.acting_state_id,
            title=deadline.title,
            by=current_user(request),
        )
        deadline.refresh_from_db()
        return Response(DeadlineSerializer(deadline, context=self.get_serializer_context()).data)


CALENDAR_HORIZON_DAYS = 400


class DeadlineCalendarView(APIView):
    """The same deadlines as an iCalendar feed, for a calendar program to subscribe to."""

    # Calendar programs send no headers: the key comes as `?token=`, and it is a calendar feed
    # token (accounts/models/feed_tokens.py), never a personal API token.
    authentication_classes = [
        CalendarFeedTokenAuthentication,
        ApiTokenAuthentication,
        SessionAuthentication,
    ]

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "token",
                str,
                description="A calendar feed token's key (`/api/v1/deadlines/feed-tokens/`); "
                "a personal API token is not taken here.",
            )
        ],
        responses={(200, "text/calendar"): OpenApiResponse(OpenApiTypes.STR)},
        summary="Deadlines as an iCalendar feed",
        description=(
            "The caller's open deadlines for the next 400 days as `text/calendar`, for a "
            "calendar program to subscribe to. A calendar program sends no headers: give it the "
            "URL with `?token=` and a calendar feed token's key (create one at "
            "`/api/v1/deadlines/feed-tokens/`); a session or a personal API token works too."
        ),
    )
    def get(self, request: Request) -> HttpResponse:
        user = current_user(request)
        today = today_in(user.state_id)
        deadlines = (
            deadlines_visible_to(user)
            .filter(open=True, due_on__lte=today + timedelta(days=CALENDAR_HORIZON_DAYS))
            .select_related("case")
            .order_by("due_on", "id")[:5000]
        )
        context = serializer_context(user)
        calendar = Calendar()
        calendar.add("prodid", "-//Asset Recovery//Deadlines//EN")
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", "Asset recovery deadlines")
        for deadline in deadlines:
            title = DeadlineSerializer(deadline, context=context).data["title"]
            event = Event()
            event.add("uid", f"{deadline.pk}@asset-recovery")
            event.add("summary", f"[{deadline.case.reference}] {title}")
            event.add("dtstart", deadline.due_on)
            event.add("dtend", deadline.due_on + timedelta(days=1))
            event.add("dtstamp", timezone.now())
            event.add("categories", [deadline.kind])
            calendar.add_component(event)
        response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'inline; filename="deadlines.ics"'
        return response
