from __future__ import annotations

import uuid

from django.db import models


class State(models.Model):
    """A state (country) of ISO 3166-1, as owner of cases, partner, or place of an asset.

    The alpha-2 code is the primary key so that every foreign key to a state already holds the
    code the API shows (`"GB"`), with no join; `id` is the public UUID every resource carries.
    """

    code = models.CharField(max_length=2, primary_key=True)
    id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    name = models.CharField(max_length=100)
    alpha3 = models.CharField(max_length=3, unique=True)
    numeric = models.CharField(max_length=3, unique=True)

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"
