"""Calendar feed tokens: the key a calendar program puts in the feed's URL (issue 14).

A calendar program subscribes to a URL and sends no headers, so the key travels as
`/api/v1/deadlines.ics?token=<key>`, where it ends up in the program's settings, in proxies'
logs and in browser histories. It is therefore a key of its own, good for that one read-only
feed and nothing else, which its owner creates, lists and revokes from a signed-in session
(`/api/v1/deadlines/feed-tokens/`); a personal API token (which opens the whole API) is no longer
taken in the URL. Like personal tokens, only the key's SHA-256 is stored and the key is shown
once. A fetch shows what `deadlines_visible_to(owner)` shows at that moment, and nothing once the
owner is deactivated (`accounts.services.users.user_deactivate` also revokes the owner's feed
tokens). The key is redacted from every logged URL (asset_recovery/log_redaction.py).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from accounts.models.api_tokens import HashedToken

# The query parameter the feed reads its key from (and that every log redacts).
FEED_TOKEN_PARAMETER = "token"  # noqa: S105 (a parameter name, not a secret)


class CalendarFeedToken(HashedToken):
    """A key that reads its owner's deadline feed, and nothing else."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed_tokens"
    )
    name = models.CharField(max_length=100, help_text="Where it is used (a phone, a calendar).")

    class Meta(HashedToken.Meta):
        db_table = "workflows_calendarfeedtoken"  # moved from workflows; the table kept its name
