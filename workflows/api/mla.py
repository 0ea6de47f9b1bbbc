"""`/api/v1/mla-requests/`: requests for mutual legal assistance and their answers."""

from __future__ import annotations

from typing import Any

import django_filters
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import Prefetch, QuerySet
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from cases.api.base import (
    CASE_CHILD_OWNER_FIELDS,
    CaseChildViewSet,
    VisibleCaseField,
    current_user,
    raise_as_api_error,
    visible_or_404,
)
from cases.api.fields import StateCodeField, StateCodeIdField, VisibleIdField
from cases.models import Asset, User
from cases.services.versioning import check_partner_if_match, etag_for, parse_if_match, partner_etag
from cases.visibility import sees_restricted
from core import api_docs, engine
from core.dates import BoundedDateField
from core.filters import ConditionFilter, StateCodeFilter
from core.idempotency import idempotent
from core.pagination import PageNumberPagination, paginated
from core.problems import Conflict
from core.serializers import ReadOnlyModelSerializer
from workflows.api.asset_transition_serializers import StrictInputMixin
from workflows.mla_models import (
    MlaChannel,
    MlaDirection,
    MlaKind,
    MlaRequest,
    MlaStatus,
    MlaTransition,
    RefusalGround,
    answer_overdue_q,
)
from workflows.mla_rules import MLA_ACTION_CHOICES
from workflows.mla_selectors import mla_requests_visible_to
from workflows.services.mla import (
    NotYours,
    mla_actions_open_to,
    mla_request_create,
    mla_request_transition,
    mla_request_update,
)

MAX_ASSETS = 500
# The attribute `with_visible_assets` fills: the request's assets that the reader may see.
VISIBLE_ASSETS = "visible_assets"


def with_visible_assets(requests: QuerySet[MlaRequest], user: User) -> QuerySet[MlaRequest]:
    """The requests with their assets read through `Asset.objects.visible_to` (NetBox's
    `RestrictedPrefetch`): a restricted asset is never named by a request."""
    assets = Asset.objects.visible_to(user, references=False).order_by("pk")
    return requests.prefetch_related(Prefetch("assets", queryset=assets, to_attr=VISIBLE_ASSETS))


class MlaPartnerSerializer(ReadOnlyModelSerializer[MlaRequest]):
    """What the other state's liaison sees: the request, not the team's internal notes."""

    case = serializers.PrimaryKeyRelatedField(read_only=True)  # type: ignore[var-annotated]
    case_reference = serializers.CharField(source="case.reference", read_only=True)
    requesting_state = StateCodeIdField()
    requested_state = StateCodeIdField()
    refusal_grounds = serializers.ListField(
        child=serializers.ChoiceField(choices=RefusalGround.choices), read_only=True
    )
    assets = serializers.SerializerMethodField()
    overdue = serializers.BooleanField(read_only=True)
    allowed_actions = serializers.SerializerMethodField()

    class Meta:
        model = MlaRequest
        fields = [
            "id",
            "case",
            "case_reference",
            "kind",
            "direction",
            "requesting_state",
            "requested_state",
            "requested_subdivision",
            "requesting_reference",
            "requested_reference",
            "channel",
            "assets",
            "description",
            "confidentiality_conditions",
            "speciality_conditions",
            "status",
            "sent_on",
            "due_on",
            "acknowledged_on",
            "closed_on",
            "refusal_grounds",
            "refusal_reason",
            "postponement_reason",
            "clock_stopped_on",
            "reply_due_on",
            "overdue",
            "allowed_actions",
        ]

    def get_assets(self, mla_request: MlaRequest) -> list[str]:
        """Only the concerned assets the reader may see (a restricted asset stays hidden): the
        prefetch of `with_visible_assets`, and none without it (fails closed)."""
        return sorted(str(asset.pk) for asset in getattr(mla_request, VISIBLE_ASSETS, ()))

    def get_allowed_actions(self, mla_request: MlaRequest) -> list[str]:
        """What the caller may do now (not what the table allows anyone): the UI shows a button
        only for these. Computed once for a whole page (`mla_actions_open_to`, two queries)."""
        known: dict[Any, list[str]] = self.context.setdefault("allowed_actions", {})
        if mla_request.pk not in known:
            listed = isinstance(self.parent, serializers.ListSerializer)
            page: list[MlaRequest] = list(self.parent.instance or ()) if listed else []
            known.update(
                mla_actions_open_to(current_user(self.context["request"]), [mla_request, *page])
            )
        return known[mla_request.pk]


