"""Celery tasks: thin wrappers that load a record and call the services (STYLE.md)."""

from __future__ import annotations

from typing import Any

from celery import shared_task

from audit import trail
from cases.models import Asset, Subject
from matching import hits, index
from matching.signals import INDEX_ASSET_TASK, INDEX_SUBJECT_TASK


@shared_task(
    name=INDEX_SUBJECT_TASK,
    ignore_result=True,
    acks_late=True,
    autoretry_for=(Exception,),
    retry_backoff=True,
    max_retries=5,
)
def index_subject(subject_id: Any) -> int:
    """Index a subject, then look for hits in other states. Safe to run twice."""
    subject = Subject.objects.select_related("case").filter(pk=subject_id).first()
    if subject is None:
        return 0  # deleted since: its keys went with it
    with trail.acting_as(label="task:matching.index_subject"):
        rows = index.subject_index(subject=subject)
        hits.cross_state_hits(rows=rows, case=subject.case)
    return len(rows)


@shared_task(
    name=INDEX_ASSET_TASK,
    ignore_result=True,
    acks_late=True,
    autoretry_for=(Exception,),
    retry_backoff=True,
    max_retries=5,
)
def index_asset(asset_id: Any) -> int:
    asset = Asset.objects.select_related("case").filter(pk=asset_id).first()
    if asset is None:
        return 0
    with trail.acting_as(label="task:matching.index_asset"):
        rows = index.asset_index(asset=asset)
        hits.cross_state_hits(rows=rows, case=asset.case)
    return len(rows)
