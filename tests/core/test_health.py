"""/api/v1/health/ checks the database and the broker: 200 or 503."""

from __future__ import annotations

import socket

import pytest
from django.db import OperationalError
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_healthy_with_real_postgres_and_redis(api: APIClient) -> None:
    response = api.get("/api/v1/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "broker": "ok"}}


def test_503_when_the_broker_is_unreachable(api: APIClient, settings) -> None:
    settings.CELERY_BROKER_URL = f"redis://127.0.0.1:{closed_port()}/0"
    response = api.get("/api/v1/health/")
    assert response.status_code == 503
    assert response.json() == {
        "status": "degraded",
        "checks": {"database": "ok", "broker": "unavailable"},
    }


def test_503_when_the_database_fails(api: APIClient, monkeypatch) -> None:
    from core import health

    def broken_cursor():
        raise OperationalError("connection refused")

    monkeypatch.setattr(health.connection, "cursor", broken_cursor)
    response = api.get("/api/v1/health/")
    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "unavailable"


def test_health_needs_no_login_and_is_never_throttled(api: APIClient, rates) -> None:
    rates["anon"] = rates["address"] = "2/min"
    # The same caller is throttled elsewhere at this rate...
    assert [api.get("/api/v1/auth/csrf/").status_code for _ in range(3)] == [200, 200, 429]
    # ...but a load balancer's probe is always answered.
    for _ in range(5):
        assert api.get("/api/v1/health/").status_code == 200
