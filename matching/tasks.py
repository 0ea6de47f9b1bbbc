"""Celery tasks: thin wrappers that load a record and call the services (STYLE.md)."""

from __future__ import annotations

from typing import Any

from celery import current_app, shared_task

from audit import trail
from cases.models import Asset, Subject
from matching import hits, index, watchlists
from matching.models import WatchList, WatchListVersion
from matching.signals import (
    INDEX_ASSET_TASK,
    INDEX_SUBJECT_TASK,
    WATCHLIST_RESCREEN_TASK,
    WATCHLIST_SCREEN_CHUNK_TASK,
)

# Every task here is safe to run twice: delivered at least once (acks_late), retried on failure.
IDEMPOTENT_TASK: dict[str, Any] = {
    "ignore_result": True,
    "acks_late": True,
    "autoretry_for": (Exception,),
    "retry_backoff": True,
    "max_retries": 5,
}


@shared_task(name=INDEX_SUBJECT_TASK, **IDEMPOTENT_TASK)
def index_subject(subject_id: Any) -> int:
    """Index a subject, look for hits in other states, screen it against the watch lists.
    Safe to run twice."""
    subject = Subject.objects.select_related("case").filter(pk=subject_id).first()
    if subject is None:
        return 0  # deleted since: its keys went with it
    with trail.acting_as(label="task:matching.index_subject"):
        rows = index.subject_index(subject=subject)
        hits.cross_state_hits(rows=rows, case=subject.case)
        watchlists.screen_subject(subject=subject)
    return len(rows)


@shared_task(name=INDEX_ASSET_TASK, **IDEMPOTENT_TASK)
def index_asset(asset_id: Any) -> int:
    asset = Asset.objects.select_related("case").filter(pk=asset_id).first()
    if asset is None:
        return 0
    with trail.acting_as(label="task:matching.index_asset"):
        rows = index.asset_index(asset=asset)
        hits.cross_state_hits(rows=rows, case=asset.case)
    return len(rows)


def _in_force(version_id: Any) -> WatchListVersion | None:
    """The version if it is still its list's current one: a newer import has its own rescreen,
    so the work of a superseded version is skipped."""
    return (
        WatchListVersion.objects.select_related("watch_list")
        .filter(pk=version_id, pk__in=WatchList.objects.values("current_id"))
        .first()
    )


@shared_task(name=WATCHLIST_RESCREEN_TASK, **IDEMPOTENT_TASK)
def watchlist_rescreen(version_id: Any) -> int:
    """Fan a new list version out: one chunk task per page of subjects. Safe to run twice
    (each chunk's screening is idempotent)."""
    if _in_force(version_id) is None:
        return 0
    chunks = 0
    for subject_ids in watchlists.subject_id_chunks():
        current_app.send_task(WATCHLIST_SCREEN_CHUNK_TASK, args=[str(version_id), subject_ids])
        chunks += 1
    return chunks


@shared_task(name=WATCHLIST_SCREEN_CHUNK_TASK, **IDEMPOTENT_TASK)
def watchlist_screen_chunk(version_id: Any, subject_ids: list[str]) -> int:
    """Screen one page of subjects against the list of `version_id`, if still in force."""
    version = _in_force(version_id)
    if version is None:
        return 0
    with trail.acting_as(label="task:matching.watchlist_screen_chunk"):
        return watchlists.screen_subjects(subject_ids=subject_ids, watch_list=version.watch_list)
