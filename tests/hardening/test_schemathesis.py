"""Hostile input: schemathesis against the project's own OpenAPI schema, in-process (WSGI).

Every operation of the schema, as a GB prosecutor and as an FR liaison (personal tokens), with
schemathesis' default checks (no server error, status code, content type and response schema
conformance, negative data rejected), at least 75 generated examples per operation and role
(derandomized: the same ones each run). Nothing is excluded. Path ids are replaced, for most
positively generated cases, by the ids of a small real world (a GB case shared with FR, with a
subject, an asset, an MLA request to FR, a follow-up, a document and a notification), so detail
routes and writes reach real objects too.

The examples of one operation run in one test (one transaction); the app is called through
Django's WSGI handler in the test's thread, so it sees the test's data.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.utils import timezone
from drf_spectacular.generators import SchemaGenerator
from hypothesis import HealthCheck, settings
from rest_framework import throttling
from rest_framework.test import APIClient
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.modes import GenerationMode

from accounts.services.tokens import api_token_create
from cases.models import Role, State
from notifications.models import Notification
from tests.factories import make_asset, make_case, make_subject, make_user, share
from tests.hardening.conftest import DESELECTED_FUZZ_ITEMS
from workflows.services.mla import mla_request_create

MIN_EXAMPLES = 75
ROLES = ("prosecutor_gb", "liaison_fr")
# The fuzzing test of each role (below).
ROLE_TESTS = {"prosecutor_gb": "test_as_prosecutor", "liaison_fr": "test_as_liaison"}

schema = schemathesis.openapi.from_dict(SchemaGenerator().get_schema(request=None, public=True))
schema.app = WSGIHandler()
# Business rules the schema cannot state (a referenced case must exist and be visible, a state
# code must be one of the cooperating states, a due date may not be past, no NUL characters)
# answer a schema-valid request with 400, and an If-Match that names no current version (any
# string is schema-valid) with 412, and an Idempotency-Key reused for another body with 422: for
# `positive_data_acceptance` those are acceptable answers too. Every other check keeps its
# defaults.
_positive = schema.config.checks.positive_data_acceptance
_positive.expected_statuses = [*_positive.expected_statuses, "400", "412", "422"]
# A stale or malformed If-Match is refused (412) before the body is read: a refusal as well.
_negative = schema.config.checks.negative_data_rejection
_negative.expected_statuses = [*_negative.expected_statuses, "412"]

# (role, "METHOD /path") -> examples run; read by the last test of the module.
EXAMPLES: Counter[tuple[str, str]] = Counter()
# The personal token the running test authenticates with (set by the role fixtures).
CURRENT_TOKEN: dict[str, str] = {}


@schema.auth(refresh_interval=None)
class PersonalToken:
    """`Authorization: Token <key>`, declared to schemathesis as the explicit credentials, so
    its authentication checks probe without them (and with broken ones) and expect 401."""

    def get(self, case: schemathesis.Case, context: schemathesis.AuthContext) -> str:
        return CURRENT_TOKEN.get("key", "unknown-before-the-test-runs")

    def set(self, case: schemathesis.Case, data: str, context: schemathesis.AuthContext) -> None:
        case.headers = case.headers or {}
        case.headers["Authorization"] = f"Token {data}"


@dataclass
class World:
    tokens: dict[str, str]
    ids: dict[str, str]


@pytest.fixture
def world(db: None, settings: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> World:
    settings.ALLOWED_HOSTS = ["*"]
    settings.MEDIA_ROOT = tmp_path / "media"
    # Throttling has tests of its own (test_limits.py); here it would only answer 429s.
    monkeypatch.setattr(
        throttling.SimpleRateThrottle,
        "THROTTLE_RATES",
        dict.fromkeys(throttling.SimpleRateThrottle.THROTTLE_RATES, "100000/min"),
    )
    prosecutor = make_user(username="prosecutor_gb", role=Role.PROSECUTOR, state_id="GB")
    liaison = make_user(username="liaison_fr", role=Role.LIAISON, state_id="FR")
    case = make_case(by=prosecutor, title="Fuzzed case")
    share(case, "FR")
    subject = make_subject(case=case)
    asset = make_asset(case=case)
    mla, _ = mla_request_create(
        case=case,
        by=prosecutor,
        requested_state=State.objects.get(code="FR"),
        kind="tracing",
        assets=[asset],
        description="Trace the proceeds",
    )
    client = APIClient()
    client.force_authenticate(prosecutor)
    due = (timezone.now() + timedelta(days=30)).date().isoformat()
    follow_up = client.post(
        "/api/v1/deadlines/", {"case": str(case.pk), "title": "Chase", "due_on": due}
    )
    assert follow_up.status_code == 201, follow_up.content
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.documents.samples import PDF

    document = client.post(
        "/api/v1/documents/",
        {
            "case": str(case.pk),
            "title": "Statement",
            "kind": "bank_record",
            "file": SimpleUploadedFile("s.pdf", PDF, content_type="application/pdf"),
        },
        format="multipart",
    )
    assert document.status_code == 201, document.content
    tokens: dict[str, str] = {}
    spare: dict[str, str] = {}
    for user in (prosecutor, liaison):
        _, key = api_token_create(user=user, name="fuzzing", expires_at=None)
        tokens[user.username] = key
        spare_token, _ = api_token_create(user=user, name="spare", expires_at=None)
        spare[user.username] = str(spare_token.pk)
        Notification.objects.create(recipient=user, case=case, kind="test", title="Hello")
    notifications = {
        n.recipient.username: str(n.pk)
        for n in Notification.objects.select_related("recipient").filter(kind="test")
    }
    return World(
        tokens=tokens,
        ids={
            "cases": str(case.pk),
            "subjects": str(subject.pk),
            "assets": str(asset.pk),
            "mla-requests": str(mla.pk),
            "deadlines": follow_up.json()["id"],
            "documents": document.json()["id"],
            **{f"notifications:{name}": pk for name, pk in notifications.items()},
            **{f"tokens:{name}": pk for name, pk in spare.items()},
        },
    )


@pytest.fixture
def in_process_app() -> Iterator[None]:
    """Keep the test's connection (and transaction) across requests, as Django's test client
    does: the handler would otherwise close it at the end of every request."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


