"""Failed sign-ins, counted per account and per client address, with a cool-off that grows.

After `LOGIN_LOCKOUT_ACCOUNT_FAILURES` failures for one username (or
`LOGIN_LOCKOUT_ADDRESS_FAILURES` from one address) the next attempts are refused with 429 for
`LOGIN_LOCKOUT_BASE_SECONDS`; every further round of failures doubles the wait, up to
`LOGIN_LOCKOUT_MAX_SECONDS`, so that an attacker who guesses a prosecutor's username can keep
them out for minutes at a time, never for long. A successful sign-in clears the account's count
(not the address's: one valid account must not buy an address more guesses). Counts are
forgotten `LOGIN_LOCKOUT_FORGET_SECONDS` after the last failure.

Attempts refused during a lockout are not counted (hammering does not extend it), and the answer
is the same whether the username exists or not, so a lockout tells nothing about the account.

The counts live in the cache `LOGIN_LOCKOUT_CACHE` (atomic `incr`), which is Redis (the
`lockout` cache of settings) whenever REDIS_URL is set, so that every web process, on any host,
sees the failures counted and the lockouts started by the others. If that cache does not answer,
sign-in goes on without the lockout (logged as an error), like the throttles: an outage of Redis
must not lock every prosecutor out; the per-address login throttle still applies.
"""

from __future__ import annotations

import hashlib
import logging
import math
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import BaseCache, caches
from django.http import HttpRequest

_PREFIX = "login-lockout"

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Lockout:
    seconds: int  # how long the caller must wait (Retry-After)


def client_address(request: HttpRequest) -> str:
    """The caller's address: REMOTE_ADDR, or, behind `NUM_PROXIES` trusted proxies, the address
    the outermost of them saw (the rest of X-Forwarded-For is the client's to forge)."""
    proxies = settings.NUM_PROXIES
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-min(proxies, len(hops))]
    return str(request.META.get("REMOTE_ADDR") or "")


def _subjects(username: str, address: str) -> list[tuple[str, int]]:
    """The counters an attempt touches, each with the number of failures that locks it."""
    # Hashed: a typed name may hold anything a cache key must not, and keys are not for reading.
    account = hashlib.sha256(username.strip().lower()[:150].encode()).hexdigest()
    subjects = [(f"{_PREFIX}:account:{account}", settings.LOGIN_LOCKOUT_ACCOUNT_FAILURES)]
    if address:
        subjects.append((f"{_PREFIX}:address:{address}", settings.LOGIN_LOCKOUT_ADDRESS_FAILURES))
    return subjects


def _cache() -> BaseCache:
    return caches[settings.LOGIN_LOCKOUT_CACHE]


def lockout_seconds(round_number: int) -> int:
    """The cool-off after the n-th round of failures: base, doubling, capped."""
    base = settings.LOGIN_LOCKOUT_BASE_SECONDS
    return int(min(base * 2 ** min(round_number - 1, 30), settings.LOGIN_LOCKOUT_MAX_SECONDS))


def login_lockout_check(*, username: str, address: str) -> Lockout | None:
    """Whether attempts for this username or from this address must wait, and how long."""
    now = time.time()
    keys = [f"{key}:until" for key, _ in _subjects(username, address)]
    try:
        untils = _cache().get_many(keys).values()
    except Exception as exc:  # the cache's own errors (redis, connection) vary by backend
        logger.error("login lockout cache unavailable, attempt not checked: %s", exc)
        return None
    waits = [until - now for until in untils]
    longest = max((w for w in waits if w > 0), default=0.0)
    return Lockout(seconds=max(1, math.ceil(longest))) if longest > 0 else None


def login_failure_record(*, username: str, address: str) -> Lockout | None:
    """Count one failed attempt; answers the lockout it starts, if it starts one."""
    try:
        return _count_failure(username, address)
    except Exception as exc:  # the cache's own errors (redis, connection) vary by backend
        logger.error("login lockout cache unavailable, failure not counted: %s", exc)
        return None


def _count_failure(username: str, address: str) -> Lockout | None:
    forget = settings.LOGIN_LOCKOUT_FORGET_SECONDS
    started: Lockout | None = None
    cache = _cache()
    for key, limit in _subjects(username, address):
        cache.add(key, 0, timeout=forget)
        try:
            failures = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=forget)
            failures = 1
        cache.touch(key, timeout=forget)
        if limit > 0 and failures % limit == 0:
            seconds = lockout_seconds(failures // limit)
            cache.set(f"{key}:until", time.time() + seconds, timeout=seconds)
            started = Lockout(seconds=max(seconds, started.seconds if started else 0))
    return started


def login_success_record(*, username: str) -> None:
    """A sign-in that passed every factor clears the account's failures (not the address's)."""
    key, _ = _subjects(username, "")[0]
    try:
        _cache().delete_many([key, f"{key}:until"])
    except Exception as exc:  # the cache's own errors (redis, connection) vary by backend
        logger.error("login lockout cache unavailable, failures not cleared: %s", exc)
