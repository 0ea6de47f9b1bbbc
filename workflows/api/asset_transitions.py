"""`/api/v1/assets/{asset_id}/transitions/` and `/api/v1/assets/transitions/bulk/`.

Thin: find the asset among those the caller may see (404 otherwise), refuse who is not on the
case team (403), validate the payload, call the service, answer the asset as it now is.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from cases.api.assets import AssetSerializer
from cases.api.base import AssetRecordsView, current_user, raise_as_api_error, visible_or_404
from cases.models import Asset, User
from cases.services.versioning import etag_for, parse_if_match
from core import api_docs
from core.engine import TransitionNotAllowed
from core.idempotency import idempotent
from core.problems import Conflict
from workflows.api.asset_transition_serializers import (
    MAX_ASSETS_ASKED,
    AssetActionSerializer,
    AssetActionsOfSerializer,
    AssetsActionsQuerySerializer,
    AssetTransitionBulkInputSerializer,
    AssetTransitionBulkResultSerializer,
    AssetTransitionInputSerializer,
    AssetTransitionPartnerSerializer,
    AssetTransitionSerializer,
    AssetWithOrdersSerializer,
    RestraintOrderSerializer,
    asset_restraint_orders,
)
from workflows.models import AssetTransition
from workflows.selectors import asset_history, assets_visible_to
from workflows.services.asset_transitions import (
    BulkTransitionFailed,
    acts_open_to,
    asset_transition,
    assets_transition_bulk,
    check_records_acts,
)

IF_MATCH = OpenApiParameter(
    "If-Match",
    str,
    OpenApiParameter.HEADER,
    required=False,
    description="The asset's ETag (from GET /api/v1/assets/{id}/); 412 when it is stale.",
)
PROBLEMS = {
    400: OpenApiResponse(description="Invalid input: what the act requires (`errors`)."),
    403: OpenApiResponse(description="The caller sees the asset but is not on the case team."),
    404: OpenApiResponse(description="No asset the caller may see has this id."),
    409: OpenApiResponse(
        description="The action is not allowed from the asset's stage; the problem names "
        "`current_stage` and `allowed_actions`."
    ),
    412: OpenApiResponse(description="If-Match names a version that is no longer current."),
}


def conflict(exc: TransitionNotAllowed, **extra: Any) -> Conflict:
    return Conflict(str(exc), current_stage=exc.state, allowed_actions=list(exc.allowed), **extra)


def refuse_unless_team(user: User, asset: Asset) -> None:
    """403 before reading the act, by the service's own check (`check_records_acts`)."""
    try:
        check_records_acts(user, asset)
    except DjangoPermissionDenied as exc:
        raise exceptions.PermissionDenied(str(exc)) from exc


def fresh_assets(request: Request, ids: list[Any]) -> list[Asset]:
    assets = Asset.objects.visible_to(current_user(request)).prefetch_related("recovery_totals")
    return list(assets.filter(pk__in=ids).order_by("pk"))


