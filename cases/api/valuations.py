"""`/api/v1/assets/{asset_id}/valuations/`: the dated valuations of an asset, and recording one.

Thin: the asset among those the caller may see (404 otherwise), its valuations read through
`visible_to`, a new one recorded by `cases.services.valuations`.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from cases.api.base import AssetRecordsView, current_user, raise_as_api_error
from cases.api.cases import UserRefSerializer
from cases.api.fields import MoneySerializer, StrictInputMixin
from cases.models import Asset, AssetValuation, User
from cases.services.valuations import asset_valuation_create, check_records_valuations
from cases.services.versioning import etag_for, parse_if_match
from core import api_docs
from core.dates import BoundedDateField
from core.idempotency import idempotent
from core.serializers import ReadOnlyModelSerializer


class AssetValuationPartnerSerializer(ReadOnlyModelSerializer[AssetValuation]):
    asset: serializers.PrimaryKeyRelatedField[Asset] = serializers.PrimaryKeyRelatedField(
        read_only=True
    )
    # The valuation's own `amount` and `currency`, as every money of the API.
    amount = MoneySerializer(source="*", read_only=True)

    class Meta:
        model = AssetValuation
        fields = ["id", "asset", "valued_on", "amount", "method", "recorded_at"]


class AssetValuationSerializer(AssetValuationPartnerSerializer):
    recorded_by = UserRefSerializer(read_only=True)

    class Meta(AssetValuationPartnerSerializer.Meta):
        fields = [*AssetValuationPartnerSerializer.Meta.fields, "recorded_by"]


class AssetValuationInputSerializer(StrictInputMixin, serializers.Serializer[Any]):
    valued_on = BoundedDateField(help_text="The day the asset was worth `amount` (not ahead).")
    amount = MoneySerializer()
    method = serializers.CharField(
        max_length=500,
        help_text="How the figure was reached, or its source (a bank statement, a surveyor).",
    )


@api_docs.one_asset_list(
    summary="The asset's dated valuations, newest first",
    about=(
        "What the asset was worth on each day a valuation was recorded, with the method or "
        "source of the figure. The latest (by `valued_on`) is the asset's `estimated_value`."
    ),
    partners=(
        "A partner state's liaison sees the valuations of the non-restricted assets of a "
        "case shared with their state, without who recorded them."
    ),
)
class AssetValuationsView(AssetRecordsView):
    """The valuations of one asset, newest first, and recording one."""

    queryset = AssetValuation.objects.none()
    owner_serializer_class = AssetValuationSerializer
    partner_serializer_class = AssetValuationPartnerSerializer

    def records_of(self, asset: Asset, user: User) -> QuerySet[AssetValuation]:
        return (
            AssetValuation.objects.visible_to(user)
            .filter(asset=asset)
            .select_related("recorded_by")
            .order_by("-valued_on", "-recorded_at", "-id")
        )

    @extend_schema(
        parameters=[
            api_docs.ASSET_ID,
            OpenApiParameter(
                "If-Match",
                str,
                OpenApiParameter.HEADER,
                required=False,
                description="The asset's ETag; 412 when it is stale.",
            ),
        ],
        request=AssetValuationInputSerializer,
        responses={
            201: AssetValuationSerializer,
            400: OpenApiResponse(description="Invalid input (`errors`)."),
            403: OpenApiResponse(description="The caller sees the asset but is not on the team."),
            404: OpenApiResponse(description="No asset the caller may see has this id."),
            412: OpenApiResponse(description="If-Match names a version no longer current."),
        },
        summary="Record a dated valuation of the asset",
        description=api_docs.join(
            "Records what the asset was worth on `valued_on` (not in the future where it sits), "
            "in a currency with its ISO 4217 minor units, and how the figure was reached "
            "(`method`). When it is the latest valuation (no other valued on a later day), it "
            "becomes the asset's `estimated_value` in the same transaction (and the asset's "
            "ETag changes); an older one recorded late only joins the history. Valuations are "
            "never rewritten: a wrong figure is put right by a new one.",
            api_docs.TEAM_WRITES,
            api_docs.IDEMPOTENT,
            "An asset the caller may not see is 404. " + api_docs.ERRORS,
        ),
    )
    @idempotent
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        user = current_user(request)
        asset = self.visible_asset()
        try:
            check_records_valuations(user, asset)  # 403 before reading the body
        except DjangoPermissionDenied as exc:
            raise exceptions.PermissionDenied(str(exc)) from exc
        expected = parse_if_match(request.headers.get("If-Match"))
        form = AssetValuationInputSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        try:
            valuation = asset_valuation_create(
                asset=asset, by=user, data=dict(form.validated_data), expected_version=expected
            )
        except DjangoPermissionDenied as exc:
            raise exceptions.PermissionDenied(str(exc)) from exc
        except DjangoValidationError as exc:
            raise_as_api_error(exc)
        body = AssetValuationSerializer(valuation, context={"request": request}).data
        asset.refresh_from_db(fields=["version"])
        return Response(body, status=status.HTTP_201_CREATED, headers={"ETag": etag_for(asset)})


__all__ = ["AssetValuationsView"]
