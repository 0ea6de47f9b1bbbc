"""The audit trail: every write records one event, hash-chained per case.

`record()` is called by services inside their transaction, so an event exists exactly when the
change it describes was committed. Who acts, from where and in which request comes from the
request context (set by `RequestIdMiddleware`) or from `acting_as()` in tasks.

Each case has its own chain (and events of no case share the `global` one), so writers to
different cases lock different chain heads and never queue behind one another. Each event stores
the hash of the one before it and its own: SHA-256 over `canonical_bytes()`. `manage.py
verify_audit` recomputes them.
"""

from __future__ import annotations

import contextvars
import hashlib
import ipaddress
import json
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as time_of_day
from decimal import Decimal
from functools import cache
from typing import Any, cast

from django.conf import settings
from django.core.cache import BaseCache, caches
from django.core.exceptions import ValidationError
from django.db import connection, models, transaction
from django.utils import timezone
from django.utils.ipv6 import clean_ipv6_address

from audit.models import OWNER_ONLY_ACTIONS, AuditChain, AuditEvent
from core.request_context import current_request_id

GLOBAL_CHAIN = "global"
GENESIS_HASH = "0" * 64

# Columns whose values must never be copied into the (append-only, forever) trail: a password
# hash or a token's key hash. The trail keeps a marker that changes when the value changes.
SECRET_COLUMNS = frozenset({"password", "key_hash"})


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
    """Attribute the events recorded inside to a user, a task, or both.

    A task names itself and the user it acts for: `acting_as(label="task:sweep", user=user)`.
    The client address of an enclosing context (the request's) is kept unless one is given.
    """
    outer = _actor.get()
    token = _actor.set(
        Actor(
            user_id=getattr(user, "pk", user),
            label=label,
            client_address=client_address or outer.client_address,
        )
    )
    try:
        yield
    finally:
        _actor.reset(token)


def current_actor() -> Actor:
    return _actor.get()


_JSON_LEAVES = frozenset({str, int, bool})


def jsonable(value: Any) -> Any:
    """A JSON value that survives a round trip through PostgreSQL's jsonb unchanged."""
    # Fast paths for what most values are (verify_audit runs this over every stored event);
    # exact types only, so subclasses (str enums) take the general path as before.
    if value is None or type(value) in _JSON_LEAVES:
        return value
    if type(value) is dict:
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [jsonable(v) for v in value]
        return sorted(items, key=str) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, (datetime, date, time_of_day)):  # an order's time of issue
        return value.isoformat()
    if isinstance(value, (Decimal, uuid.UUID)):
        return str(value)
    if isinstance(value, models.Model):
        return str(value.pk)
    if isinstance(value, float):
        return repr(value)
    return value


def snapshot(instance: models.Model, exclude: tuple[str, ...] = ("updated_at",)) -> dict[str, Any]:
    """The stored values of a model instance's own columns, as JSON (secrets only as markers)."""
    data: dict[str, Any] = {}
    for field in instance._meta.concrete_fields:
        if field.name in exclude:
            continue
        value = jsonable(getattr(instance, field.attname))
        if field.name in SECRET_COLUMNS and value:
            value = redacted(str(value))
        data[field.attname] = value
    return data


def redacted(secret: str) -> str:
    """A marker for a secret: tells that it changed, and nothing usable about it."""
    return "redacted:" + hashlib.sha256(secret.encode()).hexdigest()[:12]


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


def normalized_address(address: str | None) -> str | None:
    """The client address as PostgreSQL's `inet` gives it back (or None if it is not one), so
    that the hash computed at write time matches the stored row."""
    if not address:
        return None
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return None
    if ip.version == 6:
        try:
            return clean_ipv6_address(str(ip))
        except ValidationError:
            return None
    return str(ip)


def _sql_name(name: str) -> str:
    return connection.ops.quote_name(name)


# The head of a chain is row-locked until the transaction ends, so the events of one chain are
# numbered one after the other; locking writes no new version of the row.
_LOCK_HEAD = "SELECT last_sequence, last_hash FROM {chain} WHERE key = %s"
# SQLite (the `make run` demo) has no row locks: it serializes writers on the whole database.
_FOR_UPDATE = " FOR UPDATE"
_CREATE_HEAD = (
    "INSERT INTO {chain} (key, last_sequence, last_hash) VALUES (%s, 0, %s) "
    "ON CONFLICT (key) DO NOTHING"
)
# The event and the head's advance in one statement (one round trip, one new head version).
_APPEND = (
    "WITH head AS (UPDATE {chain} SET last_sequence = %s, last_hash = %s WHERE key = %s) "
    "INSERT INTO {event} ({columns}) VALUES ({values})"
)
# Without data-modifying WITH (SQLite), the same two writes as two statements.
_ADVANCE = "UPDATE {chain} SET last_sequence = %s, last_hash = %s WHERE key = %s"
_INSERT = "INSERT INTO {event} ({columns}) VALUES ({values})"
_EVENT_COLUMNS = (*HASHED_FIELDS, "hash")


