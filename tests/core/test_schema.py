"""The OpenAPI schema is valid, and the docs pages need no network."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient


def test_schema_validates_without_warnings(tmp_path) -> None:
    target = tmp_path / "schema.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))
    assert "openapi: 3" in target.read_text()


@pytest.mark.django_db
def test_schema_is_served_as_json(api: APIClient) -> None:
    response = api.get("/api/schema/?format=json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/auth/login/" in schema["paths"]


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/api/docs/", "/api/redoc/"])
def test_docs_use_bundled_assets_only(api: APIClient, url: str) -> None:
    response = api.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "drf_spectacular_sidecar" in html
    assert "cdn." not in html
    assert "unpkg" not in html
