"""The matching tests' world: cases of GB and NG, a FR liaison with one GB case shared."""

from __future__ import annotations

from typing import Any

import pytest
import redis
from django.conf import settings

from cases.models import Asset, Subject
from matching import index


def indexed(record: Subject | Asset) -> Any:
    """Index a record as the task does after the commit (the tests run in one transaction)."""
    if isinstance(record, Subject):
        index.subject_index(subject=record)
    else:
        index.asset_index(asset=record)
    return record


def only_result(client: Any, url: str) -> Any:
    """The one row that a list endpoint answers (200, with a `count` of 1)."""
    response = client.get(url)
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    (row,) = body["results"]
    return row


@pytest.fixture
def broker():  # type: ignore[no-untyped-def]
    """The real broker (this run's Redis database), emptied before and after."""
    client = redis.Redis.from_url(settings.CELERY_BROKER_URL)
    client.delete("celery")
    yield client
    client.delete("celery")
