from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from cases import audit
from cases.models import ApiToken, User
from cases.models.tokens import TOKEN_PREFIX_LENGTH, hash_token_key, new_token_key


def _token_state(token: ApiToken) -> dict[str, Any]:
    """A token as the audit trail records it: never its key, nor the key's hash."""
    return audit.snapshot(token, exclude=("key_hash", "last_used_at"))


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
    audit.record(
        "token.created",
        obj=token,
        actor=user,
        changes={"before": {}, "after": _token_state(token)},
    )
    return token, key


@transaction.atomic
def api_token_revoke(*, token: ApiToken, by: User | None = None) -> ApiToken:
    """Revoke a token at once (its owner, unless `by` says who else). Revoking twice is a no-op."""
    if token.revoked_at is None:
        before = _token_state(token)
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        audit.record(
            "token.revoked",
            obj=token,
            actor=by or token.user_id,
            changes=audit.diff(before, _token_state(token)),
        )
    return token
