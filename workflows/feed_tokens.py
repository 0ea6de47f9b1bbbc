"""Calendar feed tokens: the key a calendar program puts in the feed's URL (issue 14).

A calendar program subscribes to a URL and sends no headers, so the key travels as
`/api/v1/deadlines.ics?token=<key>`, where it ends up in the program's settings, in proxies'
logs and in browser histories. It is therefore a key of its own, good for that one read-only
feed and nothing else, which its owner creates, lists and revokes from a signed-in session
(`/api/v1/deadlines/feed-tokens/`); a personal API token (which opens the whole API) is no longer
taken in the URL. Like personal tokens, only the key's SHA-256 is stored and the key is shown
once. A fetch shows what `deadlines_visible_to(owner)` shows at that moment, and nothing once the
owner is deactivated (`cases.services.users.user_deactivate` also revokes the owner's feed
tokens). The key is redacted from every logged URL (asset_recovery/log_redaction.py).
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models

from cases.models.tokens import TOKEN_PREFIX_LENGTH
from cases.services.tokens import hashed_token_create, hashed_token_revoke

# The query parameter the feed reads its key from (and that every log redacts).
FEED_TOKEN_PARAMETER = "token"  # noqa: S105 (a parameter name, not a secret)


class CalendarFeedToken(models.Model):
    """A key that reads its owner's deadline feed, and nothing else."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed_tokens"
    )
    name = models.CharField(max_length=100, help_text="Where it is used (a phone, a calendar).")
    key_prefix = models.CharField(max_length=TOKEN_PREFIX_LENGTH)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.key_prefix}…)"


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
