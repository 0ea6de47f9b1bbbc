"""Keeping the index current: a saved subject or asset is (re)indexed after its commit.

The receivers only enqueue (the rules are in matching.index and matching.hits). A broker that
is down does not fail the write that was already committed: the record is indexed by the next
save or by `manage.py match_backfill`.
"""

from __future__ import annotations

import logging
import queue
import threading
from typing import Any

from celery import current_app
from django.db import transaction
from django.db.models.signals import post_save

from cases.models import Asset, Subject

logger = logging.getLogger(__name__)

# The tasks' names (matching.tasks), which the broker's messages carry.
INDEX_SUBJECT_TASK = "matching.index_subject"
INDEX_ASSET_TASK = "matching.index_asset"
WATCHLIST_RESCREEN_TASK = "matching.watchlist_rescreen"
WATCHLIST_SCREEN_CHUNK_TASK = "matching.watchlist_screen_chunk"


def _send(task_name: str, pk: Any) -> None:
    try:
        current_app.send_task(task_name, args=[str(pk)], retry=False)
    except Exception:  # the broker is down: the backfill catches up
        logger.warning("matching: could not enqueue %s for %s", task_name, pk, exc_info=True)


# One sender thread per process, fed through a bounded queue: a broker that is down or frozen
# costs its connection timeout, which a write of the case file must not wait for
# (tests/hardening/test_redis_outage_writes.py). What the queue cannot hold, or what is lost with
# its process, the next save or `manage.py match_backfill` catches up.
_OUTBOX: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=10_000)
_sender: threading.Thread | None = None
_sender_lock = threading.Lock()


def _drain() -> None:
    while True:
        task_name, pk = _OUTBOX.get()
        try:
            _send(task_name, pk)
        finally:
            _OUTBOX.task_done()


def _enqueue(task_name: str, pk: Any) -> None:
    global _sender
    with _sender_lock:
        if _sender is None or not _sender.is_alive():  # also after a fork
            _sender = threading.Thread(target=_drain, name="matching-outbox", daemon=True)
            _sender.start()
    try:
        _OUTBOX.put_nowait((task_name, pk))
    except queue.Full:
        logger.warning("matching: outbox full, %s for %s left to the backfill", task_name, pk)


def flush_outbox() -> None:
    """Wait until every queued message has been handed to the broker (or given up on)."""
    _OUTBOX.join()


def enqueue_rescreen(version_pk: Any) -> None:
    """After the commit of a new list version: screen every subject against it (the task)."""
    transaction.on_commit(lambda: _enqueue(WATCHLIST_RESCREEN_TASK, version_pk))


def _subject_saved(sender: Any, instance: Subject, raw: bool = False, **kwargs: Any) -> None:
    if raw:  # fixtures
        return
    transaction.on_commit(lambda: _enqueue(INDEX_SUBJECT_TASK, instance.pk))


def _asset_saved(sender: Any, instance: Asset, raw: bool = False, **kwargs: Any) -> None:
    if raw:
        return
    transaction.on_commit(lambda: _enqueue(INDEX_ASSET_TASK, instance.pk))


def connect() -> None:
    post_save.connect(_subject_saved, sender=Subject, dispatch_uid="matching.subject_saved")
    post_save.connect(_asset_saved, sender=Asset, dispatch_uid="matching.asset_saved")
