"""The beat scheduler: celery-redbeat's (the schedule and the one-beat lock in Redis), which also
tells its container's healthcheck that it holds the lock and ticks (core.beat_health)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from redbeat import RedBeatScheduler

from core import beat_health


class Scheduler(RedBeatScheduler):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Created before the lock is waited for: what a previous beat of this container wrote
        # (a restart keeps the container's files) must not pass for this one's.
        self.heartbeat = Path(settings.BEAT_HEARTBEAT_FILE)
        beat_health.forget(self.heartbeat)

    def tick(self, *args: Any, **kwargs: Any) -> float:
        interval: float = super().tick(*args, **kwargs)  # extends the lock first
        if self.lock is not None:
            token = self.lock.local.token
            beat_health.record_tick(
                self.heartbeat, token=token.decode() if isinstance(token, bytes) else str(token)
            )
        return interval
