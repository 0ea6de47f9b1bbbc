"""`/api/v1/cases/{id}/activity/`: a case's audit trail, newest first.

The owning state sees every event of the case's chain: who did what, from where, with the full
before/after, and the hash chain's links. A partner state's liaison sees a narrower trail, cut by
the same rules as the rest of the API (visibility.py, and the partner output serializers):

- `CaseAuditEvent.objects.visible_to`: nothing marked restricted when it was recorded, nothing about
  an object the liaison may not see now (restricted or hidden since), no share events or denied
  accesses, and no event by an actor of another partner state;
- here, the shape of the partner trail: only events about objects whose kind has a partner view
  (`PARTNER_VIEWS`), of `changes` only the fields the partner serializer of the object shows (no
  internal notes, no team, no jurisdictions), only events where such a field changed, and no
  actor's identity, only their state.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import django_filters
from django.core.exceptions import FieldDoesNotExist
from django.db.models import F, Model, Q, QuerySet
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import generics, serializers

from audit.models import AuditEvent
from cases.api.assets import AssetPartnerSerializer
from cases.api.base import OwnerOrPartnerView, current_user, visible_or_404
from cases.api.cases import CasePartnerSerializer, UserRefSerializer
from cases.api.fields import VisibleRefField
from cases.api.subjects import SubjectPartnerSerializer
from cases.models import Asset, Case, CaseAuditEvent, Subject, User
from cases.visibility import cases_visible_to, sees_restricted
from core import api_docs
from core.serializers import ReadOnlyModelSerializer


def _partner_columns(
    serializer_class: type[serializers.ModelSerializer[Any]], extra: tuple[str, ...] = ()
) -> frozenset[str]:
    """The keys of an audit snapshot that the partner serializer shows (`owner_state` is
    stored as `owner_state_id`); keys of no model field (`nationalities`) keep their name."""
    model: type[Model] = serializer_class.Meta.model
    columns = set(extra)
    for name in serializer_class.Meta.fields:
        if isinstance(serializer_class._declared_fields.get(name), VisibleRefField):
            # A reference the partner view blanks when it points at a hidden object; an
            # event's snapshot cannot tell, so it is left out of the trail altogether.
            continue
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            columns.add(name)
            continue
        columns.add(getattr(field, "attname", None) or name)
    return frozenset(columns)


# The kinds of object a liaison may see events about, and the fields of their snapshots shown:
# what the object's partner serializer shows. Another kind (documents, MLA requests) appears in
# a partner's trail only once it is added here with its partner serializer.
PARTNER_VIEWS: dict[type[Model], frozenset[str]] = {
    Case: _partner_columns(CasePartnerSerializer),
    Subject: _partner_columns(SubjectPartnerSerializer),
    Asset: _partner_columns(
        AssetPartnerSerializer,
        # `estimated_value` is stored as its two columns; `recovery` as the transition's totals.
        extra=("estimated_value_amount", "estimated_value_currency", "recovery_totals"),
    ),
}
PARTNER_COLUMNS: dict[str, frozenset[str]] = {
    model._meta.model_name or "": columns for model, columns in PARTNER_VIEWS.items()
}


def partner_changes(object_type: str, changes: Any) -> dict[str, dict[str, Any]]:
    """An event's before/after as a partner state sees it: only its partner-visible fields."""
    columns = PARTNER_COLUMNS.get(object_type)
    if columns is None or not isinstance(changes, Mapping):
        return {}
    return {
        side: {key: value for key, value in changes[side].items() if key in columns}
        for side in ("before", "after")
        if isinstance(changes.get(side), Mapping)
    }


def activity_visible_to(user: User, case: Case) -> QuerySet[AuditEvent]:
    """The events of `case` that `user` may see (the case must be visible to them), newest
    first: `CaseAuditEvent.objects.visible_to`, cut to the partner trail's shape for liaisons."""
    events = CaseAuditEvent.objects.visible_to(user).filter(case=case)
    events = events.annotate(actor_state=F("actor__state_id")).order_by("-occurred_at", "-sequence")
    if sees_restricted(user):
        return events.select_related("actor")
    shown = Q()
    for object_type, columns in PARTNER_COLUMNS.items():
        keys = sorted(columns)
        shown |= Q(object_type=object_type) & (
            Q(changes__before__has_any_keys=keys) | Q(changes__after__has_any_keys=keys)
        )
    return events.filter(shown)


