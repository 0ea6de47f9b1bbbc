"""`/api/v1/reports/summary/`: totals over the cases the caller may see (reports.summary)."""

from __future__ import annotations

from typing import Any

import pycountry
from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from cases.api.base import current_user
from cases.api.fields import MoneySerializer
from core.dates import BoundedDateField
from core.renderers import FastJSONRenderer
from core.state_time import today_in
from reports.summary import FIGURES, REPORT_STAGES, summary_report
from workflows.models import AssetAction


class SummaryQuerySerializer(serializers.Serializer[Any]):
    as_of = BoundedDateField(
        required=False,
        help_text="The report's date (default today): rates are the latest on or before it; "
        "overdue requests and lapsing freezes are counted from it.",
    )
    currency = serializers.CharField(
        required=False,
        min_length=3,
        max_length=3,
        help_text="ISO 4217 reporting currency (default: the REPORTING_CURRENCY setting, USD).",
    )

    def validate_currency(self, value: str) -> str:
        code = value.upper()
        if pycountry.currencies.get(alpha_3=code) is None:
            raise serializers.ValidationError("Not an ISO 4217 currency.", code="invalid_currency")
        return code


class RateUsedSerializer(serializers.Serializer[Any]):
    currency = serializers.CharField()
    rate_date = BoundedDateField(help_text="ECB reference rate of this date.")
    per_eur = serializers.CharField(help_text="Units of the currency for one euro.")


class ConvertedSerializer(serializers.Serializer[Any]):
    """A sum across currencies in the reporting currency, with the rates it used."""

    amount = serializers.CharField(help_text="Decimal string, rounded to the cent once.")
    currency = serializers.CharField()
    complete = serializers.BooleanField(
        help_text="False when a currency had no rate on or before `as_of`: its amounts are "
        "left out of `amount` and listed in `missing_rates`."
    )
    missing_rates = serializers.ListField(child=serializers.CharField())
    rates = RateUsedSerializer(many=True, help_text="The rates (and their dates) used.")


class FigureSerializer(serializers.Serializer[Any]):
    amounts = MoneySerializer(many=True, help_text="One sum per currency.")
    converted = ConvertedSerializer()


class FiguresSerializer(serializers.Serializer[Any]):
    """`identified`: estimated value of the assets (every stage); `frozen`, `seized`,
    `confiscated`: what the latest order of that kind covered, kept when the asset moves on (so
    `frozen` is what was ever frozen); `frozen_now`: `frozen` of the assets whose freeze is in
    force (not lapsed, released, seized or confiscated since); `returned`, `deducted_expenses`
    (UNCAC Art. 57(4)): sums of the tranches; `outstanding`: confiscated less both."""

    def get_fields(self) -> dict[str, serializers.Field]:
        return {name: FigureSerializer() for name in FIGURES}


class AssetGroupSerializer(serializers.Serializer[Any]):
    count = serializers.IntegerField(help_text="Number of assets.")
    frozen_now_count = serializers.IntegerField(
        help_text="Assets whose freeze is in force (not lapsed, released, seized or confiscated)."
    )
    ever_frozen_count = serializers.IntegerField(
        help_text="Assets frozen at any time (a freeze among their acts, whatever followed)."
    )
    figures = FiguresSerializer()


def _group_serializer(
    name: str, key: str, field: serializers.Field
) -> type[serializers.Serializer[Any]]:
    return type(name, (AssetGroupSerializer,), {key: field})


StageGroupSerializer = _group_serializer(
    "StageGroupSerializer",
    "stage",
    serializers.ChoiceField(
        choices=REPORT_STAGES,
        help_text="The asset's stage; `lapsed`: frozen by an order whose expiry has passed.",
    ),
)
JurisdictionGroupSerializer = _group_serializer(
    "JurisdictionGroupSerializer", "jurisdiction", serializers.CharField()
)
OwnerStateGroupSerializer = _group_serializer(
    "OwnerStateGroupSerializer", "owner_state", serializers.CharField()
)
OriginStateGroupSerializer = _group_serializer(
    "OriginStateGroupSerializer", "origin_state", serializers.CharField()
)


