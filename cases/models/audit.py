from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import CharField, F, Q
from django.db.models.functions import Cast

from cases.models.users import User
from cases.visibility import CaseChildQuerySet, case_child_models, visible_ids

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

    def __str__(self) -> str:
        return f"{self.key} #{self.last_sequence}"


class AuditEventQuerySet(CaseChildQuerySet["AuditEvent"]):
    def narrow_for_partner(self, user: User) -> AuditEventQuerySet:
        """A liaison sees an event only about an object they may see now (the case itself, or
        a case child through its own `visible_to`: an object restricted or hidden since the event
        was recorded hides the event too), never an owner-only kind of event, and no event by a
        user of another partner state (they must not learn which states see the case)."""
        about_visible = Q(object_type="case")
        for model in case_child_models():
            if model is AuditEvent:
                continue
            ids = visible_ids(model._default_manager.all(), user)
            about_visible |= Q(
                object_type=model._meta.model_name,
                object_id__in=ids.annotate(text_id=Cast("pk", CharField())).values("text_id"),
            )
        events = self.filter(about_visible)
        for prefix in OWNER_ONLY_ACTIONS:
            events = events.exclude(action__startswith=prefix)
        return events.filter(
            Q(actor__isnull=True)
            | Q(actor__state_id=user.state_id)
            | Q(actor__state_id=F("case__owner_state_id"))
        )


class AuditEvent(models.Model):
    """One recorded act: who did what to which object, when, from where, with before/after.

    Append-only (a PostgreSQL trigger refuses UPDATE and DELETE) and hash-chained per case:
    `hash` is SHA-256 over the canonical serialization of the event including `previous_hash`.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    chain = models.CharField(max_length=40)
    sequence = models.PositiveBigIntegerField()
    previous_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)
    occurred_at = models.DateTimeField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
    )
    actor_label = models.CharField(max_length=200, blank=True)  # e.g. "task:sweep_reminders"
    action = models.CharField(max_length=60)
    object_type = models.CharField(max_length=60, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        db_constraint=False,
    )
    # Whether the object the event is about is marked for the owning state only.
    restricted = models.BooleanField(default=False)
    changes = models.JSONField(default=dict, blank=True)  # {"before": {...}, "after": {...}}
    request_id = models.CharField(max_length=64, blank=True)
    client_address = models.GenericIPAddressField(null=True, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
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