class AuditEventPartnerSerializer(ReadOnlyModelSerializer[AuditEvent]):
    """One event as a partner state's liaison sees it."""

    actor_state = serializers.CharField(
        read_only=True, allow_null=True, help_text="The state of the user who acted (if any)."
    )
    changes = serializers.SerializerMethodField(
        help_text='{"before": {...}, "after": {...}}: the fields this caller may see.'
    )

    class Meta:
        model = AuditEvent
        fields = [
            "id",
            "occurred_at",
            "action",
            "object_type",
            "object_id",
            "actor_state",
            "request_id",
            "changes",
        ]

    @extend_schema_field(OpenApiTypes.OBJECT)
    def get_changes(self, event: AuditEvent) -> dict[str, Any]:
        return partner_changes(event.object_type, event.changes)


class AuditEventSerializer(AuditEventPartnerSerializer):
    """One event as the owning state sees it, with its place in the case's hash chain."""

    actor = UserRefSerializer(read_only=True, allow_null=True)

    class Meta(AuditEventPartnerSerializer.Meta):
        fields = [
            *AuditEventPartnerSerializer.Meta.fields,
            "actor",
            "actor_label",
            "client_address",
            "restricted",
            "sequence",
            "previous_hash",
            "hash",
        ]

    @extend_schema_field(OpenApiTypes.OBJECT)
    def get_changes(self, event: AuditEvent) -> Any:
        return event.changes


class UtcIsoDateTimeFilter(django_filters.IsoDateTimeFilter):
    """Compared in UTC: ISO 8601 admits offsets (-18:56) that PostgreSQL refuses."""

    def filter(self, qs: Any, value: datetime | None) -> Any:
        if value is not None and value.tzinfo is not None:
            try:
                value = value.astimezone(UTC)
            except OverflowError:
                raise serializers.ValidationError(
                    {self.field_name: ["The instant is out of range."]}
                ) from None
        return super().filter(qs, value)


class ActivityFilter(django_filters.FilterSet):
    action = django_filters.CharFilter(max_length=60, help_text="e.g. `asset.updated`")
    object_type = django_filters.CharFilter(max_length=60, help_text="e.g. `asset`")
    object_id = django_filters.CharFilter(max_length=64)
    actor = django_filters.UUIDFilter(
        method="filter_actor", help_text="The user who acted (owning state only)."
    )
    since = UtcIsoDateTimeFilter(
        field_name="occurred_at", lookup_expr="gte", help_text="Events at or after this instant."
    )
    until = UtcIsoDateTimeFilter(
        field_name="occurred_at", lookup_expr="lte", help_text="Events at or before this instant."
    )
    request_id = django_filters.CharFilter(
        max_length=64, help_text="The changes of one request (its X-Request-ID)."
    )

    class Meta:
        model = AuditEvent
        fields = ["action", "object_type", "object_id", "actor", "since", "until", "request_id"]

    def filter_actor(
        self, queryset: QuerySet[AuditEvent], name: str, value: UUID
    ) -> QuerySet[AuditEvent]:
        # Partner states do not see who acted; filtering by a user must not tell them either.
        if self.request is None or not sees_restricted(self.request.user):
            return queryset.none()
        return queryset.filter(actor_id=value)


@extend_schema(
    summary="The case's audit trail, newest first",
    description=api_docs.join(
        "Who did what on the case and its file, newest first. Filter with `action`, "
        "`object_type`, `object_id`, `actor`, `since` and `until`.",
        "The owning state sees every event with its actor and the full before and after. A "
        "partner state's liaison sees a narrower trail: only changes to what they may see, only "
        "the fields they are shown, and the acting state instead of the person. A case the "
        "caller may not see is 404.",
        api_docs.PAGINATED,
        api_docs.ERRORS,
    ),
)
class CaseActivityView(OwnerOrPartnerView, generics.ListAPIView[AuditEvent]):
    filter_backends = [DjangoFilterBackend]
    filterset_class = ActivityFilter
    queryset = AuditEvent.objects.none()
    owner_serializer_class = AuditEventSerializer
    partner_serializer_class = AuditEventPartnerSerializer

    def get_queryset(self) -> QuerySet[AuditEvent]:
        if getattr(self, "swagger_fake_view", False):
            return AuditEvent.objects.none()
        user = current_user(self.request)
        case_id = self.kwargs["case_id"]
        case = visible_or_404(cases_visible_to(user), case_id, user)
        return activity_visible_to(user, case)
