"""`manage.py beat_health`: the healthcheck of a beat container (docker/compose.yaml).

Exits 0 when this beat is the active one and ticks, or a standby waiting for the lock another
beat holds; 1 when Redis or the lock cannot be read, when no beat holds the lock, or when this
beat stalled or lost its lock (core.beat_health). One line says which.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import redis
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core import beat_health


class Command(BaseCommand):
    help = "Exit 0 when this beat is active and ticking, or a standby waiting for the lock."
    # Run every 30 s in the container: the system checks would cost more than the check itself.
    requires_system_checks: list[str] = []

    def handle(self, *args: Any, **options: Any) -> None:
        lock_key = getattr(settings, "CELERY_REDBEAT_LOCK_KEY", "")
        if not lock_key:
            raise CommandError(
                "beat runs without the Redis lock here (no Redis broker): nothing to check."
            )
        redis_options = settings.CELERY_REDBEAT_REDIS_OPTIONS
        client = redis.Redis.from_url(
            settings.CELERY_REDBEAT_REDIS_URL,
            socket_timeout=redis_options["socket_timeout"],
            socket_connect_timeout=redis_options["socket_connect_timeout"],
        )
        try:
            health = beat_health.check(
                client,
                lock_key=lock_key,
                heartbeat=Path(settings.BEAT_HEARTBEAT_FILE),
                max_interval=settings.CELERY_BEAT_MAX_LOOP_INTERVAL,
            )
        finally:
            client.close()
        if not health.healthy:
            raise CommandError(f"beat unhealthy: {health.message}")
        self.stdout.write(f"beat healthy: {health.message}")
