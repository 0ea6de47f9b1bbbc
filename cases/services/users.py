"""Users' lifecycle: deactivation ends every session and token of the user at once."""

from __future__ import annotations

from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from cases import audit
from cases.models import ApiToken, User
from cases.services.tokens import api_token_revoke


def user_sessions_end(*, user: User) -> int:
    """Delete the user's stored sessions; answers how many.

    Sessions are signed blobs keyed by a random id, so finding a user's means decoding the live
    ones. Deactivation is rare and live sessions are few (they end after SESSION_ABSOLUTE_SECONDS),
    so this stays cheap; and it is only belt and braces: an inactive user's session stops working
    on the very next request anyway (ModelBackend.get_user refuses inactive users). Deleting the
    rows makes that hold after a reactivation too.
    """
    wanted = str(user.pk)
    doomed = [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if session.get_decoded().get(SESSION_KEY) == wanted
    ]
    Session.objects.filter(pk__in=doomed).delete()
    return len(doomed)


@transaction.atomic
def user_deactivate(*, user: User, by: User | None = None) -> User:
    """Deactivate a user: sign-in refused, every session, personal token and calendar feed
    token ended for good."""
    from workflows.feed_tokens import feed_tokens_revoke_all

    revoked = 0
    for token in ApiToken.objects.filter(user=user, revoked_at__isnull=True):
        api_token_revoke(token=token, by=by or user)
        revoked += 1
    feeds_revoked = feed_tokens_revoke_all(user=user, by=by or user)
    ended = user_sessions_end(user=user)
    if user.is_active:
        user.is_active = False
        user.save(update_fields=["is_active"])
        audit.record(
            "user.deactivated",
            obj=user,
            actor=by,
            changes={
                "before": {"is_active": True},
                "after": {"is_active": False},
                "tokens_revoked": revoked,
                "feed_tokens_revoked": feeds_revoked,
                "sessions_ended": ended,
            },
        )
    return user
