"""What every object of a case file has, declared once."""

from __future__ import annotations

import uuid
from typing import Any

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


class OwnedCaseChild(CaseChild):
    """A child that keeps a copy of its case's owning state (which never changes), so that the
    owning state's list, count and summary figures read one index instead of probing every case
    of the state (assets since issue 9, MLA requests since issue 22). On PostgreSQL a foreign key
    on (case, owner_state) to the case holds the copy true."""

    owner_state = models.ForeignKey(
        "cases.State", on_delete=models.PROTECT, related_name="+", editable=False
    )

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.owner_state_id is None:
            self.owner_state_id = self.case.owner_state_id
        super().save(*args, **kwargs)
