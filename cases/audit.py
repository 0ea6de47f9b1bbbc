"""The audit trail: every write records one event, hash-chained per case.

`record()` is called by services inside their transaction, so an event exists exactly when the
change it describes was committed. Who acts, from where and in which request comes from the
request context (set by `AuditContextMiddleware`) or from `acting_as()` in tasks.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from asset_recovery.request_context import current_request_id
from cases.models.audit import AuditChain, AuditEvent

GLOBAL_CHAIN = "global"
GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class Actor:
    user_id: Any = None
    label: str = ""
    client_address: str | None = None


NOBODY = Actor()
_actor: contextvars.ContextVar[Actor] = contextvars.ContextVar("audit_actor", default=NOBODY)


@contextmanager
def acting_as(
    *, user: Any = None, label: str = "", client_address: str | None = None
) -> Iterator[None]:
    """Attribute the events recorded inside to a user, a task, or both."""
    token = _actor.set(
        Actor(user_id=getattr(user, "pk", user), label=label, client_address=client_address)
    )
    try:
        yield
    finally:
        _actor.reset(token)


def current_actor() -> Actor:
    return _actor.get()


def jsonable(value: Any) -> Any:
    """A JSON value that survives a round trip through PostgreSQL's jsonb unchanged."""
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [jsonable(v) for v in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (Decimal, uuid.UUID)):
        return str(value)
    if isinstance(value, models.Model):
        return str(value.pk)
    if isinstance(value, float):
        return repr(value)
    return value


def snapshot(instance: models.Model, exclude: tuple[str, ...] = ("updated_at",)) -> dict[str, Any]:
    """The stored values of a model instance's own columns, as JSON."""
    data: dict[str, Any] = {}
    for field in instance._meta.concrete_fields:
        if field.name in exclude:
            continue
        data[field.attname] = jsonable(getattr(instance, field.attname))
    return data


def diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Only what changed: {"before": {...}, "after": {...}}."""
    keys = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    return {
        "before": {k: before.get(k) for k in keys},
        "after": {k: after.get(k) for k in keys},
    }


HASHED_FIELDS = (
    "id",
    "chain",
    "sequence",
    "previous_hash",
    "occurred_at",
    "actor_id",
    "actor_label",
    "action",
    "object_type",
    "object_id",
    "case_id",
    "restricted",
    "changes",
    "request_id",
    "client_address",
)


def canonical_bytes(fields: Mapping[str, Any]) -> bytes:
    return json.dumps(
        {name: jsonable(fields[name]) for name in HASHED_FIELDS},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode()


def event_hash(fields: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(fields)).hexdigest()


def hash_of_stored(event: AuditEvent) -> str:
    return event_hash({name: getattr(event, name) for name in HASHED_FIELDS})


@transaction.atomic
def record(
    action: str,
    *,
    obj: models.Model | None = None,
    case: Any = None,
    object_type: str | None = None,
    object_id: str | None = None,
    changes: Mapping[str, Any] | None = None,
    restricted: bool = False,
    actor: Any = None,
) -> AuditEvent:
    """Append one event to its case's chain (or the global chain)."""
    context = current_actor()
    case_id = getattr(case, "pk", case)
    chain_key = str(case_id) if case_id else GLOBAL_CHAIN
    AuditChain.objects.get_or_create(key=chain_key)
    head = AuditChain.objects.select_for_update().get(key=chain_key)
    fields: dict[str, Any] = {
        "id": uuid.uuid4(),
        "chain": chain_key,
        "sequence": head.last_sequence + 1,
        "previous_hash": head.last_hash,
        "occurred_at": timezone.now(),
        "actor_id": getattr(actor, "pk", actor) if actor is not None else context.user_id,
        "actor_label": context.label,
        "action": action,
        "object_type": object_type or (obj._meta.model_name if obj is not None else ""),
        "object_id": object_id or (str(obj.pk) if obj is not None else ""),
        "case_id": case_id,
        "restricted": restricted,
        "changes": jsonable(changes or {}),
        "request_id": current_request_id() if current_request_id() != "-" else "",
        "client_address": context.client_address,
    }
    fields["hash"] = event_hash(fields)
    event = AuditEvent.objects.create(**fields)
    head.last_sequence = fields["sequence"]
    head.last_hash = fields["hash"]
    head.save(update_fields=["last_sequence", "last_hash"])
    return event
