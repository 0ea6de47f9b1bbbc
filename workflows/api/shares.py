"""`/api/v1/cases/{id}/shares/`: which partner states see a case. Owning state only."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from cases.api.base import current_user, raise_as_api_error, visible_or_404
from cases.api.cases import UserRefSerializer
from cases.api.fields import StateCodeField, StateCodeIdField
from cases.models import Case, CaseShare, Role
from cases.visibility import can_edit_case, cases_visible_to
from core import api_docs
from core.dates import BoundedDateField
from core.idempotency import idempotent
from core.pagination import PageNumberPagination, paginated
from core.serializers import ReadOnlyModelSerializer
from workflows.services.sharing import case_share, case_unshare


class ShareSerializer(ReadOnlyModelSerializer[CaseShare]):
    state = StateCodeIdField()
    granted_by = UserRefSerializer(read_only=True)
    revoked_by = UserRefSerializer(read_only=True, allow_null=True)
    active = serializers.BooleanField(source="in_force", read_only=True)

    class Meta:
        model = CaseShare
        fields = [
            "id",
            "state",
            "allows_mla_answers",
            "granted_by",
            "granted_at",
            "expires_on",
            "revoked_at",
            "revoked_by",
            "active",
        ]


class ShareCreateSerializer(serializers.Serializer[Any]):
    state = StateCodeField()
    expires_on = BoundedDateField(required=False, allow_null=True)
    allows_mla_answers = serializers.BooleanField(required=False, default=True)


_OWNING_SIDE = (
    "Only the owning state's prosecutors who may see the case read its shares: a partner "
    "state's liaison who sees the case gets 403 (partners never learn which other states it is "
    "shared with), and a case the caller may not see is 404."
)

CASE_ID = OpenApiParameter("case_id", str, OpenApiParameter.PATH, description="The case's UUID")


def owning_side_case(request: Request, case_id: Any) -> Case:
    """The case, if the caller may see it (404 otherwise) and belongs to its owning state.

    Partner states never learn which other states a case is shared with: a liaison who sees the
    case is refused (403), everyone else finds nothing (404).
    """
    user = current_user(request)
    case = visible_or_404(cases_visible_to(user), case_id, user)
    if user.role == Role.LIAISON or user.state_id != case.owner_state_id:
        raise exceptions.PermissionDenied("Only the owning state sees a case's shares.")
    return case


class CaseSharesView(APIView):
    @extend_schema(
        parameters=[CASE_ID],
        responses=paginated("PaginatedShareList", ShareSerializer(many=True)),
        summary="Shares of a case, in force and past",
        description=api_docs.join(
            "The states the case is or was shared with, newest first, each with who granted it, "
            "its expiry and whether it is `active`.",
            _OWNING_SIDE,
            api_docs.PAGINATED,
            api_docs.ERRORS,
        ),
    )
    def get(self, request: Request, case_id: Any) -> Response:
        case = owning_side_case(request, case_id)
        shares = (
            CaseShare.objects.visible_to(request.user)
            .filter(case=case)
            .select_related("granted_by", "revoked_by")
        )
        paginator = PageNumberPagination()
        page = paginator.paginate_queryset(shares.order_by("-granted_at", "id"), request, view=self)
        return paginator.get_paginated_response(ShareSerializer(page, many=True).data)

    @extend_schema(
        parameters=[CASE_ID],
        request=ShareCreateSerializer,
        responses={201: ShareSerializer, 200: ShareSerializer},
        summary="Share the case with a partner state (idempotent)",
        description=api_docs.join(
            "Lets the liaisons of `state` see the case (without anything `restricted`) until "
            "`expires_on` (none: until revoked). With `allows_mla_answers` (true by default) "
            "they may also answer the MLA requests addressed to their state. Answers 201 with "
            "the new share, or 200 with the share in force when the case is already shared "
            "with that state.",
            api_docs.TEAM_WRITES,
            _OWNING_SIDE,
            api_docs.ERRORS,
        ),
        examples=api_docs.request_examples(
            {
                "share with France for six months": {
                    "state": "FR",
                    "expires_on": "2031-06-30",
                    "allows_mla_answers": True,
                }
            }
        ),
    )
    @idempotent
    def post(self, request: Request, case_id: Any) -> Response:
        case = owning_side_case(request, case_id)
        if not can_edit_case(current_user(request), case):
            raise exceptions.PermissionDenied("Only the case team shares a case.")
        form = ShareCreateSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        try:
            share, created = case_share(case=case, by=current_user(request), **form.validated_data)
        except DjangoValidationError as exc:
            raise_as_api_error(exc)
        body = ShareSerializer(share).data
        return Response(body, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK)


class CaseShareDetailView(APIView):
    @extend_schema(
        parameters=[
            CASE_ID,
            OpenApiParameter("code", str, OpenApiParameter.PATH, description="ISO alpha-2 code"),
        ],
        request=None,
        responses={204: None},
        summary="Revoke the share with a state, at once",
        description=api_docs.join(
            "Ends the share (204): the state's liaisons stop seeing the case at once. 404 when "
            "the case is not shared with that state.",
            api_docs.TEAM_WRITES,
            _OWNING_SIDE,
            api_docs.ERRORS,
        ),
    )
    def delete(self, request: Request, case_id: Any, code: str) -> Response:
        case = owning_side_case(request, case_id)
        if not can_edit_case(current_user(request), case):
            raise exceptions.PermissionDenied("Only the case team revokes a share.")
        try:
            case_unshare(case=case, state_code=code.upper(), by=current_user(request))
        except CaseShare.DoesNotExist:
            raise exceptions.NotFound("The case is not shared with this state.") from None
        return Response(status=status.HTTP_204_NO_CONTENT)
