from __future__ import annotations

import uuid

from django.contrib.auth.models import AbstractUser
from django.db import models


class Role(models.TextChoices):
    PROSECUTOR = "prosecutor", "Prosecutor"
    LIAISON = "liaison", "Liaison"
    ADMIN = "admin", "Admin"


class User(AbstractUser):
    """A person using the system: one state, one role (API.md, 'Who may do what')."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=150, blank=True)
    role = models.CharField(max_length=16, choices=Role.choices)
    state = models.ForeignKey("cases.State", on_delete=models.PROTECT, related_name="users")

    REQUIRED_FIELDS = ["email", "role", "state"]

    class Meta:
        ordering = ["username"]
        indexes = [models.Index(fields=["state", "role"], name="user_state_role_idx")]

    def __str__(self) -> str:
        return f"{self.username} ({self.role}, {self.state_id})"

    @property
    def is_prosecutor(self) -> bool:
        return self.role == Role.PROSECUTOR

    @property
    def is_liaison(self) -> bool:
        return self.role == Role.LIAISON

    @property
    def is_state_admin(self) -> bool:
        return self.role == Role.ADMIN
