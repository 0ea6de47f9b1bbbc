"""Serializer fields for the API's shared shapes: money, state codes, references to objects."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any, ClassVar, cast

import pycountry
from django.db.models import Model, QuerySet
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cases.models import State
from cases.visibility import model_by_label, reference_annotation
from core.crypto_units import (
    CRYPTO_UNITS,
    HOLDING_DIGITS,
    HOLDING_PLACES,
    MAX_HOLDING,
    fits_unit,
    format_holding,
)
from core.money import (
    AMOUNT_DIGITS,
    AMOUNT_PLACES,
    MAX_AMOUNT,
    fits_minor_units,
    format_amount,
    minor_units,
)
from core.nested import WholeItemMixin


@lru_cache(maxsize=1)
def iso_4217_codes() -> frozenset[str]:
    return frozenset(currency.alpha_3 for currency in pycountry.currencies)


class AmountField(serializers.DecimalField):
    """A decimal string only: a JSON number is a binary float to most parsers, and
    98765432109876.54 read as one is stored as ...55 (API.md: money is a decimal string)."""

    default_error_messages = {
        **serializers.DecimalField.default_error_messages,
        "not_a_string": 'Give the amount as a decimal string ("1234.50"): a JSON number loses '
        "digits.",
    }

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", Decimal(0))  # amounts, holdings, shares: never negative
        kwargs.setdefault("coerce_to_string", True)  # answered as a string, as it is asked for
        super().__init__(**kwargs)

    def to_internal_value(self, data: Any) -> Decimal:
        if not isinstance(data, str):
            self.fail("not_a_string")
        return super().to_internal_value(data)


class DecimalInUnitSerializer(WholeItemMixin, serializers.Serializer[Any]):
    """An `amount` as a decimal string beside the unit that fixes its decimal places: money in an
    ISO 4217 currency, a crypto holding in its unit. A subclass declares both fields and names the
    unit's field and its rules (`core.money`, `core.crypto_units`)."""

    unit_field: ClassVar[str]
    places_of: ClassVar[Callable[[str], int]]
    fits: ClassVar[Callable[[Decimal, str], bool]]
    written: ClassVar[Callable[[Decimal, str], str]]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        amount, unit = attrs["amount"], attrs[self.unit_field]
        if not type(self).fits(amount, unit):
            raise serializers.ValidationError(
                {
                    "amount": serializers.ErrorDetail(
                        f"{unit} has {type(self).places_of(unit)} decimal place(s).",
                        code="max_decimal_places",
                    )
                }
            )
        return attrs

    def to_representation(self, instance: Any) -> dict[str, str]:
        def get(name: str) -> Any:
            return instance[name] if isinstance(instance, dict) else getattr(instance, name)

        unit = str(get(self.unit_field))
        return {
            "amount": type(self).written(Decimal(str(get("amount"))), unit),
            self.unit_field: unit,
        }


class MoneySerializer(DecimalInUnitSerializer):
    """`{"amount": "1234.50", "currency": "USD"}`: a decimal string with the currency's own
    ISO 4217 minor units (`"1.250"` KWD, `"1500"` JPY) and an ISO 4217 code."""

    amount = AmountField(
        max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES, max_value=MAX_AMOUNT
    )
    currency = serializers.CharField(min_length=3, max_length=3)
    unit_field = "currency"
    places_of = minor_units
    fits = fits_minor_units
    written = format_amount

    def validate_currency(self, value: str) -> str:
        if value not in iso_4217_codes():
            raise serializers.ValidationError(
                f"{value!r} is not an ISO 4217 currency code.", code="invalid_currency"
            )
        return value


def _unit_places(unit: str) -> int:
    return CRYPTO_UNITS[unit]  # `HoldingSerializer.validate_unit` has refused any other unit


class HoldingSerializer(DecimalInUnitSerializer):
    """`{"amount": "0.12345678", "unit": "BTC"}`: a crypto wallet's holding in its own unit, a
    decimal string with at most the unit's places (BTC 8, ETH 18: `core.crypto_units`)."""

    amount = AmountField(
        max_digits=HOLDING_DIGITS, decimal_places=HOLDING_PLACES, max_value=MAX_HOLDING
    )
    unit = serializers.CharField(
        max_length=8,
        help_text="One of: " + ", ".join(f"{u} ({p} places)" for u, p in CRYPTO_UNITS.items()),
    )
    unit_field = "unit"
    places_of = _unit_places
    fits = fits_unit
    written = format_holding

    def validate_unit(self, value: str) -> str:
        unit = value.upper()
        if unit not in CRYPTO_UNITS:
            raise serializers.ValidationError(
                f"{value!r} is not a unit whose decimals are known (known: "
                f"{', '.join(CRYPTO_UNITS)}); give the holding's fiat worth as the estimated "
                "value.",
                code="unknown_unit",
            )
        return unit


