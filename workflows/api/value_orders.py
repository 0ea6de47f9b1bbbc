"""`/api/v1/value-orders/`: value-based confiscation orders of a case, and
`/api/v1/value-orders/{id}/satisfactions/`: what was paid of one from the case's assets."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, cast

import django_filters
from django.db.models import DecimalField, OuterRef, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from cases.api.base import CASE_CHILD_OWNER_FIELDS, CaseChildViewSet, VisibleCaseField, current_user
from cases.api.fields import MoneySerializer, VisibleIdField, VisibleRefField, money
from cases.models import Asset, Case, Subject
from core import api_docs
from core.filters import BooleanFilter
from core.idempotency import idempotent
from core.money import AMOUNT_DIGITS, AMOUNT_PLACES
from core.pagination import paginated
from core.serializers import ReadOnlyModelSerializer
from workflows.api.asset_transition_serializers import OrderSerializer, StrictInputMixin
from workflows.api.proceeds_fields import IF_MATCH, LegalOrderSerializer, money_schema
from workflows.models import ConfiscationBasis
from workflows.proceeds_models import ValueOrder, ValueOrderSatisfaction
from workflows.services.value_orders import (
    value_order_create,
    value_order_satisfy,
    value_order_update,
)


class ValueOrderOrderSerializer(OrderSerializer):
    """The legal order of a value order: no expiry (it is not a freeze)."""

    expires_on = None  # type: ignore[assignment]
    subdivision = None  # type: ignore[assignment]


class ValueOrderPartnerSerializer(ReadOnlyModelSerializer[ValueOrder]):
    """A partner state's view of a value order: no internal fields."""

    case: serializers.PrimaryKeyRelatedField[Case] = serializers.PrimaryKeyRelatedField(
        read_only=True
    )
    subject: serializers.Field[Any, Any, Any, Any] = VisibleRefField()
    order = LegalOrderSerializer(source="*", read_only=True)
    amount = serializers.SerializerMethodField()
    satisfied = serializers.SerializerMethodField(
        help_text="Paid from the case's assets, as far as the caller may see them."
    )
    outstanding = serializers.SerializerMethodField(
        help_text="The amount less what was satisfied (of the satisfactions the caller sees)."
    )

    class Meta:
        model = ValueOrder
        fields = [
            "id",
            "case",
            "subject",
            "order",
            "amount",
            "basis",
            "final",
            "satisfied",
            "outstanding",
        ]

    def _satisfied(self, order: ValueOrder) -> Decimal:
        return cast(Decimal, getattr(order, "satisfied_total", Decimal(0)))

    @money_schema
    def get_amount(self, order: ValueOrder) -> Any:
        return money(order.amount, order.currency)

    @money_schema
    def get_satisfied(self, order: ValueOrder) -> Any:
        return money(self._satisfied(order), order.currency)

    @money_schema
    def get_outstanding(self, order: ValueOrder) -> Any:
        return money(order.amount - self._satisfied(order), order.currency)


class ValueOrderSerializer(ValueOrderPartnerSerializer):
    class Meta(ValueOrderPartnerSerializer.Meta):
        fields = [*ValueOrderPartnerSerializer.Meta.fields, "note", *CASE_CHILD_OWNER_FIELDS]


class ValueOrderUpdateSerializer(StrictInputMixin, serializers.Serializer[Any]):
    subject = VisibleIdField(Subject, required=False, allow_null=True)
    order = ValueOrderOrderSerializer(required=False)
    amount = MoneySerializer(required=False, help_text="The amount the order confiscates.")
    basis = serializers.ChoiceField(
        choices=ConfiscationBasis.choices, required=False, allow_blank=True
    )
    final = serializers.BooleanField(required=False, help_text="The order is final.")
    note = serializers.CharField(max_length=5000, required=False, allow_blank=True)
    restricted = serializers.BooleanField(required=False)
    internal_notes = serializers.CharField(max_length=20000, required=False, allow_blank=True)


class ValueOrderCreateSerializer(ValueOrderUpdateSerializer):
    case = VisibleCaseField()
    order = ValueOrderOrderSerializer()
    amount = MoneySerializer(help_text="The amount the order confiscates.")


class SatisfactionSerializer(ReadOnlyModelSerializer[ValueOrderSatisfaction]):
    amount = serializers.SerializerMethodField()

    class Meta:
        model = ValueOrderSatisfaction
        fields = ["id", "value_order", "asset", "amount", "recorded_at"]

    @money_schema
    def get_amount(self, satisfaction: ValueOrderSatisfaction) -> Any:
        return money(satisfaction.amount, satisfaction.value_order.currency)


class SatisfactionOwnerSerializer(SatisfactionSerializer):
    class Meta(SatisfactionSerializer.Meta):
        fields = [*SatisfactionSerializer.Meta.fields, "note", "recorded_by"]


class SatisfactionCreateSerializer(StrictInputMixin, serializers.Serializer[Any]):
    asset = VisibleIdField(Asset)
    amount = MoneySerializer(help_text="Paid from the asset, in the order's currency.")
    note = serializers.CharField(max_length=5000, required=False, allow_blank=True)


