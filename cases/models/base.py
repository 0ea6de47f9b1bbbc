"""What every object of a case file has, declared once."""

from __future__ import annotations

import uuid

from django.db import models


class CaseChild(models.Model):
    """An object that belongs to a case: subject, asset, document, MLA request, deadline.

    Its rows are read through its queryset's `visible_to` (a `CaseChildQuerySet`); `restricted`
    keeps it to the owning state; `version` is what `If-Match` compares (cases.services.versioning).
    A child without one of these fields removes it (`internal_notes = None`).
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    case = models.ForeignKey("cases.Case", on_delete=models.PROTECT, related_name="%(class)ss")
    restricted = models.BooleanField(default=False, help_text="Owning state only.")
    internal_notes = models.TextField(max_length=20000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        abstract = True
