"""Hostile input that used to answer 500 answers 4xx problem+json and changes nothing (issue 14).

- JSON nested thousands deep (a RecursionError in the parser), on every JSON endpoint, also
  anonymously on sign-in; and JSON nested deeper than the API takes, or holding a NUL character
  (PostgreSQL stores neither in text nor in jsonb);
- dates near 9999-12-31 (or 0001-01-01), whose reminder schedule, expiry window or calendar
  entry overflows Python's dates: refused by one bounded date field wherever a date comes in;
- a NUL byte in a path segment, a query parameter or a header (PostgreSQL refuses NUL in
  strings): refused before any view runs.

The walks go over every route of the URL conf, not a list kept by hand.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from rest_framework import serializers
from rest_framework.test import APIClient

from audit.models import AuditChain, AuditEvent
from cases.models import CaseAuditEvent
from core.dates import EARLIEST_DATE, LATEST_DATE, BoundedDateField
from core.parsers import MAX_JSON_DEPTH
from deadlines.calendar import reminder_thresholds
from tests.authz.world import build_world
from tests.workflows.conftest import order

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
NOT_DATA = {AuditEvent, AuditChain, CaseAuditEvent}


@pytest.fixture(autouse=True)
def _documents_in_tmp(settings, tmp_path) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"


def row_counts() -> dict[str, int]:
    models = [
        m
        for app in (*settings.PROJECT_APPS, "guardian", "auth")
        for m in apps.get_app_config(app).get_models()
        if m not in NOT_DATA
    ]
    return {m._meta.label: m._default_manager.count() for m in models}


# --- Every route of the URL conf ------------------------------------------------------------------

GROUP = re.compile(r"\(\?P<(\w+)>[^)]*\)|<(?:\w+:)?(\w+)>")


def url_templates() -> list[str]:
    """Every route of the URL conf as a template with `{name}` placeholders."""

    def walk(patterns: list[Any], prefix: str) -> Iterator[str]:
        for pattern in patterns:
            route = str(pattern.pattern).lstrip("^").rstrip("$").replace("\\.", ".")
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + route)
            elif isinstance(pattern, URLPattern):
                yield "/" + prefix + route

    templates = {
        GROUP.sub(lambda m: "{" + (m.group(1) or m.group(2)) + "}", t)
        for t in walk(get_resolver().url_patterns, "")
    }
    return sorted(t for t in templates if "(" not in t and "\\" not in t)


# A real object for each placeholder: the route's first segment says which kind of object `pk` is.
PK_BY_PREFIX = {
    "cases": "case",
    "subjects": "subject",
    "assets": "asset",
    "documents": "document",
    "notifications": "notification",
    "deadlines": "follow_up",
    "mla-requests": "mla",
    "tokens": "token",
}
NAMED = {"case_id": "case", "asset_id": "asset", "request_id": "mla"}


def real_url(template: str, world: dict[str, Any]) -> str:
    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "code":
            return "FR"
        if name in NAMED:
            return str(world[NAMED[name]].pk)
        segments = [s for s in template.split("/") if s and not s.startswith("{")]
        kind = next((PK_BY_PREFIX[s] for s in reversed(segments) if s in PK_BY_PREFIX), "case")
        return str(world[kind].pk)

    return re.sub(r"\{(\w+)\}", fill, template)


def test_the_walk_covers_the_api() -> None:
    templates = url_templates()
    assert "/api/v1/cases/{pk}/" in templates
    assert "/api/v1/auth/login/" in templates
    assert "/api/v1/cases/{case_id}/shares/{code}/" in templates
    assert len([t for t in templates if t.startswith("/api/")]) >= 45


def assert_client_error(response: Any, where: Any) -> None:
    assert response.status_code < 500, (where, response.status_code, response.content[:300])
    if response.status_code >= 400 and str(where[1]).startswith("/api/"):
        assert response["Content-Type"] == PROBLEM, (where, response["Content-Type"])


# --- (a) JSON nested thousands deep -----------------------------------------------------------------

DEEP_ARRAY = "[" * 5000 + "]" * 5000
DEEP_OBJECT = '{"a":' * 5000 + "1" + "}" * 5000


def test_json_nested_thousands_deep_signs_nobody_in() -> None:
    client = APIClient()
    for body in (DEEP_ARRAY, DEEP_OBJECT):
        response = client.generic("POST", "/api/v1/auth/login/", body, "application/json")
        assert response.status_code == 400, response.content[:300]
        assert response["Content-Type"] == PROBLEM
        assert response.json()["code"] == "parse_error"


def test_json_nested_thousands_deep_is_400_on_every_json_endpoint(personas) -> None:
    world = build_world(personas)
    client = APIClient()
    client.force_login(personas.prosecutor_gb)
    anonymous = APIClient()
    before = row_counts()
    parsed = 0
    for template in url_templates():
        if not template.startswith("/api/"):
            continue
        url = real_url(template, world)
        for method in ("POST", "PUT", "PATCH"):
            for caller in (client, anonymous):
                response = caller.generic(method, url, DEEP_ARRAY, "application/json")
                assert_client_error(response, (method, url))
                parsed += response.status_code == 400
    assert row_counts() == before
    assert parsed >= 5  # the writes that read their body (sign-in first) did refuse it


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 900])
def test_json_deeper_than_the_api_takes_is_400(personas, client_for, depth) -> None:
    """Deep enough for the parser, too deep for what runs after it (serializers, the audit
    trail's JSON copy, PostgreSQL's jsonb): refused at the parser, with a clear reason."""
    world = build_world(personas)
    client = client_for(personas.prosecutor_gb)
    details: Any = "x"
    for _ in range(depth - 2):
        details = {"k": details}
    body = {
        "case": str(world["case"].pk),
        "kind": "cash",
        "description": "Cash",
        "jurisdiction": "GB",
        "source": "Bank records",
        "not_yet_valued": True,
        "details": {"location": details},
    }
    before = row_counts()
    response = client.generic("POST", "/api/v1/assets/", json.dumps(body), "application/json")
    assert response.status_code == 400, response.content[:300]
    assert response["Content-Type"] == PROBLEM
    assert "deep" in response.json()["detail"]
    assert row_counts() == before


def test_json_at_the_depth_limit_is_parsed(personas, client_for) -> None:
    world = build_world(personas)
    client = client_for(personas.prosecutor_gb)
    body = {
        "case": str(world["case"].pk),
        "kind": "cash",
        "description": "Cash",
        "jurisdiction": "GB",
        "source": "Bank records",
        "not_yet_valued": True,
        "details": {"location": "Safe deposit box 12"},
    }
    response = client.post("/api/v1/assets/", body, format="json")
    assert response.status_code == 201, response.content[:300]


def test_a_nul_character_in_a_json_body_is_400(personas, client_for) -> None:
    world = build_world(personas)
    client = client_for(personas.prosecutor_gb)
    body = {
        "case": str(world["case"].pk),
        "kind": "cash",
        "description": "Cash",
        "jurisdiction": "GB",
        "source": "Bank records",
        "not_yet_valued": True,
        "details": {"location": "box\u000012"},
    }
    before = row_counts()
    response = client.post("/api/v1/assets/", body, format="json")
    assert response.status_code == 400, response.content[:300]
    assert response["Content-Type"] == PROBLEM
    assert row_counts() == before


def test_an_ftm_import_line_nested_thousands_deep_is_a_line_error() -> None:
    """`manage.py import_ftm` reads JSON lines with the same limit."""
    from reports.ftm_import import FtmImportError, read_entities

    entity = '{"id": "x", "schema": "Person", "properties": ' + DEEP_ARRAY + "}"
    with pytest.raises(FtmImportError) as raised:
        read_entities([entity])
    assert "deep" in raised.value.errors[0].message


# --- (b) Dates near the ends of the calendar -------------------------------------------------------


def _date_probes(world: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], str]]:
    """(method, url, body with `{date}`, attr) for every date the API takes in a body."""
    case, asset, mla = world["case"].pk, world["asset"].pk, world["draft_mla"].pk
    freeze = {"action": "freeze", "amount": {"amount": "10.00", "currency": "USD"}}
    return [
        ("POST", f"/api/v1/cases/{case}/shares/", {"state": "DE", "expires_on": "{date}"},
         "expires_on"),
        ("POST", "/api/v1/deadlines/", {"case": str(case), "title": "Call", "due_on": "{date}"},
         "due_on"),
        ("POST", f"/api/v1/assets/{asset}/transitions/",
         {**freeze, "order": {**order(), "expires_on": "{date}"}}, "order.expires_on"),
        ("POST", f"/api/v1/assets/{asset}/transitions/",
         {**freeze, "order": {**order(expires_in=90), "issued_on": "{date}"}}, "order.issued_on"),
        ("POST", "/api/v1/assets/transitions/bulk/",
         {"action": "freeze", "assets": [str(asset)],
          "order": {**order(), "expires_on": "{date}"}},
         "order.expires_on"),
        ("POST", "/api/v1/mla-requests/",
         {"case": str(case), "kind": "evidence", "requested_state": "CH", "due_on": "{date}"},
         "due_on"),
        ("PATCH", f"/api/v1/mla-requests/{mla}/", {"due_on": "{date}"}, "due_on"),
        ("PATCH", f"/api/v1/cases/{case}/", {"closed_on": "{date}"}, "closed_on"),
        ("POST", "/api/v1/subjects/",
         {"case": str(case), "kind": "person", "role": "family", "name": "X",
          "date_of_birth": "{date}"}, "date_of_birth"),
    ]  # fmt: skip


def _fill(body: Any, value: str) -> Any:
    if isinstance(body, dict):
        return {k: _fill(v, value) for k, v in body.items()}
    return value if body == "{date}" else body


@pytest.mark.parametrize("value", ["9999-12-31", "9999-12-20", "9998-06-01", "0001-01-01"])
def test_dates_near_the_ends_of_the_calendar_are_400_naming_the_field(personas, value: str) -> None:
    world = build_world(personas)
    client = APIClient()
    client.force_login(personas.prosecutor_gb)
    for method, url, body, attr in _date_probes(world):
        before = row_counts()
        response = client.generic(method, url, json.dumps(_fill(body, value)), "application/json")
        where = (method, url, attr, value)
        assert response.status_code == 400, (where, response.content[:400])
        assert response["Content-Type"] == PROBLEM
        errors = response.json()["errors"]
        assert [e["attr"] for e in errors] == [attr], (where, errors)
        assert errors[0]["code"] == "date_out_of_range", (where, errors)
        assert row_counts() == before, where


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "9998-06-01"])
def test_a_report_as_of_the_ends_of_the_calendar_is_400(personas, client_for, value) -> None:
    response = client_for(personas.prosecutor_gb).get("/api/v1/reports/summary/", {"as_of": value})
    assert response.status_code == 400, response.content[:300]
    assert response["Content-Type"] == PROBLEM
    assert [e["attr"] for e in response.json()["errors"]] == ["as_of"]


def test_the_latest_date_taken_has_its_whole_schedule(personas, client_for) -> None:
    """At the bound itself, every computation on the date works: the follow-up is created, its
    reminders planned, it shows in the calendar feed, the report runs as of that day."""
    world = build_world(personas)
    client = client_for(personas.prosecutor_gb)
    body = {"case": str(world["case"].pk), "title": "Far", "due_on": LATEST_DATE.isoformat()}
    assert client.post("/api/v1/deadlines/", body, format="json").status_code == 201
    as_of = {"as_of": LATEST_DATE.isoformat()}
    assert client.get("/api/v1/reports/summary/", as_of).status_code == 200
    earliest = {"as_of": EARLIEST_DATE.isoformat()}
    assert client.get("/api/v1/reports/summary/", earliest).status_code == 200


def test_every_date_the_api_takes_is_bounded() -> None:
    """The one rule, everywhere: no serializer of the API takes a date through a plain
    DateField (a new one without the bound fails here)."""
    import cases.api
    import workflows.api

    found: list[str] = []
    unbounded: list[str] = []
    for package in (cases.api, workflows.api):
        for module in _modules(package):
            for name, cls in vars(module).items():
                if not (isinstance(cls, type) and issubclass(cls, serializers.Serializer)):
                    continue
                if cls.__module__ != module.__name__:
                    continue
                for field_name, field in cls._declared_fields.items():
                    if isinstance(field, serializers.DateField) and not field.read_only:
                        found.append(f"{name}.{field_name}")
                        if not isinstance(field, BoundedDateField):
                            unbounded.append(f"{module.__name__}.{name}.{field_name}")
    assert not unbounded, unbounded
    assert len(found) >= 8


def _modules(package: Any) -> list[Any]:
    import importlib
    import pkgutil

    return [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
    ]


def test_the_reminder_schedule_stops_at_the_end_of_the_calendar() -> None:
    """Defence in depth below the API: a date that reached the database by another path
    (a data migration, the shell) must not make the reminder sweep crash."""
    for deadline in (date(9999, 12, 31), date(9999, 6, 1), date(1, 1, 1)):
        for state in ("GB", "NZ", "US"):
            keys = [t.key for t in reminder_thresholds(deadline, country_code=state)]
            # (The first morning of 0001 in New Zealand was still 0000 in UTC: no such instant.)
            assert "due" in keys or (deadline.year, state) == (1, "NZ"), (deadline, state)
    # Far from the ends, the whole schedule: 4 reminders before, the day, 52 escalations.
    assert len(reminder_thresholds(LATEST_DATE, country_code="GB")) == 4 + 1 + 52


def test_a_stored_deadline_at_the_end_of_the_calendar_does_not_break_the_feed(
    personas, client_for
) -> None:
    from deadlines.models import Deadline

    world = build_world(personas)
    soon = timezone.now().date() + timedelta(days=3)
    Deadline.objects.filter(pk=world["follow_up"].pk).update(due_on=soon)
    response = client_for(personas.prosecutor_gb).get("/api/v1/deadlines.ics")
    assert response.status_code == 200


# --- (c) NUL bytes in paths, query parameters and headers ---------------------------------------------


NUL_VALUES = ("%00", "a%00b", f"{uuid.uuid4()}%00")
NUL_QUERY = "q=%00&case=%00&as_of=%00&token=%00&state=a%00&%00=1&page=%00"


@pytest.mark.parametrize("persona", ["anonymous", "prosecutor_gb", "liaison_fr", "admin_gb"])
def test_a_nul_byte_anywhere_in_the_url_is_400_on_every_route(personas, persona) -> None:
    world = build_world(personas)
    client = APIClient()
    if persona != "anonymous":
        client.force_login(getattr(personas, persona))
    before = row_counts()
    seen = 0
    for template in url_templates():
        urls = [re.sub(r"\{\w+\}", value, template) for value in NUL_VALUES if "{" in template]
        urls.append(f"{real_url(template, world)}?{NUL_QUERY}")
        for url in urls:
            for method in METHODS:
                response = client.generic(method, url, "{}", "application/json")
                assert_client_error(response, (method, url))
                if url.startswith("/api/"):
                    assert response.status_code == 400, (method, url, response.content[:200])
                    seen += 1
    assert row_counts() == before
    assert seen > 500


def test_a_nul_byte_in_a_header_is_400(personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)
    response = client.post(
        "/api/v1/cases/",
        {"title": "t", "origin_state": "GB", "offence_category": "bribery"},
        format="json",
        HTTP_IDEMPOTENCY_KEY="key\x00",
    )
    assert response.status_code == 400
    assert response["Content-Type"] == PROBLEM
    assert response.json()["code"] == "nul_character"


# --- Nested items of a PATCH ---------------------------------------------------------------------
# DRF skips a missing required field anywhere under a partial (PATCH) serializer, nested list
# items included: an identifier without a type used to be stored, and its answer was a 500.


@pytest.mark.parametrize(
    ("target", "field", "item", "attr"),
    [
        ("subject", "identifiers", {"value": "X1"}, "identifiers.0.type"),
        ("subject", "identifiers", {"x": 1}, "identifiers.0.type"),
        ("subject", "occupancies", {"x": 1}, "occupancies.0"),
        ("case", "jurisdictions", {"x": 1}, "jurisdictions.0"),
    ],
)
def test_a_nested_item_of_a_patch_is_validated_whole(
    personas, client_for, target, field, item, attr
) -> None:
    world = build_world(personas)
    client = client_for(personas.prosecutor_gb)
    url = f"/api/v1/{target}s/{world[target].pk}/"
    before = row_counts()
    response = client.patch(url, {field: [item]}, format="json")
    assert response.status_code == 400, response.content[:300]
    assert response["Content-Type"] == PROBLEM
    attrs = [e["attr"] for e in response.json()["errors"]]
    assert any(a.startswith(attr) for a in attrs), attrs
    assert row_counts() == before
