from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from cases.models import ApiToken, User
from cases.models.tokens import TOKEN_PREFIX_LENGTH, hash_token_key, new_token_key


@transaction.atomic
def api_token_create(*, user: User, name: str, expires_at: datetime | None) -> tuple[ApiToken, str]:
    """Create a token and return it with its key, which is never stored nor shown again."""
    key = new_token_key()
    token = ApiToken.objects.create(
        user=user,
        name=name,
        key_prefix=key[:TOKEN_PREFIX_LENGTH],
        key_hash=hash_token_key(key),
        expires_at=expires_at,
    )
    return token, key


@transaction.atomic
def api_token_revoke(*, token: ApiToken) -> ApiToken:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token