class AssetTotalsSerializer(serializers.Serializer[Any]):
    total = AssetGroupSerializer()
    by_stage = StageGroupSerializer(many=True)
    by_jurisdiction = JurisdictionGroupSerializer(many=True)
    by_owner_state = OwnerStateGroupSerializer(many=True)
    by_origin_state = OriginStateGroupSerializer(many=True)


class ActsOfYearSerializer(serializers.Serializer[Any]):
    year = serializers.IntegerField(
        help_text="Year of the order behind the act (as corrected), else of its recording."
    )
    action = serializers.ChoiceField(choices=AssetAction.choices)
    count = serializers.IntegerField()
    amounts = MoneySerializer(many=True, help_text="Sums of the acts' amounts, per currency.")
    converted = ConvertedSerializer()


class MlaFiguresSerializer(serializers.Serializer[Any]):
    total = serializers.IntegerField(help_text="Requests sent (drafts are not counted).")
    open = serializers.IntegerField()
    overdue = serializers.IntegerField(help_text="Open, and due before `as_of`.")
    refused = serializers.IntegerField()
    median_days_to_acknowledgement = serializers.DecimalField(
        max_digits=12, decimal_places=1, allow_null=True, help_text="From sent to acknowledged."
    )
    median_days_to_execution = serializers.DecimalField(
        max_digits=12,
        decimal_places=1,
        allow_null=True,
        help_text="From sent to closed, over executed and partially executed requests.",
    )


class MlaStateFiguresSerializer(MlaFiguresSerializer):
    requested_state = serializers.CharField()


class MlaTotalsSerializer(serializers.Serializer[Any]):
    total = MlaFiguresSerializer()
    by_requested_state = MlaStateFiguresSerializer(many=True)


class ExpiringByJurisdictionSerializer(serializers.Serializer[Any]):
    jurisdiction = serializers.CharField()
    count = serializers.IntegerField()
    next_expiry = BoundedDateField()


class ExpiringSerializer(serializers.Serializer[Any]):
    within_days = serializers.IntegerField()
    # `from` is a Python keyword: declared through get_fields.
    until = BoundedDateField()
    count = serializers.IntegerField()
    by_jurisdiction = ExpiringByJurisdictionSerializer(many=True)

    def get_fields(self) -> dict[str, serializers.Field]:
        fields = super().get_fields()
        return {"within_days": fields.pop("within_days"), "from": BoundedDateField(), **fields}


class SummarySerializer(serializers.Serializer[Any]):
    as_of = BoundedDateField()
    reporting_currency = serializers.CharField()
    assets = AssetTotalsSerializer()
    acts_by_year = ActsOfYearSerializer(many=True)
    mla_requests = MlaTotalsSerializer()
    freezes_expiring = ExpiringSerializer()


def report_asked(request: Request) -> dict[str, Any]:
    """The summary for the caller and the query's `as_of` and `currency` (400 on a bad one)."""
    query = SummaryQuerySerializer(data=request.query_params)
    query.is_valid(raise_exception=True)
    return summary_report(
        user=current_user(request),
        as_of=query.validated_data.get("as_of") or today_in(current_user(request).state_id),
        reporting_currency=query.validated_data.get("currency") or settings.REPORTING_CURRENCY,
    )


class SummaryReportView(APIView):
    renderer_classes = [FastJSONRenderer]

    @extend_schema(
        summary="Totals over the cases the caller may see",
        description=(
            "Counts and amounts of the assets the caller may see (a partner state's liaison: "
            "the shared cases' non-restricted assets) by stage, jurisdiction, owner state and "
            "origin state; the acts recorded per year; the MLA requests the caller may see, "
            "open, overdue and refused per requested state, with median times; freezes lapsing "
            "within 30 days. Amounts are summed per currency and converted to the reporting "
            "currency at the latest ECB rate on or before `as_of` (each conversion states its "
            "rate dates; a missing rate is listed, never guessed)."
        ),
        parameters=[SummaryQuerySerializer],
        responses={200: SummarySerializer},
    )
    def get(self, request: Request) -> Response:
        report = report_asked(request)
        # Built in the serializer's shape (amounts already strings): a pass of `SummarySerializer`
        # over thousands of figures would only copy it, at a cost of hundreds of milliseconds.
        # tests/reports/test_summary.py checks that the two stay the same.
        return Response(report)