def _on_postgresql() -> bool:
    return connection.vendor == "postgresql"


def _locked_head(cursor: Any, chain_key: str) -> tuple[int, str]:
    table = _sql_name(AuditChain._meta.db_table)
    lock = _LOCK_HEAD + (_FOR_UPDATE if _on_postgresql() else "")
    cursor.execute(lock.format(chain=table), [chain_key])
    row = cursor.fetchone()
    if row is None:  # the chain's first event
        cursor.execute(_CREATE_HEAD.format(chain=table), [chain_key, GENESIS_HASH])
        cursor.execute(lock.format(chain=table), [chain_key])
        row = cursor.fetchone()
    return int(row[0]), str(row[1])


@cache
def _append_statement() -> tuple[str, list[models.Field[Any, Any]]]:
    model_fields = [
        cast("models.Field[Any, Any]", AuditEvent._meta.get_field(name)) for name in _EVENT_COLUMNS
    ]
    sql = _APPEND.format(
        chain=_sql_name(AuditChain._meta.db_table),
        event=_sql_name(AuditEvent._meta.db_table),
        columns=", ".join(_sql_name(str(field.column)) for field in model_fields),
        values=", ".join(["%s"] * len(model_fields)),
    )
    return sql, model_fields


@cache
def _insert_statement() -> str:
    return _INSERT.format(
        event=_sql_name(AuditEvent._meta.db_table),
        columns=", ".join(_sql_name(str(field.column)) for field in _append_statement()[1]),
        values=", ".join(["%s"] * len(_EVENT_COLUMNS)),
    )


def _append_event(cursor: Any, fields: Mapping[str, Any]) -> None:
    sql, model_fields = _append_statement()
    # Each value prepared by its model field, exactly as the ORM would save it.
    values = [
        field.get_db_prep_save(fields[name], connection)
        for name, field in zip(_EVENT_COLUMNS, model_fields, strict=True)
    ]
    head = [fields["sequence"], fields["hash"], fields["chain"]]
    if _on_postgresql():
        cursor.execute(sql, [*head, *values])
        return
    cursor.execute(_ADVANCE.format(chain=_sql_name(AuditChain._meta.db_table)), head)
    cursor.execute(_insert_statement(), values)


def chain_key_for(case_id: Any) -> str:
    return str(case_id) if case_id else GLOBAL_CHAIN


@transaction.atomic(savepoint=False)
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
    """Append one event to its case's chain (or the global chain).

    The chain is `case`'s, or, for an object of a case (with a `case_id`), that object's case's.
    Runs in the caller's transaction without a savepoint of its own (if the event cannot be
    written, neither can the change it describes), or in its own transaction outside one.

    An event is for the owning state only when the caller says so, when the object is marked
    restricted (read from the object, not trusted to each caller), or when it is of a kind
    partner states never see (`OWNER_ONLY_ACTIONS`). Beyond the flag, a partner sees an event
    only while its object is visible to them (`AuditEventQuerySet.narrow_for_partner`).
    """
    context = current_actor()
    if case is None:
        case = getattr(obj, "case_id", None)  # a case's child: its case's chain
    case_id = getattr(case, "pk", case)
    chain_key = chain_key_for(case_id)
    request_id = current_request_id()
    with connection.cursor() as cursor:
        last_sequence, previous_hash = _locked_head(cursor, chain_key)
        fields: dict[str, Any] = {
            "id": uuid.uuid4(),
            "chain": chain_key,
            "sequence": last_sequence + 1,
            "previous_hash": previous_hash,
            "occurred_at": timezone.now(),
            "actor_id": getattr(actor, "pk", actor) if actor is not None else context.user_id,
            "actor_label": context.label,
            "action": action,
            "object_type": object_type or (obj._meta.model_name if obj is not None else ""),
            "object_id": object_id or (str(obj.pk) if obj is not None else ""),
            "case_id": case_id or None,
            "restricted": bool(restricted)
            or bool(getattr(obj, "restricted", False))
            or action.startswith(OWNER_ONLY_ACTIONS),
            "changes": jsonable(changes or {}),
            "request_id": request_id if request_id != "-" else "",
            "client_address": normalized_address(context.client_address),
        }
        fields["hash"] = event_hash(fields)
        _append_event(cursor, fields)
    event = AuditEvent(**fields)
    event._state.adding = False
    event._state.db = connection.alias
    return event


