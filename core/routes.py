"""An app's URL table as rows: `(route, view, name)` for a view, `(prefix, viewset, basename)` for a
viewset, so that `urls.py` reads as the list of endpoints it serves."""

from __future__ import annotations

from typing import Any

from django.urls import URLPattern, path
from rest_framework.routers import SimpleRouter
from rest_framework.views import APIView

Row = tuple[str, Any, str]


def views(*rows: tuple[str, type[APIView], str]) -> list[URLPattern]:
    """One `path(route, view.as_view(), name=name)` a row."""
    return [path(route, view.as_view(), name=name) for route, view, name in rows]


def router(*rows: Row) -> SimpleRouter:
    """A `SimpleRouter` with each row's viewset registered under its prefix (an app's `urls.router`,
    which tests/authz walks for every list endpoint)."""
    registered = SimpleRouter()
    for prefix, viewset, basename in rows:
        registered.register(prefix, viewset, basename=basename)
    return registered
