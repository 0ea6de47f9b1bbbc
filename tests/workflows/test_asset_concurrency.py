"""Concurrency on real PostgreSQL: many prosecutors acting on one asset at the same instant.

Transactional tests (every request commits), one thread and one database connection per
prosecutor, all released at once by a barrier. The row lock on the asset serializes them: exactly
one act per stage, the others told why (412 stale If-Match, 409 no longer allowed, 400 nothing
left to return).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from rest_framework.test import APIClient

from audit.models import AuditEvent
from cases.models import Asset, User
from tests.factories import make_asset, make_case
from tests.workflows.conftest import money, payload, transitions_url
from workflows.models import AssetTransition

# serialized_rollback: the ISO states (loaded by a data migration) are restored before the test,
# whatever transactional test emptied the tables before it.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def at_once(count: int, request: Callable[[APIClient, int], Any]) -> list[Any]:
    """Run `request(client, index)` in `count` threads, each with its own client and database
    connection, released together; answer the responses."""
    barrier = threading.Barrier(count, timeout=30)
    responses: list[Any] = []
    errors: list[BaseException] = []

    def worker(client: APIClient, index: int) -> None:
        try:
            barrier.wait()
            responses.append(request(client, index))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(APIClient(), index)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return responses


Request = Callable[[APIClient, int], Any]


def as_user(user: User) -> Callable[[Request], Request]:
    """Each thread acts as its own copy of `user` (no object shared between threads)."""

    def wrap(request: Request) -> Request:
        def signed_in(client: APIClient, index: int) -> Any:
            client.force_authenticate(user=User.objects.get(pk=user.pk))
            return request(client, index)

        return signed_in

    return wrap


@pytest.fixture
def lead() -> User:
    from tests.factories import make_user

    return make_user(username="lead_gb", role="prosecutor", state_id="GB")


@pytest.fixture
def asset(lead: User) -> Asset:
    return make_asset(case=make_case(by=lead, origin="NG"))


def test_fifty_simultaneous_freezes_with_the_same_if_match(lead: User, asset: Asset) -> None:
    @as_user(lead)
    def freeze(client: APIClient, index: int) -> Any:
        return client.post(
            transitions_url(asset), payload("freeze"), format="json", HTTP_IF_MATCH='"1"'
        )

    responses = at_once(50, freeze)
    statuses = Counter(r.status_code for r in responses)
    assert statuses[200] == 1, statuses
    assert set(statuses) <= {200, 409, 412}
    assert sum(statuses.values()) == 50
    assert AssetTransition.objects.filter(asset=asset).count() == 1
    stored = Asset.objects.get(pk=asset.pk)
    assert (stored.stage, stored.version) == ("frozen", 2)
    assert AuditEvent.objects.filter(action="asset.transition").count() == 1


def test_without_if_match_the_second_act_finds_the_new_stage(lead: User, asset: Asset) -> None:
    @as_user(lead)
    def seize(client: APIClient, index: int) -> Any:
        return client.post(transitions_url(asset), payload("seize"), format="json")

    responses = at_once(20, seize)
    statuses = Counter(r.status_code for r in responses)
    # The others find the asset seized by that very order (a further order would be taken).
    assert statuses == {200: 1, 400: 19}, statuses
    refused = next(r.json() for r in responses if r.status_code == 400)
    assert [e["code"] for e in refused["errors"]] == ["already_recorded"]
    records = AssetTransition.objects.filter(asset=asset)
    assert [(r.from_stage, r.to_stage) for r in records] == [("identified", "seized")]


def test_simultaneous_tranches_never_return_more_than_was_confiscated(
    lead: User, asset: Asset
) -> None:
    client = APIClient()
    client.force_authenticate(user=lead)
    for action, extra in (("freeze", {}), ("confiscate", {"amount": money("1000.00")})):
        response = client.post(transitions_url(asset), payload(action, **extra), format="json")
        assert response.status_code == 200, response.json()

    @as_user(lead)
    def tranche(client: APIClient, index: int) -> Any:
        body = payload("repatriate", amount=money("300.00"))
        return client.post(transitions_url(asset), body, format="json")

    responses = at_once(20, tranche)
    statuses = Counter(r.status_code for r in responses)
    assert statuses == {200: 3, 400: 17}, statuses
    totals = Asset.objects.get(pk=asset.pk).recovery_totals.get(currency="USD")
    assert totals.returned == Decimal("900.00")
    sequences = list(AssetTransition.objects.filter(asset=asset).values_list("sequence", flat=True))
    assert sequences == [1, 2, 3, 4, 5]


def test_two_bulk_orders_over_the_same_assets_do_not_deadlock(lead: User) -> None:
    case = make_case(by=lead)
    assets = [make_asset(case=case) for _ in range(6)]
    forward = [str(a.pk) for a in assets]

    @as_user(lead)
    def bulk_freeze(client: APIClient, index: int) -> Any:
        # Half the callers list the assets backwards; locks are taken in id order regardless.
        ids = forward if index % 2 else list(reversed(forward))
        body = {**payload("freeze"), "assets": ids}
        del body["amount"]
        return client.post("/api/v1/assets/transitions/bulk/", body, format="json")

    responses = at_once(10, bulk_freeze)
    statuses = Counter(r.status_code for r in responses)
    # The others find the assets frozen by that very order (issue 19: not a further one).
    assert statuses == {200: 1, 400: 9}, statuses
    assert AssetTransition.objects.filter(asset__in=assets).count() == 6
    assert {a.stage for a in Asset.objects.filter(pk__in=[a.pk for a in assets])} == {"frozen"}


def test_bulk_orders_over_different_assets_of_the_same_cases_do_not_deadlock(lead: User) -> None:
    """Each write takes its case's lock (the report totals' triggers, reports/0002): bulk acts over
    different assets of the same two cases, half of them meeting the first case first (by asset
    id) and half the second, would take the cases in opposite orders unless the cases are locked
    first, in id order."""
    first, second = make_case(by=lead), make_case(by=lead)
    pool = {case.pk: [make_asset(case=case) for _ in range(12)] for case in (first, second)}
    by_id = sorted([*pool[first.pk], *pool[second.pk]], key=lambda a: a.pk)
    sets: list[list[str]] = []
    used: set[Any] = set()
    for leading in [first.pk, second.pk] * 4:
        # The lowest free asset of the leading case, then a higher free one of the other case.
        head = next(a for a in by_id if a.case_id == leading and a.pk not in used)
        tail = next(
            (a for a in by_id if a.case_id != leading and a.pk > head.pk and a.pk not in used),
            None,
        )
        if tail is None:
            continue
        used |= {head.pk, tail.pk}
        sets.append([str(head.pk), str(tail.pk)])
    assert len(sets) >= 4

    @as_user(lead)
    def bulk_freeze(client: APIClient, index: int) -> Any:
        body = {**payload("freeze"), "assets": sets[index]}
        del body["amount"]
        return client.post("/api/v1/assets/transitions/bulk/", body, format="json")

    responses = at_once(len(sets), bulk_freeze)
    assert Counter(r.status_code for r in responses) == {200: len(sets)}