class MlaSerializer(MlaPartnerSerializer):
    class Meta(MlaPartnerSerializer.Meta):
        fields = [
            *MlaPartnerSerializer.Meta.fields,
            *CASE_CHILD_OWNER_FIELDS,
        ]


class MlaUpdateSerializer(StrictInputMixin, serializers.Serializer[Any]):
    """An unknown key (a typo, or `direction`, which is fixed once recorded) is refused."""

    kind = serializers.ChoiceField(choices=MlaKind.choices, required=False)
    requesting_reference = serializers.CharField(max_length=100, required=False, allow_blank=True)
    requested_reference = serializers.CharField(max_length=100, required=False, allow_blank=True)
    channel = serializers.ChoiceField(choices=MlaChannel.choices, required=False)
    assets = VisibleIdField(Asset, references=True, many=True, required=False)
    description = serializers.CharField(max_length=20000, required=False, allow_blank=True)
    confidentiality_conditions = serializers.CharField(
        max_length=5000, required=False, allow_blank=True
    )
    speciality_conditions = serializers.CharField(max_length=5000, required=False, allow_blank=True)
    restricted = serializers.BooleanField(required=False)
    internal_notes = serializers.CharField(max_length=20000, required=False, allow_blank=True)
    due_on = BoundedDateField(required=False, allow_null=True)
    requested_subdivision = serializers.CharField(
        max_length=8,
        required=False,
        allow_blank=True,
        help_text="The requested authority's subdivision (ISO 3166-2 without the country: SCT, "
        "ZH, NY, BY), whose holidays count for the answer; empty for the state's default "
        "(GB: England and Wales).",
    )

    def validate_assets(self, value: list[Asset]) -> list[Asset]:
        if len(value) > MAX_ASSETS:
            raise serializers.ValidationError(f"At most {MAX_ASSETS} assets.", "too_many")
        return value


class MlaCreateSerializer(MlaUpdateSerializer):
    case = VisibleCaseField()
    kind = serializers.ChoiceField(choices=MlaKind.choices)
    direction = serializers.ChoiceField(
        choices=MlaDirection.choices,
        required=False,
        default=MlaDirection.OUTGOING,
        help_text="`outgoing`: the case's state asks `requested_state`. `incoming`: the case's "
        "state is asked by `requesting_state` (recorded from the letter received).",
    )
    requested_state = StateCodeField(
        required=False, help_text="Required for an outgoing request; the case's state otherwise."
    )
    requesting_state = StateCodeField(
        required=False, help_text="Required for an incoming request; the case's state otherwise."
    )
    share_with_requested_state = serializers.BooleanField(
        required=False,
        default=False,
        help_text="Share the case with the other state of the request (the requested one, or "
        "the requesting one of an incoming request) in the same transaction if it does not see "
        "it yet.",
    )


class MlaCreatedSerializer(MlaSerializer):
    requested_state_sees_case = serializers.BooleanField(read_only=True)

    class Meta(MlaSerializer.Meta):
        fields = [*MlaSerializer.Meta.fields, "requested_state_sees_case"]


class MlaFilter(django_filters.FilterSet):
    case = django_filters.UUIDFilter(field_name="case_id")
    status = django_filters.ChoiceFilter(choices=MlaStatus.choices)
    kind = django_filters.ChoiceFilter(choices=MlaKind.choices)
    direction = django_filters.ChoiceFilter(choices=MlaDirection.choices)
    requested_state = StateCodeFilter(field_name="requested_state_id", max_length=2)
    overdue = ConditionFilter(answer_overdue_q)

    class Meta:
        model = MlaRequest
        fields = ["case", "status", "kind", "direction", "requested_state", "overdue"]


