"""Mutual legal assistance requests (imported by workflows.models)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q

from cases.models.base import CaseChild
from cases.models.users import User
from cases.visibility import CaseChildQuerySet, visible_ids
from deadlines.overdue import is_overdue, overdue_q


class MlaKind(models.TextChoices):
    EVIDENCE = "evidence", "Evidence"
    TRACING = "tracing", "Tracing information"
    FREEZE = "freeze", "Freezing (UNCAC 55(2))"
    SEIZURE = "seizure", "Seizure (UNCAC 55(2))"
    CONFISCATION = "confiscation", "Confiscation (UNCAC 55(1))"
    ENFORCEMENT = "enforcement", "Enforcement of a foreign confiscation order (UNCAC 55(1))"
    RETURN = "return", "Return of assets (UNCAC 57)"
    SPONTANEOUS_DISCLOSURE = "spontaneous_disclosure", "Spontaneous disclosure (UNCAC 56)"


class MlaStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SENT = "sent", "Sent"
    ACKNOWLEDGED = "acknowledged", "Acknowledged"
    INFO_REQUESTED = "info_requested", "Further information requested"
    IN_EXECUTION = "in_execution", "In execution"
    POSTPONED = "postponed", "Postponed"
    EXECUTED = "executed", "Executed"
    PARTIALLY_EXECUTED = "partially_executed", "Partially executed"
    REFUSED = "refused", "Refused"
    WITHDRAWN = "withdrawn", "Withdrawn"


# While a request is in one of these, an answer is owed and its due date is a deadline.
OPEN_STATUSES = (
    MlaStatus.SENT,
    MlaStatus.ACKNOWLEDGED,
    MlaStatus.INFO_REQUESTED,
    MlaStatus.IN_EXECUTION,
    MlaStatus.POSTPONED,
)


class MlaChannel(models.TextChoices):
    CENTRAL_AUTHORITY = "central_authority", "Central authority"
    DIPLOMATIC = "diplomatic", "Diplomatic channel"
    DIRECT_JUDICIAL = "direct_judicial", "Direct judicial contact"
    ARO_NETWORK = "aro_network", "Asset recovery office network"
    INTERPOL = "interpol", "INTERPOL"
    OTHER = "other", "Other"


def answer_overdue_q() -> Q:
    """`MlaRequest.overdue` in the query."""
    return Q(status__in=OPEN_STATUSES) & overdue_q(
        due_field="due_on", state_field="requested_state_id"
    )


class MlaRequestQuerySet(CaseChildQuerySet["MlaRequest"]):
    def narrow_for_partner(self, user: User) -> MlaRequestQuerySet:
        """A liaison sees the requests addressed to their own state once sent (a draft is the
        requesting team's working paper), never those to other states: a request to another
        state would tell which states are involved, and the requesting state may ask that the
        fact of a request stay confidential."""
        return self.filter(requested_state_id=user.state_id).exclude(status=MlaStatus.DRAFT)

    def overdue(self) -> MlaRequestQuerySet:
        return self.filter(answer_overdue_q())


class MlaTransitionQuerySet(CaseChildQuerySet["MlaTransition"]):
    """A step of a request: seen exactly when the request is."""

    case_path = "request__case"
    restricted_path = "request__restricted"

    def narrow_for_partner(self, user: User) -> MlaTransitionQuerySet:
        return self.filter(request__in=visible_ids(MlaRequest.objects.all(), user))


class MlaRequest(CaseChild):
    case = models.ForeignKey("cases.Case", on_delete=models.PROTECT, related_name="mla_requests")
    kind = models.CharField(max_length=24, choices=MlaKind.choices)
    requesting_state = models.ForeignKey("cases.State", on_delete=models.PROTECT, related_name="+")
    requested_state = models.ForeignKey("cases.State", on_delete=models.PROTECT, related_name="+")
    requesting_reference = models.CharField(max_length=100, blank=True)
    requested_reference = models.CharField(
        max_length=100, blank=True, help_text="The requested state's own reference number."
    )
    channel = models.CharField(
        max_length=20, choices=MlaChannel.choices, default=MlaChannel.CENTRAL_AUTHORITY
    )
    assets = models.ManyToManyField("cases.Asset", blank=True, related_name="mla_requests")
    description = models.TextField(max_length=20000, blank=True)
    # Handling asked by the requesting state (DOMAIN.md, 'Confidentiality travels with each item').
    confidentiality_conditions = models.TextField(max_length=5000, blank=True)
    speciality_conditions = models.TextField(max_length=5000, blank=True)
    status = models.CharField(max_length=20, choices=MlaStatus.choices, default=MlaStatus.DRAFT)
    sent_on = models.DateField(null=True, blank=True)
    due_on = models.DateField(null=True, blank=True)
    acknowledged_on = models.DateField(null=True, blank=True)
    closed_on = models.DateField(null=True, blank=True)
    refusal_reason = models.TextField(max_length=5000, blank=True)
    postponement_reason = models.TextField(max_length=5000, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    objects = MlaRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["case", "status"], name="mla_case_status_idx"),
            models.Index(fields=["requested_state", "status"], name="mla_requested_status_idx"),
            models.Index(
                fields=["due_on"],
                name="mla_open_due_idx",
                condition=Q(status__in=[s.value for s in OPEN_STATUSES]),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(requesting_state=models.F("requested_state")),
                name="mla_between_two_states",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} to {self.requested_state_id} ({self.status})"

    @property
    def overdue(self) -> bool:
        """An answer is owed and its due date has passed in the requested state."""
        return (
            self.status in OPEN_STATUSES
            and self.due_on is not None
            and is_overdue(self.due_on, self.requested_state_id)
        )


class MlaTransition(models.Model):
    """One step in a request's life, by whom and why. Append-only."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    request = models.ForeignKey(MlaRequest, on_delete=models.PROTECT, related_name="transitions")
    sequence = models.PositiveIntegerField()
    action = models.CharField(max_length=24)
    from_status = models.CharField(max_length=20, choices=MlaStatus.choices)
    to_status = models.CharField(max_length=20, choices=MlaStatus.choices)
    note = models.TextField(max_length=10000, blank=True)
    reason = models.TextField(max_length=5000, blank=True)
    performed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    performed_at = models.DateTimeField(auto_now_add=True)

    objects = MlaTransitionQuerySet.as_manager()

    class Meta:
        ordering = ["request", "sequence"]
        constraints = [
            models.UniqueConstraint(fields=["request", "sequence"], name="mla_transition_sequence")
        ]

    def __str__(self) -> str:
        return f"{self.request_id} #{self.sequence} {self.action}"
