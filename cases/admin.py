"""The operator's admin: users, states and tokens; the case file read-only, as the API shows it.

Case work happens in the application, through the services that validate, version and audit each
change. So the admin never writes a case-file object, and shows each staff user only what the API
would show them: every case-file page reads `cases_visible_to` / `Model.objects.visible_to` of the
signed-in user (a superuser too: superusers are for operating the service, not for case work).
Staff who are not superusers manage only the users of their own state.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import transaction
from django.db.models import Model
from django.http import HttpRequest

from audit import trail
from cases.models import (
    Asset,
    Case,
    CaseAuditEvent,
    CaseJurisdiction,
    CaseShare,
    Occupancy,
    State,
    Subject,
)
from cases.visibility import cases_visible_to


def _case_of(obj: Model) -> Any:
    if isinstance(obj, Case):
        return obj.pk
    return getattr(obj, "case_id", None)


class AuditedAdmin(admin.ModelAdmin[Any]):
    """Admin writes leave an audit event like API writes do (actor, before/after)."""

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        with transaction.atomic():
            before = trail.snapshot(type(obj).objects.get(pk=obj.pk)) if change else {}
            super().save_model(request, obj, form, change)
            trail.record(
                f"admin.{'change' if change else 'add'}",
                obj=obj,
                case=_case_of(obj),
                actor=request.user,
                restricted=bool(getattr(obj, "restricted", False)),
                changes=trail.diff(before, trail.snapshot(obj)),
            )

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        with transaction.atomic():
            before = trail.snapshot(obj)
            case = _case_of(obj)
            super().delete_model(request, obj)
            trail.record(
                "admin.delete",
                object_type=obj._meta.model_name,
                object_id=str(before.get("id", "")),
                case=case if not isinstance(obj, Case) else None,
                actor=request.user,
                changes={"before": before, "after": {}},
            )


@admin.register(State)
class StateAdmin(admin.ModelAdmin[State]):
    list_display = ["code", "name", "alpha3", "numeric"]
    search_fields = ["code", "name", "alpha3"]


class CaseFileAdmin(admin.ModelAdmin[Any]):
    """A case-file model, read-only, narrowed to what the signed-in user may see by the same
    rule as the API (`visible_to`). Changes go through the application and its services."""

    def get_queryset(self, request: HttpRequest) -> Any:
        return self.model._default_manager.visible_to(request.user)

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ReadOnlyInline(admin.TabularInline[Any, Any]):
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class CaseJurisdictionInline(ReadOnlyInline):
    model = CaseJurisdiction


class CaseShareInline(ReadOnlyInline):
    model = CaseShare
    fields = ("state", "allows_mla_answers", "granted_by", "granted_at", "expires_on", "revoked_at")
    readonly_fields = fields

    def get_queryset(self, request: HttpRequest) -> Any:
        return CaseShare.objects.visible_to(request.user)


@admin.register(Case)
class CaseAdmin(CaseFileAdmin):
    list_display = ["reference", "title", "status", "owner_state", "origin_state", "opened_on"]
    list_filter = ["status", "offence_category"]
    search_fields = ["reference", "title"]
    exclude = ["team"]
    inlines = [CaseJurisdictionInline, CaseShareInline]
    list_select_related = ["owner_state", "origin_state"]

    def get_queryset(self, request: HttpRequest) -> Any:
        return cases_visible_to(request.user)


class OccupancyInline(ReadOnlyInline):
    model = Occupancy


@admin.register(Subject)
class SubjectAdmin(CaseFileAdmin):
    list_display = ["name", "kind", "role", "case", "restricted"]
    list_filter = ["kind", "role", "restricted"]
    search_fields = ["name", "case__reference"]
    exclude = ["related_to", "nationalities"]
    inlines = [OccupancyInline]
    list_select_related = ["case"]


@admin.register(Asset)
class AssetAdmin(CaseFileAdmin):
    list_display = ["description", "kind", "stage", "jurisdiction", "case", "restricted"]
    list_filter = ["kind", "stage", "restricted"]
    search_fields = ["description", "case__reference"]
    exclude = ["holder", "beneficial_owner"]
    list_select_related = ["case", "jurisdiction"]


@admin.register(CaseShare)
class CaseShareAdmin(CaseFileAdmin):
    list_display = ["case", "state", "granted_by", "granted_at", "expires_on", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["case__reference", "state__code"]
    list_select_related = ["case", "granted_by"]


@admin.register(CaseAuditEvent)
class AuditEventAdmin(CaseFileAdmin):
    """Read-only: the table is append-only in the database too. A case's events only, as its
    activity feed shows them to the signed-in user."""

    list_display = ["occurred_at", "action", "object_type", "object_id", "actor", "case"]
    list_filter = ["action", "object_type"]
    search_fields = ["object_id", "request_id", "hash"]
