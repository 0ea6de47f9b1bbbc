from __future__ import annotations

import uuid

from django.db import models
from django.db.models import F, Q

from cases.models.base import CaseChild
from cases.visibility import CaseChildQuerySet, Reference


class SubjectKind(models.TextChoices):
    PERSON = "person", "Person"
    ORGANIZATION = "organization", "Organization"


class SubjectRole(models.TextChoices):
    OFFICIAL = "official", "Senior public official"
    FAMILY = "family", "Family member"
    ASSOCIATE = "associate", "Close associate"
    NOMINEE = "nominee", "Nominee"
    CORPORATE_VEHICLE = "corporate_vehicle", "Corporate vehicle"
    OTHER = "other", "Other"


class OrganizationType(models.TextChoices):
    COMPANY = "company", "Company"
    TRUST = "trust", "Trust"
    FOUNDATION = "foundation", "Foundation"
    PARTNERSHIP = "partnership", "Partnership"
    OTHER = "other", "Other"


class SubjectQuerySet(CaseChildQuerySet["Subject"]):
    # A relative's official, a nominee's principal: shown only if the caller sees it too.
    visible_references = {"related_to": Reference("cases.Subject", "pk", "related_to_id")}


class OccupancyQuerySet(CaseChildQuerySet["Occupancy"]):
    """An office held by a subject: seen exactly when its subject is."""

    case_path = "subject__case"
    restricted_path = "subject__restricted"


class Subject(CaseChild):
    """A person or organization in a case: the official, relatives, associates, vehicles."""

    kind = models.CharField(max_length=16, choices=SubjectKind.choices)
    role = models.CharField(max_length=20, choices=SubjectRole.choices)
    name = models.CharField(max_length=300)
    aliases = models.JSONField(default=list, blank=True)
    # Persons
    date_of_birth = models.DateField(null=True, blank=True)
    nationalities = models.ManyToManyField("cases.State", blank=True, related_name="+")
    # Organizations
    organization_type = models.CharField(
        max_length=16, choices=OrganizationType.choices, blank=True
    )
    incorporation_state = models.ForeignKey(
        "cases.State", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # Passports, national ids, company numbers, tax numbers: [{"type", "value", "country"}]
    identifiers = models.JSONField(default=list, blank=True)
    # Relatives and associates link to the official; nominees and vehicles to whom they serve.
    related_to = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="relations"
    )
    relationship = models.CharField(max_length=100, blank=True)

    objects = SubjectQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["case", "name"], name="subject_case_name_idx")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(related_to=F("id")), name="subject_not_related_to_itself"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Occupancy(models.Model):
    """A dated holding of a public office: what makes an official a PEP (FtM Occupancy)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    subject = models.ForeignKey(Subject, on_delete=models.CASCADE, related_name="occupancies")
    position = models.CharField(max_length=300)
    institution = models.CharField(max_length=300, blank=True)
    country = models.ForeignKey("cases.State", on_delete=models.PROTECT, related_name="+")
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True)

    objects = OccupancyQuerySet.as_manager()

    class Meta:
        ordering = ["start_date", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=F("start_date")),
                name="occupancy_ends_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.position} ({self.start_date} to {self.end_date or 'now'})"