class ValueOrderFilter(django_filters.FilterSet):
    case = django_filters.UUIDFilter(field_name="case_id")
    subject = django_filters.UUIDFilter(field_name="subject_id")
    final = BooleanFilter()

    class Meta:
        model = ValueOrder
        fields = ["case", "subject", "final"]


class ValueOrderViewSet(CaseChildViewSet):
    schema_noun, schema_plural = "value order", "value orders"
    schema_list_notes = (
        "Value-based confiscation orders (UNCAC Art. 31(1)(a), CETS 198 Art. 3): an amount to be "
        "paid by a subject of the case (or on the case), with its legal order, what was "
        "satisfied of it from the case's assets and what is outstanding. Filter with `case`, "
        "`subject` and `final`."
    )
    schema_create_notes = api_docs.CASE_IN_BODY
    schema_create_examples = api_docs.request_examples(
        {
            "a final value order against the case": {
                "case": api_docs.EXAMPLE_CASE_ID,
                "order": {
                    "authority": "Southwark Crown Court",
                    "jurisdiction": "GB",
                    "reference": "T2026-0117-CO",
                    "issued_on": "2026-10-01",
                },
                "amount": {"amount": "2500000.00", "currency": "GBP"},
                "basis": "conviction",
                "final": True,
            }
        }
    )
    owner_serializer_class = ValueOrderSerializer
    partner_serializer_class = ValueOrderPartnerSerializer
    create_serializer_class = ValueOrderCreateSerializer
    update_serializer_class = ValueOrderUpdateSerializer
    filterset_class = ValueOrderFilter
    ordering_fields = ["order_issued_on", "created_at", "updated_at"]
    ordering = ["-order_issued_on", "-created_at", "id"]
    queryset = ValueOrder.objects.none()
    create_service = value_order_create

    def get_queryset(self) -> QuerySet[ValueOrder]:
        user = current_user(self.request)
        paid = (
            ValueOrderSatisfaction.objects.visible_to(user, references=False)
            .filter(value_order=OuterRef("pk"))
            .order_by()
            .values("value_order")
            .annotate(total=Sum("amount"))
            .values("total")
        )
        amount: DecimalField[Decimal, Decimal] = DecimalField(
            max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES
        )
        return ValueOrder.objects.visible_to(user).annotate(
            satisfied_total=Coalesce(Subquery(paid, output_field=amount), Value(Decimal(0)))
        )

    def perform_update_service(self, obj: Any, data: dict[str, Any]) -> ValueOrder:
        return value_order_update(order=obj, by=current_user(self.request), changes=data)

    @extend_schema(
        methods=["GET"],
        request=None,
        responses={
            200: paginated("PaginatedValueOrderSatisfactionList", SatisfactionSerializer(many=True))
        },
        summary="What was paid of the value order, asset by asset",
        description=api_docs.join(
            "The satisfactions of the order, oldest first: each names the asset it was paid "
            "from and the amount, in the order's currency. A partner state's liaison sees those "
            "from assets they may see. An order the caller may not see is 404.",
            api_docs.PAGINATED,
        ),
    )
    @api_docs.team_act(
        noun="order",
        if_match=IF_MATCH,
        request=SatisfactionCreateSerializer,
        answers=ValueOrderSerializer,
        summary="Satisfy part of the value order from an asset (answers the order after it)",
        what=(
            "Records that `amount` (in the order's currency) of a final order is paid from "
            "`asset`, an asset of the same case that is frozen (the freeze in force) or seized. "
            "It is never more than the order's outstanding amount, nor than what is restrained "
            "on the asset in that currency once upheld third-party claims and earlier "
            "satisfactions are taken out: 400 otherwise. Answers the order with its new "
            "`outstanding` and `ETag`."
        ),
        idempotent=True,
        methods=["POST"],
    )
    @action(detail=True, methods=["get", "post"], filter_backends=[])
    def satisfactions(self, request: Request, pk: Any = None) -> Response:
        if request.method == "POST":
            return self._satisfy(request)
        order = self.get_object()
        user = current_user(request)
        rows = (
            ValueOrderSatisfaction.objects.visible_to(user)
            .filter(value_order=order)
            .select_related("value_order")
        )
        page = self.paginate_queryset(rows)
        shape = self.satisfaction_serializer_class()
        return self.get_paginated_response(shape(page, many=True).data)

    def satisfaction_serializer_class(self) -> type[SatisfactionSerializer]:
        if self.output_serializer_class() is ValueOrderSerializer:
            return SatisfactionOwnerSerializer
        return SatisfactionSerializer

    @idempotent
    def _satisfy(self, request: Request) -> Response:
        def satisfy_locked(order: ValueOrder, data: dict[str, Any]) -> ValueOrder:
            value_order_satisfy(
                order=order,
                by=current_user(request),
                asset=data["asset"],
                amount=data["amount"],
                note=data.get("note", ""),
            )
            return order

        return self.act_on_locked(request, SatisfactionCreateSerializer, satisfy_locked)


__all__ = ["ValueOrderViewSet"]
