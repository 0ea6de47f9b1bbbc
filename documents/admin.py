from __future__ import annotations

from django.contrib import admin

from cases.admin import CaseFileAdmin
from documents.models import Document


@admin.register(Document)
class DocumentAdmin(CaseFileAdmin):
    """Documents are uploaded through the API (hashed, type-checked, audited) and are never
    deleted. The file is not linked: documents have no public URL."""

    list_display = ["title", "kind", "case", "content_type", "size", "uploaded_at", "restricted"]
    list_filter = ["kind", "restricted", "content_type"]
    search_fields = ["title", "original_name", "sha256", "case__reference"]
    list_select_related = ["case"]
    fields = (
        "id",
        "case",
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
        "version",
    )
    readonly_fields = fields

    @admin.display(description="storage name")
    def storage_name(self, obj: Document) -> str:
        return obj.file.name