class MlaRequestViewSet(CaseChildViewSet):
    schema_noun, schema_plural = "MLA request", "MLA requests"
    schema_list_notes = (
        "Mutual legal assistance requests, outgoing and incoming. Filter with `case`, `status`, "
        "`kind`, `direction`, `requested_state` and `overdue`; order with `?ordering=`. A liaison "
        "sees the requests addressed to their state in the cases shared with it."
    )
    schema_create_notes = api_docs.join(
        "A new request is a `draft`; send it with the `send` action "
        "(`POST /api/v1/mla-requests/{request_id}/transitions/`). `requesting_state` defaults to "
        "the case's owning state.",
        api_docs.CASE_IN_BODY,
    )
    schema_create_examples = api_docs.request_examples(
        {
            "ask Switzerland to freeze an account": {
                "case": api_docs.EXAMPLE_CASE_ID,
                "kind": "freeze",
                "requested_state": "CH",
                "description": "Freeze the account described and send its statements since 2019.",
                "due_on": "2031-03-03",
                "share_with_requested_state": True,
            }
        }
    )
    owner_serializer_class = MlaSerializer
    partner_serializer_class = MlaPartnerSerializer
    create_serializer_class = MlaCreateSerializer
    update_serializer_class = MlaUpdateSerializer
    created_serializer_class = MlaCreatedSerializer
    create_summary = "Draft an MLA request"
    filterset_class = MlaFilter
    ordering_fields = ["created_at", "due_on", "sent_on", "status"]
    ordering = ["-created_at", "-id"]
    queryset = MlaRequest.objects.none()

    def get_queryset(self) -> QuerySet[MlaRequest]:
        user = current_user(self.request)
        return with_visible_assets(mla_requests_visible_to(user), user).select_related("case")

    def perform_create_service(self, data: dict[str, Any]) -> MlaRequest:
        case = data.pop("case")
        self.check_can_edit(case)
        mla_request, shared = mla_request_create(case=case, by=current_user(self.request), **data)
        mla_request.requested_state_sees_case = shared  # type: ignore[attr-defined]
        return mla_request

    def output(self, obj: Any, status_code: int = 200) -> Response:
        response = super().output(obj, status_code)
        if hasattr(obj, "requested_state_sees_case"):
            response.data["requested_state_sees_case"] = obj.requested_state_sees_case
        return response

    def perform_update_service(self, obj: Any, data: dict[str, Any]) -> MlaRequest:
        return mla_request_update(mla_request=obj, by=current_user(self.request), changes=data)


class MlaTransitionSerializer(ReadOnlyModelSerializer[MlaTransition]):
    performed_by = serializers.SerializerMethodField()

    class Meta:
        model = MlaTransition
        fields = [
            "id",
            "sequence",
            "action",
            "from_status",
            "to_status",
            "note",
            "reason",
            "performed_by",
            "performed_at",
        ]

    def get_performed_by(self, transition: MlaTransition) -> dict[str, str]:
        user: User = transition.performed_by
        return {"state": user.state_id, "name": user.name or user.username}


class MlaActionSerializer(StrictInputMixin, serializers.Serializer[Any]):
    action = serializers.ChoiceField(choices=MLA_ACTION_CHOICES)
    note = serializers.CharField(max_length=10000, required=False, allow_blank=True, default="")
    reason = serializers.CharField(max_length=5000, required=False, allow_blank=True, default="")
    sent_on = BoundedDateField(
        required=False,
        help_text="`send` and `receive` only: the date the request was dispatched (a paper "
        "dispatch, the date of the letter received, or a request recorded after the fact); today "
        "in the acting user's state when omitted. Not in the future, not after `due_on`.",
    )
    reply_due_on = BoundedDateField(
        required=False,
        help_text="`request_info` only, and required there: the date the requesting side's "
        "further information is due (its own deadline). Not in the past.",
    )
    refusal_grounds = serializers.ListField(
        child=serializers.ChoiceField(choices=RefusalGround.choices),
        required=False,
        max_length=len(RefusalGround.choices),
        help_text="`refuse` only, and required there: the grounds of the refusal.",
    )
    acknowledged_on = BoundedDateField(
        required=False,
        help_text="`acknowledge` only: the date the request was received and acknowledged; today "
        "in the requested state when omitted. Not in the future, not before `sent_on`.",
    )