def holding(amount: Decimal | None, unit: str) -> dict[str, str] | None:
    if amount is None:
        return None
    return {"amount": format_holding(amount, unit), "unit": unit}


def money(amount: Decimal | None, currency: str) -> dict[str, str] | None:
    if amount is None:
        return None
    return {"amount": format_amount(amount, currency), "currency": currency}


@extend_schema_field({"type": "string", "pattern": "^[A-Z]{2}$", "example": "GB"})
class StateCodeField(serializers.SlugRelatedField[State]):
    """A state by its ISO 3166-1 alpha-2 code (upper case)."""

    default_error_messages = {
        "does_not_exist": "{value} is not an ISO 3166-1 alpha-2 state code.",
        "invalid": "Give an ISO 3166-1 alpha-2 state code.",
    }

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("queryset", State.objects.all())
        super().__init__(slug_field="code", **kwargs)

    def to_internal_value(self, data: Any) -> State:
        if not isinstance(data, str) or len(data) != 2 or not data.isalpha() or not data.isascii():
            self.fail("invalid")
        return super().to_internal_value(data.upper())

    def use_pk_only_optimization(self) -> bool:
        # The code is the primary key: read it from the `*_id` column, with no query.
        return True

    def to_representation(self, obj: Any) -> str:
        return str(getattr(obj, "pk", obj))


@extend_schema_field(OpenApiTypes.STR)
class StateCodeIdField(serializers.Field):
    """Reads a state's code straight from the `*_id` column: no join, no query."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def get_attribute(self, instance: Any) -> Any:
        return getattr(instance, f"{self.source}_id")

    def to_representation(self, value: Any) -> str:
        return str(value)


@extend_schema_field(OpenApiTypes.UUID)
class ObjectIdField(serializers.PrimaryKeyRelatedField[Any]):
    """An object named by its UUID in a request body.

    The error never echoes the id: an object the caller may not see and an id that never existed
    must give byte-identical answers.
    """

    default_error_messages = {
        "required": "This field is required.",
        "does_not_exist": "No object with this id.",
        "incorrect_type": "Give the object's id (a UUID).",
    }

    def to_internal_value(self, data: Any) -> Any:
        if isinstance(data, bool) or not isinstance(data, (str, uuid.UUID)):
            self.fail("incorrect_type", data_type=type(data).__name__)
        try:
            uuid.UUID(str(data))
        except ValueError:
            self.fail("does_not_exist", pk_value=data)
        return super().to_internal_value(data)


class VisibleIdField(ObjectIdField):
    """An object named by its UUID in a request body, looked up among those the caller may see
    (`visible_to` the request's user): any other id answers like one that never existed.

    `model` is the model or, for a model of an app above the serializer's, its label
    ("workflows.MlaRequest"). `references=True` keeps the visible references annotated on the
    object found, for a service that reads them."""

    def __init__(self, model: type[Model] | str, *, references: bool = False, **kwargs: Any):
        self.model = model_by_label(model) if isinstance(model, str) else model
        self.references = references
        # The empty queryset only tells the schema generator the model; `get_queryset` answers.
        super().__init__(queryset=self.model._default_manager.none(), **kwargs)

    def get_queryset(self) -> QuerySet[Any]:
        request = self.context.get("request")
        manager: Any = self.model._default_manager
        return cast(
            QuerySet[Any],
            manager.visible_to(request.user if request else None, references=self.references),
        )


@extend_schema_field({"type": "string", "format": "uuid", "nullable": True})
class VisibleRefField(serializers.Field):
    """The id of a referenced object (a relative's official, a document's MLA request) if the
    caller may see it, else null: read from the annotation `visible_to` gives each reference
    (`cases.visibility.reference_annotation`), never from the raw column. A queryset that did
    not come from `visible_to` has no annotation, and the field shows null: it fails closed."""

    def __init__(self, reference: str | None = None, **kwargs: Any) -> None:
        kwargs["read_only"] = True
        kwargs.setdefault("allow_null", True)
        super().__init__(**kwargs)
        self.reference = reference

    def get_attribute(self, instance: Any) -> Any:
        return getattr(instance, reference_annotation(self.reference or str(self.field_name)), None)

    def to_representation(self, value: Any) -> str:
        return str(value)


class StrictInputMixin:
    """Refuse keys the payload does not define: a typo must not silently drop part of an act."""

    fields: Any

    def to_internal_value(self, data: Any) -> Any:
        unknown: dict[str, Any] = {}
        if isinstance(data, Mapping):
            unknown = {
                str(name): [serializers.ErrorDetail("Not a field of this payload.", "unknown")]
                for name in sorted(set(data) - set(self.fields), key=str)
            }
        try:
            value = super().to_internal_value(data)  # type: ignore[misc]
        except serializers.ValidationError as exc:
            if unknown and isinstance(exc.detail, dict):
                raise serializers.ValidationError({**exc.detail, **unknown}) from exc
            raise
        if unknown:
            raise serializers.ValidationError(unknown)
        return value
