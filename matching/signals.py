"""Keeping the index current: a saved subject or asset is (re)indexed after its commit.

The receivers only enqueue (the rules are in matching.index and matching.hits). A broker that
is down does not fail the write that was already committed: the record is indexed by the next
save or by `manage.py match_backfill`.
"""

from __future__ import annotations

import logging
from typing import Any

from celery import current_app
from django.db import transaction
from django.db.models.signals import post_save

from cases.models import Asset, Subject

logger = logging.getLogger(__name__)

# The tasks' names (matching.tasks), which the broker's messages carry.
INDEX_SUBJECT_TASK = "matching.index_subject"
INDEX_ASSET_TASK = "matching.index_asset"


def _enqueue(task_name: str, pk: Any) -> None:
    try:
        current_app.send_task(task_name, args=[str(pk)])
    except Exception:  # the broker is down: the backfill catches up
        logger.warning("matching: could not enqueue %s for %s", task_name, pk, exc_info=True)


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
