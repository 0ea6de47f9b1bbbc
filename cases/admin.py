from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from cases.models import ApiToken, State, User


@admin.register(State)
class StateAdmin(admin.ModelAdmin[State]):
    list_display = ["code", "name", "alpha3", "numeric"]
    search_fields = ["code", "name", "alpha3"]


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
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


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin[ApiToken]):
    list_display = ["name", "user", "key_prefix", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["name", "user__username", "key_prefix"]
    readonly_fields = ["key_prefix", "key_hash", "created_at", "last_used_at"]
    list_select_related = ["user"]