@dataclass(frozen=True)
class Pending:
    """One event for `record_many`: the arguments `record` takes, as a value."""

    action: str
    obj: models.Model | None = None
    case: Any = None
    object_type: str | None = None
    object_id: str | None = None
    changes: Mapping[str, Any] | None = None
    restricted: bool = False
    actor: Any = None


# Many heads at once, locked in key order (two writers of overlapping sets of chains lock them
# in the same order, so they queue instead of deadlocking).
_LOCK_HEADS = "SELECT key, last_sequence, last_hash FROM {chain} WHERE key = ANY(%s) ORDER BY key"
_CREATE_HEADS = (
    "INSERT INTO {chain} (key, last_sequence, last_hash) "
    "SELECT k, 0, %s FROM unnest(%s::varchar[]) AS k ORDER BY k ON CONFLICT (key) DO NOTHING"
)
_ADVANCE_HEADS = (
    "UPDATE {chain} AS c SET last_sequence = v.last_sequence, last_hash = v.last_hash "
    "FROM unnest(%s::varchar[], %s::bigint[], %s::varchar[]) AS v(key, last_sequence, last_hash) "
    "WHERE c.key = v.key"
)


@cache
def _insert_many_statement() -> str:
    """Many events at once, each column from an array of its values (PostgreSQL)."""
    model_fields = _append_statement()[1]
    sql = "INSERT INTO {event} ({columns}) SELECT * FROM unnest({arrays})"
    return sql.format(
        event=_sql_name(AuditEvent._meta.db_table),
        columns=", ".join(_sql_name(str(field.column)) for field in model_fields),
        arrays=", ".join(f"%s::{field.db_type(connection)}[]" for field in model_fields),
    )


def _locked_heads(cursor: Any, chain_keys: list[str]) -> dict[str, tuple[int, str]]:
    table = _sql_name(AuditChain._meta.db_table)
    lock = _LOCK_HEADS.format(chain=table) + _FOR_UPDATE
    cursor.execute(lock, [chain_keys])
    heads = {str(key): (int(sequence), str(last)) for key, sequence, last in cursor.fetchall()}
    missing = sorted(set(chain_keys) - heads.keys())
    if missing:  # the first event of these chains
        cursor.execute(_CREATE_HEADS.format(chain=table), [GENESIS_HASH, missing])
        cursor.execute(lock, [missing])
        heads.update((str(k), (int(s), str(h))) for k, s, h in cursor.fetchall())
    return heads


@transaction.atomic(savepoint=False)
def record_many(pending: list[Pending]) -> list[AuditEvent]:
    """`record` for many events in a constant number of statements: every chain they extend
    locked at once (in key order), the events inserted together, each head advanced once.

    The events are the same as `record` would write one by one in this order: each chain's
    sequence numbers follow on, each event's `previous_hash` is the hash of the one before it
    on its chain. Runs in the caller's transaction, as `record`.
    """
    if not pending:
        return []
    if not _on_postgresql():  # SQLite (the demo): one by one
        return [
            record(
                p.action,
                obj=p.obj,
                case=p.case,
                object_type=p.object_type,
                object_id=p.object_id,
                changes=p.changes,
                restricted=p.restricted,
                actor=p.actor,
            )
            for p in pending
        ]
    context = current_actor()
    request_id = current_request_id()
    client_address = normalized_address(context.client_address)
    occurred_at = timezone.now()
    case_ids = []
    for p in pending:
        case = p.case if p.case is not None else getattr(p.obj, "case_id", None)
        case_ids.append(getattr(case, "pk", case))
    keys = [chain_key_for(case_id) for case_id in case_ids]
    _, model_fields = _append_statement()
    events: list[AuditEvent] = []
    rows: list[list[Any]] = []
    with connection.cursor() as cursor:
        heads = _locked_heads(cursor, sorted(set(keys)))
        for p, case_id, chain_key in zip(pending, case_ids, keys, strict=True):
            last_sequence, previous_hash = heads[chain_key]
            actor = p.actor
            fields: dict[str, Any] = {
                "id": uuid.uuid4(),
                "chain": chain_key,
                "sequence": last_sequence + 1,
                "previous_hash": previous_hash,
                "occurred_at": occurred_at,
                "actor_id": getattr(actor, "pk", actor) if actor is not None else context.user_id,
                "actor_label": context.label,
                "action": p.action,
                "object_type": p.object_type
                or (p.obj._meta.model_name if p.obj is not None else ""),
                "object_id": p.object_id or (str(p.obj.pk) if p.obj is not None else ""),
                "case_id": case_id or None,
                "restricted": bool(p.restricted)
                or bool(getattr(p.obj, "restricted", False))
                or p.action.startswith(OWNER_ONLY_ACTIONS),
                "changes": jsonable(p.changes or {}),
                "request_id": request_id if request_id != "-" else "",
                "client_address": client_address,
            }
            fields["hash"] = event_hash(fields)
            heads[chain_key] = (fields["sequence"], fields["hash"])
            rows.append(
                [
                    field.get_db_prep_save(fields[name], connection)
                    for name, field in zip(_EVENT_COLUMNS, model_fields, strict=True)
                ]
            )
            event = AuditEvent(**fields)
            event._state.adding = False
            event._state.db = connection.alias
            events.append(event)
        # One array per column: a statement of 16 parameters whatever the number of events.
        cursor.execute(
            _insert_many_statement(), [list(column) for column in zip(*rows, strict=True)]
        )
        advanced = sorted(heads)
        cursor.execute(
            _ADVANCE_HEADS.format(chain=_sql_name(AuditChain._meta.db_table)),
            [advanced, [heads[k][0] for k in advanced], [heads[k][1] for k in advanced]],
        )
    return events


