"""Rates per user and per address.

Throttles answer 429 with `Retry-After` (core.problems). Their counters live in the
`throttle` cache: Redis in production when `THROTTLE_CACHE_URL` (or `REDIS_URL`) is set, so all
web workers count together; a throttle whose cache does not answer lets the request through
(a Redis outage must not turn every request into a 500), and says so in the log.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.core.cache import caches
from rest_framework import throttling
from rest_framework.request import Request

logger = logging.getLogger(__name__)

THROTTLE_CACHE = "throttle"


def _throttle_cache() -> Any:
    return caches[THROTTLE_CACHE] if THROTTLE_CACHE in settings.CACHES else caches["default"]


class FailOpenMixin:
    """Count in the throttle cache; if it cannot be reached, allow the request."""

    def allow_request(self, request: Request, view: Any) -> bool:
        self.cache = _throttle_cache()
        try:
            return bool(super().allow_request(request, view))  # type: ignore[misc]
        except Exception as exc:  # the cache's own errors (redis, connection) vary by backend
            logger.warning("throttle cache unavailable, request allowed: %s", exc)
            return True


class UserRateThrottle(FailOpenMixin, throttling.UserRateThrottle):
    """Per signed-in user (per address for anonymous callers): `THROTTLE_USER`."""


class AnonRateThrottle(FailOpenMixin, throttling.AnonRateThrottle):
    """Per address, for callers who are not signed in: `THROTTLE_ANON`."""


class AddressRateThrottle(FailOpenMixin, throttling.SimpleRateThrottle):
    """Per client address, whoever is signed in: many accounts (or stolen tokens) used from one
    address share one budget, `THROTTLE_ADDRESS`."""

    scope = "address"

    def get_cache_key(self, request: Request, view: Any) -> str | None:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