_turn = itertools.count()


def aim_at_world(case: schemathesis.Case, world: World, role: str) -> None:
    """Point most positively generated path ids at real objects (two cases in three)."""
    meta = case.meta
    path_info = meta.components.get(ParameterLocation.PATH) if meta is not None else None
    if not case.path_parameters or path_info is None:
        return
    if path_info.mode != GenerationMode.POSITIVE or next(_turn) % 3 == 0:
        return
    collection = case.path.split("/")[3]  # /api/v1/<collection>/...
    values = {
        "case_id": world.ids["cases"],
        "asset_id": world.ids["assets"],
        "request_id": world.ids["mla-requests"],
        "code": "FR",
    }
    key = {"notifications": f"notifications:{role}", "auth": f"tokens:{role}"}.get(
        collection, collection
    )
    if key in world.ids:
        values["id"] = world.ids[key]
    for name in case.path_parameters:
        if name in values:
            case.path_parameters[name] = values[name]


def run_case(case: schemathesis.Case, world: World, role: str) -> None:
    aim_at_world(case, world, role)
    operation = case.operation  # (the coverage phase also probes undeclared methods on a path)
    EXAMPLES[(role, f"{operation.method.upper()} {operation.path}")] += 1
    case.call_and_validate()


@pytest.fixture
def as_prosecutor(world: World) -> Iterator[None]:
    CURRENT_TOKEN["key"] = world.tokens["prosecutor_gb"]
    yield
    CURRENT_TOKEN.clear()


@pytest.fixture
def as_liaison(world: World) -> Iterator[None]:
    CURRENT_TOKEN["key"] = world.tokens["liaison_fr"]
    yield
    CURRENT_TOKEN.clear()


# Derandomized: CI replays the very examples that passed here, so a landing never depends on
# luck; new examples come with a change of the schema (or by running with derandomize off).
FUZZ_SETTINGS = settings(
    max_examples=MIN_EXAMPLES,
    derandomize=True,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)


@schema.parametrize()
@FUZZ_SETTINGS
def test_as_prosecutor(
    case: schemathesis.Case, world: World, as_prosecutor: None, in_process_app: None
) -> None:
    run_case(case, world, "prosecutor_gb")


@schema.parametrize()
@FUZZ_SETTINGS
def test_as_liaison(
    case: schemathesis.Case, world: World, as_liaison: None, in_process_app: None
) -> None:
    run_case(case, world, "liaison_fr")


def fuzzed_in_this_session(request: pytest.FixtureRequest) -> set[tuple[str, str]]:
    """(role, "METHOD /path") of every fuzzing item this session was asked to run.

    A role whose test was collected is expected on every operation of the schema except the ones
    deselected (`-k`, `-m`, `--deselect`): an operation schemathesis left without an item still
    counts as missing. A role whose test was not collected at all (this check run alone, or a
    node id of the other role) is expected on nothing.
    """
    deselected = request.config.stash.get(DESELECTED_FUZZ_ITEMS, set())
    collected = {getattr(item, "originalname", "") for item in request.session.items} | {
        function for function, _ in deselected
    }
    operations = [result.ok() for result in schema.get_all_operations()]
    return {
        (role, f"{op.method.upper()} {op.path}")
        for role, function in ROLE_TESTS.items()
        if function in collected
        for op in operations
        if (function, f"{op.method.upper()} {op.path}") not in deselected
    }


def test_every_operation_ran_enough_examples(request: pytest.FixtureRequest) -> None:
    """The counts per operation and role (printed), at least 100 each, every operation fuzzed in
    this session run (the whole schema in a full run of the module; what `-k` kept otherwise).
    It is the module's last test, so it reads the counts of the fuzzing tests before it.

    An operation that takes no input at all (no parameter, no body, no credentials: the CSRF
    cookie and the health check) has only a handful of distinct requests; hypothesis stops when
    it has sent them all, and so may run fewer than 100.
    """
    all_operations = [result.ok() for result in schema.get_all_operations()]
    inputless = {
        f"{op.method.upper()} {op.path}"
        for op in all_operations
        if not op.definition.raw.get("parameters")
        and not op.definition.raw.get("requestBody")
        and not any(op.definition.raw.get("security", []))
    }
    expected = fuzzed_in_this_session(request)
    if not expected:
        pytest.skip("no fuzzing test was selected in this session: nothing to count")
    operations = sorted({op for _, op in expected})
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    lines = [f"{'operation':60} {ROLES[0]:>14} {ROLES[1]:>14}"]
    lines += [
        f"{op:60} {EXAMPLES[(ROLES[0], op)]:>14} {EXAMPLES[(ROLES[1], op)]:>14}"
        for op in operations
    ]
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():  # shown in a green run too
            reporter.write_line("\nschemathesis examples per operation and role:")
            for line in lines:
                reporter.write_line(line)
    too_few = {
        key: n for key, n in EXAMPLES.items() if n < MIN_EXAMPLES and key[1] not in inputless
    }
    missing = sorted(key for key in expected if key not in EXAMPLES)
    assert not too_few, too_few
    assert not missing, missing
