"""How API callers prove who they are: a browser session (with CSRF) or a personal token."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, TypeVar

from django.db.models import Q, QuerySet
from django.utils import timezone
from rest_framework import authentication, exceptions
from rest_framework.request import Request

from accounts.models import ApiToken
from accounts.models.api_tokens import HashedToken, hash_token_key

# Recording every use would turn each read into a write; a minute's precision is enough.
LAST_USED_PRECISION = timedelta(minutes=1)
T = TypeVar("T", bound=HashedToken)


class SessionAuthentication(authentication.SessionAuthentication):
    """DRF's session authentication, which enforces CSRF on unsafe methods.

    It answers 401 (not 403) to anonymous callers, by offering a challenge.
    """

    def authenticate_header(self, request: Request) -> str:
        return 'Session realm="api"'


class ApiTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Token"

    def authenticate(self, request: Request) -> tuple[Any, ApiToken] | None:
        header = authentication.get_authorization_header(request).split()
        if not header or header[0].lower() != self.keyword.lower().encode():
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed("Invalid token header.")
        try:
            key = header[1].decode()
        except UnicodeError:
            raise exceptions.AuthenticationFailed("Invalid token.") from None
        return self.authenticate_key(key)

    def authenticate_key(self, key: str) -> tuple[Any, ApiToken]:
        unexpired = ApiToken.objects.filter(
            Q(expires_at__isnull=True) | Q(expires_at__gt=timezone.now())
        )
        token = live_token(unexpired, key, refusal="Invalid token.")
        return token.user, token

    def authenticate_header(self, request: Request) -> str:
        return self.keyword


def live_token(
    tokens: QuerySet[T], key: str, *, refusal: str, precision: timedelta = LAST_USED_PRECISION
) -> T:
    """The token among `tokens` with this key, not revoked, of an active user, its last use
    noted (to within `precision`, so that most reads write nothing); else 401 with `refusal`."""
    now = timezone.now()
    token = (
        tokens.select_related("user", "user__state")
        .filter(key_hash=hash_token_key(key), revoked_at__isnull=True)
        .first()
    )
    if token is None or not token.user.is_active:  # type: ignore[attr-defined]  # each has a user
        raise exceptions.AuthenticationFailed(refusal)
    if token.last_used_at is None or now - token.last_used_at > precision:
        type(token)._default_manager.filter(pk=token.pk).update(last_used_at=now)
    return token