REQUEST_ID = OpenApiParameter(
    "request_id", str, OpenApiParameter.PATH, description="The request's UUID"
)


class MlaTransitionsView(APIView):
    @extend_schema(
        parameters=[REQUEST_ID],
        responses=paginated("PaginatedMlaTransitionList", MlaTransitionSerializer(many=True)),
        summary="The request's history, oldest first",
        description=api_docs.join(
            "Every action taken on the MLA request (sent, acknowledged, further information "
            "requested, executed, ...), oldest first, with its dates and note.",
            "Both sides of the request see its history: the owning state's prosecutors and the "
            "liaisons of the state it is addressed to, in a case shared with that state. A "
            "request the caller may not see is 404.",
            api_docs.PAGINATED,
            api_docs.ERRORS,
        ),
    )
    def get(self, request: Request, request_id: Any) -> Response:
        user = current_user(request)
        mla = visible_or_404(mla_requests_visible_to(user), request_id, user)
        paginator = PageNumberPagination()
        page = paginator.paginate_queryset(
            MlaTransition.objects.visible_to(user)
            .filter(request=mla)
            .select_related("performed_by")
            .order_by("sequence"),
            request,
            view=self,
        )
        return paginator.get_paginated_response(MlaTransitionSerializer(page, many=True).data)

    @extend_schema(
        parameters=[REQUEST_ID],
        request=MlaActionSerializer,
        responses={200: MlaSerializer},
        summary="Act on the request (If-Match: its ETag)",
        description=api_docs.join(
            "Moves the request on by one `action` and answers it as it is now, with its new "
            "`ETag`. The requesting side sends (`send`, with an optional past `sent_on` for a "
            "paper dispatch) and withdraws; the requested side acknowledges, asks for further "
            "information (`request_info` with `reply_due_on`), postpones (`reason`), executes, "
            "partially executes or refuses (`refusal_grounds`). `allowed_actions` on the request "
            "lists what may follow its status.",
            "An action not allowed from the current status is 409 (with `current_status` and "
            "`allowed_actions`); an action of the other side is 403; a request the caller may "
            "not see is 404.",
            api_docs.IF_MATCH,
            api_docs.IDEMPOTENT,
            api_docs.ERRORS,
        ),
        examples=api_docs.request_examples(
            {
                "send a draft": {"action": "send", "note": "Sent through the central authority."},
                "send, recorded after a paper dispatch": {
                    "action": "send",
                    "sent_on": "2026-11-30",
                    "note": "Sent by courier.",
                },
            }
        ),
    )
    @idempotent
    def post(self, request: Request, request_id: Any) -> Response:
        user = current_user(request)
        expected = parse_if_match(request.headers.get("If-Match"))
        visible_or_404(mla_requests_visible_to(user), request_id, user)  # 404 before anything
        form = MlaActionSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        owner_side = sees_restricted(user)
        serializer = MlaSerializer if owner_side else MlaPartnerSerializer
        try:
            with transaction.atomic():
                if not owner_side:
                    # A partner's ETag is a digest of what they see: compared under the row lock.
                    locked = (
                        with_visible_assets(mla_requests_visible_to(user), user)
                        .select_related("case")
                        .select_for_update(of=("self",))
                        .get(pk=request_id)
                    )
                    current = serializer(locked, context={"request": request}).data
                    check_partner_if_match(expected, current)
                    expected = None
                mla = mla_request_transition(
                    request_id=request_id,
                    by=user,
                    expected_version=expected,
                    **form.validated_data,
                )
        except engine.TransitionNotAllowed as exc:
            raise Conflict(
                str(exc), current_status=exc.state, allowed_actions=exc.allowed
            ) from None
        except NotYours:
            raise exceptions.PermissionDenied(
                "This action belongs to the other side of the request."
            ) from None
        except DjangoValidationError as exc:
            raise_as_api_error(exc)
        fresh = (
            with_visible_assets(mla_requests_visible_to(user), user)
            .select_related("case")
            .get(pk=mla.pk)
        )
        body = serializer(fresh, context={"request": request}).data
        etag = etag_for(fresh) if owner_side else partner_etag(body)
        return Response(body, status=status.HTTP_200_OK, headers={"ETag": etag})
