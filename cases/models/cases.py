from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import F, Q


class CaseStatus(models.TextChoices):
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"
    ARCHIVED = "archived", "Archived"


class OffenceCategory(models.TextChoices):
    """The offence the assets are the proceeds of; it decides the tier of UNCAC Art. 57(3) at
    repatriation (`ART_57_TIER`). A case has one; an asset may be the proceeds of another."""

    EMBEZZLEMENT = "embezzlement", "Embezzlement of public funds"
    LAUNDERING_OF_EMBEZZLED = (
        "laundering_embezzled",
        "Laundering of embezzled public funds",
    )
    BRIBERY = "bribery", "Bribery"
    LAUNDERING = "laundering", "Laundering of proceeds (of other offences)"
    OTHER = "other", "Other offence"


class Art57Tier(models.TextChoices):
    """The rule of UNCAC Art. 57(3) under which confiscated property is returned."""

    A = "a", "57(3)(a): embezzled public funds, returned to the requesting state"
    B = "b", "57(3)(b): proceeds of other offences, returned on proof of ownership or damage"
    C = "c", "57(3)(c): all other cases, priority to the requesting state, owners or victims"


# UNCAC Art. 57(3), offence by offence: which tier returns the proceeds.
ART_57_TIER: dict[str, Art57Tier] = {
    # (a) "embezzlement of public funds or laundering of embezzled public funds as referred to
    # in articles 17 and 23 of this Convention"
    OffenceCategory.EMBEZZLEMENT: Art57Tier.A,
    OffenceCategory.LAUNDERING_OF_EMBEZZLED: Art57Tier.A,
    # (b) "proceeds of any other offence covered by this Convention" (bribery: Art. 15, 16, 21;
    # laundering of the proceeds of other crime: Art. 23)
    OffenceCategory.BRIBERY: Art57Tier.B,
    OffenceCategory.LAUNDERING: Art57Tier.B,
    # (c) "all other cases"
    OffenceCategory.OTHER: Art57Tier.C,
}


class JurisdictionRole(models.TextChoices):
    ORIGIN = "origin", "Origin of the funds"
    ASSET_LOCATION = "asset_location", "Asset location"
    TRANSIT = "transit", "Transit"


class Case(models.Model):
    """A case file: the assets of senior officials, traced across jurisdictions.

    Cases are never deleted; `archived` takes them out of daily work.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    reference = models.CharField(max_length=20, unique=True, editable=False)
    title = models.CharField(max_length=200)
    summary = models.TextField(max_length=20000, blank=True)
    status = models.CharField(max_length=16, choices=CaseStatus.choices, default=CaseStatus.OPEN)
    owner_state = models.ForeignKey(
        "cases.State", on_delete=models.PROTECT, related_name="owned_cases"
    )
    origin_state = models.ForeignKey(
        "cases.State",
        on_delete=models.PROTECT,
        related_name="origin_cases",
        help_text="The state whose public funds were stolen.",
    )
    offence_category = models.CharField(max_length=24, choices=OffenceCategory.choices)
    lead_prosecutor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="led_cases"
    )
    team = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="team_cases", blank=True)
    opened_on = models.DateField()
    closed_on = models.DateField(null=True, blank=True)
    internal_notes = models.TextField(
        max_length=20000, blank=True, help_text="For the owning state's team only."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        # Granted through guardian to a partner state's liaison group with a share.
        permissions = [("answer_mla_case", "Answer MLA requests addressed to the state")]
        indexes = [
            models.Index(
                fields=["owner_state", "-created_at", "id"], name="case_owner_created_idx"
            ),
            models.Index(fields=["owner_state", "status"], name="case_owner_status_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(closed_on__isnull=True) | Q(closed_on__gte=F("opened_on")),
                name="case_closed_after_opened",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.title}"


class CaseJurisdiction(models.Model):
    """A state involved in a case, and how: where the funds came from, sit, or passed through."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="jurisdictions")
    state = models.ForeignKey("cases.State", on_delete=models.PROTECT, related_name="+")
    role = models.CharField(max_length=16, choices=JurisdictionRole.choices)

    class Meta:
        ordering = ["role", "state"]
        constraints = [
            models.UniqueConstraint(fields=["case", "state", "role"], name="case_jurisdiction_once")
        ]

    def __str__(self) -> str:
        return f"{self.state_id} ({self.role})"


class CaseReferenceCounter(models.Model):
    """The last case number given per owning state and year.

    Incremented under a row lock in the transaction that creates the case, so numbers have no
    gaps and no duplicates: a rolled-back case gives its number back.
    """

    state = models.ForeignKey("cases.State", on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField()
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["state", "year"], name="case_counter_state_year")
        ]

    def __str__(self) -> str:
        return f"{self.state_id}-{self.year}: {self.last_number}"
