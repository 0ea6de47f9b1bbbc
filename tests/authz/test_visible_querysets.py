"""Visibility by construction: no API module builds a case child's queryset by hand.

Two checks. A lint over the source of every module that answers callers (views, serializers,
filters, exports, reports, tasks, the admin): a case child's manager may only be asked for
`visible_to(...)` (or `none()`); `Case.objects` is never read there (cases come from
`cases_visible_to`). And a walk of every list endpoint as every persona in the authorization
world: what the endpoint's queryset holds is what the model's `visible_to` says, no more.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.conf import settings
from rest_framework.test import APIRequestFactory, force_authenticate

from cases.visibility import case_child_models, cases_visible_to
from tests.authz.world import PERSONAS, build_world

ROOT = Path(__file__).resolve().parents[2]
# The modules that answer callers. Services (writes, under the row locks they need) and the
# selectors' own module are outside: they are what these modules call.
ANSWERING_MODULES = sorted(
    [
        *ROOT.glob("*/api.py"),
        *ROOT.glob("*/api/*.py"),
        *ROOT.glob("*/admin.py"),
        ROOT / "reports" / "ftm.py",
        ROOT / "reports" / "summary.py",
        ROOT / "deadlines" / "tasks.py",
        ROOT / "workflows" / "mla_selectors.py",
        ROOT / "workflows" / "selectors.py",
    ]
)
ALLOWED_MANAGER_CALLS = {"visible_to", "none"}


def guarded_model_names() -> set[str]:
    names = {model.__name__ for model in case_child_models()}
    # The trail is read only through its case-file proxy (cases.models.CaseAuditEvent).
    names |= {"Case", "CaseShare", "Notification", "AuditEvent"}
    return names


def hand_built_querysets(source: str) -> list[str]:
    """`Model.objects.<call>` (or `_default_manager`) of a guarded model, other than allowed."""
    guarded = guarded_model_names()
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr in ("objects", "_default_manager")
            and isinstance(node.value.value, ast.Name)
            and node.value.value.id in guarded
            and node.attr not in ALLOWED_MANAGER_CALLS
        ):
            found.append(f"line {node.lineno}: {node.value.value.id}.{node.attr}")
    return found


def test_the_lint_sees_what_it_looks_for() -> None:
    source = (
        "Asset.objects.filter(case=case)\n"
        "Asset.objects.visible_to(user)\n"
        "Document._default_manager.all()\n"
        "Case.objects.none()\n"
        "State.objects.all()\n"
    )
    assert hand_built_querysets(source) == ["line 1: Asset.filter", "line 3: Document.all"]


def test_every_guarded_model_has_visible_to() -> None:
    for name in guarded_model_names() - {"Case", "AuditEvent"}:
        model = next(m for m in apps.get_models() if m.__name__ == name)
        assert hasattr(model._default_manager, "visible_to"), name


@pytest.mark.parametrize("path", ANSWERING_MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_answering_module_builds_a_case_childs_queryset_by_hand(path: Path) -> None:
    assert hand_built_querysets(path.read_text()) == []


def list_viewsets() -> list[tuple[str, Any]]:
    return [
        (prefix, viewset)
        for app in settings.PROJECT_APPS
        if importlib.util.find_spec(f"{app}.urls") is not None
        for router in [getattr(importlib.import_module(f"{app}.urls"), "router", None)]
        if router is not None
        for prefix, viewset, _ in router.registry
        if hasattr(viewset, "list")
    ]


@pytest.mark.django_db
def test_every_list_queryset_is_the_models_visible_to(personas) -> None:
    build_world(personas)
    factory = APIRequestFactory()
    checked = 0
    for prefix, viewset in list_viewsets():
        model = viewset.queryset.model
        for persona in PERSONAS:
            if persona == "anonymous":
                continue
            user = getattr(personas, persona)
            request = factory.get(f"/api/v1/{prefix}/")
            force_authenticate(request, user=user)
            view = viewset(action_map={"get": "list"}, action="list", kwargs={}, format_kwarg=None)
            view.request = request
            view.request = view.initialize_request(request)
            listed = set(view.get_queryset().values_list("pk", flat=True))
            if model in case_child_models():
                rule = model._default_manager.visible_to(user)
            elif model.__name__ == "Case":
                rule = cases_visible_to(user)
            elif model.__name__ == "Notification":
                rule = model._default_manager.visible_to(user)
            else:
                continue  # states, tokens: not case children
            assert listed == set(rule.values_list("pk", flat=True)), (prefix, persona)
            checked += 1
    assert checked >= 7 * 7  # every case-file list, every signed-in persona
