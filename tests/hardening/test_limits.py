"""Limits everywhere: body size, page size, string lengths, bulk items, search terms, and
throttling per user and per address (429 with Retry-After), failing open when its Redis is down.

Upload size has its own tests: tests/documents/test_upload.py (413 at one byte over the limit,
and before reading a body declared too large).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from rest_framework.test import APIClient

from tests.factories import make_asset, make_case
from tests.support.redis_server import RedisServer
from tests.workflows.conftest import order
from workflows.services.asset_transitions import MAX_BULK_ASSETS

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == PROBLEM
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    return body


def test_a_json_body_over_the_limit_is_413_before_parsing(personas, client_for, settings) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    client = client_for(personas.prosecutor_gb)
    body = {
        "title": "x",
        "origin_state": "GB",
        "offence_category": "bribery",
        "summary": "y" * 20_000,
    }
    assert_problem(client.post("/api/v1/cases/", body, format="json"), 413)
    small = {**body, "summary": "y" * 100}
    assert client.post("/api/v1/cases/", small, format="json").status_code == 201


def test_the_default_body_limit_holds_for_patch_too(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb)
    client = client_for(personas.prosecutor_gb)
    huge = {"summary": "y" * (3 * 1024 * 1024)}  # over the 2 MiB default
    assert_problem(client.patch(f"/api/v1/cases/{case.pk}/", huge, format="json"), 413)


def test_page_size_is_clamped_to_200(personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)
    response = client.get("/api/v1/states/?page_size=100000")
    assert response.status_code == 200
    assert len(response.json()["results"]) == 200  # there are about 250 states
    assert_problem(client.get("/api/v1/states/?page=99999"), 404)


def test_a_search_term_over_200_characters_is_invalid(personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)
    for path in ("/api/v1/cases/", "/api/v1/subjects/"):
        assert client.get(path, {"q": "a" * 200}).status_code == 200
        body = assert_problem(client.get(path, {"q": "a" * 201}), 400)
        assert body["errors"][0]["attr"] == "q"


@pytest.mark.parametrize(
    ("field", "limit"), [("title", 200), ("summary", 20000), ("internal_notes", 20000)]
)
def test_string_lengths_are_limited(personas, client_for, field: str, limit: int) -> None:
    client = client_for(personas.prosecutor_gb)
    body = {"title": "t", "origin_state": "GB", "offence_category": "bribery"}
    ok = client.post("/api/v1/cases/", {**body, field: "x" * limit}, format="json")
    assert ok.status_code == 201, ok.content
    too_long = client.post("/api/v1/cases/", {**body, field: "x" * (limit + 1)}, format="json")
    errors = assert_problem(too_long, 400)["errors"]
    assert errors == [{"attr": field, "code": "max_length", "detail": errors[0]["detail"]}]


def test_bulk_acts_take_at_most_500_assets(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb)
    asset = make_asset(case=case)
    client = client_for(personas.prosecutor_gb)
    ids = [str(asset.pk)] + [str(uuid.uuid4()) for _ in range(MAX_BULK_ASSETS)]
    body = {"assets": ids, "action": "freeze", "order": order(expires_in=90)}
    errors = assert_problem(
        client.post("/api/v1/assets/transitions/bulk/", body, format="json"), 400
    )["errors"]
    assert errors[0]["attr"] == "assets"
    assert errors[0]["code"] == "max_length"


# --- Throttling ----------------------------------------------------------------------------------


def test_a_user_is_throttled_with_retry_after(personas, client_for, rates) -> None:
    rates["user"] = "3/min"
    client = client_for(personas.prosecutor_gb)
    statuses = [client.get("/api/v1/auth/me/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    throttled = client.get("/api/v1/cases/")
    body = assert_problem(throttled, 429)
    assert body["code"] == "throttled"
    assert 0 < int(throttled["Retry-After"]) <= 60
    # Another user is not affected.
    assert client_for(personas.prosecutor2_gb).get("/api/v1/auth/me/").status_code == 200


def test_one_address_is_throttled_whoever_signs_in(personas, client_for, rates) -> None:
    rates["address"] = "4/min"
    users = [personas.prosecutor_gb, personas.prosecutor2_gb, personas.liaison_fr]
    clients = [client_for(user) for user in users]
    statuses = [c.get("/api/v1/auth/me/", REMOTE_ADDR="203.0.113.7").status_code for c in clients]
    statuses += [clients[2].get("/api/v1/auth/me/", REMOTE_ADDR="203.0.113.7").status_code]
    assert statuses == [200, 200, 200, 200]
    throttled = clients[0].get("/api/v1/auth/me/", REMOTE_ADDR="203.0.113.7")
    assert_problem(throttled, 429)
    assert int(throttled["Retry-After"]) > 0
    # The same users from another address are served.
    assert clients[0].get("/api/v1/auth/me/", REMOTE_ADDR="198.51.100.1").status_code == 200


def test_anonymous_callers_are_throttled_per_address(rates) -> None:
    # (An anonymous call to an endpoint that needs a user is refused with 401 before throttling.)
    rates["anon"] = "2/min"
    client = APIClient()
    statuses = [client.get("/api/v1/auth/csrf/").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    assert int(client.get("/api/v1/auth/csrf/")["Retry-After"]) > 0


@pytest.fixture
def throttle_redis(settings) -> Iterator[RedisServer]:
    server = RedisServer()
    server.start()
    settings.CACHES = {
        **settings.CACHES,
        "throttle": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": server.url,
            "OPTIONS": {"socket_timeout": 1, "socket_connect_timeout": 1},
        },
    }
    yield server
    if server.process is not None:
        server.thaw()
    server.stop()


def test_throttles_count_in_redis_and_fail_open_without_it(
    personas, client_for, rates, throttle_redis
) -> None:
    rates["user"] = "2/min"
    client = client_for(personas.prosecutor_gb)
    assert [client.get("/api/v1/auth/me/").status_code for _ in range(3)] == [200, 200, 429]

    throttle_redis.freeze()  # the port accepts connections; nothing answers
    started = time.monotonic()
    assert client.get("/api/v1/auth/me/").status_code == 200
    assert time.monotonic() - started < 10
    throttle_redis.thaw()

    throttle_redis.stop()  # connection refused
    started = time.monotonic()
    assert [client.get("/api/v1/auth/me/").status_code for _ in range(3)] == [200, 200, 200]
    assert time.monotonic() - started < 10
