"""Guards on legal acts, registered by the apps above: what must be done before an act.

The asset rules (`workflows.asset_rules`) say what an act itself carries; an app above this one
may also hold an act back (the case's tasks: "notify third parties" before a confiscation). It
registers a guard here from its `AppConfig.ready`, and the transition service asks `check` once,
after the act's own requirements, inside the act's transaction: so workflows never imports the
apps that guard its acts (the layers contract), and an act refused by a guard records nothing.

A guard looks at the asset (locked by the service), the act and who records it, and raises
`ActBlocked` (409) naming what is still open; it returns nothing when the act may go ahead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from core.problems import Conflict

__all__ = ["ActBlocked", "ActGuard", "check", "register", "registered"]


class ActGuard(Protocol):
    def __call__(self, *, asset: Any, action: str, by: Any) -> None: ...


class ActBlocked(Conflict):
    """409: the act waits for something to be done first (named in `detail` and `blocking`)."""

    default_detail = "The act waits for something to be done first."
    default_code = "act_blocked"

    def __init__(self, detail: str, *, blocking: list[dict[str, Any]]) -> None:
        super().__init__(detail, blocking=blocking)
        self.blocking = blocking


_GUARDS: dict[str, Callable[..., None]] = {}


def register(name: str, guard: Callable[..., None]) -> None:
    """Add (or replace, so that a reloaded app registers once) the guard called `name`."""
    _GUARDS[name] = guard


def registered() -> tuple[str, ...]:
    return tuple(_GUARDS)


def check(*, asset: Any, action: str, by: Any) -> None:
    """Ask every registered guard, in registration order; the first that refuses raises."""
    for guard in _GUARDS.values():
        guard(asset=asset, action=action, by=by)
