"""`/api/v1/cases/`: the case file's root."""

from __future__ import annotations

from typing import Any

import django_filters
from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import OuterRef, QuerySet
from django.db.models.functions import JSONObject
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import exceptions, serializers
from rest_framework.request import Request

from cases.api.assets import RecoverySerializer, recovery_figures
from cases.api.base import CaseFileViewSet, VisibleOrderingFilter, current_user
from cases.api.fields import ObjectIdField, StateCodeField, StateCodeIdField
from cases.api.rows import Row, Rows, grouped, iso_date, iso_datetime, related_in_row
from cases.models import (
    Case,
    CaseJurisdiction,
    CaseStatus,
    JurisdictionRole,
    OffenceCategory,
    Role,
    Subject,
    User,
)
from cases.models.cases import ART_57_TIER
from cases.selectors import case_recovery_totals
from cases.services.case_file import case_create, case_update
from cases.visibility import (
    case_created_at_path,
    cases_visible_to,
    countable_cases_visible_to,
    sees_restricted,
)
from core import api_docs
from core.dates import BoundedDateField
from core.filters import StateCodeFilter
from core.nested import WholeItemMixin
from core.pagination import BoundedCountPagination
from core.serializers import ReadOnlyModelSerializer

SEARCH_MAX_LENGTH = 200
# Query parameters that never narrow the case list (so its count is that of all visible cases).
UNNARROWING_PARAMETERS = frozenset({"page", "page_size", "ordering"})


class UserRefSerializer(ReadOnlyModelSerializer[User]):
    class Meta:
        model = User
        fields = ["id", "username", "name"]


class JurisdictionSerializer(WholeItemMixin, serializers.ModelSerializer[CaseJurisdiction]):
    state = StateCodeField()
    role = serializers.ChoiceField(choices=JurisdictionRole.choices)

    class Meta:
        model = CaseJurisdiction
        fields = ["state", "role"]


class CasePartnerSerializer(ReadOnlyModelSerializer[Case]):
    """What a partner state's liaison sees of a shared case: no team internals, no notes, no
    jurisdictions list, and nothing about other partner states."""

    owner_state = StateCodeIdField()
    origin_state = StateCodeIdField()
    lead_prosecutor = UserRefSerializer(read_only=True)

    class Meta:
        model = Case
        fields = [
            "id",
            "reference",
            "title",
            "summary",
            "status",
            "owner_state",
            "origin_state",
            "offence_category",
            "lead_prosecutor",
            "opened_on",
            "closed_on",
        ]


class CaseSerializer(CasePartnerSerializer):
    """The owning state's view of a case."""

    team = UserRefSerializer(many=True, read_only=True)
    jurisdictions = JurisdictionSerializer(many=True, read_only=True)
    uncac_art57_tier = serializers.SerializerMethodField(
        help_text="Art. 57(3) tier that the offence category gives at repatriation: a, b or c."
    )

    class Meta(CasePartnerSerializer.Meta):
        fields = [
            *CasePartnerSerializer.Meta.fields,
            "team",
            "jurisdictions",
            "uncac_art57_tier",
            "internal_notes",
            "created_at",
            # Owning state only: it moves with changes partners may not see.
            "updated_at",
            "version",
        ]

    def get_uncac_art57_tier(self, case: Case) -> str:
        return ART_57_TIER[OffenceCategory(case.offence_category)]


