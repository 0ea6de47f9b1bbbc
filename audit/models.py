from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models

# Events that only the owning state ever sees, whatever the object: who a case is shared with
# (API.md: partners never learn which other states see a case) and who probed for what.
OWNER_ONLY_ACTIONS = ("share.", "access.")


class AuditChain(models.Model):
    """The head of one hash chain: one per case, and one (`case=None`) for events of no case.

    Writers lock only the head of the chain they extend, so writes to different cases never
    queue behind one lock.
    """

    key = models.CharField(max_length=40, primary_key=True)  # case UUID, or "global"
    last_sequence = models.PositiveBigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, default="0" * 64)

    class Meta:
        db_table = "cases_auditchain"  # moved from cases; the table kept its name

    def __str__(self) -> str:
        return f"{self.key} #{self.last_sequence}"


def _named_by_id(to: str) -> models.ForeignKey[Any, Any]:
    """Who or which case an event names, if any: by id, with no database constraint between the
    append-only trail and the table it names (Django still protects the row from deletion)."""
    return models.ForeignKey(
        to, on_delete=models.PROTECT, null=True, blank=True, related_name="+", db_constraint=False
    )


class AuditEvent(models.Model):
    """One recorded act: who did what to which object, when, from where, with before/after.

    Written here (`audit.trail.record`); read in a case's activity feed only through
    `cases.models.CaseAuditEvent`, whose queryset is the visibility rule's (`visible_to`).

    Append-only (a PostgreSQL trigger refuses UPDATE and DELETE) and hash-chained per case:
    `hash` is SHA-256 over the canonical serialization of the event including `previous_hash`.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    chain = models.CharField(max_length=40)
    sequence = models.PositiveBigIntegerField()
    previous_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)
    occurred_at = models.DateTimeField()
    actor = _named_by_id(settings.AUTH_USER_MODEL)
    actor_label = models.CharField(max_length=200, blank=True)  # e.g. "task:sweep_reminders"
    action = models.CharField(max_length=60)
    object_type = models.CharField(max_length=60, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    case = _named_by_id("cases.Case")
    # Whether the object the event is about is marked for the owning state only.
    restricted = models.BooleanField(default=False)
    changes = models.JSONField(default=dict, blank=True)  # {"before": {...}, "after": {...}}
    request_id = models.CharField(max_length=64, blank=True)
    client_address = models.GenericIPAddressField(null=True, blank=True)

    class Meta:
        db_table = "cases_auditevent"  # moved from cases; the table kept its name
        ordering = ["-occurred_at", "-sequence"]
        indexes = [
            models.Index(fields=["case", "-occurred_at"], name="audit_case_time_idx"),
            models.Index(fields=["object_type", "object_id"], name="audit_object_idx"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["chain", "sequence"], name="audit_chain_sequence"),
        ]

    def __str__(self) -> str:
        return f"{self.occurred_at:%Y-%m-%d %H:%M:%S} {self.action} {self.object_type}"
