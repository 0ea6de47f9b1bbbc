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
from drf_spectacular.generators import SchemaGenerator
from rest_framework.test import APIClient

from tests.authz.world import PERSONAS, build_world

MATRIX_FILE = Path(__file__).with_name("matrix.yaml")
MATRIX: list[dict[str, Any]] = yaml.safe_load(MATRIX_FILE.read_text())
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def row_id(row: dict[str, Any]) -> str:
    params = ",".join(f"{k}={v}" for k, v in row.get("params", {}).items())
    return f"{row['method']} {row['path']} {params}".strip()


CASES = [
    pytest.param(row, persona, id=f"{row_id(row)} as {persona}")
    for row in MATRIX
    for persona in PERSONAS
]


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


def client_as(persona: str, personas: Any) -> APIClient:
    client = APIClient()
    if persona != "anonymous":
        client.force_login(getattr(personas, persona))
    return client


@pytest.mark.django_db
@pytest.mark.parametrize(("row", "persona"), CASES)
def test_matrix(row: dict[str, Any], persona: str, personas: Any) -> None:
    world = build_world(personas)
    url = resolve(row["path"], world, row.get("params", {}))
    client = client_as(persona, personas)
    body = fill_body(row.get("body"), world)
    response = client.generic(
        row["method"], url, json.dumps(body) if body is not None else "", "application/json"
    )
    expected = row["expect"][persona]
    assert response.status_code == expected, response.content[:500]
    if response.status_code >= 400:
        assert response["Content-Type"] == "application/problem+json"
    if "count" in row and persona in row["count"]:
        assert response.json()["count"] == row["count"][persona]
        assert len(response.json()["results"]) == row["count"][persona]


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
