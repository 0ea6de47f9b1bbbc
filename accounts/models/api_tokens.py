from __future__ import annotations

import hashlib
import secrets
import uuid

from django.conf import settings
from django.db import models

TOKEN_PREFIX_LENGTH = 8


def hash_token_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def new_token_key() -> str:
    return secrets.token_urlsafe(32)


class HashedToken(models.Model):
    """A key shown once to its owner, of which only the SHA-256 is stored (`hash_token_key`)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=100)
    key_prefix = models.CharField(max_length=TOKEN_PREFIX_LENGTH)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.key_prefix}…)"


class ApiToken(HashedToken):
    """A personal API token for scripts. Only its SHA-256 is stored; the key is shown once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta(HashedToken.Meta):
        db_table = "cases_apitoken"  # moved from cases; the table kept its name