@extend_schema_field(RecoverySerializer)
class CaseRecoveryField(serializers.Field):
    """A case's recovery figures per currency, over the assets the caller may see (one query)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, case: Case) -> dict[str, list[dict[str, str]]]:
        request = self.context.get("request")
        user = request.user if request else None
        return recovery_figures(case_recovery_totals(case=case, user=user))


class CaseDetailPartnerSerializer(CasePartnerSerializer):
    """One case as a partner state sees it, with figures over its non-restricted assets."""

    recovery = CaseRecoveryField()

    class Meta(CasePartnerSerializer.Meta):
        fields = [*CasePartnerSerializer.Meta.fields, "recovery"]


class CaseDetailSerializer(CaseSerializer):
    """One case as its owning state sees it, with the figures over all its assets."""

    recovery = CaseRecoveryField()

    class Meta(CaseSerializer.Meta):
        fields = [*CaseSerializer.Meta.fields, "recovery"]


class SameStateProsecutorField(ObjectIdField):
    """A prosecutor of the caller's own state; anyone else does not exist for this field."""

    def get_queryset(self) -> QuerySet[User]:
        request = self.context["request"]
        return User.objects.filter(state_id=request.user.state_id, role=Role.PROSECUTOR)


class CaseWriteSerializer(serializers.Serializer[Any]):
    title = serializers.CharField(max_length=200)
    summary = serializers.CharField(max_length=20000, required=False, allow_blank=True)
    origin_state = StateCodeField()
    offence_category = serializers.ChoiceField(choices=OffenceCategory.choices)
    opened_on = BoundedDateField(required=False)
    lead_prosecutor = SameStateProsecutorField(required=False)
    team = SameStateProsecutorField(many=True, required=False)
    jurisdictions = JurisdictionSerializer(many=True, required=False)
    internal_notes = serializers.CharField(max_length=20000, required=False, allow_blank=True)

    def validate_team(self, value: list[User]) -> list[User]:
        if len(value) > 100:
            raise serializers.ValidationError("At most 100 team members.", code="too_many")
        return value

    def validate_jurisdictions(self, value: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if len(value) > 300:
            raise serializers.ValidationError("At most 300 jurisdictions.", code="too_many")
        return value


class CaseUpdateSerializer(CaseWriteSerializer):
    status = serializers.ChoiceField(choices=CaseStatus.choices, required=False)
    closed_on = BoundedDateField(required=False, allow_null=True)


# The list's rows (`cases.api.rows`): the columns of `CasePartnerSerializer` and, for the owning
# state, of `CaseSerializer`; `tests/cases/test_list_rows.py` holds them equal.
CASE_LIST_COLUMNS = (
    "id",
    "reference",
    "title",
    "summary",
    "status",
    "owner_state_id",
    "origin_state_id",
    "offence_category",
    "lead_prosecutor_id",
    "lead_prosecutor__username",
    "lead_prosecutor__name",
    "opened_on",
    "closed_on",
)
CASE_OWNER_COLUMNS = ("internal_notes", "created_at", "updated_at", "version")


def _case_partner_row(row: Row) -> Row:
    return {
        "id": str(row["id"]),
        "reference": row["reference"],
        "title": row["title"],
        "summary": row["summary"],
        "status": row["status"],
        "owner_state": row["owner_state_id"],
        "origin_state": row["origin_state_id"],
        "offence_category": row["offence_category"],
        "lead_prosecutor": {
            "id": str(row["lead_prosecutor_id"]),
            "username": row["lead_prosecutor__username"],
            "name": row["lead_prosecutor__name"],
        },
        "opened_on": iso_date(row["opened_on"]),
        "closed_on": iso_date(row["closed_on"]),
    }


def _case_owner_row(row: Row) -> Row:
    return {
        **_case_partner_row(row),
        "team": [
            {"id": member["id"], "username": member["username"], "name": member["name"]}
            for member in row["team_rows"]
        ],
        "jurisdictions": [
            {"state": jurisdiction["state"], "role": jurisdiction["role"]}
            for jurisdiction in row["jurisdiction_rows"]
        ],
        "uncac_art57_tier": ART_57_TIER[OffenceCategory(row["offence_category"])],
        "internal_notes": row["internal_notes"],
        "created_at": iso_datetime(row["created_at"]),
        "updated_at": iso_datetime(row["updated_at"]),
        "version": row["version"],
    }


def _case_owner_related_columns() -> dict[str, ArraySubquery]:
    """A case's team and jurisdictions as columns of its row (arrays of JSON objects, in the
    order the serializers show them), so that the owner's page is one statement."""
    team = (
        Case.team.through.objects.filter(case_id=OuterRef("pk"))
        .order_by("user__username")
        .values(json=JSONObject(id="user_id", username="user__username", name="user__name"))
    )
    jurisdictions = (
        CaseJurisdiction.objects.filter(case_id=OuterRef("pk"))
        .order_by("role", "state_id")
        .values(json=JSONObject(state="state_id", role="role"))
    )
    return {"team_rows": ArraySubquery(team), "jurisdiction_rows": ArraySubquery(jurisdictions)}


def _case_owner_related_rows(page: Rows) -> None:
    """The team and jurisdictions of a page's cases, read apart (one query each) where a row
    cannot carry them (`related_in_row`), in the same shape."""
    ids = [row["id"] for row in page]
    teams = grouped(
        Case.team.through.objects.filter(case_id__in=ids)
        .order_by("user__username")
        .values("case_id", "user_id", "user__username", "user__name"),
        "case_id",
    )
    jurisdictions = grouped(
        CaseJurisdiction.objects.filter(case_id__in=ids)
        .order_by("role", "state_id")
        .values("case_id", "role", "state_id"),
        "case_id",
    )
    for row in page:
        row["team_rows"] = [
            {"id": str(m["user_id"]), "username": m["user__username"], "name": m["user__name"]}
            for m in teams[row["id"]]
        ]
        row["jurisdiction_rows"] = [
            {"state": j["state_id"], "role": j["role"]} for j in jurisdictions[row["id"]]
        ]


class CaseFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=CaseStatus.choices)
    owner_state = StateCodeFilter(field_name="owner_state_id")
    origin_state = StateCodeFilter(field_name="origin_state_id")
    offence_category = django_filters.ChoiceFilter(choices=OffenceCategory.choices)
    q = django_filters.CharFilter(
        method="search",
        max_length=SEARCH_MAX_LENGTH,
        label="Search in reference, title and the names of the case's subjects",
    )

    class Meta:
        model = Case
        fields = ["status", "owner_state", "origin_state", "offence_category", "q"]

    def search(self, queryset: QuerySet[Case], name: str, value: str) -> QuerySet[Case]:
        term = value.strip()
        if not term:
            return queryset
        # Only subjects the caller may see can make a case match: a liaison's search must not
        # reveal a restricted subject's name by the case it brings up.
        subjects = Subject.objects.visible_to(
            self.request.user if self.request else None, references=False
        )
        # The matching cases as one set read from three trigram indexes (cases.0010, 0021),
        # then narrowed to the caller's: an `OR` of the three with the subjects' `EXISTS` tests
        # every case of the caller's state instead, and grows with the state, not the matches.
        cases = queryset.order_by()
        matching = (
            cases.filter(reference__icontains=term)
            .values("pk")
            .union(cases.filter(title__icontains=term).values("pk"))
            .union(subjects.order_by().filter(name__icontains=term).values("case_id"))
        )
        return queryset.filter(pk__in=matching)


