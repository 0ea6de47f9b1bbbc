"""Whether a beat process is healthy, for its container's healthcheck (`manage.py beat_health`).

Exactly one beat schedules (celery-redbeat's lock in Redis, docs/operations.md); the others wait
for the lock as standbys. The beat that holds the lock writes a heartbeat file at every tick
(`asset_recovery.beat.Scheduler`): the lock's token and the time. The file is the process's
own, so the check tells the beat of its own container from the others:

- active: the heartbeat's token is the lock's, and the last tick is recent;
- standby: no heartbeat (this beat never held the lock) while another beat holds it;
- unhealthy: Redis does not answer; nobody holds the lock (nothing is scheduled); the active
  beat stopped ticking; or this beat held the lock and lost it (it stalled for longer than the
  lock lasts, and redbeat stops it at its next tick).
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import redis

__all__ = ["Health", "check", "forget", "record_tick", "stale_after"]


@dataclass(frozen=True)
class Health:
    healthy: bool
    message: str


@dataclass(frozen=True)
class Heartbeat:
    token: str
    ticked_at: float


def stale_after(max_interval: float) -> float:
    """How long after its last tick the active beat counts as stalled: two ticks missed. The
    lock lasts at least that long (settings), so a stalled beat is reported before it loses it."""
    return 2 * max_interval


def record_tick(path: Path, *, token: str, now: float | None = None) -> None:
    """Written by the beat holding the lock after each tick; replaced whole, never half-written."""
    beat = {"token": token, "ticked_at": time.time() if now is None else now}
    fd, partial = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w") as out:
            json.dump(beat, out)
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def forget(path: Path) -> None:
    """At a beat's start: a heartbeat left by an earlier process in this container is not ours."""
    path.unlink(missing_ok=True)


def _read(path: Path) -> Heartbeat | None:
    try:
        data = json.loads(path.read_text())
        return Heartbeat(token=str(data["token"]), ticked_at=float(data["ticked_at"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        # Unreadable: treated as a beat that ticked long ago, so it is never taken for healthy.
        return Heartbeat(token="", ticked_at=0.0)


def check(
    client: redis.Redis,
    *,
    lock_key: str,
    heartbeat: Path,
    max_interval: float,
    now: float | None = None,
) -> Health:
    """The health of the beat whose heartbeat file is `heartbeat`."""
    now = time.time() if now is None else now
    try:
        raw = client.get(lock_key)
        expires_in = client.ttl(lock_key)
    except redis.RedisError as exc:
        return Health(False, f"cannot read the beat lock `{lock_key}` in Redis: {exc}")
    holder = raw.decode() if isinstance(raw, bytes) else raw
    beat = _read(heartbeat)
    if beat is not None:
        if beat.token != holder:
            return Health(
                False,
                "this beat held the lock and lost it (it stalled for longer than the lock "
                "lasts); it stops at its next tick",
            )
        age = now - beat.ticked_at
        if age > stale_after(max_interval):
            return Health(
                False,
                f"active, but its last tick was {age:.0f} s ago (it ticks every "
                f"{max_interval:g} s at most)",
            )
        return Health(True, f"active: holds the lock, last tick {age:.0f} s ago")
    if holder is None:
        return Health(False, f"no beat holds the lock `{lock_key}`: nothing is being scheduled")
    return Health(True, f"standby: waits for the lock, held by another beat ({expires_in} s left)")
