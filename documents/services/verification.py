"""Re-hashing the stored files against the database and the audit chain."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from audit.models import AuditEvent
from documents.models import Document
from documents.services.records import document_open, stream_digest


@dataclass(frozen=True)
class VerificationProblem:
    document_id: uuid.UUID
    storage_name: str
    problem: str  # "missing", "hash_mismatch", "size_mismatch", "audit_mismatch", "unreadable"
    detail: str


def _recorded_uploads() -> dict[str, dict[str, Any]]:
    """What the audit chain recorded of each upload, by document id."""
    events = AuditEvent.objects.filter(action="document.uploaded", object_type="document")
    recorded: dict[str, dict[str, Any]] = {}
    for object_id, changes in events.values_list("object_id", "changes").iterator():
        recorded[object_id] = (changes or {}).get("after", {})
    return recorded


def document_verify(
    document: Document, recorded: Mapping[str, Any] | None
) -> VerificationProblem | None:
    """Re-hash one stored file (streaming) and compare it with its row and its upload event."""
    name = document.file.name

    def problem(kind: str, detail: str) -> VerificationProblem:
        return VerificationProblem(document.pk, name, kind, detail)

    try:
        with document_open(document) as stored:
            sha256, size = stream_digest(stored)
    except FileNotFoundError:
        return problem("missing", "the stored file is missing")
    except OSError as exc:
        return problem("unreadable", f"the stored file cannot be read: {exc}")
    if sha256 != document.sha256:
        return problem(
            "hash_mismatch", f"stored bytes hash to {sha256}, recorded {document.sha256}"
        )
    if size != document.size:
        return problem("size_mismatch", f"stored size {size}, recorded {document.size}")
    if recorded is None:
        return problem("audit_mismatch", "no document.uploaded event in the audit trail")
    if recorded.get("sha256") != document.sha256 or recorded.get("storage_name") != name:
        return problem(
            "audit_mismatch", "the row's hash or storage name differs from the uploaded event"
        )
    return None


def documents_verify(
    documents: QuerySet[Document] | None = None,
) -> Iterator[tuple[Document, VerificationProblem | None]]:
    """Every document (or those given) with its problem, or None when the file is intact."""
    recorded = _recorded_uploads()
    queryset = Document.objects.order_by("uploaded_at", "id") if documents is None else documents
    for document in queryset.iterator():
        yield document, document_verify(document, recorded.get(str(document.pk)))
