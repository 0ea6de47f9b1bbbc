"""`/api/v1/sharing-agreements/`: how the proceeds of a confiscated asset or of a value order are
split between the executing and the issuing state (EU 2018/1805 Art. 30; CETS 198 Art. 25(3))."""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cases.api.base import CASE_CHILD_OWNER_FIELDS, CaseChildViewSet, VisibleCaseField, current_user
from cases.api.fields import (
    MoneySerializer,
    StateCodeField,
    StateCodeIdField,
    VisibleIdField,
    VisibleRefField,
)
from cases.api.fields import money as money_of
from cases.models import Asset, Case
from core import api_docs
from core.dates import BoundedDateField
from core.serializers import ReadOnlyModelSerializer
from workflows.api.asset_transition_serializers import StrictInputMixin
from workflows.api.proceeds_fields import money_schema, nullable_money_schema, percent_field
from workflows.proceeds_models import SharingAgreement, SharingRule, ValueOrder
from workflows.services.sharing_agreements import sharing_agreement_create, sharing_agreement_update


class SplitSerializer(serializers.Serializer[Any]):
    executing_state = MoneySerializer()
    issuing_state = MoneySerializer()


class SharingAgreementPartnerSerializer(ReadOnlyModelSerializer[SharingAgreement]):
    case: serializers.PrimaryKeyRelatedField[Case] = serializers.PrimaryKeyRelatedField(
        read_only=True
    )
    asset: serializers.Field[Any, Any, Any, Any] = VisibleRefField()
    value_order: serializers.Field[Any, Any, Any, Any] = VisibleRefField()
    executing_state = StateCodeIdField()
    issuing_state = StateCodeIdField()
    issuing_share_percent = percent_field(read_only=True, allow_null=True)
    amount = serializers.SerializerMethodField()
    eur_value = serializers.SerializerMethodField()
    split = serializers.SerializerMethodField()

    class Meta:
        model = SharingAgreement
        fields = [
            "id",
            "case",
            "asset",
            "value_order",
            "executing_state",
            "issuing_state",
            "rule",
            "issuing_share_percent",
            "agreement_reference",
            "concluded_on",
            "amount",
            "eur_value",
            "split",
        ]

    @money_schema
    def get_amount(self, agreement: SharingAgreement) -> Any:
        return money_of(agreement.amount, agreement.currency)

    @nullable_money_schema
    def get_eur_value(self, agreement: SharingAgreement) -> Any:
        return money_of(agreement.eur_value, "EUR")

    @extend_schema_field(SplitSerializer)
    def get_split(self, agreement: SharingAgreement) -> Any:
        return {
            "executing_state": money_of(agreement.executing_state_amount, agreement.currency),
            "issuing_state": money_of(agreement.issuing_state_amount, agreement.currency),
        }


class SharingAgreementSerializer(SharingAgreementPartnerSerializer):
    class Meta(SharingAgreementPartnerSerializer.Meta):
        fields = [*SharingAgreementPartnerSerializer.Meta.fields, "note", *CASE_CHILD_OWNER_FIELDS]


class SharingAgreementUpdateSerializer(StrictInputMixin, serializers.Serializer[Any]):
    rule = serializers.ChoiceField(choices=SharingRule.choices, required=False)
    issuing_share_percent = percent_field(
        required=False, allow_null=True, help_text="agreed_share: the issuing state's share."
    )
    agreement_reference = serializers.CharField(max_length=200, required=False, allow_blank=True)
    concluded_on = BoundedDateField(required=False, allow_null=True)
    amount = MoneySerializer(required=False, help_text="The amount obtained and shared.")
    eur_value = MoneySerializer(
        required=False,
        allow_null=True,
        help_text="The amount's value in EUR, for the EUR 10 000 threshold of the default rule.",
    )
    note = serializers.CharField(max_length=5000, required=False, allow_blank=True)
    restricted = serializers.BooleanField(required=False)
    internal_notes = serializers.CharField(max_length=20000, required=False, allow_blank=True)


class SharingAgreementCreateSerializer(SharingAgreementUpdateSerializer):
    case = VisibleCaseField()
    asset = VisibleIdField(Asset, required=False, allow_null=True)
    value_order = VisibleIdField(ValueOrder, required=False, allow_null=True)
    executing_state = StateCodeField()
    issuing_state = StateCodeField()
    rule = serializers.ChoiceField(choices=SharingRule.choices)
    amount = MoneySerializer(help_text="The amount obtained and shared.")


class SharingAgreementFilter(django_filters.FilterSet):
    case = django_filters.UUIDFilter(field_name="case_id")
    asset = django_filters.UUIDFilter(field_name="asset_id")
    value_order = django_filters.UUIDFilter(field_name="value_order_id")

    class Meta:
        model = SharingAgreement
        fields = ["case", "asset", "value_order"]


class SharingAgreementViewSet(CaseChildViewSet):
    schema_noun, schema_plural = "asset-sharing agreement", "asset-sharing agreements"
    schema_list_notes = (
        "How what a confiscation obtained (a confiscated asset, or what was paid of a value "
        "order) is split between the executing and the issuing state: by the EU 2018/1805 "
        "Art. 30(7) default (all to the executing state up to EUR 10 000, half to the issuing "
        "state above) or by an agreed share (CETS 198 Art. 25(3)). The split is computed, in "
        "the currency's minor units. A partner state's liaison sees the agreements their state "
        "is party to. Filter with `case`, `asset` and `value_order`."
    )
    schema_create_notes = api_docs.join(
        "Name the confiscated `asset` or the final `value_order`; the `amount` may not exceed "
        "what was confiscated (less upheld third-party claims) or satisfied, with the other "
        "agreements on it. The default rule binds EU member states taking part in Regulation "
        "2018/1805; an amount not in EUR needs its `eur_value`. An agreed share needs "
        "`issuing_share_percent` and `agreement_reference`.",
        api_docs.CASE_IN_BODY,
    )
    schema_create_examples = api_docs.request_examples(
        {
            "the EU 2018/1805 default on a confiscated asset": {
                "case": api_docs.EXAMPLE_CASE_ID,
                "asset": api_docs.EXAMPLE_ASSET_ID,
                "executing_state": "FR",
                "issuing_state": "DE",
                "rule": "eu_2018_1805_default",
                "amount": {"amount": "250000.00", "currency": "EUR"},
            }
        }
    )
    owner_serializer_class = SharingAgreementSerializer
    partner_serializer_class = SharingAgreementPartnerSerializer
    create_serializer_class = SharingAgreementCreateSerializer
    update_serializer_class = SharingAgreementUpdateSerializer
    filterset_class = SharingAgreementFilter
    ordering_fields = ["created_at", "updated_at", "concluded_on"]
    ordering = ["-created_at", "id"]
    queryset = SharingAgreement.objects.none()
    create_service = sharing_agreement_create

    def get_queryset(self) -> QuerySet[SharingAgreement]:
        return SharingAgreement.objects.visible_to(current_user(self.request)).select_related(
            "case"
        )

    def perform_update_service(self, obj: Any, data: dict[str, Any]) -> SharingAgreement:
        return sharing_agreement_update(agreement=obj, by=current_user(self.request), changes=data)


__all__ = ["SharingAgreementViewSet"]
