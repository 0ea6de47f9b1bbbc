"""50 concurrent writes on one object: one winner, the rest 412, no lost update.

Real PostgreSQL, one thread and one connection per writer, released together by a barrier (the
helpers of tests/workflows/test_asset_concurrency.py, which covers asset transitions the same way).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from rest_framework.test import APIClient

from audit.models import AuditEvent
from cases.models import Asset, Case, User
from tests.factories import make_asset, make_case, make_user
from tests.workflows.test_asset_concurrency import as_user, at_once

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.slow,
]

WRITERS = 50


@pytest.fixture
def lead() -> User:
    return make_user(username="lead_gb", role="prosecutor", state_id="GB")


def test_fifty_patches_of_one_case_with_the_same_if_match(lead: User) -> None:
    case = make_case(by=lead)

    @as_user(lead)
    def retitle(client: APIClient, index: int) -> Any:
        return client.patch(
            f"/api/v1/cases/{case.pk}/",
            {"title": f"Title from writer {index}"},
            format="json",
            HTTP_IF_MATCH='"1"',
        )

    responses = at_once(WRITERS, retitle)
    statuses = Counter(r.status_code for r in responses)
    assert statuses == {200: 1, 412: WRITERS - 1}, statuses
    winner = next(r for r in responses if r.status_code == 200)
    stored = Case.objects.get(pk=case.pk)
    assert stored.version == 2
    assert stored.title == winner.json()["title"]  # the answered write is the stored one
    assert winner["ETag"] == '"2"'
    loser = next(r for r in responses if r.status_code == 412)
    assert loser["Content-Type"] == "application/problem+json"
    assert AuditEvent.objects.filter(action="case.updated", object_id=str(case.pk)).count() == 1


def test_fifty_patches_of_one_asset_with_the_same_if_match(lead: User) -> None:
    asset = make_asset(case=make_case(by=lead))

    @as_user(lead)
    def describe(client: APIClient, index: int) -> Any:
        return client.patch(
            f"/api/v1/assets/{asset.pk}/",
            {"description": f"Description from writer {index}"},
            format="json",
            HTTP_IF_MATCH='"1"',
        )

    responses = at_once(WRITERS, describe)
    statuses = Counter(r.status_code for r in responses)
    assert statuses == {200: 1, 412: WRITERS - 1}, statuses
    winner = next(r for r in responses if r.status_code == 200)
    stored = Asset.objects.get(pk=asset.pk)
    assert stored.version == 2
    assert stored.description == winner.json()["description"]


def test_writers_that_retry_on_412_lose_nothing(
    lead: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writers that re-read and retry on 412 all get through, one after another: every change
    kept, one version each."""
    from rest_framework import throttling

    unlimited = dict.fromkeys(throttling.SimpleRateThrottle.THROTTLE_RATES, "100000/min")
    monkeypatch.setattr(throttling.SimpleRateThrottle, "THROTTLE_RATES", unlimited)
    writers = 20
    case = make_case(by=lead)

    @as_user(lead)
    def append(client: APIClient, index: int) -> Any:
        for _attempt in range(200):
            current = client.get(f"/api/v1/cases/{case.pk}/")
            response = client.patch(
                f"/api/v1/cases/{case.pk}/",
                {"internal_notes": f"{current.json()['internal_notes']}[{index}]"},
                format="json",
                HTTP_IF_MATCH=current["ETag"],
            )
            if response.status_code != 412:
                return response
        raise AssertionError("writer never got through")

    responses = at_once(writers, append)
    assert Counter(r.status_code for r in responses) == {200: writers}
    stored = Case.objects.get(pk=case.pk)
    assert stored.version == writers + 1
    assert sorted(stored.internal_notes.strip("[]").split("][")) == sorted(
        str(i) for i in range(writers)
    )