class CaseOrderingFilter(VisibleOrderingFilter):
    """`?ordering=` as usual; ordering by creation time reads the indexed copy a liaison's share
    keeps of it (the same instants, so the same order), never a sort of all shared cases."""

    def get_ordering(self, request: Request, queryset: QuerySet[Any], view: Any) -> Any:
        ordering = super().get_ordering(request, queryset, view)
        created_at = case_created_at_path(request.user)
        if not ordering or created_at == "created_at":
            return ordering
        return [
            term.replace("created_at", created_at, 1) if term.lstrip("-") == "created_at" else term
            for term in ordering
        ]


@extend_schema_view(
    list=extend_schema(summary="Cases the caller may see"),
    retrieve=extend_schema(summary="One case (ETag header for If-Match)"),
    create=extend_schema(responses={201: CaseSerializer}, summary="Open a case"),
    partial_update=extend_schema(
        responses={200: CaseSerializer}, summary="Change a case (If-Match: its ETag)"
    ),
)
class CaseViewSet(CaseFileViewSet):
    schema_noun, schema_plural = "case", "cases"
    schema_list_notes = (
        "Filter with `status`, `owner_state`, `origin_state`, `offence_category` and `q` (search "
        "in the reference, title and summary); order with `?ordering=`. A partner state's liaison "
        "sees each shared case's partner view (no team, no internal notes). "
        "`count` is exact up to 1,000 objects past the page's end and a lower bound beyond, "
        "which `count_is_lower_bound` says."
    )
    schema_create_notes = (
        "The case is owned by the caller's state; the caller becomes its lead prosecutor unless "
        "the body names another prosecutor of that state. The server assigns the `reference`."
    )
    schema_writers = "Only prosecutors open cases (403 for other roles)."
    schema_create_examples = api_docs.request_examples(
        {
            "open a case": {
                "title": "Ministry of Works procurement embezzlement",
                "summary": "Public funds diverted through inflated road contracts, 2019-2023.",
                "origin_state": "NG",
                "offence_category": "embezzlement",
                "opened_on": "2026-11-02",
            }
        }
    )
    owner_serializer_class = CaseSerializer
    partner_serializer_class = CasePartnerSerializer
    create_serializer_class = CaseWriteSerializer
    update_serializer_class = CaseUpdateSerializer
    filterset_class = CaseFilter
    filter_backends = [DjangoFilterBackend, CaseOrderingFilter]
    ordering_fields = ["created_at", "reference", "title", "opened_on", "updated_at", "status"]
    ordering = ["-created_at", "-id"]
    queryset = Case.objects.none()
    # Long lists: counted exactly up to 1,000 objects past the page (API.md, `count`).
    pagination_class = BoundedCountPagination

    def get_queryset(self) -> QuerySet[Case]:
        user = current_user(self.request)
        queryset = cases_visible_to(user).select_related("lead_prosecutor")
        if sees_restricted(user):
            queryset = queryset.prefetch_related("team", "jurisdictions")
        return queryset

    def list_counted(self, queryset: QuerySet[Case]) -> QuerySet[Any]:
        if set(self.request.query_params) - UNNARROWING_PARAMETERS:
            return queryset
        # Nothing narrows the list: count what the caller may see from the visibility index.
        return countable_cases_visible_to(current_user(self.request))

    def list_values(self, queryset: QuerySet[Case]) -> QuerySet[Any]:
        if not sees_restricted(current_user(self.request)):
            return queryset.values(*CASE_LIST_COLUMNS)
        related = _case_owner_related_columns() if related_in_row() else {}
        return queryset.values(*CASE_LIST_COLUMNS, *CASE_OWNER_COLUMNS, **related)

    def list_rows(self, page: Rows) -> Rows:
        if not sees_restricted(current_user(self.request)):
            return [_case_partner_row(row) for row in page]
        if not related_in_row():
            _case_owner_related_rows(page)
        return [_case_owner_row(row) for row in page]

    def output_serializer_class(self) -> type[serializers.Serializer[Any]]:
        # One case shows its recovery figures (one more query); the list does not.
        base = super().output_serializer_class()
        if self.action != "retrieve":
            return base
        return CaseDetailSerializer if base is CaseSerializer else CaseDetailPartnerSerializer

    def case_of(self, obj: Any) -> Case:
        return obj

    def check_create_permission(self) -> None:
        if current_user(self.request).role != Role.PROSECUTOR:
            raise exceptions.PermissionDenied("Only prosecutors open cases.")

    def perform_create_service(self, data: dict[str, Any]) -> Case:
        return case_create(by=current_user(self.request), **data)

    def perform_update_service(self, obj: Any, data: dict[str, Any]) -> Case:
        return case_update(case=obj, by=current_user(self.request), changes=data)
