"""`/api/v1/subjects/`: persons and organizations of a case, officials with their occupancies."""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import Model, Q, QuerySet
from rest_framework import serializers

from cases.api.base import CASE_CHILD_OWNER_FIELDS, CaseChildViewSet, VisibleCaseField, current_user
from cases.api.fields import StateCodeField, StateCodeIdField, VisibleIdField, VisibleRefField
from cases.models import Case, Occupancy, OrganizationType, Subject, SubjectKind, SubjectRole
from cases.services.case_file import subject_create, subject_update
from core import api_docs
from core.dates import BoundedDateField
from core.nested import WholeItemMixin
from core.serializers import ReadOnlyModelSerializer

MAX_ALIASES = 50
MAX_IDENTIFIERS = 50
MAX_OCCUPANCIES = 100


class OccupancySerializer(WholeItemMixin, serializers.ModelSerializer[Occupancy]):
    country = StateCodeField()

    class Meta:
        model = Occupancy
        fields = ["id", "position", "institution", "country", "start_date", "end_date"]
        read_only_fields = ["id"]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        start, end = attrs.get("start_date"), attrs.get("end_date")
        if start and end and end < start:
            raise serializers.ValidationError(
                {
                    "end_date": serializers.ErrorDetail(
                        "Cannot be before start_date.", "before_start"
                    )
                }
            )
        return attrs


class IdentifierSerializer(WholeItemMixin, serializers.Serializer[Any]):
    type = serializers.ChoiceField(
        choices=[
            "passport",
            "national_id",
            "tax_number",
            "company_number",
            "lei",
            "other",
        ]
    )
    value = serializers.CharField(max_length=100)
    country = StateCodeField(required=False, allow_null=True)

    def to_internal_value(self, data: Any) -> dict[str, Any]:
        value = super().to_internal_value(data)
        if value.get("country") is not None:
            value["country"] = value["country"].code
        return dict(value)


class SubjectPartnerSerializer(ReadOnlyModelSerializer[Subject]):
    """A partner state's view of a subject: no internal notes."""

    case: serializers.PrimaryKeyRelatedField[Case] = serializers.PrimaryKeyRelatedField(
        read_only=True
    )
    incorporation_state = StateCodeIdField(allow_null=True)
    organization_type = serializers.ChoiceField(
        choices=OrganizationType.choices, allow_blank=True, read_only=True
    )
    nationalities = serializers.SerializerMethodField()
    occupancies = OccupancySerializer(many=True, read_only=True)
    identifiers = IdentifierSerializer(many=True, read_only=True)
    aliases = serializers.ListField(child=serializers.CharField(), read_only=True)
    related_to: serializers.Field[Any, Any, Any, Any] = VisibleRefField()

    class Meta:
        model = Subject
        fields = [
            "id",
            "case",
            "kind",
            "role",
            "name",
            "aliases",
            "date_of_birth",
            "nationalities",
            "organization_type",
            "incorporation_state",
            "identifiers",
            "related_to",
            "relationship",
            "occupancies",
        ]

    def get_nationalities(self, subject: Subject) -> list[str]:
        return sorted(state.code for state in subject.nationalities.all())


class SubjectSerializer(SubjectPartnerSerializer):
    class Meta(SubjectPartnerSerializer.Meta):
        fields = [
            *SubjectPartnerSerializer.Meta.fields,
            *CASE_CHILD_OWNER_FIELDS,
        ]