@api_docs.one_asset_list(
    summary="The asset's stage history: its legal acts, oldest first",
    about=(
        "Every legal act recorded on the asset (freeze, seizure, confiscation, "
        "repatriation, ...), oldest first, with its order and amounts."
    ),
    partners=(
        "A partner state's liaison sees the acts on the non-restricted assets of a case "
        "shared with their state, without the note and without who recorded them."
    ),
)
class AssetTransitionsView(AssetRecordsView):
    """The acts recorded on one asset (oldest first), and recording the next one."""

    queryset = AssetTransition.objects.none()
    owner_serializer_class = AssetTransitionSerializer
    partner_serializer_class = AssetTransitionPartnerSerializer

    def visible_assets(self, user: User) -> QuerySet[Asset]:
        return assets_visible_to(user)

    def records_of(self, asset: Asset, user: User) -> QuerySet[AssetTransition]:
        return asset_history(asset, user)

    @extend_schema(
        parameters=[api_docs.ASSET_ID, IF_MATCH],
        request=AssetTransitionInputSerializer,
        responses={200: AssetWithOrdersSerializer, **PROBLEMS},
        summary="Record a legal act on the asset (answers the asset after it, with its ETag)",
        description=api_docs.join(
            "Records one act (`action`) and moves the asset to its new stage. Which acts are "
            "allowed from the asset's stage, and which fields each needs, is answered by "
            "`GET /api/v1/assets/{asset_id}/actions/`: a freeze needs the `order` with its "
            "`expires_on`; a confiscation a final order (`final: true`), its `basis` and the "
            "`amount`; a repatriation the `recipient` and the returned `amount`.",
            "Answers 200 with the asset as it is after the act, and its new `ETag` (the act "
            "itself is the last entry of the history). An act not allowed from the asset's "
            "current stage is 409; a missing or invalid field is 400.",
            api_docs.TEAM_WRITES,
            api_docs.IF_MATCH,
            api_docs.IDEMPOTENT,
            "An asset the caller may not see is 404. " + api_docs.ERRORS,
        ),
        examples=api_docs.request_examples(
            {
                "freeze with an order": {
                    "action": "freeze",
                    "order": {
                        "authority": "Federal Criminal Court",
                        "jurisdiction": "CH",
                        "reference": "SK.2026.12",
                        "issued_on": "2026-11-02",
                        "expires_on": "2031-05-01",
                    },
                    "amount": {"amount": "900000.00", "currency": "USD"},
                    "note": "Account restrained at the bank's head office.",
                },
                "confiscate with a final order": {
                    "action": "confiscate",
                    "order": {
                        "authority": "Federal Criminal Court",
                        "jurisdiction": "CH",
                        "reference": "SK.2026.12-C",
                        "issued_on": "2026-11-20",
                    },
                    "basis": "conviction",
                    "final": True,
                    "amount": {"amount": "850000.00", "currency": "USD"},
                },
            }
        ),
    )
    @idempotent
    def post(self, request: Request, asset_id: Any) -> Response:
        user = current_user(request)
        asset = self.visible_asset()
        refuse_unless_team(user, asset)
        expected = parse_if_match(request.headers.get("If-Match"))
        form = AssetTransitionInputSerializer(data=request.data, context={"request": request})
        form.is_valid(raise_exception=True)
        data = dict(form.validated_data)
        action = data.pop("action")
        try:
            asset_transition(
                asset=asset, by=user, action=action, data=data, expected_version=expected
            )
        except DjangoValidationError as exc:
            raise_as_api_error(exc)
        except TransitionNotAllowed as exc:
            raise conflict(exc) from exc
        (fresh,) = fresh_assets(request, [asset.pk])
        body = AssetWithOrdersSerializer(fresh, context={"request": request}).data
        return Response(
            body,
            headers={"ETag": etag_for(fresh), "Content-Location": f"/api/v1/assets/{fresh.pk}/"},
        )


class AssetRestraintOrdersView(APIView):
    """The freeze and seizure orders on one asset, read from its acts."""

    @extend_schema(
        parameters=[api_docs.ASSET_ID],
        responses={200: RestraintOrderSerializer(many=True), 404: PROBLEMS[404]},
        summary="The asset's restraint orders (freezes, renewals, seizures), newest first",
        description=api_docs.join(
            "Each freeze, renewal or seizure order recorded on the asset, with its term, when it "
            "lapses (`lapses_at`) and whether it is in force now (`status`: `in_force`, "
            "`lapsed`, `released` or `superseded`). An asset may carry several, from several "
            "states; it is frozen while any freeze order is in force.",
            "A partner state's liaison sees the orders of the non-restricted assets of a case "
            "shared with their state. An asset the caller may not see is 404.",
        ),
    )
    def get(self, request: Request, asset_id: Any) -> Response:
        user = current_user(request)
        asset = visible_or_404(assets_visible_to(user), asset_id, user)
        history = AssetTransition.objects.visible_to(user, references=False).filter(asset=asset)
        return Response(asset_restraint_orders(asset, history, timezone.now()))


