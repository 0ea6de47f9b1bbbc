"""An app's URL table as rows: `(route, view, name)` for a view, `(prefix, viewset, basename)` for a
viewset, so that `urls.py` reads as the list of endpoints it serves."""

from __future__ import annotations

from typing import Any

from django.urls import URLPattern, URLResolver, path
from rest_framework.routers import SimpleRouter
from rest_framework.views import APIView

Row = tuple[str, Any, str]


def views(*rows: tuple[str, type[APIView], str]) -> list[URLPattern]:
    """One `path(route, view.as_view(), name=name)` a row."""
    return [path(route, view.as_view(), name=name) for route, view, name in rows]


def viewsets(*rows: Row) -> list[URLPattern | URLResolver]:
    """The routes of a `SimpleRouter` with each row's viewset registered under its prefix."""
    router = SimpleRouter()
    for prefix, viewset, basename in rows:
        router.register(prefix, viewset, basename=basename)
    return list(router.urls)