def record_created(
    action: str, obj: models.Model, *, actor: Any, after: Any, case: Any = None
) -> AuditEvent:
    """The event of an object's creation: nothing before, `after` (its snapshot) after; `case`
    names the chain of an object that is not a case's child (the case itself)."""
    return record(action, obj=obj, case=case, actor=actor, changes={"before": {}, "after": after})


def record_change_with(
    action: str,
    obj: models.Model,
    *,
    actor: Any,
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    **new_rows: models.Model,
) -> AuditEvent:
    """The event of a change to `obj` that new rows made (an asset's valuation, an act on it):
    what changed on `obj`, and each new row's snapshot under its name."""
    return record(
        action,
        obj=obj,
        actor=actor,
        changes={**diff(before, after), **{name: snapshot(row) for name, row in new_rows.items()}},
    )


def denied_access_window() -> int:
    """The number of the current window of denied-access counting (fixed, since the epoch)."""
    return int(time.time()) // settings.AUDIT_DENIED_ACCESS_WINDOW_SECONDS


def _denied_access_cache() -> BaseCache:
    return caches[settings.AUDIT_DENIED_ACCESS_CACHE]


def _worth_an_event(attempts: int) -> bool:
    """The first probe of a window, then the 10th, the 100th, ...: at most 1 + log10(n) events
    for n probes, each telling the count so far."""
    while attempts % 10 == 0:
        attempts //= 10
    return attempts == 1


def _count_probe(user: Any, object_type: str, object_id: str) -> int | None:
    """This probe's number in the current window (1 for the first), or None without a cache."""
    key = f"audit:denied:{denied_access_window()}:{user.pk}:{object_type}:{object_id}"
    try:
        cache = _denied_access_cache()
        timeout = 2 * settings.AUDIT_DENIED_ACCESS_WINDOW_SECONDS
        if cache.add(key, 1, timeout=timeout):
            return 1
        try:
            return int(cache.incr(key))
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=timeout)
            return 1
    except Exception:  # an unreachable cache must not stop the audit
        return None


def record_denied_access(*, user: Any, model: type[models.Model], pk: Any) -> AuditEvent | None:
    """After a 404: if the object exists (it is only invisible to `user`), record the probe.

    The event goes on the object's case chain, so the owning team sees who looked for what;
    it is for the owning state only. One query when nothing exists; the answer is unchanged.

    Bounded: anyone who knows an id could otherwise grow the case's trail by one event per
    request. Probes are counted per (user, object) and window (AUDIT_DENIED_ACCESS_WINDOW_SECONDS,
    in the AUDIT_DENIED_ACCESS_CACHE cache, which must be shared by all web processes in
    production, as the sign-in lockout's); the trail gets the window's first probe and then the
    10th, the 100th, ..., each with `attempts` (the count so far in the window). A probe that
    adds no event costs one cache round trip and no write. Without the cache, every probe is
    recorded (bounded then by the throttle only).
    """
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    columns = ["pk", *_case_column(model)]
    try:
        row = model._default_manager.filter(pk=pk).values_list(*columns).first()
    except (ValueError, TypeError, ValidationError):
        return None  # not even a well-formed id
    if row is None:
        return None
    object_type, object_id = model._meta.model_name or "", str(row[0])
    attempts = _count_probe(user, object_type, object_id)
    if attempts is not None and not _worth_an_event(attempts):
        return None
    window = settings.AUDIT_DENIED_ACCESS_WINDOW_SECONDS
    return record(
        "access.denied",
        object_type=object_type,
        object_id=object_id,
        case=row[-1] if len(columns) > 1 else None,
        actor=user,
        changes={"after": {"attempts": attempts or 1, "window_seconds": window}},
    )


def _case_column(model: type[models.Model]) -> list[str]:
    """The column naming the case an object belongs to (the case itself for a case)."""
    if model._meta.label == "cases.Case":
        return ["pk"]
    names = {field.name for field in model._meta.get_fields()}
    return ["case_id"] if "case" in names else []