class SubjectUpdateSerializer(serializers.Serializer[Any]):
    kind = serializers.ChoiceField(choices=SubjectKind.choices, required=False)
    role = serializers.ChoiceField(choices=SubjectRole.choices, required=False)
    name = serializers.CharField(max_length=300, required=False)
    aliases = serializers.ListField(
        child=serializers.CharField(max_length=300), max_length=MAX_ALIASES, required=False
    )
    date_of_birth = BoundedDateField(required=False, allow_null=True)
    nationalities = StateCodeField(many=True, required=False)
    organization_type = serializers.ChoiceField(
        choices=OrganizationType.choices, required=False, allow_blank=True
    )
    incorporation_state = StateCodeField(required=False, allow_null=True)
    identifiers = IdentifierSerializer(many=True, required=False, max_length=MAX_IDENTIFIERS)  # type: ignore[call-arg]
    # A relation may only name a subject the caller sees; the service then requires the same case.
    related_to = VisibleIdField(Subject, references=True, required=False, allow_null=True)
    relationship = serializers.CharField(max_length=100, required=False, allow_blank=True)
    occupancies = OccupancySerializer(many=True, required=False, max_length=MAX_OCCUPANCIES)  # type: ignore[call-arg]
    restricted = serializers.BooleanField(required=False)
    internal_notes = serializers.CharField(max_length=20000, required=False, allow_blank=True)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        kind = attrs.get("kind") or getattr(self.instance, "kind", None)
        if kind == SubjectKind.PERSON and attrs.get("organization_type"):
            raise serializers.ValidationError(
                {"organization_type": serializers.ErrorDetail("Only for organizations.", "person")}
            )
        if kind == SubjectKind.ORGANIZATION and (
            attrs.get("date_of_birth") or attrs.get("occupancies")
        ):
            raise serializers.ValidationError(
                serializers.ErrorDetail(
                    "Organizations have no date of birth and hold no office.", "organization"
                )
            )
        return attrs


class SubjectCreateSerializer(SubjectUpdateSerializer):
    case = VisibleCaseField()
    kind = serializers.ChoiceField(choices=SubjectKind.choices)
    role = serializers.ChoiceField(choices=SubjectRole.choices)
    name = serializers.CharField(max_length=300)


class SubjectFilter(django_filters.FilterSet):
    case = django_filters.UUIDFilter(field_name="case_id")
    kind = django_filters.ChoiceFilter(choices=SubjectKind.choices)
    role = django_filters.ChoiceFilter(choices=SubjectRole.choices)
    q = django_filters.CharFilter(method="search", max_length=200, label="Search in names")

    class Meta:
        model = Subject
        fields = ["case", "kind", "role", "q"]

    def search(self, queryset: QuerySet[Subject], name: str, value: str) -> QuerySet[Subject]:
        term = value.strip()
        if not term:
            return queryset
        return queryset.filter(Q(name__icontains=term) | Q(aliases__icontains=term))


class SubjectViewSet(CaseChildViewSet):
    schema_noun, schema_plural = "subject", "subjects"
    schema_list_notes = (
        "Persons and organizations (officials, family, associates, nominees, corporate vehicles) "
        "with the officials' dated occupancies. Filter with `case`, `kind`, `role` and `q` (names "
        "and aliases); order with `?ordering=`."
    )
    schema_create_notes = api_docs.CASE_IN_BODY
    schema_create_examples = api_docs.request_examples(
        {
            "an official with an occupancy": {
                "case": api_docs.EXAMPLE_CASE_ID,
                "kind": "person",
                "role": "official",
                "name": "Adebayo Okonkwo",
                "aliases": ["A. Okonkwo"],
                "date_of_birth": "1961-04-17",
                "nationalities": ["NG"],
                "occupancies": [
                    {
                        "position": "Minister of Works",
                        "institution": "Federal Ministry of Works",
                        "country": "NG",
                        "start_date": "2019-05-29",
                        "end_date": "2023-05-29",
                    }
                ],
            },
            "a company used as a vehicle": {
                "case": api_docs.EXAMPLE_CASE_ID,
                "kind": "organization",
                "role": "corporate_vehicle",
                "name": "Lagoon Holdings Ltd",
                "incorporation_state": "GB",
            },
        }
    )
    owner_serializer_class = SubjectSerializer
    partner_serializer_class = SubjectPartnerSerializer
    create_serializer_class = SubjectCreateSerializer
    update_serializer_class = SubjectUpdateSerializer
    filterset_class = SubjectFilter
    ordering_fields = ["name", "created_at", "updated_at"]
    ordering = ["name", "id"]
    queryset = Subject.objects.none()
    create_service = subject_create

    def get_queryset(self) -> QuerySet[Subject]:
        user = current_user(self.request)
        return Subject.objects.visible_to(user).prefetch_related("nationalities", "occupancies")

    def perform_create_service(self, data: dict[str, Any]) -> Model:
        self.check_can_edit(data["case"])
        return super().perform_create_service(data)

    def perform_update_service(self, obj: Any, data: dict[str, Any]) -> Subject:
        return subject_update(subject=obj, by=current_user(self.request), changes=data)


__all__ = ["SubjectViewSet"]
