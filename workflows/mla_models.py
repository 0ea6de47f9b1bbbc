"""Mutual legal assistance requests (imported by workflows.models)."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q

from cases.models.base import OwnedCaseChild
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


# While a request is in one of these, an answer is owed.
OPEN_STATUSES = (
    MlaStatus.SENT,
    MlaStatus.ACKNOWLEDGED,
    MlaStatus.INFO_REQUESTED,
    MlaStatus.IN_EXECUTION,
    MlaStatus.POSTPONED,
)
# ... and the requested state's clock runs in these: it stops while the request waits for the
# requesting state's further information, or is postponed (the days it stood still are added to
# the due date when it runs again). While it runs, the due date is a deadline.
CLOCK_RUNNING = (MlaStatus.SENT, MlaStatus.ACKNOWLEDGED, MlaStatus.IN_EXECUTION)
CLOCK_STOPPED = (MlaStatus.INFO_REQUESTED, MlaStatus.POSTPONED)


class MlaDirection(models.TextChoices):
    OUTGOING = "outgoing", "Outgoing: the owning state asks"
    INCOMING = "incoming", "Incoming: the owning state is asked (recorded from the letter received)"


class RefusalGround(models.TextChoices):
    UNCAC_46_21 = "uncac_46_21", "UNCAC 46(21): a ground for refusing assistance"
    DE_MINIMIS_55_7 = "de_minimis_55_7", "UNCAC 55(7): insufficient evidence or de minimis value"
    DUAL_CRIMINALITY_46_9 = "dual_criminality_46_9", "UNCAC 46(9): no dual criminality"
    OTHER = "other", "Other (said in the reasons)"


# Refusing on these grounds needs a consultation of the requesting state first: UNCAC 46(26)
# (before refusing under 46(21)) and 55(8) (before lifting a provisional measure, which a
# de minimis refusal of a freeze or seizure does). Postponing always needs one (46(26), 46(25)).
CONSULT_BEFORE_REFUSING = (RefusalGround.UNCAC_46_21,)
PROVISIONAL_MEASURE_KINDS = ("freeze", "seizure")


class MlaChannel(models.TextChoices):
    CENTRAL_AUTHORITY = "central_authority", "Central authority"
    DIPLOMATIC = "diplomatic", "Diplomatic channel"
    DIRECT_JUDICIAL = "direct_judicial", "Direct judicial contact"
    ARO_NETWORK = "aro_network", "Asset recovery office network"
    INTERPOL = "interpol", "INTERPOL"
    OTHER = "other", "Other"


def answer_overdue_q() -> Q:
    """`MlaRequest.overdue` in the query."""
    return Q(status__in=CLOCK_RUNNING) & overdue_q(
        due_field="due_on", state_field="requested_state_id"
    )


class MlaRequestQuerySet(CaseChildQuerySet["MlaRequest"]):
    owner_state_path = "owner_state_id"

    def narrow_for_partner(self, user: User) -> MlaRequestQuerySet:
        """A liaison sees the requests between the owning state and their own once sent or
        received (a draft is the team's working paper): those addressed to their state, and the
        incoming ones their state sent. Never those of other states: a request to another state
        would tell which states are involved, and the requesting state may ask that the fact of
        a request stay confidential."""
        own = Q(direction=MlaDirection.OUTGOING, requested_state_id=user.state_id) | Q(
            direction=MlaDirection.INCOMING, requesting_state_id=user.state_id
        )
        return self.filter(own).exclude(status=MlaStatus.DRAFT)

    def overdue(self) -> MlaRequestQuerySet:
        return self.filter(answer_overdue_q())


class MlaTransitionQuerySet(CaseChildQuerySet["MlaTransition"]):
    """A step of a request: seen exactly when the request is."""

    case_path = "request__case"
    restricted_path = "request__restricted"
    owner_state_path = "request__owner_state_id"

    def narrow_for_partner(self, user: User) -> MlaTransitionQuerySet:
        return self.filter(request__in=visible_ids(MlaRequest.objects.all(), user))


class MlaRequest(OwnedCaseChild):
    case = models.ForeignKey("cases.Case", on_delete=models.PROTECT, related_name="mla_requests")
    # owner_state: the case's, copied (workflows.0018 holds it true).
    kind = models.CharField(max_length=24, choices=MlaKind.choices)
    # Fixed when the request is recorded: the owning state as requesting side (outgoing) or as
    # requested side (incoming); `requesting_state` and `requested_state` follow from it.
    direction = models.CharField(
        max_length=8,
        choices=MlaDirection.choices,
        default=MlaDirection.OUTGOING,
        db_default=MlaDirection.OUTGOING,
    )
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
    # `RefusalGround` values (a JSON list: the embedded demo runs on SQLite too).
    refusal_grounds = models.JSONField(default=list, db_default=[], blank=True)
    postponement_reason = models.TextField(max_length=5000, blank=True)
    # The clock: the day the requested state's clock stopped (while it stands still), and the
    # date the requesting state's reply to a request for information is due.
    clock_stopped_on = models.DateField(null=True, blank=True)
    reply_due_on = models.DateField(null=True, blank=True)
    # Whose holidays count for the answer: the requested authority's subdivision (ISO 3166-2,
    # e.g. SCT, ZH, NY, BY); empty for the state's own default (deadlines.calendar).
    requested_subdivision = models.CharField(max_length=8, blank=True, default="", db_default="")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    objects = MlaRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["case", "status"], name="mla_case_status_idx"),
            models.Index(fields=["requested_state", "status"], name="mla_requested_status_idx"),
            # The summary's MLA figures of an owning state, per requested state, from the index
            # alone (reports.summary._mla_report).
            models.Index(
                fields=["owner_state", "requested_state"],
                include=["status", "sent_on", "acknowledged_on", "closed_on", "due_on"],
                name="mla_owner_requested_idx",
            ),
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
        """The requested state's clock runs and the due date has passed there."""
        return self.status in CLOCK_RUNNING and is_overdue(self.due_on, self.requested_state_id)


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
