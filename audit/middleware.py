"""Where a request comes from, for the audit trail of whatever it changes."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from audit.trail import acting_as


class AuditContextMiddleware:
    """Record the client's address with every event the request causes.

    The user is known only once DRF authenticated the call; services name it.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with acting_as(client_address=request.META.get("REMOTE_ADDR") or None):
            return self.get_response(request)
