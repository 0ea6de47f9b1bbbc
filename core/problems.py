"""RFC 9457 problem details for every error under /api/.

One place turns every failure (DRF's exceptions, Django's 404 and 500, anything unexpected) into
`application/problem+json` with `status`, `title`, `detail` and, for invalid input, an `errors`
list of `{"attr", "code", "detail"}`. Nothing else in the code base writes an error body by hand.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import Http404, HttpRequest, JsonResponse
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.serializers import as_serializer_error
from rest_framework.views import set_rollback

logger = logging.getLogger(__name__)

PROBLEM_CONTENT_TYPE = "application/problem+json"


class Conflict(exceptions.APIException):
    """409: the action is not allowed from the object's current state."""

    status_code = 409
    default_detail = "The action is not allowed in the current state."
    default_code = "conflict"

    def __init__(self, detail: str | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.extra = extra


class PreconditionFailed(exceptions.APIException):
    """412: the If-Match header names a version that is no longer current."""

    status_code = 412
    default_detail = "The object was changed by someone else; reload it and try again."
    default_code = "stale_version"


class PayloadTooLarge(exceptions.APIException):
    """413: the request body is larger than the API takes (DATA_UPLOAD_MAX_MEMORY_SIZE)."""

    status_code = 413
    default_detail = "The request body is too large."
    default_code = "too_large"


class ServiceUnavailable(exceptions.APIException):
    status_code = 503
    default_detail = "A service this request needs is unavailable; try again shortly."
    default_code = "service_unavailable"


def problem(status: int, detail: str, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    body.update(extra)
    return body


def problem_response(status: int, detail: str, **extra: Any) -> JsonResponse:
    """A problem answer for plain Django views (outside DRF)."""
    return JsonResponse(
        problem(status, detail, **extra), status=status, content_type=PROBLEM_CONTENT_TYPE
    )


def flatten_errors(detail: Any, path: str = "") -> list[dict[str, str | None]]:
    """Turn DRF's nested error structure into a flat list with dotted attribute paths."""
    if isinstance(detail, dict):
        flat: list[dict[str, str | None]] = []
        for key, value in detail.items():
            name = "" if key in ("non_field_errors", "__all__") else str(key)
            child = f"{path}.{name}" if path and name else (path or name)
            flat.extend(flatten_errors(value, child))
        return flat
    if isinstance(detail, list):
        if all(isinstance(item, (str, exceptions.ErrorDetail)) for item in detail):
            return [_one_error(item, path) for item in detail]
        flat = []
        for index, value in enumerate(detail):
            if value:  # DRF puts {} for list items that are valid
                flat.extend(flatten_errors(value, f"{path}.{index}" if path else str(index)))
        return flat
    return [_one_error(detail, path)]


def _one_error(item: Any, path: str) -> dict[str, str | None]:
    return {"attr": path or None, "code": getattr(item, "code", "invalid"), "detail": str(item)}


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response:
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    elif isinstance(exc, RequestDataTooBig):
        # DRF reads `request.body`, where Django enforces DATA_UPLOAD_MAX_MEMORY_SIZE.
        exc = PayloadTooLarge()
    elif isinstance(exc, (TooManyFieldsSent, TooManyFilesSent)):
        exc = exceptions.ParseError(str(exc))
    elif isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(as_serializer_error(exc))
    elif isinstance(exc, (OperationalError, InterfaceError)):
        logger.warning("database unavailable: %s", exc)
        exc = ServiceUnavailable("The database is unavailable; try again shortly.")

    if not isinstance(exc, exceptions.APIException):
        # Anything unexpected is logged with its traceback and answered without one.
        logger.exception("unhandled error in API view", exc_info=exc)
        set_rollback()
        return Response(
            problem(500, "An unexpected error occurred; it has been logged."),
            status=500,
            content_type=PROBLEM_CONTENT_TYPE,
        )

    headers: dict[str, str] = {}
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header  # type: ignore[attr-defined]
    if getattr(exc, "wait", None):
        headers["Retry-After"] = str(int(exc.wait))  # type: ignore[attr-defined]

    if isinstance(exc, exceptions.ValidationError):
        errors = flatten_errors(exc.detail)
        body = problem(400, "The request is invalid; see errors.", errors=errors)
    else:
        body = problem(exc.status_code, str(exc.detail), code=_code_of(exc))
        body.update(getattr(exc, "extra", {}))
    set_rollback()
    return Response(
        body, status=exc.status_code, headers=headers, content_type=PROBLEM_CONTENT_TYPE
    )


def _code_of(exc: exceptions.APIException) -> str:
    codes = exc.get_codes()
    return codes if isinstance(codes, str) else exc.default_code


# Django's own error views, used for anything DRF does not handle (unknown URLs, crashes outside
# views). Under /api/ they answer problem+json; elsewhere (the admin) Django's pages stand.
def _is_api(request: HttpRequest) -> bool:
    return request.path.startswith("/api/")


def handler404(request: HttpRequest, exception: Exception | None = None) -> Any:
    if _is_api(request):
        return problem_response(404, "Not found.", code="not_found")
    from django.views.defaults import page_not_found

    return page_not_found(request, exception or Http404())


def handler500(request: HttpRequest) -> Any:
    if _is_api(request):
        return problem_response(500, "An unexpected error occurred; it has been logged.")
    from django.views.defaults import server_error

    return server_error(request)


def handler400(request: HttpRequest, exception: Exception | None = None) -> Any:
    if _is_api(request):
        return problem_response(400, "Bad request.", code="bad_request")
    from django.views.defaults import bad_request

    return bad_request(request, exception or Exception())


def handler403(request: HttpRequest, exception: Exception | None = None) -> Any:
    if _is_api(request):
        return problem_response(403, "You may not do this.", code="permission_denied")
    from django.views.defaults import permission_denied

    return permission_denied(request, exception or Exception())


def csrf_failure(request: HttpRequest, reason: str = "") -> Any:
    if _is_api(request):
        return problem_response(403, f"CSRF check failed: {reason}", code="csrf_failed")
    from django.views.csrf import csrf_failure as django_csrf_failure

    return django_csrf_failure(request, reason)


__all__ = [
    "Conflict",
    "DatabaseError",
    "PayloadTooLarge",
    "PreconditionFailed",
    "ServiceUnavailable",
    "exception_handler",
    "problem",
    "problem_response",
]
