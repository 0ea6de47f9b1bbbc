"""Cross-cutting HTTP concerns: request ids, and the API's last line of defence."""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable
from urllib.parse import unquote_to_bytes

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest

from core.problems import PROBLEM_CONTENT_TYPE, problem_response
from core.request_context import request_id_var

logger = logging.getLogger(__name__)

_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class RequestIdMiddleware:
    """Give each request an id (or keep a sane one from the proxy) for logs and the audit trail."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if _VALID_REQUEST_ID.match(incoming) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        request.request_id = request_id  # type: ignore[attr-defined]
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
        response["X-Request-ID"] = request_id
        return response


NUL_DETAIL = "The request holds a NUL character, which no path, parameter or header may hold."


class RejectNulMiddleware:
    """A NUL character anywhere in the path, the query string or a header: 400, before anything.

    PostgreSQL stores no NUL in a string, so such a value can name nothing and match nothing; it
    used to reach a lookup (a state code, a session key, an admin object id) and fail there with
    a DataError (500). Refused here, first, once for every route: the answer is the same whatever
    the route and whoever asks, and nothing is read or written. (Bodies are the serializers'
    business: DRF's CharField refuses NUL, and asset details validate their characters.)
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _holds_nul(request):
            return self.get_response(request)
        if request.path.startswith("/api/"):
            response: HttpResponse = problem_response(400, NUL_DETAIL, code="nul_character")
            response["Cache-Control"] = "no-store"
            return response
        return HttpResponseBadRequest(NUL_DETAIL)


def _holds_nul(request: HttpRequest) -> bool:
    if "\x00" in request.path_info or "\x00" in request.path:
        return True
    if b"\x00" in unquote_to_bytes(request.META.get("QUERY_STRING", "")):
        return True
    return any(
        "\x00" in value
        for name, value in request.META.items()
        if name.startswith("HTTP_") and isinstance(value, str)
    )


class ApiProblemMiddleware:
    """Under /api/: no HTML error page, no stack trace, no cached answer.

    DRF's exception handler covers the views; this covers what happens outside them (URL
    resolution, other middleware, a crash in a plain Django view) and marks every API answer
    `Cache-Control: no-store`, since these are confidential case files.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path.startswith("/api/"):
            return response
        if response.status_code >= 400 and not _is_json(response):
            response = problem_response(response.status_code, _detail_for(response.status_code))
        response.setdefault("Cache-Control", "no-store")
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not request.path.startswith("/api/"):
            return None
        if isinstance(exception, (OperationalError, InterfaceError)):
            logger.warning("database unavailable: %s", exception)
            return problem_response(503, "The database is unavailable; try again shortly.")
        logger.exception("unhandled error under /api/", exc_info=exception)
        return problem_response(500, "An unexpected error occurred; it has been logged.")


def _is_json(response: HttpResponse) -> bool:
    content_type = response.get("Content-Type", "")
    return content_type.startswith(("application/json", PROBLEM_CONTENT_TYPE))


def _detail_for(status: int) -> str:
    return {
        404: "Not found.",
        405: "Method not allowed.",
        413: "The request body is too large.",
    }.get(status, "The request could not be processed.")


# Docs pages load only the bundled (sidecar) assets: no inline script (Swagger UI's init script is
# served as a file by SpectacularSwaggerSplitView), inline styles because both UIs set them.
DOCS_CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
# API answers are data, never pages: nothing in them may load or run anything, even a document
# a browser is tricked into rendering.
API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox"
DOCS_PATHS = ("/api/docs/", "/api/redoc/")


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith(DOCS_PATHS):
            response.setdefault("Content-Security-Policy", DOCS_CONTENT_SECURITY_POLICY)
        elif request.path.startswith("/api/"):
            response.setdefault("Content-Security-Policy", API_CONTENT_SECURITY_POLICY)
        return response
