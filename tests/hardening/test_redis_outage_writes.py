"""Every kind of API write with the broker's Redis stopped, then frozen: each succeeds, fast,
and everything written is there afterwards.

The database is the record of what must happen; the broker only carries wake-ups, sent by the
reminder sweep (not by requests). That the reminders recorded during an outage are delivered
once Redis is back, and that a frozen Redis does not hang the sweep, is shown on a real worker by
tests/deadlines/test_reminder_delivery_celery.py (test_redis_down_loses_nothing,
test_a_frozen_redis_does_not_hang_the_sweep); a worker killed mid-task delivering once after a
restart by its test_worker_killed_mid_delivery_delivers_once_after_restart.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from rest_framework.test import APIClient

from cases.models import Asset, Case, CaseShare, Subject
from deadlines.models import Deadline
from documents.models import Document
from tests.documents.samples import PDF
from tests.support.redis_server import RedisServer, broker_of_its_own
from tests.workflows.conftest import payload
from workflows.mla_models import MlaRequest, MlaTransition
from workflows.models import AssetTransition

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True), pytest.mark.slow]

FAST = 5.0  # seconds: no request may hang on the broker


@pytest.fixture
def broker(settings) -> Iterator[RedisServer]:
    with broker_of_its_own(settings) as server:
        yield server


def timed(call: Any, *args: Any, **kwargs: Any) -> Any:
    started = time.monotonic()
    response = call(*args, **kwargs)
    elapsed = time.monotonic() - started
    assert elapsed < FAST, f"{args[0]} took {elapsed:.1f} s"
    assert response.status_code in (200, 201, 204, 503), (args[0], response.content)
    if response.status_code == 503:  # allowed, if clear
        assert response["Content-Type"] == "application/problem+json"
    return response


def every_kind_of_write(client: APIClient, tag: str) -> dict[str, str]:
    """Create a case and everything in it through the API; answer the ids."""
    case = timed(
        client.post,
        "/api/v1/cases/",
        {"title": f"Outage {tag}", "origin_state": "GB", "offence_category": "bribery"},
        format="json",
    ).json()
    ids = {"case": case["id"]}
    timed(
        client.patch,
        f"/api/v1/cases/{case['id']}/",
        {"summary": "Changed during the outage"},
        format="json",
        HTTP_IF_MATCH='"1"',
    )
    timed(client.post, f"/api/v1/cases/{case['id']}/shares/", {"state": "FR"}, format="json")
    ids["subject"] = timed(
        client.post,
        "/api/v1/subjects/",
        {"case": case["id"], "kind": "person", "role": "official", "name": "A. Minister"},
        format="json",
    ).json()["id"]
    ids["asset"] = timed(
        client.post,
        "/api/v1/assets/",
        {
            "case": case["id"],
            "kind": "real_estate",
            "description": "Villa",
            "jurisdiction": "FR",
            "source": "Bank records",
            "not_yet_valued": True,
            "details": {"address": "1 Rue Example, Nice"},
        },
        format="json",
    ).json()["id"]
    timed(
        client.post,
        f"/api/v1/assets/{ids['asset']}/transitions/",
        payload("freeze"),
        format="json",
    )
    mla = timed(
        client.post,
        "/api/v1/mla-requests/",
        {
            "case": case["id"],
            "kind": "tracing",
            "requested_state": "FR",
            "description": "Trace the villa's purchase money",
            "assets": [ids["asset"]],
            "due_on": (timezone.now().date() + timedelta(days=60)).isoformat(),
        },
        format="json",
    )
    ids["mla"] = mla.json()["id"]
    timed(
        client.post,
        f"/api/v1/mla-requests/{ids['mla']}/transitions/",
        {"action": "send", "note": "Sent by secure channel"},
        format="json",
        HTTP_IF_MATCH=mla["ETag"],
    )
    due = (timezone.now().date() + timedelta(days=1)).isoformat()
    ids["follow_up"] = timed(
        client.post,
        "/api/v1/deadlines/",
        {"case": case["id"], "title": "Call the FR liaison", "due_on": due},
        format="json",
    ).json()["id"]
    ids["document"] = timed(
        client.post,
        "/api/v1/documents/",
        {
            "case": case["id"],
            "title": "Land registry extract",
            "kind": "evidence",
            "file": SimpleUploadedFile("extract.pdf", PDF, content_type="application/pdf"),
        },
        format="multipart",
    ).json()["id"]
    return ids


def assert_all_written(ids: dict[str, str]) -> None:
    case = Case.objects.get(pk=ids["case"])
    assert case.summary == "Changed during the outage"
    assert CaseShare.objects.filter(case=case, state_id="FR", revoked_at=None).exists()
    assert Subject.objects.filter(pk=ids["subject"]).exists()
    assert Asset.objects.get(pk=ids["asset"]).stage == "frozen"
    assert AssetTransition.objects.filter(asset_id=ids["asset"]).count() == 1
    assert MlaRequest.objects.get(pk=ids["mla"]).status == "sent"
    assert MlaTransition.objects.filter(request_id=ids["mla"]).count() == 1
    assert Deadline.objects.filter(pk=ids["follow_up"]).exists()
    # The MLA request's own deadline, which the reminder sweep reads, is recorded too.
    assert Deadline.objects.filter(case=case).count() >= 2
    assert Document.objects.filter(pk=ids["document"]).exists()


@pytest.fixture
def prosecutor_client(personas, settings, tmp_path) -> APIClient:
    settings.MEDIA_ROOT = tmp_path / "media"
    client = APIClient()
    client.force_authenticate(personas.prosecutor_gb)
    return client


def test_every_api_write_succeeds_with_redis_stopped(broker, prosecutor_client) -> None:
    broker.stop()
    ids = every_kind_of_write(prosecutor_client, "stopped")
    assert_all_written(ids)


def test_every_api_write_succeeds_with_redis_frozen(broker, prosecutor_client, api) -> None:
    broker.freeze()
    ids = every_kind_of_write(prosecutor_client, "frozen")
    assert_all_written(ids)
    # The health check says so, quickly.
    started = time.monotonic()
    health = api.get("/api/v1/health/")
    assert time.monotonic() - started < FAST
    assert health.status_code == 503
    assert health.json()["checks"] == {"database": "ok", "broker": "unavailable"}
    broker.thaw()
    assert api.get("/api/v1/health/").status_code == 200
