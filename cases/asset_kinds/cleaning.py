"""The cleaning engine: one pass of the table over the details an API client sent.

What every field gets, in this order, is told in the package's docstring (``cases.asset_kinds``).
"""

from __future__ import annotations

import unicodedata

from cases.asset_kinds.fields import (
    NON_FIELD,
    AssetDetailsError,
    DetailError,
    DetailField,
    InvalidValue,
)
from cases.asset_kinds.kinds import ASSET_KIND_FIELDS, ASSET_KIND_RULES

_ALLOWED_CONTROLS = frozenset("\t\n\r")
#: Beyond this many unknown keys, one summary error stands for the rest.
_MAX_UNKNOWN_REPORTED = 20


def _bad_characters(value: str) -> bool:
    return any(
        unicodedata.category(char) in ("Cc", "Cs") and char not in _ALLOWED_CONTROLS
        for char in value
    )


def _shorten(key: str) -> str:
    return key if len(key) <= 100 else key[:100] + "…"


def fields_for(kind: str) -> tuple[DetailField, ...]:
    """The fields a kind's details may hold; ``KeyError`` for an unknown kind."""
    return ASSET_KIND_FIELDS[kind]


def _clean_field(field: DetailField, raw: object) -> tuple[str | None, DetailError | None]:
    """The field's canonical value (None: not given) or its error."""
    if raw is None:
        value = ""
    elif not isinstance(raw, str):
        return None, (
            field.name,
            "not_a_string",
            f"{field.label} must be written as text (a JSON string), "
            f'even when it is a number, e.g. "42"; got {type(raw).__name__}.',
        )
    elif _bad_characters(raw):
        return None, (
            field.name,
            "invalid_characters",
            f"{field.label} contains control characters.",
        )
    else:
        value = unicodedata.normalize("NFC", raw).strip()
    if value and field.normalizer is not None:
        value = field.normalizer(value)
    if not value:
        if field.required:
            return None, (field.name, "required", f"{field.label} is required.")
        return None, None
    if len(value) > field.max_length:
        return None, (
            field.name,
            "max_length",
            f"{field.label} has {len(value)} characters; at most {field.max_length} are allowed.",
        )
    if field.choices and value not in field.choices:
        return None, (
            field.name,
            "invalid_choice",
            f"{field.label} must be one of: {', '.join(field.choices)}.",
        )
    if field.validator is not None:
        try:
            value = field.validator(value)
        except InvalidValue as problem:
            return None, (field.name, problem.code, problem.message)
    return value, None


def validate_details(kind: str, details: object) -> dict[str, str]:
    """The details of an asset of ``kind``, checked against the table and normalized.

    Returns the canonical details: only the fields given (optional blanks left out), in the
    table's order.  Raises ``AssetDetailsError`` with every problem found otherwise.
    """
    if not isinstance(kind, str) or kind not in ASSET_KIND_FIELDS:
        raise AssetDetailsError(
            [(NON_FIELD, "invalid_kind", f"{_shorten(str(kind))!r} is not a kind of asset.")]
        )
    if not isinstance(details, dict):
        raise AssetDetailsError(
            [
                (
                    NON_FIELD,
                    "not_an_object",
                    "The details must be a JSON object of field names and text values.",
                )
            ]
        )
    fields = ASSET_KIND_FIELDS[kind]
    known = {field.name for field in fields}
    errors: list[DetailError] = []

    unknown = sorted((key for key in details if key not in known), key=str)
    for key in unknown[:_MAX_UNKNOWN_REPORTED]:
        allowed = ", ".join(field.name for field in fields)
        errors.append(
            (
                _shorten(str(key)),
                "unknown_field",
                f"A {kind.replace('_', ' ')} has no field {_shorten(str(key))!r}; "
                f"its fields are: {allowed}.",
            )
        )
    if len(unknown) > _MAX_UNKNOWN_REPORTED:
        errors.append(
            (
                NON_FIELD,
                "unknown_field",
                f"And {len(unknown) - _MAX_UNKNOWN_REPORTED} more unknown fields.",
            )
        )

    cleaned: dict[str, str] = {}
    failed: set[str] = set()
    for field in fields:
        value, error = _clean_field(field, details.get(field.name))
        if error is not None:
            errors.append(error)
            failed.add(field.name)
        elif value is not None:
            cleaned[field.name] = value

    for rule in ASSET_KIND_RULES.get(kind, ()):
        if failed.isdisjoint(rule.fields):
            errors.extend(rule.check(cleaned))

    if errors:
        raise AssetDetailsError(errors)
    return cleaned
