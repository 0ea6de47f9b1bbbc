"""Optimistic concurrency: every mutable resource has a version, shown as its ETag.

A write that names a version (`If-Match`) is applied only if that version is still current; the
row is locked while it is compared and changed, so two writers with the same ETag cannot both win.
"""

from __future__ import annotations

from typing import TypeVar

from django.db.models import Model, QuerySet

from asset_recovery.problems import PreconditionFailed

M = TypeVar("M", bound=Model)


def etag_for(obj: Model) -> str:
    return f'"{obj.version}"'  # type: ignore[attr-defined]


def parse_if_match(header: str | None) -> int | None:
    """The version an If-Match header names; None when absent or `*`.

    A header that names no version this server ever issued can never match: answer 412.
    """
    if header is None or header.strip() in ("", "*"):
        return None
    value = header.strip()
    if value.startswith("W/"):
        raise PreconditionFailed("If-Match needs the strong ETag this API issued.")
    value = value.strip('"')
    if not value.isdigit() or len(value) > 9:
        raise PreconditionFailed("If-Match does not name a version of this object.")
    return int(value)


def lock_current(queryset: QuerySet[M], pk: object, expected_version: int | None) -> M:
    """Lock the row for this transaction and check it is still at the expected version."""
    obj = queryset.select_for_update(of=("self",)).get(pk=pk)
    if expected_version is not None and obj.version != expected_version:  # type: ignore[attr-defined]
        raise PreconditionFailed()
    return obj


def save_new_version(obj: Model, fields: list[str]) -> None:
    """Save the changed fields with the next version; the caller holds the row lock."""
    obj.version += 1  # type: ignore[attr-defined]
    obj.save(update_fields=[*fields, "version", "updated_at"])
