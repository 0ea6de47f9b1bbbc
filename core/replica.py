"""Reports and exports read from a read replica, when there is one; all else uses the primary.

The stance on replication lag: a report or an export is a picture of the case files a moment
ago, and may lag the primary by a few seconds (at most REPLICA_MAX_LAG_SECONDS: a replica
further behind, or one that does not answer, is not used). Nothing that decides or changes
anything reads from the replica:
- only GET and HEAD requests to REPLICA_READ_PATHS (the reports, the list exports, the FtM
  export) are routed, through `ReplicaReadsMiddleware`; every write goes to the primary;
- inside a transaction on the primary (anything about to write) every read stays there too;
- the rows that decide who may see what and who is signed in (users, sessions, personal tokens,
  second factors, shares and object permissions), and the audit trail an export appends to, are
  always read from the primary, so a revoked share or a closed session counts at once. (A
  report's own SQL narrows its figures to the cases the user sees with the share rows it joins
  on the replica: a revocation may reach a report's figures up to the lag later.)

Without DATABASE_REPLICA_URL (settings.REPLICA_DATABASE empty) nothing is routed.
"""

from __future__ import annotations

import contextvars
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from django.conf import settings
from django.db import DatabaseError, connections
from django.http import HttpRequest, HttpResponse

logger = logging.getLogger(__name__)

_replica_reads: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "replica_reads", default=False
)

# Rows that decide access and sign-in: read from the primary, always (by app label, or by
# "app_label.model").
PRIMARY_ONLY = frozenset(
    {
        "auth",
        "sessions",
        "guardian",
        "otp_totp",
        "otp_static",
        "django_otp",
        "accounts",
        # The hash-chained trail: an export's audit record links to the chain's newest head.
        "audit",
        "cases.user",
        "cases.caseshare",
        "cases.state",
    }
)

# Checked lag, per process: (when checked, whether the replica may be used).
_lag_verdict: dict[str, tuple[float, bool]] = {}


@contextmanager
def replica_reads() -> Iterator[None]:
    """Within this block, reads that may lag go to the replica (when there is one)."""
    token = _replica_reads.set(True)
    try:
        yield
    finally:
        _replica_reads.reset(token)


def _replica_is_fresh(alias: str) -> bool:
    now = time.monotonic()
    checked = _lag_verdict.get(alias)
    if checked is not None and now - checked[0] < settings.REPLICA_LAG_CHECK_SECONDS:
        return checked[1]
    try:
        with connections[alias].cursor() as cursor:
            # On a standby: how far its replay is behind (0 when it has replayed all it received);
            # on a primary (as the test suite's mirror is): not in recovery, no lag.
            cursor.execute(
                "SELECT CASE WHEN NOT pg_is_in_recovery() THEN 0 "
                "WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0 "
                "ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) "
                "END"
            )
            row = cursor.fetchone()
        fresh = float(row[0] if row else 0) <= settings.REPLICA_MAX_LAG_SECONDS
        if not fresh:
            logger.warning(
                "replica %s lags more than %ss: reading from the primary",
                alias,
                settings.REPLICA_MAX_LAG_SECONDS,
            )
    except DatabaseError as exc:
        logger.warning("replica %s does not answer (%s): reading from the primary", alias, exc)
        fresh = False
    _lag_verdict[alias] = (now, fresh)
    return fresh


def _label(model: Any) -> tuple[str, str]:
    meta = model._meta
    return meta.app_label, f"{meta.app_label}.{meta.model_name}"


class ReplicaRouter:
    """`DATABASE_ROUTERS`: reads in `replica_reads()` to the replica, all else to the default."""

    def db_for_read(self, model: Any, **hints: Any) -> str | None:
        alias = settings.REPLICA_DATABASE
        if not alias or not _replica_reads.get():
            return None
        # "default" by name, not None: Django would otherwise read a related object (a case's
        # creator) from where the object it hangs from came, the replica.
        if connections["default"].in_atomic_block:
            return "default"
        app_label, label = _label(model)
        if app_label in PRIMARY_ONLY or label in PRIMARY_ONLY:
            return "default"
        if not _replica_is_fresh(alias):
            return "default"
        return str(alias)

    def db_for_write(self, model: Any, **hints: Any) -> str | None:
        return "default"

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool | None:
        # The replica holds the same rows as the default: objects of either may be related.
        return True

    def allow_migrate(self, db: str, app_label: str, **hints: Any) -> bool | None:
        # The replica is migrated by replication, never by `migrate`.
        return db == "default"


class ReplicaReadsMiddleware:
    """GET and HEAD requests to REPLICA_READ_PATHS read through `replica_reads()`."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.paths = [re.compile(pattern) for pattern in settings.REPLICA_READ_PATHS]

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            settings.REPLICA_DATABASE
            and request.method in ("GET", "HEAD")
            and any(pattern.match(request.path) for pattern in self.paths)
        ):
            with replica_reads():
                response = self.get_response(request)
            if response.streaming:
                # A streamed export reads its rows while the server sends them, after this
                # middleware returned: those reads are the export's too.
                response.streaming_content = _within_replica_reads(  # type: ignore[attr-defined]
                    response.streaming_content  # type: ignore[attr-defined]
                )
            return response
        return self.get_response(request)


def _within_replica_reads(chunks: Iterable[Any]) -> Iterator[Any]:
    """Each chunk made inside `replica_reads()`, the flag never left set between two chunks."""
    iterator = iter(chunks)
    while True:
        with replica_reads():
            try:
                chunk = next(iterator)
            except StopIteration:
                return
        yield chunk