class AssetActionsView(APIView):
    """The acts the caller may record on the asset now: what the UI offers, and nothing else."""

    @extend_schema(
        parameters=[api_docs.ASSET_ID],
        responses={200: AssetActionSerializer(many=True), 404: PROBLEMS[404]},
        summary="The acts the caller may record on the asset now, and what each requires",
        description=api_docs.join(
            "The acts the caller may record on the asset from its current stage, each with the "
            "stage it leads to and the fields it needs (`requires`) and carries: a client form "
            "built from them asks exactly what the act needs.",
            "Empty for whoever may only read the asset (admins, partner states' liaisons) and "
            "on an archived case. An asset the caller may not see is 404.",
        ),
    )
    def get(self, request: Request, asset_id: Any) -> Response:
        user = current_user(request)
        asset = visible_or_404(assets_visible_to(user), asset_id, user)
        rules = acts_open_to(user, [asset])[asset.pk]
        return Response([AssetActionSerializer.of(rule) for rule in rules])


class AssetsActionsView(APIView):
    """The acts the caller may record now on each of many assets (a page of the asset table)."""

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "asset",
                OpenApiTypes.UUID,
                OpenApiParameter.QUERY,
                many=True,
                required=True,
                description=f"An asset's id; up to {MAX_ASSETS_ASKED} (repeat the parameter).",
            )
        ],
        responses={200: AssetActionsOfSerializer(many=True), 400: PROBLEMS[400]},
        summary="The acts the caller may record now on each of these assets",
        description="One entry per asked asset that the caller may see, in the order asked; "
        "an id the caller may not see is left out, as one that does not exist. The acts are "
        "those of GET /api/v1/assets/{id}/actions/.",
    )
    def get(self, request: Request) -> Response:
        form = AssetsActionsQuerySerializer(data={"asset": request.query_params.getlist("asset")})
        form.is_valid(raise_exception=True)
        asked = list(dict.fromkeys(form.validated_data["asset"]))
        user = current_user(request)
        found = {asset.pk: asset for asset in assets_visible_to(user).filter(pk__in=asked)}
        assets = [found[pk] for pk in asked if pk in found]
        acts = acts_open_to(user, assets)
        of = AssetActionSerializer.of
        body = [{"asset": a.pk, "actions": [of(rule) for rule in acts[a.pk]]} for a in assets]
        return Response(body)


class AssetTransitionsBulkView(APIView):
    """One order, many assets (a freeze order listing every account, say): all or nothing."""

    @extend_schema(
        request=AssetTransitionBulkInputSerializer,
        responses={200: AssetTransitionBulkResultSerializer, **PROBLEMS},
        summary="Record one act (freeze, renew_freeze, seize, release, decide_not_to_freeze) "
        "on many assets at once",
        description="Every asset must be one the caller may see (`assets.N` does_not_exist "
        "otherwise) and on a case whose team the caller is on (403). If the act is refused "
        "for any asset, nothing is recorded and the problem names that asset (`asset`, or its "
        "id in the error's detail).",
    )
    @idempotent
    def post(self, request: Request) -> Response:
        user = current_user(request)
        form = AssetTransitionBulkInputSerializer(data=request.data, context={"request": request})
        form.is_valid(raise_exception=True)
        data = dict(form.validated_data)
        assets, action = data.pop("assets"), data.pop("action")
        for asset in {asset.case_id: asset for asset in assets}.values():
            refuse_unless_team(user, asset)  # one asset of each case
        try:
            recorded = assets_transition_bulk(assets=assets, by=user, action=action, data=data)
        except BulkTransitionFailed as failed:
            raise bulk_problem(failed) from failed
        except DjangoValidationError as exc:
            raise_as_api_error(exc)
        body = {
            "batch_id": recorded[0].batch_id,
            "results": AssetSerializer(
                fresh_assets(request, [asset.pk for asset in assets]),
                many=True,
                context={"request": request},
            ).data,
        }
        return Response(body)


def bulk_problem(failed: BulkTransitionFailed) -> exceptions.APIException:
    """The failure of one asset, named, as the answer to the whole bulk act."""
    asset_id = str(failed.asset.pk)
    error = failed.error
    if isinstance(error, TransitionNotAllowed):
        return conflict(error, asset=asset_id)
    if isinstance(error, DjangoPermissionDenied):
        return exceptions.PermissionDenied(f"Asset {asset_id}: {error}")
    assert isinstance(error, DjangoValidationError)
    detail = serializers.as_serializer_error(error)
    return exceptions.ValidationError(
        {
            field: [
                serializers.ErrorDetail(f"Asset {asset_id}: {message}", message.code)
                for message in messages
            ]
            for field, messages in detail.items()
        }
    )
