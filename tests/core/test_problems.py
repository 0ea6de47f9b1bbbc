"""Every error under /api/ is application/problem+json (RFC 9457), never HTML, never a trace."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["status"] == status
    assert body["title"]
    assert body["detail"]
    assert "Traceback" not in response.content.decode()
    return body


def test_400_lists_each_invalid_field(api: APIClient) -> None:
    body = assert_problem(api.post("/api/v1/auth/login/", {"username": ""}, format="json"), 400)
    attrs = {(e["attr"], e["code"]) for e in body["errors"]}
    assert attrs == {("username", "blank"), ("password", "required")}


def test_400_for_malformed_json(api: APIClient) -> None:
    response = api.post("/api/v1/auth/login/", "{not json", content_type="application/json")
    body = assert_problem(response, 400)
    assert body["code"] == "parse_error"


def test_401(api: APIClient) -> None:
    assert_problem(api.get("/api/v1/states/"), 401)


def test_404_for_unknown_api_url(api: APIClient) -> None:
    body = assert_problem(api.get("/api/v1/no-such-thing/"), 404)
    assert body["detail"] == "Not found."


def test_404_for_unknown_object(personas, client_for) -> None:
    assert_problem(client_for(personas.prosecutor_gb).get("/api/v1/states/QQ/"), 404)


def test_405(personas, client_for) -> None:
    body = assert_problem(client_for(personas.prosecutor_gb).delete("/api/v1/auth/me/"), 405)
    assert body["code"] == "method_not_allowed"


def test_415(api: APIClient) -> None:
    response = api.post("/api/v1/auth/login/", "username=a", content_type="text/plain")
    assert_problem(response, 415)


@pytest.mark.urls("tests.core.crash_urls")
@pytest.mark.parametrize("url", ["/api/v1/crash/", "/api/v1/crash-plain/"])
def test_500_hides_the_trace(url: str) -> None:
    client = APIClient(raise_request_exception=False)
    body = assert_problem(client.get(url), 500)
    assert "secret internal detail" not in str(body)


@pytest.mark.urls("tests.core.crash_urls")
def test_500_hides_the_trace_even_with_debug_on(settings) -> None:
    settings.DEBUG = True
    client = APIClient(raise_request_exception=False)
    response = client.get("/api/v1/crash/")
    assert_problem(response, 500)
    assert "secret internal detail" not in response.content.decode()


def test_api_answers_are_not_cached(api: APIClient) -> None:
    assert api.get("/api/v1/states/")["Cache-Control"] == "no-store"


def test_every_answer_has_a_request_id(api: APIClient) -> None:
    assert len(api.get("/api/v1/health/")["X-Request-ID"]) == 32
    echoed = api.get("/api/v1/health/", HTTP_X_REQUEST_ID="lb-1234")
    assert echoed["X-Request-ID"] == "lb-1234"
    hostile = api.get("/api/v1/health/", HTTP_X_REQUEST_ID="<script>\n")
    assert hostile["X-Request-ID"] != "<script>\n"


def test_admin_keeps_html_pages(api: APIClient) -> None:
    response = api.get("/admin/no-such-page/")
    assert response.status_code in (302, 404)
    assert not response["Content-Type"].startswith(PROBLEM)
