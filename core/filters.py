"""Filter fields that refuse what they do not understand (400), instead of ignoring it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet

TRUE = frozenset({"true", "True", "1"})
FALSE = frozenset({"false", "False", "0"})


class StrictNullBooleanField(forms.NullBooleanField):
    """`true`/`false` (or `1`/`0`), or empty for no filter; `?overdue=maybe` is invalid input."""

    widget = forms.TextInput

    def to_python(self, value: Any) -> Any:  # None, True or False
        if value in (None, ""):
            return None
        if value is True or value in TRUE:
            return True
        if value is False or value in FALSE:
            return False
        raise ValidationError("Must be true or false.", code="invalid")

    def validate(self, value: Any) -> None:
        """Any of None, True and False is fine."""


class BooleanFilter(django_filters.BooleanFilter):
    field_class = StrictNullBooleanField


class ConditionFilter(BooleanFilter):
    """`true`: the rows that meet `condition()`; `false`: the others. The condition is built at
    each request, so that one that names today (`overdue`) moves with the calendar."""

    def __init__(self, condition: Callable[[], Q], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.condition = condition

    def filter(self, qs: QuerySet[Any], value: bool | None) -> QuerySet[Any]:
        if value is None:
            return qs
        condition = self.condition()
        return qs.filter(condition) if value else qs.exclude(condition)


class StateCodeFilter(django_filters.CharFilter):
    """A state by its ISO 3166-1 alpha-2 code, in either case (`?jurisdiction=ch`), on a column
    that holds the code (a foreign key to `State`, whose key is the code)."""

    def filter(self, qs: QuerySet[Any], value: str) -> QuerySet[Any]:
        return super().filter(qs, value.upper() if value else value)
