"""One log line per request, and every error logged once.

`AccessLogMiddleware` writes the request's line (logger `asset_recovery.access`): method, path,
query (its secrets redacted), status, duration, the user's id and state when signed in, the
caller's address; the request id comes from the handler's filter, as on every record. It is the
only request line: gunicorn's access log is off in the image (docker/Dockerfile), and
`OnlyTracebacksFilter` on `django.request` drops Django's own "Not Found: ..." and "Bad Request:
..." records, which repeated every 4xx, and its "Internal Server Error" record when the
exception was already logged with its traceback (core.middleware.ApiProblemMiddleware) - what
remains of `django.request` is the traceback of an exception nothing else logged.

The user is read only when the request already loaded it (a session or token check did): the log
line never costs a query of its own.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.functional import SimpleLazyObject, empty

from asset_recovery.log_redaction import redact_query_string, redact_secrets

logger = logging.getLogger("asset_recovery.access")


def _signed_in_user(request: HttpRequest) -> Any:
    user = request.__dict__.get("user")
    if isinstance(user, SimpleLazyObject):
        wrapped = user._wrapped  # type: ignore[attr-defined]
        user = None if wrapped is empty else wrapped
    return user if getattr(user, "is_authenticated", False) else None


class AccessLogMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        user = _signed_in_user(request)
        path = redact_secrets(request.path)
        logger.info(
            "%s %s %s %.1fms",
            request.method,
            path,
            response.status_code,
            duration_ms,
            extra={
                "method": request.method,
                "path": path,
                "query": redact_query_string(request.META.get("QUERY_STRING", "")),
                "status": response.status_code,
                "duration_ms": duration_ms,
                "user_id": str(user.pk) if user is not None else None,
                "state": getattr(user, "state_id", None) if user is not None else None,
                "remote": request.META.get("REMOTE_ADDR"),
            },
        )
        return response


class OnlyTracebacksFilter(logging.Filter):
    """On `django.request`: only records that carry an exception's traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        return bool(record.exc_info)
