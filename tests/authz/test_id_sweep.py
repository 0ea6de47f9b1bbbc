"""The id sweep: every `{id}` route of the OpenAPI schema, replayed by people who may not see
the object, answers exactly as for a random UUID, and changes nothing."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from django.apps import apps
from django.conf import settings
from drf_spectacular.generators import SchemaGenerator
from rest_framework.test import APIClient

from audit.models import AuditChain, AuditEvent
from cases.models import CaseAuditEvent
from tests.authz.test_matrix import MATRIX, PLACEHOLDER
from tests.authz.world import build_world
from tests.factories import make_case

# Who may not see which of the world's objects.
OUTSIDE_THE_CASE = {
    "case",
    "subject",
    "restricted_subject",
    "asset",
    "restricted_asset",
    "document",
    "restricted_document",
    "token",
    "feed_token",
    "mla",
    "draft_mla",
    "mla_deadline",
    "follow_up",
    "notification",
    "later_restricted_asset",
    "later_restricted_freeze",
    "draft_mla_document",
    "restricted_mla",
    "restricted_mla_document",
    "old_version",
    "restricted_version",
    "partner_task",
    "value_order",
    "restricted_value_order",
    "claim",
    "restricted_claim",
    "agreement",
    "other_agreement",
}
# What a partner state's liaison may not see, through a flag or through what it derives from.
HIDDEN_FROM_PARTNERS = {
    "restricted_subject",
    "restricted_asset",
    "restricted_document",
    "draft_mla",
    "follow_up",
    "later_restricted_asset",
    "later_restricted_freeze",
    "draft_mla_document",
    "restricted_mla",
    "restricted_mla_document",
    "restricted_version",
    "task",
    "restricted_task",
    "restricted_value_order",
    "restricted_claim",
    "other_agreement",
}
BLIND = {
    "prosecutor_ng": OUTSIDE_THE_CASE,
    "liaison_ch": OUTSIDE_THE_CASE,
    "liaison_us": OUTSIDE_THE_CASE,
    "liaison_fr": {*HIDDEN_FROM_PARTNERS, "token", "feed_token"},
    "prosecutor2_gb": {"token", "feed_token", "notification"},
}
LITERALS = {"code": "FR"}
# Appending to the audit trail (a denied access is itself an event) is not a change of data.
# Probes are audited (bounded: audit.trail.record_denied_access); the trail is not case data.
NOT_DATA = {AuditEvent, AuditChain, CaseAuditEvent}


def id_routes() -> list[tuple[str, str]]:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    return sorted(
        (path, method.upper())
        for path, operations in schema["paths"].items()
        if PLACEHOLDER.search(path)
        for method in operations
        if method in {"get", "post", "put", "patch", "delete"}
    )


def row_counts() -> dict[str, int]:
    models = [
        m
        for app in (*settings.PROJECT_APPS, "guardian", "auth")
        for m in apps.get_app_config(app).get_models()
        if m not in NOT_DATA
    ]
    return {m._meta.label: m._default_manager.count() for m in models}


def answer(client: APIClient, method: str, url: str, body: Any = None) -> tuple[int, Any]:
    response = client.generic(
        method, url, json.dumps(body if body is not None else {}), "application/json"
    )
    try:
        content = response.json()
    except ValueError:
        content = response.content
    return response.status_code, content


def url_for(path: str, value: str) -> str:
    return PLACEHOLDER.sub(lambda m: LITERALS.get(m.group(1), value), path)


def body_for(path: str, method: str) -> dict[str, Any]:
    for row in MATRIX:
        if row["path"] == path and row["method"] == method and "body" in row:
            return {k: v for k, v in row["body"].items() if not str(v).startswith("{")}
    return {}


@pytest.mark.django_db
@pytest.mark.parametrize("persona", sorted(BLIND))
def test_invisible_ids_answer_like_random_ones(
    persona: str, personas: Any, rates: dict[str, str]
) -> None:
    # Every id route for every hidden object: more requests a minute than the user throttle
    # lets a person make (the throttle itself is tested in tests/hardening/test_limits.py).
    rates.update(user="100000/min", address="100000/min")
    world = build_world(personas)
    client = APIClient()
    client.force_login(getattr(personas, persona))
    before = row_counts()
    checked = 0
    for path, method in id_routes():
        body = body_for(path, method)
        random_answer = answer(client, method, url_for(path, str(uuid.uuid4())), body)
        for name in sorted(BLIND[persona]):
            hidden = answer(client, method, url_for(path, str(world[name].pk)), body)
            assert hidden == random_answer, (persona, method, path, name)
            checked += 1
    assert row_counts() == before
    assert checked >= 2 * len(BLIND[persona])


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["prosecutor_ng", "liaison_ch", "liaison_us"])
def test_invisible_ids_in_request_bodies_answer_like_random_ones(
    persona: str, personas: Any
) -> None:
    world = build_world(personas)
    user = getattr(personas, persona)
    client = APIClient()
    client.force_login(user)
    own_case = make_case(by=personas.prosecutor_ng) if persona == "prosecutor_ng" else None
    probes: list[tuple[str, dict[str, Any], str]] = [
        ("/api/v1/subjects/", {"kind": "person", "role": "family", "name": "X"}, "case"),
        (
            "/api/v1/assets/",
            {
                "kind": "cash",
                "description": "c",
                "jurisdiction": "NG",
                "source": "Bank records",
                "not_yet_valued": True,
                "details": {"location": "x"},
            },
            "case",
        ),
    ]
    if own_case is not None:
        probes += [
            (
                "/api/v1/subjects/",
                {"case": str(own_case.pk), "kind": "person", "role": "family", "name": "X"},
                "related_to",
            ),
            (
                "/api/v1/assets/",
                {
                    "case": str(own_case.pk),
                    "kind": "cash",
                    "description": "c",
                    "jurisdiction": "NG",
                    "source": "Bank records",
                    "not_yet_valued": True,
                    "details": {"location": "x"},
                },
                "holder",
            ),
        ]
    before = row_counts()
    targets = {
        "case": ["case"],
        "related_to": ["subject", "restricted_subject"],
        "holder": ["subject", "restricted_subject"],
    }
    for path, body, field in probes:
        random_answer = answer(client, "POST", path, {**body, field: str(uuid.uuid4())})
        assert random_answer[0] == 400
        for name in targets[field]:
            hidden = answer(client, "POST", path, {**body, field: str(world[name].pk)})
            assert hidden == random_answer, (persona, path, field, name)
    assert row_counts() == before
