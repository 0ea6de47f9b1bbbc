"""`Idempotency-Key` on creating POSTs: a retried create answers the first result."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from cases.models import Case, User
from core.models import IdempotencyRecord
from documents.models import Document
from tests.documents.samples import PDF
from tests.factories import make_asset, make_case
from tests.workflows.conftest import payload, transitions_url
from tests.workflows.test_asset_concurrency import as_user, at_once
from workflows.models import AssetTransition

CASE = {
    "title": "Bribery at the port authority",
    "origin_state": "GB",
    "offence_category": "bribery",
}


def create_case(client: APIClient, key: str | None, body: dict[str, Any] = CASE) -> Any:
    headers = {} if key is None else {"HTTP_IDEMPOTENCY_KEY": key}
    return client.post("/api/v1/cases/", body, format="json", **headers)


@pytest.mark.django_db
def test_a_retried_create_answers_the_first_result(personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)
    first = create_case(client, "open-case-1")
    again = create_case(client, "open-case-1")
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first
    assert again["ETag"] == first["ETag"]
    assert Case.objects.count() == 1


@pytest.mark.django_db
def test_without_a_key_every_post_creates(personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)
    assert create_case(client, None).status_code == 201
    assert create_case(client, None).status_code == 201
    assert Case.objects.count() == 2


@pytest.mark.django_db
def test_the_same_key_with_another_body_is_refused(personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)
    assert create_case(client, "k").status_code == 201
    other = create_case(client, "k", {**CASE, "title": "Something else"})
    assert other.status_code == 422
    assert other["Content-Type"] == "application/problem+json"
    assert other.json()["code"] == "idempotency_key_reused"
    # ... and on another path
    subject = {
        "case": str(Case.objects.get().pk),
        "kind": "person",
        "role": "official",
        "name": "X",
    }
    other_path = client.post("/api/v1/subjects/", subject, format="json", HTTP_IDEMPOTENCY_KEY="k")
    assert other_path.status_code == 422
    assert Case.objects.count() == 1


@pytest.mark.django_db
def test_keys_are_per_user(personas, client_for) -> None:
    mine = create_case(client_for(personas.prosecutor_gb), "shared-key")
    theirs = create_case(client_for(personas.prosecutor2_gb), "shared-key")
    assert mine.status_code == theirs.status_code == 201
    assert mine.json()["id"] != theirs.json()["id"]
    assert "Idempotent-Replayed" not in theirs


@pytest.mark.django_db
def test_a_failed_request_stores_nothing_and_may_be_retried(personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)
    invalid = create_case(client, "retry-me", {**CASE, "origin_state": "ZZ"})
    assert invalid.status_code == 400
    assert not IdempotencyRecord.objects.exists()
    # A refusal (403 for a liaison) is not stored either.
    assert create_case(client_for(personas.liaison_fr), "retry-me").status_code == 403
    assert not IdempotencyRecord.objects.exists()
    assert create_case(client, "retry-me", {**CASE, "origin_state": "ZZ"}).status_code == 400
    assert create_case(client, "retry-me").status_code == 201


@pytest.mark.django_db
def test_keys_expire_after_24_hours(personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)
    first = create_case(client, "daily")
    IdempotencyRecord.objects.update(created_at=first_time_minus(hours=25))
    second = create_case(client, "daily")
    assert second.status_code == 201
    assert second.json()["id"] != first.json()["id"]
    assert IdempotencyRecord.objects.count() == 1


def first_time_minus(**delta: int) -> Any:
    from django.utils import timezone

    return timezone.now() - timedelta(**delta)


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["", "x" * 201, "naïve", "two words"])
def test_a_malformed_key_is_invalid_input(personas, client_for, key: str) -> None:
    response = create_case(client_for(personas.prosecutor_gb), key)
    assert response.status_code == 400
    assert response.json()["errors"][0]["attr"] == "Idempotency-Key"
    assert not Case.objects.exists()


@pytest.mark.django_db
def test_an_asset_transition_is_recorded_once(personas, client_for) -> None:
    asset = make_asset(case=make_case(by=personas.prosecutor_gb))
    client = client_for(personas.prosecutor_gb)
    answers = [
        client.post(
            transitions_url(asset), payload("freeze"), format="json", HTTP_IDEMPOTENCY_KEY="frz"
        )
        for _ in range(2)
    ]
    assert [a.status_code for a in answers] == [200, 200]
    assert answers[1]["Idempotent-Replayed"] == "true"
    assert answers[0].json() == answers[1].json()
    assert AssetTransition.objects.filter(asset=asset).count() == 1


@pytest.mark.django_db
def test_a_document_upload_is_stored_once(personas, client_for, settings, tmp_path) -> None:
    settings.MEDIA_ROOT = tmp_path
    case = make_case(by=personas.prosecutor_gb)
    client = client_for(personas.prosecutor_gb)

    def upload(content: bytes) -> Any:
        body = {
            "case": str(case.pk),
            "title": "Statement",
            "kind": "bank_record",
            "file": SimpleUploadedFile("s.pdf", content, content_type="application/pdf"),
        }
        return client.post(
            "/api/v1/documents/", body, format="multipart", HTTP_IDEMPOTENCY_KEY="doc-1"
        )

    first, again = upload(PDF), upload(PDF)
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json()["id"] == first.json()["id"]
    assert Document.objects.count() == 1
    # Other bytes under the same key: another request.
    assert upload(PDF + b"\n%another").status_code == 422


@pytest.mark.django_db
def test_a_share_and_a_follow_up_are_created_once(personas, client_for) -> None:
    from django.utils import timezone

    case = make_case(by=personas.prosecutor_gb)
    client = client_for(personas.prosecutor_gb)
    due = (timezone.now().date() + timedelta(days=10)).isoformat()
    body = {"case": str(case.pk), "title": "Chase", "due_on": due}
    ids = {
        client.post("/api/v1/deadlines/", body, format="json", HTTP_IDEMPOTENCY_KEY="f").json()[
            "id"
        ]
        for _ in range(3)
    }
    assert len(ids) == 1
    url = f"/api/v1/cases/{case.pk}/shares/"
    first = client.post(url, {"state": "FR"}, format="json", HTTP_IDEMPOTENCY_KEY="s")
    again = client.post(url, {"state": "FR"}, format="json", HTTP_IDEMPOTENCY_KEY="s")
    assert first.status_code == again.status_code == 201  # the first answer, not "200 exists"
    assert again["Idempotent-Replayed"] == "true"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_duplicates_create_one_case() -> None:
    from tests.factories import make_user

    lead: User = make_user(username="lead_gb", role="prosecutor", state_id="GB")

    @as_user(lead)
    def open_case(client: APIClient, index: int) -> Any:
        return create_case(client, "the-same-retry")

    responses = at_once(10, open_case)
    assert Counter(r.status_code for r in responses) == {201: 10}
    assert len({r.json()["id"] for r in responses}) == 1
    assert sum(r.has_header("Idempotent-Replayed") for r in responses) == 9
    assert Case.objects.count() == 1
    assert IdempotencyRecord.objects.count() == 1
