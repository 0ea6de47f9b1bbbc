"""Session lifetimes: an idle timeout and an absolute one, whatever the cookie says.

Django's own expiry (`SESSION_COOKIE_AGE`) slides whenever the session is saved, and this
middleware saves it to note activity, so the absolute limit is kept here: the time of sign-in is
stored in the session at sign-in (`session_started`), and a session older than
`SESSION_ABSOLUTE_SECONDS`, or unused for `SESSION_IDLE_SECONDS`, is flushed before the request
is served (which then runs signed out). Activity is noted at most once a minute
(`SESSION_ACTIVITY_PRECISION_SECONDS`), so that reads do not each write the session row;
`SESSION_SAVE_EVERY_REQUEST` stays off for the same reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.signals import user_logged_in
from django.contrib.sessions.backends.base import SessionBase
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse

from accounts.services.mfa import has_second_factor, session_mark
from audit import trail

SIGNED_IN_AT = "signed_in_at"
SEEN_AT = "seen_at"


def session_expiry_reason(session: Mapping[str, Any] | SessionBase, now: float) -> str | None:
    """Why a session must end now ("absolute" or "idle"), or None."""
    signed_in_at = session.get(SIGNED_IN_AT)
    seen_at = session.get(SEEN_AT)
    # A signed-in session without a sign-in time predates these clocks: its age is unknown.
    if signed_in_at is None or now - float(signed_in_at) > settings.SESSION_ABSOLUTE_SECONDS:
        return "absolute"
    if seen_at is not None and now - float(seen_at) > settings.SESSION_IDLE_SECONDS:
        return "idle"
    return None


@receiver(user_logged_in, dispatch_uid="accounts.sessions.session_started")
def session_started(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    """Whatever the way in (the API login, the admin's, a test's force_login), a new signed-in
    session starts its clocks and says whether it owes a second factor, once, at sign-in: so the
    requests that follow write nothing and look nothing up."""
    if request is None or not hasattr(request, "session"):
        return
    now = time.time()
    request.session[SIGNED_IN_AT] = now
    request.session[SEEN_AT] = now
    # Fails closed: a user with a device owes it until the API login (which checks the code)
    # marks the session verified; a user without one does not, unless the role requires it.
    if not has_second_factor(user):
        session_mark(request.session, verified=False)


class SessionTimeoutMiddleware:
    """Ends signed-in sessions that are idle too long or too old (after SessionMiddleware)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        session = request.session
        user_id = session.get(SESSION_KEY)
        if user_id is not None:
            now = time.time()
            reason = session_expiry_reason(session, now)
            if reason is not None:
                session.flush()
                trail.record(
                    "auth.session_expired",
                    object_type="user",
                    object_id=str(user_id),
                    actor=user_id,
                    changes={"reason": reason},
                )
            else:
                seen_at = session.get(SEEN_AT)
                if seen_at is None or now - float(seen_at) >= (
                    settings.SESSION_ACTIVITY_PRECISION_SECONDS
                ):
                    session[SEEN_AT] = now
        return self.get_response(request)
