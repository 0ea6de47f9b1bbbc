"""Typed readers for settings that come from the environment.

Every setting the service takes from outside is read here, with one helper per type, so that a
misspelt boolean or a non-numeric port fails loudly at start-up instead of at 3 a.m.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class ImproperlyConfiguredEnv(ValueError):
    """An environment variable holds a value of the wrong shape."""


def envstr(name: str, default: str = "", environ: Mapping[str, str] | None = None) -> str:
    environ = os.environ if environ is None else environ
    return environ.get(name, default)


def envbool(name: str, default: bool, environ: Mapping[str, str] | None = None) -> bool:
    environ = os.environ if environ is None else environ
    raw = environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfiguredEnv(f"{name} must be a boolean (1/0, true/false), not {raw!r}")


def envint(name: str, default: int, environ: Mapping[str, str] | None = None) -> int:
    environ = os.environ if environ is None else environ
    raw = environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfiguredEnv(f"{name} must be an integer, not {raw!r}") from None


def envlist(name: str, default: list[str], environ: Mapping[str, str] | None = None) -> list[str]:
    """A comma-separated list; blanks are dropped."""
    environ = os.environ if environ is None else environ
    raw = environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def envints(
    name: str, default: tuple[int, ...], environ: Mapping[str, str] | None = None
) -> tuple[int, ...]:
    items = envlist(name, [str(i) for i in default], environ)
    try:
        return tuple(int(i) for i in items)
    except ValueError:
        raise ImproperlyConfiguredEnv(f"{name} must be a list of integers, not {items!r}") from None
