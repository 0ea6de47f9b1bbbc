"""Holding a session that lacks its second factor to finishing sign-in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib.auth import SESSION_KEY
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden

from accounts.services.mfa import session_mfa_pending
from core.problems import problem_response

# What a half signed-in session (it owes a second factor) may still reach: finish signing in,
# or give up. Everything else answers 403 `mfa_required` (accounts/services/mfa.py).
MFA_PENDING_ALLOWED_VIEWS = frozenset(
    {
        "auth-csrf",
        # The web application's page and assets carry no data; it must load to enrol.
        "spa-index",
        "spa-asset",
        "auth-login",
        "auth-logout",
        "auth-me",
        "mfa-status",
        "mfa-totp",
        "mfa-totp-confirm",
        "health",
        "schema",
        "swagger-ui",
        "redoc",
        "admin:login",
        "admin:logout",
    }
)
MFA_REQUIRED_DETAIL = "Finish signing in with your second factor first."


class MfaRequiredMiddleware:
    """The one place that holds a session without its second factor to finishing sign-in.

    After AuthenticationMiddleware. It looks at the session's user only: personal tokens are
    created from full sessions and need no code when used (accounts/services/mfa.py).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self, request: HttpRequest, view_func: Any, view_args: Any, view_kwargs: Any
    ) -> HttpResponse | None:
        if SESSION_KEY not in request.session:
            return None
        user = request.user
        if not user.is_authenticated or not session_mfa_pending(request.session, user):
            return None
        match = request.resolver_match
        if match is not None and match.view_name in MFA_PENDING_ALLOWED_VIEWS:
            return None
        if request.path.startswith("/api/"):
            return problem_response(403, MFA_REQUIRED_DETAIL, code="mfa_required")
        return HttpResponseForbidden(MFA_REQUIRED_DETAIL)
