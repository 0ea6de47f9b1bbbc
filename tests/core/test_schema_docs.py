"""The API docs are written for API users: every operation has a summary and a description
without the code's own vocabulary, and the request examples are requests the API accepts."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
from drf_spectacular.generators import SchemaGenerator
from rest_framework.test import APIClient

from accounts.api.auth import ApiTokenSerializer, LoginSerializer
from cases.models import AssetStage
from core.api_docs import EXAMPLE_CASE_ID
from matching.api import DecisionInputSerializer
from tests.factories import make_asset, make_case

METHODS = ("get", "post", "put", "patch", "delete")

# Words of the implementation that mean nothing to someone writing a client.
INTERNAL_WORDING = [
    "`cases.",
    ".values()",
    "rows`",
    "queryset",
    "STYLE.md",
    "select_related",
    "get_object",
    "visible_or_404",
    "docs/",
    "logic-v2",
    "nomenklatura",
]
MODULE_PATH = re.compile(r"\b[a-z_]+/[a-z_/]+\.py\b")


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return SchemaGenerator().get_schema(request=None, public=True)


def operations(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, item in schema["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    ]


def test_every_operation_has_a_summary_and_a_description(schema: dict[str, Any]) -> None:
    undocumented = [
        f"{method} {path}"
        for method, path, operation in operations(schema)
        if not operation.get("summary", "").strip() or not operation.get("description", "").strip()
    ]
    assert operations(schema)
    assert undocumented == []


def test_no_description_shows_internal_wording(schema: dict[str, Any]) -> None:
    leaks = [
        f"{method} {path}: {word}"
        for method, path, operation in operations(schema)
        for text in (operation.get("summary", ""), operation.get("description", ""))
        for word in [*INTERNAL_WORDING, *MODULE_PATH.findall(text)]
        if word in text
    ]
    assert leaks == []


def request_examples(schema: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    body = schema["paths"][path][method]["requestBody"]["content"]
    media = body.get("application/json") or next(iter(body.values()))
    return {name: example["value"] for name, example in media["examples"].items()}


def with_ids(value: Any, case_id: Any) -> Any:
    """The example with the placeholder case id replaced by a real one."""
    value = copy.deepcopy(value)
    if value.get("case") == EXAMPLE_CASE_ID:
        value["case"] = str(case_id)
    return value


@pytest.fixture
def team(personas, client_for) -> tuple[APIClient, Any]:  # type: ignore[no-untyped-def]
    """A GB prosecutor's client and a case they lead."""
    prosecutor = personas.prosecutor_gb
    return client_for(prosecutor), make_case(by=prosecutor)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/cases/",
        "/api/v1/subjects/",
        "/api/v1/assets/",
        "/api/v1/mla-requests/",
        "/api/v1/tasks/",
        "/api/v1/value-orders/",
    ],
)
def test_the_create_examples_are_created(schema, team, path: str) -> None:  # type: ignore[no-untyped-def]
    client, case = team
    examples = request_examples(schema, "post", path)
    assert examples
    for name, value in examples.items():
        response = client.post(path, with_ids(value, case.pk), format="json")
        assert response.status_code == 201, (name, response.json())


@pytest.mark.django_db
def test_the_asset_act_examples_are_recorded_in_turn(schema, team) -> None:  # type: ignore[no-untyped-def]
    """Freeze with an order, then confiscate: the examples are one asset's story."""
    client, case = team
    asset = make_asset(case=case)
    path = "/api/v1/assets/{asset_id}/transitions/"
    examples = request_examples(schema, "post", path)
    assert [value["action"] for value in examples.values()] == ["freeze", "confiscate"]
    for name, value in examples.items():
        response = client.post(f"/api/v1/assets/{asset.pk}/transitions/", value, format="json")
        assert response.status_code == 200, (name, response.json())
    asset.refresh_from_db()
    assert asset.stage == AssetStage.CONFISCATED


@pytest.mark.django_db
def test_the_send_examples_send_a_draft(schema, team) -> None:  # type: ignore[no-untyped-def]
    client, case = team
    (draft,) = request_examples(schema, "post", "/api/v1/mla-requests/").values()
    path = "/api/v1/mla-requests/{request_id}/transitions/"
    for name, value in request_examples(schema, "post", path).items():
        created = client.post("/api/v1/mla-requests/", with_ids(draft, case.pk), format="json")
        assert created.status_code == 201, created.json()
        response = client.post(
            f"/api/v1/mla-requests/{created.json()['id']}/transitions/", value, format="json"
        )
        assert response.status_code == 200, (name, response.json())
        assert response.json()["status"] == "sent"


@pytest.mark.django_db
def test_the_share_example_shares_the_case(schema, team) -> None:  # type: ignore[no-untyped-def]
    client, case = team
    (value,) = request_examples(schema, "post", "/api/v1/cases/{case_id}/shares/").values()
    response = client.post(f"/api/v1/cases/{case.pk}/shares/", value, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["state"] == value["state"]


@pytest.mark.django_db
def test_the_claim_and_sharing_examples_are_recorded_on_a_confiscated_asset(schema, team) -> None:  # type: ignore[no-untyped-def]
    """A claim on an asset, then the sharing of its confiscated proceeds (EUR)."""
    client, case = team
    asset = make_asset(case=case)
    order = {
        "authority": "Court",
        "jurisdiction": "FR",
        "reference": "R-1",
        "issued_on": "2026-01-05",
    }
    euros = {"amount": "250000.00", "currency": "EUR"}
    for act in (
        {"action": "freeze", "order": {**order, "expires_on": "2099-01-01"}, "amount": euros},
        {
            "action": "confiscate",
            "order": order,
            "basis": "conviction",
            "final": True,
            "amount": euros,
        },
    ):
        recorded = client.post(f"/api/v1/assets/{asset.pk}/transitions/", act, format="json")
        assert recorded.status_code == 200, recorded.json()
    for path in ("/api/v1/third-party-claims/", "/api/v1/sharing-agreements/"):
        for name, value in request_examples(schema, "post", path).items():
            body = {**with_ids(value, case.pk), "asset": str(asset.pk)}
            response = client.post(path, body, format="json")
            assert response.status_code == 201, (name, response.json())


@pytest.mark.parametrize(
    ("path", "serializer"),
    [
        ("/api/v1/subjects/{subject_id}/matches/{match_id}/decision/", DecisionInputSerializer),
        ("/api/v1/assets/{asset_id}/matches/{match_id}/decision/", DecisionInputSerializer),
        ("/api/v1/auth/login/", LoginSerializer),
        ("/api/v1/auth/tokens/", ApiTokenSerializer),
    ],
)
@pytest.mark.django_db
def test_the_other_examples_validate(schema, path: str, serializer: Any) -> None:  # type: ignore[no-untyped-def]
    examples = request_examples(schema, "post", path)
    assert examples
    for name, value in examples.items():
        form = serializer(data=value)
        assert form.is_valid(), (name, form.errors)
