"""`/api/v1/deadlines/feed-tokens/`: the calendar feed's own tokens
(accounts/models/feed_tokens.py), and the authentication of the feed by one of them (`?token=`)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.urls import reverse
from drf_spectacular.utils import extend_schema
from rest_framework import authentication, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.api.own_tokens import OwnTokenViewSet
from accounts.authentication import live_token
from accounts.models import FEED_TOKEN_PARAMETER, CalendarFeedToken
from accounts.services.feed_tokens import feed_token_create, feed_token_revoke
from core import api_docs

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


_FEED_TOKENS = (
    "Calendar feed tokens of the signed-in user: each one reads `/api/v1/deadlines.ics` (as "
    "`?token=`) and nothing else. Only the caller's own tokens exist for them (others' are 404)."
)


@api_docs.own_tokens(
    plural="calendar feed tokens",
    one="a calendar feed token",
    about=_FEED_TOKENS,
    listed="Newest first; keys are never shown again.",
    revoked="Revokes it at once (204): calendars subscribed with it stop updating.",
)
class CalendarFeedTokenViewSet(OwnTokenViewSet):
    """Calendar feed tokens of the signed-in user: each reads `/api/v1/deadlines.ics` (as
    `?token=`) and nothing else."""

    token_model = CalendarFeedToken
    queryset = CalendarFeedToken.objects.none()  # narrowed to the caller's own in get_queryset
    serializer_class = CalendarFeedTokenSerializer

    @extend_schema(
        request=CalendarFeedTokenSerializer,
        responses={201: CalendarFeedTokenCreatedSerializer},
        summary="Create a calendar feed token (its key and the feed's URL are shown once)",
        description=api_docs.join(
            "Creates a token and answers its `key` and the feed's `url`, shown this once: give "
            "the URL to the calendar program. Only from a signed-in session (403 with a token).",
            api_docs.ERRORS,
        ),
    )
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        # No idempotent replay either: it would store the key.
        self.refuse_unless_session(request, "Feed tokens are created from a signed-in session.")
        form = CalendarFeedTokenSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        token, key = feed_token_create(user=request.user, name=form.validated_data["name"])
        body = CalendarFeedTokenCreatedSerializer(token).data
        feed = request.build_absolute_uri(reverse("deadline-calendar"))
        body.update(key=key, url=f"{feed}?{FEED_TOKEN_PARAMETER}={key}")
        return Response(body, status=status.HTTP_201_CREATED)

    def perform_destroy(self, instance: CalendarFeedToken) -> None:
        feed_token_revoke(token=instance)
