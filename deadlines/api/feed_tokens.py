"""`/api/v1/deadlines/feed-tokens/`: the calendar feed's own tokens
(accounts/models/feed_tokens.py), and the authentication of the feed by one of them (`?token=`)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.urls import reverse
from rest_framework import authentication, serializers
from rest_framework.request import Request

from accounts.api.own_tokens import OwnTokenViewSet
from accounts.authentication import live_token
from accounts.models import FEED_TOKEN_PARAMETER, CalendarFeedToken
from accounts.services.feed_tokens import feed_token_create, feed_token_revoke
from cases.models import User

# Recording every fetch would turn each read into a write; an hour's precision is enough to
# tell a subscription in use (calendar programs fetch every few minutes to hours).
LAST_USED_PRECISION = timedelta(hours=1)


class CalendarFeedTokenAuthentication(authentication.BaseAuthentication):
    """`?token=<feed token key>`, for the calendar feed only (the one view that lists it).

    A key that is not a live feed token of an active user is refused (401), whatever else it
    may be: a personal API token in the URL opens nothing.
    """

    def authenticate(self, request: Request) -> tuple[Any, CalendarFeedToken] | None:
        key = request.query_params.get(FEED_TOKEN_PARAMETER)
        if key is None:
            return None
        token = live_token(
            CalendarFeedToken.objects.all(),
            key,
            refusal="Invalid calendar feed token.",
            precision=LAST_USED_PRECISION,
        )
        return token.user, token

    def authenticate_header(self, request: Request) -> str:
        return 'FeedToken realm="calendar"'


class CalendarFeedTokenSerializer(serializers.ModelSerializer[CalendarFeedToken]):
    class Meta:
        model = CalendarFeedToken
        fields = ["id", "name", "key_prefix", "created_at", "last_used_at", "revoked_at"]
        read_only_fields = ["id", "key_prefix", "created_at", "last_used_at", "revoked_at"]


class CalendarFeedTokenCreatedSerializer(CalendarFeedTokenSerializer):
    key = serializers.CharField(read_only=True, help_text="Shown once; store it now.")
    url = serializers.CharField(
        read_only=True, help_text="The feed's URL with this key, for a calendar to subscribe to."
    )

    class Meta(CalendarFeedTokenSerializer.Meta):
        fields = [*CalendarFeedTokenSerializer.Meta.fields, "key", "url"]
        read_only_fields = [*CalendarFeedTokenSerializer.Meta.read_only_fields, "key", "url"]


class CalendarFeedTokenViewSet(OwnTokenViewSet):
    """Calendar feed tokens of the signed-in user: each reads `/api/v1/deadlines.ics` (as
    `?token=`) and nothing else. A create is not idempotent: a replay would store the key."""

    token_model = CalendarFeedToken
    serializer_class = CalendarFeedTokenSerializer
    created_serializer_class = CalendarFeedTokenCreatedSerializer
    refused_without_session = "Feed tokens are created from a signed-in session."
    schema_plural, schema_one = "calendar feed tokens", "a calendar feed token"
    schema_about = (
        "Calendar feed tokens of the signed-in user: each one reads `/api/v1/deadlines.ics` (as "
        "`?token=`) and nothing else. Only the caller's own tokens exist for them (others' are "
        "404)."
    )
    schema_listed = "Newest first; keys are never shown again."
    schema_revoked = "Revokes it at once (204): calendars subscribed with it stop updating."
    schema_create_summary = (
        "Create a calendar feed token (its key and the feed's URL are shown once)"
    )
    schema_create_notes = (
        "Creates a token and answers its `key` and the feed's `url`, shown this once: give the "
        "URL to the calendar program. Only from a signed-in session (403 with a token)."
    )

    def token_create(self, user: User, data: dict[str, Any]) -> tuple[CalendarFeedToken, str]:
        return feed_token_create(user=user, name=data["name"])

    def token_revoke(self, token: CalendarFeedToken) -> None:
        feed_token_revoke(token=token)

    def shown_once(self, request: Request, key: str) -> dict[str, str]:
        feed = request.build_absolute_uri(reverse("deadline-calendar"))
        return {"key": key, "url": f"{feed}?{FEED_TOKEN_PARAMETER}={key}"}
