"""Shapes the proceeds endpoints share: a percentage as a decimal string, the errors of the
services turned into API problems, and the lookups of the objects a body names."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from drf_spectacular.utils import OpenApiParameter, extend_schema_field
from rest_framework import serializers

from cases.api.fields import AmountField, MoneySerializer
from core.dates import BoundedDateField

IF_MATCH = OpenApiParameter(
    "If-Match",
    str,
    OpenApiParameter.HEADER,
    required=False,
    description="The record's ETag; 412 when it is stale.",
)

# The schema of a method field that answers money (or null).
money_schema = extend_schema_field(MoneySerializer)
nullable_money_schema = extend_schema_field(MoneySerializer(allow_null=True))


def percent_field(**kwargs: Any) -> AmountField:
    """A percentage as a decimal string ("33.3333"), from 0 to 100."""
    return AmountField(max_digits=7, decimal_places=4, max_value=Decimal(100), **kwargs)


class LegalOrderSerializer(serializers.Serializer[Any]):
    """The legal order behind a record, read from its `order_*` columns."""

    authority = serializers.CharField(source="order_authority", max_length=300)
    jurisdiction = serializers.CharField(source="order_jurisdiction_id", read_only=True)
    reference = serializers.CharField(source="order_reference", max_length=200)
    issued_on = BoundedDateField(source="order_issued_on")
