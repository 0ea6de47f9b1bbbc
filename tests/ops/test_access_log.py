"""One JSON line per request (request id, user, state, status, duration), every error logged once,
and never the calendar feed's key: real requests through the production log pipeline (the
console handler's filters and JSON formatter from settings.LOGGING)."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings
from django.utils.module_loading import import_string
from rest_framework.test import APIClient

from tests.factories import make_case


class Captured:
    def __init__(self) -> None:
        self.stream = io.StringIO()

    def lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stream.getvalue().splitlines() if line]

    def of_request(self, request_id: str) -> list[dict[str, Any]]:
        return [line for line in self.lines() if line.get("request_id") == request_id]


@pytest.fixture
def log() -> Iterator[Captured]:
    """The console handler as LOG_FORMAT=json builds it, on the root logger."""
    captured = Captured()
    handler = logging.StreamHandler(captured.stream)
    for name in settings.LOGGING["handlers"]["console"]["filters"]:
        handler.addFilter(import_string(settings.LOGGING["filters"][name]["()"])())
    formatter = dict(settings.LOGGING["formatters"]["json"])
    handler.setFormatter(import_string(formatter.pop("()"))(**formatter))
    root = logging.getLogger()
    previous_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    yield captured
    root.removeHandler(handler)
    root.setLevel(previous_level)


@pytest.mark.django_db
def test_one_line_per_request_with_request_id_user_state_status_and_duration(
    log, personas, client_for
) -> None:
    user = personas.prosecutor_gb
    make_case(by=user)
    response = client_for(user).get("/api/v1/cases/", {"page": 1})
    assert response.status_code == 200
    lines = log.of_request(response["X-Request-ID"])
    assert len(lines) == 1, lines
    line = lines[0]
    assert line["logger"] == "asset_recovery.access"
    assert line["level"] == "INFO"
    assert line["method"] == "GET"
    assert line["path"] == "/api/v1/cases/"
    assert line["query"] == "page=1"
    assert line["status"] == 200
    assert isinstance(line["duration_ms"], float)
    assert line["duration_ms"] > 0
    assert line["user_id"] == str(user.pk)
    assert line["state"] == "GB"


@pytest.mark.django_db
def test_an_anonymous_request_has_no_user(log) -> None:
    response = APIClient().get("/api/v1/health/", HTTP_X_REQUEST_ID="probe-1")
    [line] = log.of_request("probe-1")
    assert line["user_id"] is None
    assert line["state"] is None
    assert line["status"] == response.status_code


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "status"),
    [
        # A case nobody may see, or that does not exist (a fixed id: xdist workers must
        # collect the same test ids).
        ("/api/v1/cases/6f1e4f2e-7861-45fc-af14-89900eddf8e6/", 404),
        ("/api/v1/no-such-endpoint/", 404),
        ("/api/v1/cases/?page=x", 400),
        ("/api/v1/auth/login/", 405),
    ],
)
def test_a_4xx_is_logged_once(log, personas, client_for, path, status) -> None:
    response = client_for(personas.prosecutor_ng).get(path)
    assert response.status_code == status
    lines = log.of_request(response["X-Request-ID"])
    # No "Not Found: ..." from django.request beside the request's own line.
    assert [(line["logger"], line["status"]) for line in lines] == [
        ("asset_recovery.access", status)
    ]


@pytest.mark.django_db
@pytest.mark.urls("tests.core.crash_urls")
@pytest.mark.parametrize("path", ["/api/v1/crash/", "/api/v1/crash-plain/"])
def test_an_unhandled_error_is_logged_once_with_its_traceback(log, path) -> None:
    client = APIClient(raise_request_exception=False)
    response = client.get(path, HTTP_X_REQUEST_ID="crash-1")
    assert response.status_code == 500
    lines = log.of_request("crash-1")
    errors = [line for line in lines if line["level"] == "ERROR"]
    assert len(errors) == 1, lines
    assert "RuntimeError: secret internal detail" in errors[0]["exc_info"]
    assert [line["status"] for line in lines if line["logger"] == "asset_recovery.access"] == [500]
    assert len(lines) == 2


@pytest.mark.django_db
def test_the_calendar_feed_key_never_reaches_a_log_line(log, personas, client_for) -> None:
    user = personas.liaison_fr
    created = client_for(user).post("/api/v1/deadlines/feed-tokens/", {"name": "Phone"})
    assert created.status_code == 201, created.content
    key = created.json()["key"]

    good = APIClient().get("/api/v1/deadlines.ics", {"token": key})
    bad = APIClient().get(f"/api/v1/deadlines.ics?token={key}x&x=1")
    assert good.status_code == 200
    assert bad.status_code == 401
    [line] = log.of_request(good["X-Request-ID"])
    assert line["query"] == "token=[redacted]"
    assert line["user_id"] == str(user.pk)
    [refused] = log.of_request(bad["X-Request-ID"])
    assert refused["query"] == "token=[redacted]&x=1"
    written = log.stream.getvalue()
    assert key not in written
    assert key[8:] not in written
