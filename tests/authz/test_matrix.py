"""Walks the authorization matrix (matrix.yaml): every row, every persona, one test each.

A new endpoint without rows fails `test_every_operation_has_rows`, so nothing ships untested.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.core.files.uploadedfile import SimpleUploadedFile
from drf_spectacular.generators import SchemaGenerator
from rest_framework.test import APIClient

from tests.authz.world import PERSONAS
from tests.documents.samples import PDF

MATRIX_FILE = Path(__file__).with_name("matrix.yaml")
MATRIX: list[dict[str, Any]] = yaml.safe_load(MATRIX_FILE.read_text())
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def row_id(row: dict[str, Any]) -> str:
    params = ",".join(f"{k}={v}" for k, v in row.get("params", {}).items())
    return f"{row['method']} {row['path']} {params}".strip()


# A write changes the world, so each persona gets a fresh one; a read does not, so all personas
# read the same world (which keeps the matrix fast enough to grow).
WRITES = [
    pytest.param(row, persona, id=f"{row_id(row)} as {persona}")
    for row in MATRIX
    if row["method"] != "GET"
    for persona in PERSONAS
]
READS = [pytest.param(row, id=row_id(row)) for row in MATRIX if row["method"] == "GET"]


def resolve(template: str, world: dict[str, Any], params: dict[str, str]) -> str:
    def fill(match: re.Match[str]) -> str:
        value = params.get(match.group(1), match.group(1))
        return str(world[value].pk) if value in world else value

    return PLACEHOLDER.sub(fill, template)


def fill_body(body: Any, world: dict[str, Any]) -> Any:
    if isinstance(body, dict):
        return {k: fill_body(v, world) for k, v in body.items()}
    if isinstance(body, list):
        return [fill_body(v, world) for v in body]
    if isinstance(body, str):
        return PLACEHOLDER.sub(lambda m: str(world[m.group(1)].pk), body)
    return body


# Files a multipart row's body names (`format: multipart`, `file: "@pdf"`).
UPLOADS = {"@pdf": ("statement.pdf", PDF, "application/pdf")}


def multipart_body(body: dict[str, Any]) -> dict[str, Any]:
    return {
        k: SimpleUploadedFile(*UPLOADS[v]) if isinstance(v, str) and v in UPLOADS else v
        for k, v in body.items()
    }


def client_as(persona: str, personas: Any) -> APIClient:
    client = APIClient()
    if persona != "anonymous":
        client.force_login(getattr(personas, persona))
    return client


@pytest.fixture
def personas(module_world: Any, db: None) -> Any:
    return module_world[0]


@pytest.fixture
def world(module_world: Any, db: None) -> dict[str, Any]:
    """The module's one world: each test's writes are rolled back after it (`module_world`)."""
    return module_world[1]


@pytest.mark.django_db
@pytest.mark.parametrize(("row", "persona"), WRITES)
def test_matrix_writes(
    row: dict[str, Any], persona: str, personas: Any, world: dict[str, Any]
) -> None:
    check_row(row, persona, personas, world)


@pytest.mark.django_db
@pytest.mark.parametrize("row", READS)
def test_matrix_reads(row: dict[str, Any], personas: Any, world: dict[str, Any]) -> None:
    for persona in PERSONAS:
        check_row(row, persona, personas, world)


def check_row(row: dict[str, Any], persona: str, personas: Any, world: dict[str, Any]) -> None:
    url = resolve(row["path"], world, row.get("params", {}))
    client = client_as(persona, personas)
    body = fill_body(row.get("body"), world)
    if row.get("format") == "multipart":
        send = getattr(client, row["method"].lower())
        response = send(url, multipart_body(body or {}), format="multipart")
    else:
        response = client.generic(
            row["method"], url, json.dumps(body) if body is not None else "", "application/json"
        )
    if response.streaming:
        b"".join(response.streaming_content)  # a download: read it, which closes it
    expected = row["expect"][persona]
    assert response.status_code == expected, (persona, response.content[:500])
    if response.status_code >= 400:
        assert response["Content-Type"] == "application/problem+json"
    if "count" in row and persona in row["count"]:
        data = response.json()
        if not isinstance(data, list):  # a page: its count, and its rows
            assert data["count"] == row["count"][persona]
            data = data["results"]
        assert len(data) == row["count"][persona]


def test_every_row_names_every_persona() -> None:
    for row in MATRIX:
        assert set(row["expect"]) == set(PERSONAS), row_id(row)


def schema_operations() -> set[tuple[str, str]]:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    return {
        (path, method.upper())
        for path, operations in schema["paths"].items()
        for method in operations
        if method in {"get", "post", "put", "patch", "delete"}
    }


def test_every_operation_has_rows() -> None:
    covered = {(row["path"], row["method"]) for row in MATRIX}
    missing = sorted(schema_operations() - covered)
    assert not missing, f"operations without rows in {MATRIX_FILE.name}: {missing}"
