from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from django.db import transaction
from django.db.models import Model
from django.utils import timezone

from accounts.models import ApiToken
from accounts.models.api_tokens import TOKEN_PREFIX_LENGTH, hash_token_key, new_token_key
from audit import trail
from cases.models import User

T = TypeVar("T", bound=Model)


def _token_state(token: Model) -> dict[str, Any]:
    """A token as the audit trail records it: never its key, nor the key's hash."""
    return trail.snapshot(token, exclude=("key_hash", "last_used_at"))


@transaction.atomic
def hashed_token_create(
    model: type[T], *, user: Any, name: str, action: str, **fields: Any
) -> tuple[T, str]:
    """Create a token of `model` (a personal API token, a calendar feed token) and return it with
    its key, which is never stored nor shown again: only its prefix and SHA-256 are kept."""
    key = new_token_key()
    token = model._default_manager.create(
        user=user,
        name=name,
        key_prefix=key[:TOKEN_PREFIX_LENGTH],
        key_hash=hash_token_key(key),
        **fields,
    )
    trail.record_created(action, token, actor=user, after=_token_state(token))
    return token, key


@transaction.atomic
def hashed_token_revoke(token: T, *, by: Any, action: str) -> T:
    """Revoke a token at once (its owner, unless `by` says who else). Revoking twice is a no-op."""
    if token.revoked_at is None:  # type: ignore[attr-defined]
        before = _token_state(token)
        token.revoked_at = timezone.now()  # type: ignore[attr-defined]
        token.save(update_fields=["revoked_at"])
        trail.record(
            action,
            obj=token,
            actor=by or token.user_id,  # type: ignore[attr-defined]
            changes=trail.diff(before, _token_state(token)),
        )
    return token


def api_token_create(*, user: User, name: str, expires_at: datetime | None) -> tuple[ApiToken, str]:
    return hashed_token_create(
        ApiToken, user=user, name=name, action="token.created", expires_at=expires_at
    )


def api_token_revoke(*, token: ApiToken, by: User | None = None) -> ApiToken:
    return hashed_token_revoke(token, by=by, action="token.revoked")
