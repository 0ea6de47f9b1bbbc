"""Creating and revoking calendar feed tokens (the model: accounts.models.feed_tokens)."""

from __future__ import annotations

from typing import Any

from accounts.models import CalendarFeedToken
from accounts.services.tokens import hashed_token_create, hashed_token_revoke


def feed_token_create(*, user: Any, name: str) -> tuple[CalendarFeedToken, str]:
    """Create a feed token and return it with its key, which is never stored nor shown again."""
    return hashed_token_create(CalendarFeedToken, user=user, name=name, action="feed_token.created")


def feed_token_revoke(*, token: CalendarFeedToken, by: Any = None) -> CalendarFeedToken:
    """Revoke a feed token at once (its owner, unless `by` says who else); twice is a no-op."""
    return hashed_token_revoke(token, by=by, action="feed_token.revoked")


def feed_tokens_revoke_all(*, user: Any, by: Any = None) -> int:
    """Revoke every live feed token of `user` (when the user is deactivated)."""
    tokens = list(CalendarFeedToken.objects.filter(user=user, revoked_at__isnull=True))
    for token in tokens:
        feed_token_revoke(token=token, by=by or user)
    return len(tokens)
