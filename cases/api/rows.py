"""List pages built from `.values()` rows: no model instances, no serializer field per cell.

At scale a page of 50 cases through `ModelSerializer` (instances, prefetches, one field object
call per cell) cost 20 ms of Python against 2.4 ms for the SQL that returns the same rows
(bench/RESULTS.md). A list therefore reads the columns it shows with `.values()`, the page's
related rows with one more `.values()` query each, and builds the dicts itself.

The serializers stay the contract: they describe the list in the OpenAPI schema, serve one
object, and validate writes. Each list's rows are checked to equal its serializer's output for
every object of a realistic world (`tests/cases/test_list_rows.py`), so the two cannot drift.
Values are formatted by the very DRF fields the serializers use (`DATETIME`, `DATE`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from django.db import connection
from django.utils import timezone
from rest_framework import ISO_8601, serializers
from rest_framework.settings import api_settings

DATETIME = serializers.DateTimeField()
DATE = serializers.DateField()

Row = dict[str, Any]
Rows = list[Row]


def related_in_row() -> bool:
    """Whether a row can carry its related rows as a column (PostgreSQL's arrays of JSON
    objects), making a page one statement; elsewhere (the SQLite demo) they are read apart."""
    return connection.vendor == "postgresql"


def iso_datetime(value: Any) -> str | None:
    """`DATETIME.to_representation(value)`; for an aware value (every one PostgreSQL returns)
    written here, as DRF writes ISO 8601, without its per-call settings lookups."""
    if value is None:
        return None
    if value.tzinfo is None or api_settings.DATETIME_FORMAT.lower() != ISO_8601:
        return DATETIME.to_representation(value)
    text: str = value.astimezone(timezone.get_current_timezone()).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def iso_date(value: Any) -> str | None:
    return DATE.to_representation(value) if value is not None else None


def uuid_or_none(value: Any) -> str | None:
    return str(value) if value is not None else None


def grouped(rows: Iterable[Mapping[str, Any]], key: str) -> defaultdict[Any, list[Row]]:
    """Related rows of one query, by the parent they belong to (in the query's order)."""
    groups: defaultdict[Any, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row[key]].append(dict(row))
    return groups
