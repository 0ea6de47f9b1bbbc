"""The operator's admin: every model of the case file, with writes recorded in the audit trail."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.db import transaction
from django.db.models import Model
from django.http import HttpRequest
from guardian.admin import GuardedModelAdmin

from cases import audit
from cases.models import (
    ApiToken,
    Asset,
    AuditEvent,
    Case,
    CaseJurisdiction,
    CaseShare,
    Document,
    Occupancy,
    State,
    Subject,
    User,
)
from cases.services.users import user_deactivate


def _case_of(obj: Model) -> Any:
    if isinstance(obj, Case):
        return obj.pk
    return getattr(obj, "case_id", None)


class AuditedAdmin(admin.ModelAdmin[Any]):
    """Admin writes leave an audit event like API writes do (actor, before/after)."""

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        with transaction.atomic():
            before = audit.snapshot(type(obj).objects.get(pk=obj.pk)) if change else {}
            super().save_model(request, obj, form, change)
            audit.record(
                f"admin.{'change' if change else 'add'}",
                obj=obj,
                case=_case_of(obj),
                actor=request.user,
                restricted=bool(getattr(obj, "restricted", False)),
                changes=audit.diff(before, audit.snapshot(obj)),
            )

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        with transaction.atomic():
            before = audit.snapshot(obj)
            case = _case_of(obj)
            super().delete_model(request, obj)
            audit.record(
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


@admin.register(User)
class UserAdmin(DjangoUserAdmin, AuditedAdmin):
    list_display = ["username", "name", "email", "role", "state", "is_active"]
    list_filter = ["role", "state", "is_active", "is_staff"]
    search_fields = ["username", "name", "email"]
    list_select_related = ["state"]
    autocomplete_fields = ["state"]
    fieldsets = (
        *(DjangoUserAdmin.fieldsets or ()),
        ("Asset recovery", {"fields": ("name", "role", "state")}),
    )
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("username", "email", "name", "role", "state")}),
        *DjangoUserAdmin.add_fieldsets,
    )

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        if change and "is_active" in form.changed_data and not obj.is_active:
            # Unticking "active" ends the user's sessions and personal tokens for good.
            user_deactivate(user=obj, by=request.user)  # type: ignore[arg-type]


@admin.register(ApiToken)
class ApiTokenAdmin(AuditedAdmin):
    list_display = ["name", "user", "key_prefix", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["name", "user__username", "key_prefix"]
    readonly_fields = ["key_prefix", "key_hash", "created_at", "last_used_at"]
    list_select_related = ["user"]


class CaseJurisdictionInline(admin.TabularInline[CaseJurisdiction, Case]):
    model = CaseJurisdiction
    extra = 0
    autocomplete_fields = ["state"]


class CaseShareInline(admin.TabularInline[CaseShare, Case]):
    model = CaseShare
    extra = 0
    fields = ("state", "allows_mla_answers", "granted_by", "granted_at", "expires_on", "revoked_at")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # shares are granted through the API's service, which also sets permissions


@admin.register(Case)
class CaseAdmin(GuardedModelAdmin, AuditedAdmin):  # type: ignore[misc]
    """Guardian's object-permission pages show which state groups see each case."""

    list_display = ["reference", "title", "status", "owner_state", "origin_state", "opened_on"]
    list_filter = ["status", "owner_state", "offence_category"]
    search_fields = ["reference", "title"]
    readonly_fields = ["reference", "created_by", "created_at", "updated_at", "version"]
    autocomplete_fields = ["owner_state", "origin_state", "lead_prosecutor", "team"]
    inlines = [CaseJurisdictionInline, CaseShareInline]
    list_select_related = ["owner_state", "origin_state"]

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # cases are archived, never deleted


class OccupancyInline(admin.TabularInline[Occupancy, Subject]):
    model = Occupancy
    extra = 0
    autocomplete_fields = ["country"]


@admin.register(Subject)
class SubjectAdmin(AuditedAdmin):
    list_display = ["name", "kind", "role", "case", "restricted"]
    list_filter = ["kind", "role", "restricted"]
    search_fields = ["name", "case__reference"]
    autocomplete_fields = ["case", "nationalities", "incorporation_state", "related_to"]
    inlines = [OccupancyInline]
    list_select_related = ["case"]
    readonly_fields = ["version", "created_at", "updated_at"]


@admin.register(Asset)
class AssetAdmin(AuditedAdmin):
    list_display = ["description", "kind", "stage", "jurisdiction", "case", "restricted"]
    list_filter = ["kind", "stage", "restricted", "jurisdiction"]
    search_fields = ["description", "case__reference"]
    autocomplete_fields = ["case", "jurisdiction", "holder", "beneficial_owner"]
    readonly_fields = ["stage", "freeze_expires_on", "version", "created_at", "updated_at"]
    list_select_related = ["case", "jurisdiction"]


@admin.register(CaseShare)
class CaseShareAdmin(admin.ModelAdmin[CaseShare]):
    list_display = ["case", "state", "granted_by", "granted_at", "expires_on", "revoked_at"]
    list_filter = ["state", "revoked_at"]
    search_fields = ["case__reference", "state__code"]
    list_select_related = ["case", "granted_by"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin[AuditEvent]):
    """Read-only: the table is append-only in the database too."""

    list_display = ["occurred_at", "action", "object_type", "object_id", "actor", "case"]
    list_filter = ["action", "object_type"]
    search_fields = ["object_id", "request_id", "hash"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin[Document]):
    """Read-only: documents are uploaded through the API (hashed, type-checked, audited) and are
    never deleted. The file is not linked: documents have no public URL."""

    list_display = ["title", "kind", "case", "content_type", "size", "uploaded_at", "restricted"]
    list_filter = ["kind", "restricted", "content_type"]
    search_fields = ["title", "original_name", "sha256", "case__reference"]
    list_select_related = ["case"]
    fields = (
        "id",
        "case",
        "asset",
        "title",
        "kind",
        "restricted",
        "original_name",
        "content_type",
        "size",
        "sha256",
        "storage_name",
        "uploaded_by",
        "uploaded_at",
        "superseded_by",
        "version",
    )
    readonly_fields = fields

    @admin.display(description="storage name")
    def storage_name(self, obj: Document) -> str:
        return obj.file.name

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
