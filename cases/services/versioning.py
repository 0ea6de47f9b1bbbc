"""Optimistic concurrency: every mutable resource has a version, shown as its ETag.

A write that names a version (`If-Match`) is applied only if that version is still current; the
row is locked while it is compared and changed, so two writers with the same ETag cannot both win.

The owning state's ETag is the row's version. A partner state's is a digest of exactly what the
partner is shown (`partner_etag`): the version also counts changes they may not see (internal
notes, a restricted item's edits), and an ETag that moved would tell them something changed.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from django.db.models import Model, QuerySet

from audit import trail
from core.problems import PreconditionFailed

M = TypeVar("M", bound=Model)


def etag_for(obj: Model) -> str:
    return f'"{obj.version}"'  # type: ignore[attr-defined]


PARTNER_TAG = re.compile(r"p[0-9a-f]{32}")


def partner_etag(body: Mapping[str, Any]) -> str:
    """A partner state's ETag: a digest of the representation they are shown, so it changes
    exactly when something they can see changed."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), default=str)
    return f'"p{hashlib.sha256(canonical.encode()).hexdigest()[:32]}"'


def parse_if_match(header: str | None) -> int | str | None:
    """The version an If-Match header names (a partner's digest tag as its string); None when
    absent or `*`.

    A header that names no version this server ever issued can never match: answer 412.
    """
    if header is None or header.strip() in ("", "*"):
        return None
    value = header.strip()
    if value.startswith("W/"):
        raise PreconditionFailed("If-Match needs the strong ETag this API issued.")
    value = value.strip('"')
    if PARTNER_TAG.fullmatch(value):
        return value
    if not value.isdigit() or len(value) > 9:
        raise PreconditionFailed("If-Match does not name a version of this object.")
    return int(value)


def check_partner_if_match(expected: int | str | None, body: Mapping[str, Any]) -> None:
    """A partner's If-Match against what they are shown now; a version number never matches
    (partners are never given one)."""
    if expected is not None and f'"{expected}"' != partner_etag(body):
        raise PreconditionFailed()


def lock_current(queryset: QuerySet[M], pk: object, expected_version: int | str | None) -> M:
    """Lock the row for this transaction and check it is still at the expected version."""
    obj = queryset.select_for_update(of=("self",)).get(pk=pk)
    if expected_version is not None and obj.version != expected_version:  # type: ignore[attr-defined]
        raise PreconditionFailed()
    return obj


def save_new_version(obj: Model, fields: list[str]) -> None:
    """Save the changed fields with the next version; the caller holds the row lock."""
    obj.version += 1  # type: ignore[attr-defined]
    obj.save(update_fields=[*fields, "version", "updated_at"])


class AuditedUpdate:
    """The change `audited_update` is making: the fields set so far."""

    def __init__(self, obj: Model) -> None:
        self.obj = obj
        self.fields: list[str] = []

    def set(self, changes: Mapping[str, Any], editable: Iterable[str]) -> None:
        """Set the editable fields that `changes` names."""
        allowed = set(editable)
        for name, value in changes.items():
            if name in allowed:
                setattr(self.obj, name, value)
                self.fields.append(name)

    def touch(self, *names: str) -> None:
        """Fields the service set itself (a derived date, a cleaned value)."""
        self.fields.extend(names)


@contextmanager
def audited_update(
    obj: M,
    *,
    action: str,
    by: Any,
    state: Callable[[M], dict[str, Any]] = trail.snapshot,
) -> Iterator[AuditedUpdate]:
    """HackSoft's `model_update` with the audit record, for every service that edits a row.

    The block sets fields (and related rows); when it ends, the row is saved with its next
    version (the caller holds the row lock) and one event records what changed, as `state`
    sees the object before and after. The event is hidden from partner states when the object
    is restricted now (`trail.record` reads it) or was before the change. An exception in the
    block saves and records nothing.
    """
    before = state(obj)
    update = AuditedUpdate(obj)
    yield update
    save_new_version(obj, sorted(set(update.fields)))
    trail.record(
        action,
        obj=obj,
        case=obj.pk if obj._meta.label == "cases.Case" else getattr(obj, "case_id", None),
        actor=by,
        restricted=bool(before.get("restricted")),
        changes=trail.diff(before, state(obj)),
    )
