"""Users and their personal tokens in the admin: each state's admins manage their own state's."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.http import HttpRequest

from accounts.models import ApiToken
from accounts.services.users import user_deactivate
from cases.admin import AuditedAdmin
from cases.models import User


@admin.register(User)
class UserAdmin(DjangoUserAdmin, AuditedAdmin):
    """Superusers manage every user; a state's admins only their own state's, and cannot make
    anyone a superuser or move a user to another state."""

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

    def get_queryset(self, request: HttpRequest) -> Any:
        users = super().get_queryset(request)
        if request.user.is_superuser:
            return users
        return users.filter(state_id=getattr(request.user, "state_id", None))

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields += ["is_superuser", "user_permissions", "groups", "state"]
        return fields

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if not request.user.is_superuser:
            obj.state_id = getattr(request.user, "state_id", None)
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

    def get_queryset(self, request: HttpRequest) -> Any:
        tokens = super().get_queryset(request)
        if request.user.is_superuser:
            return tokens
        return tokens.filter(user__state_id=getattr(request.user, "state_id", None))
