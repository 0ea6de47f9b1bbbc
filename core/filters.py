"""Filter fields that refuse what they do not understand (400), instead of ignoring it."""

from __future__ import annotations

from typing import Any

import django_filters
from django import forms
from django.core.exceptions import ValidationError

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
