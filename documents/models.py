"""Documents of a case file: court orders, bank records, MLA correspondence, evidence.

The bytes live in the `documents` storage (STORAGES["documents"]: local files by default,
S3-compatible by configuration), never under a public URL; the row keeps what proves them: the
SHA-256 and size computed while the upload streamed, and the content type detected from the bytes.
Documents are never deleted by users: a new version supersedes the old one, which points to it.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.core.files.storage import Storage, storages
from django.core.signals import setting_changed
from django.db import models
from django.db.models import F, Q
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty

from cases.models.assets import Asset
from cases.models.base import CaseChild
from cases.models.users import User
from cases.visibility import CaseChildQuerySet, Reference, visible_ids
from workflows.mla_models import MlaRequest


class DocumentKind(models.TextChoices):
    COURT_ORDER = "court_order", "Court order"
    BANK_RECORD = "bank_record", "Bank record"
    MLA_CORRESPONDENCE = "mla_correspondence", "MLA correspondence"
    EVIDENCE = "evidence", "Evidence"
    OTHER = "other", "Other"


class _DocumentsStorage(LazyObject):
    """`storages["documents"]`, looked up on first use (settings are read at run time)."""

    def _setup(self) -> None:
        self._wrapped = storages["documents"]


_documents_storage = _DocumentsStorage()


@receiver(setting_changed)
def _forget_documents_storage(*, setting: str, **kwargs: Any) -> None:
    # Tests that override STORAGES get the storage they configured.
    if setting == "STORAGES":
        _documents_storage._wrapped = empty  # type: ignore[assignment]


def documents_storage() -> Storage:
    """The storage of document files (a callable, so migrations do not pin a backend)."""
    return _documents_storage  # type: ignore[return-value]


def document_storage_name(instance: Document, filename: str) -> str:
    """`documents/<case id>/<random uuid>`: nothing of the client's file name, no extension."""
    return f"documents/{instance.case_id}/{uuid.uuid4().hex}"


class DocumentQuerySet(CaseChildQuerySet["Document"]):
    """A document is no more visible than what it is about: a partner state sees it only when
    it also sees its asset and its MLA request (a draft, a restricted request or one addressed
    to another state hides its documents; the request's id would say it exists)."""

    visible_references = {
        "asset": Reference("cases.Asset", "pk", "asset_id"),
        "mla_request": Reference("workflows.MlaRequest", "pk", "mla_request_id"),
        "superseded_by": Reference("documents.Document", "pk", "superseded_by_id"),
        "supersedes": Reference("documents.Document", "superseded_by", "pk"),
    }

    def narrow_for_partner(self, user: User) -> DocumentQuerySet:
        assets = visible_ids(Asset.objects.all(), user)
        requests = visible_ids(MlaRequest.objects.all(), user)
        return self.filter(
            Q(asset__isnull=True) | Q(asset__in=assets),
            Q(mla_request__isnull=True) | Q(mla_request__in=requests),
        )


class Document(CaseChild):
    """One stored file of a case, with the facts that prove it was not changed."""

    # Removed for documents: their title and kind describe them; `uploaded_at` says when.
    internal_notes = None  # type: ignore[assignment]
    created_at = None  # type: ignore[assignment]

    asset = models.ForeignKey(
        Asset,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="documents",
        help_text="An asset of the same case the document is about.",
    )
    # The MLA request the document answers or accompanies (a partner state's liaisons upload
    # only so: documents.services.can_upload).
    mla_request = models.ForeignKey(
        MlaRequest, on_delete=models.PROTECT, null=True, blank=True, related_name="documents"
    )
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=24, choices=DocumentKind.choices)
    file = models.FileField(
        upload_to=document_storage_name,
        storage=documents_storage,
        max_length=255,
        editable=False,
    )
    original_name = models.CharField(
        max_length=255, blank=True, help_text="The client's file name, sanitized: metadata only."
    )
    content_type = models.CharField(max_length=100, help_text="Detected from the bytes.")
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64, db_index=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    superseded_by = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="supersedes",
        editable=False,
        help_text="The newer version that replaced this one.",
    )

    objects = DocumentQuerySet.as_manager()

    class Meta:
        db_table = "cases_document"  # moved from cases; the table kept its name
        ordering = ["-uploaded_at", "-id"]
        indexes = [models.Index(fields=["case", "-uploaded_at"], name="document_case_uploaded_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(size__gt=0), name="document_not_empty"),
            models.CheckConstraint(
                condition=Q(sha256__regex=r"^[0-9a-f]{64}$"), name="document_sha256_hex"
            ),
            models.CheckConstraint(
                condition=~Q(superseded_by=F("id")), name="document_not_superseded_by_itself"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.get_kind_display()})"
