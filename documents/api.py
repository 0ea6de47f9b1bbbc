"""`/api/v1/documents/`: the files of a case, uploaded as multipart, downloaded only through here.

Uploads stream through `DocumentUploadHandler` (settings.FILE_UPLOAD_HANDLERS) to a temporary
file, hashed and counted as the bytes arrive; the size limit stops the upload at the byte that
crosses it (413). Files are never served from a public URL: `download` checks visibility, audits,
and streams the stored bytes as an attachment.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from typing import Any

import django_filters
from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.files.uploadedfile import TemporaryUploadedFile
from django.core.files.uploadhandler import (
    FileUploadHandler,
    StopUpload,
    TemporaryFileUploadHandler,
)
from django.db import transaction
from django.db.models import QuerySet
from django.http import FileResponse, HttpRequest, QueryDict
from django.utils.datastructures import MultiValueDict
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiResponse,
    extend_schema,
)
from rest_framework import exceptions, serializers, status
from rest_framework.decorators import action
from rest_framework.parsers import BaseParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response

from cases.api.base import CaseChildViewSet, VisibleCaseField, current_user, raise_as_api_error
from cases.api.cases import UserRefSerializer
from cases.api.fields import VisibleIdField, VisibleRefField
from cases.models import Asset, Case
from cases.visibility import reference_annotation
from core import api_docs
from core.filters import BooleanFilter as StrictBooleanFilter
from core.idempotency import idempotent
from core.problems import Conflict
from core.serializers import ReadOnlyModelSerializer
from documents.models import Document, DocumentKind
from documents.services.content import ALLOWED_DESCRIPTION, TEXT, download_name
from documents.services.permissions import can_upload
from documents.services.records import (
    DocumentAlreadySuperseded,
    document_downloaded,
    document_open,
    document_update,
    document_upload,
)

logger = logging.getLogger(__name__)

# A multipart body carries form fields and boundaries besides the file: a Content-Length beyond
# the document limit plus this is refused before a byte is read.
MULTIPART_ALLOWANCE = 64 * 1024


# --- Streaming uploads ----------------------------------------------------------------------------


class HashedUpload(TemporaryUploadedFile):
    """An uploaded file on disk, with the SHA-256 of its bytes computed as they arrived."""

    sha256: str | None = None


class DocumentUploadHandler(TemporaryFileUploadHandler):
    """The project's one upload handler: to disk, hashed and counted while streaming.

    Nothing is held in memory; the temporary file's name owes nothing to the client's (Django's
    own would carry the client's extension); and an upload is stopped at the byte that crosses
    DOCUMENT_MAX_BYTES, which the view answers with 413.
    """

    too_large = False

    def handle_raw_input(
        self,
        input_data: Any,
        META: dict[str, Any],
        content_length: int,
        boundary: Any,
        encoding: str | None = None,
    ) -> tuple[QueryDict, MultiValueDict[str, Any]] | None:
        if content_length > settings.DOCUMENT_MAX_BYTES + max_form_bytes():
            # Declared too large: answer without reading the body.
            self.too_large = True
            return QueryDict(encoding=encoding), MultiValueDict()
        return None

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        FileUploadHandler.new_file(self, *args, **kwargs)  # names only; the file is ours
        self.digest = hashlib.sha256()
        self.received = 0
        self.upload = HashedUpload(
            "upload", self.content_type, 0, self.charset, self.content_type_extra
        )
        self.upload.name = self.file_name  # the client's name: metadata, sanitized again later
        self.file = self.upload

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        self.received += len(raw_data)
        if self.received > settings.DOCUMENT_MAX_BYTES:
            self.too_large = True
            raise StopUpload(connection_reset=False)
        self.digest.update(raw_data)
        self.file.write(raw_data)
        return None

    def file_complete(self, file_size: int) -> HashedUpload:
        self.upload.seek(0)
        self.upload.size = file_size
        self.upload.sha256 = self.digest.hexdigest()
        return self.upload


def max_form_bytes() -> int:
    return int(settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 0) + MULTIPART_ALLOWANCE


def upload_was_too_large(request: HttpRequest) -> bool:
    return any(getattr(handler, "too_large", False) for handler in request.upload_handlers)


class PayloadTooLarge(exceptions.APIException):
    status_code = 413
    default_code = "too_large"

    def __init__(self) -> None:
        limit = settings.DOCUMENT_MAX_BYTES
        super().__init__(f"The file is larger than the {limit} bytes a document may have.")
        self.extra = {"max_bytes": limit}


class StoredFileMissing(exceptions.APIException):
    status_code = 500
    default_code = "stored_file_missing"
    default_detail = "The document's stored file cannot be read; the operators have been alerted."


# --- Serializers ----------------------------------------------------------------------------------


class DocumentPartnerSerializer(ReadOnlyModelSerializer[Document]):
    """A partner state's view of a document: no uploader, and references only to what the
    caller may see (`VisibleRefField`: a hidden asset, request or version shows as null)."""

    case: serializers.PrimaryKeyRelatedField[Case] = serializers.PrimaryKeyRelatedField(
        read_only=True
    )
    asset = VisibleRefField()
    mla_request = VisibleRefField()
    superseded_by = VisibleRefField(help_text="The newer version that replaced this one.")
    supersedes = VisibleRefField(help_text="The older version this one replaced.")
    sha256 = serializers.CharField(
        read_only=True, help_text="SHA-256 of the bytes, hex, computed while the upload streamed."
    )
    size = serializers.IntegerField(read_only=True, help_text="In bytes.")
    content_type = serializers.CharField(
        read_only=True, help_text="Detected from the bytes; the client's declared type is ignored."
    )

    class Meta:
        model = Document
        fields = [
            "id",
            "case",
            "asset",
            "title",
            "kind",
            "original_name",
            "content_type",
            "size",
            "sha256",
            "uploaded_at",
            "mla_request",
            "superseded_by",
            "supersedes",
        ]


class DocumentSerializer(DocumentPartnerSerializer):
    """The owning state's view of a document."""

    uploaded_by = UserRefSerializer(read_only=True)

    class Meta(DocumentPartnerSerializer.Meta):
        fields = [
            *DocumentPartnerSerializer.Meta.fields,
            "restricted",
            "uploaded_by",
            "updated_at",  # owning state only: it moves with changes partners may not see
            "version",
        ]


class DocumentUpdateSerializer(serializers.Serializer[Any]):
    title = serializers.CharField(max_length=300, required=False)
    kind = serializers.ChoiceField(choices=DocumentKind.choices, required=False)
    restricted = serializers.BooleanField(required=False)


class DocumentCreateSerializer(serializers.Serializer[Any]):
    """A multipart upload (`multipart/form-data`)."""

    case = VisibleCaseField()
    file = serializers.FileField(
        allow_empty_file=False,
        use_url=False,
        help_text=f"The document. Accepted: {ALLOWED_DESCRIPTION}; the type is detected from the "
        "bytes. The file name is kept only as `original_name`.",
    )
    title = serializers.CharField(max_length=300)
    kind = serializers.ChoiceField(choices=DocumentKind.choices)
    restricted = serializers.BooleanField(
        required=False,
        default=False,
        help_text="Owning state only. A new version of a restricted document is restricted too.",
    )
    asset = VisibleIdField(
        Asset,
        references=True,
        required=False,
        allow_null=True,
        help_text="An asset of the same case.",
    )
    supersedes = VisibleIdField(
        Document,
        references=True,
        required=False,
        allow_null=True,
        help_text="A document of the same case that this upload replaces as its new version.",
    )
    # By label: MLA requests belong to an app above the case file.
    mla_request = VisibleIdField(
        "workflows.MlaRequest",
        references=True,
        required=False,
        allow_null=True,
        help_text="The MLA request this document answers (partner states upload only so).",
    )


# --- Filters and views ----------------------------------------------------------------------------


class DocumentFilter(django_filters.FilterSet):
    case = django_filters.UUIDFilter(field_name="case_id")
    asset = django_filters.UUIDFilter(field_name="asset_id")
    mla_request = django_filters.UUIDFilter(field_name="mla_request_id")
    kind = django_filters.ChoiceFilter(choices=DocumentKind.choices)
    sha256 = django_filters.CharFilter(method="filter_sha256", max_length=64)
    include_superseded = StrictBooleanFilter(
        method="filter_include_superseded",
        label="Also list versions that a newer one superseded (hidden by default).",
    )

    class Meta:
        model = Document
        fields = ["case", "asset", "mla_request", "kind", "sha256", "include_superseded"]

    def filter_queryset(self, queryset: QuerySet[Document]) -> QuerySet[Document]:
        queryset = super().filter_queryset(queryset)
        if not self.form.cleaned_data.get("include_superseded"):
            # Current: no newer version the caller may see (a hidden one does not count, so a
            # partner's current version is the newest they see, consistently in every list).
            queryset = queryset.filter(**{reference_annotation("superseded_by"): None})
        return queryset

    def filter_sha256(
        self, queryset: QuerySet[Document], name: str, value: str
    ) -> QuerySet[Document]:
        return queryset.filter(sha256=value.lower())

    def filter_include_superseded(
        self, queryset: QuerySet[Document], name: str, value: bool
    ) -> QuerySet[Document]:
        return queryset  # applied in filter_queryset, where its absence counts too


DOWNLOAD_DESCRIPTION = (
    "The stored bytes, streamed as an attachment (`Content-Disposition: attachment`), with the "
    "detected `Content-Type`, `X-Content-Type-Options: nosniff`, `Cache-Control: no-store` and "
    "`Repr-Digest: sha-256=:<base64>:`. Every download is recorded in the case's audit trail."
)


class DocumentViewSet(CaseChildViewSet):
    schema_noun, schema_plural = "document", "documents"
    schema_list_notes = (
        "Each document's metadata (`sha256`, `size`, `content_type`); the bytes are at "
        "`GET /api/v1/documents/{id}/download/`. Filter with `case`, `asset`, `mla_request`, "
        "`kind` and `sha256`; superseded versions only with `include_superseded=true`."
    )
    schema_create_notes = api_docs.join(
        "Send `multipart/form-data` with the `file`; a file over the size limit answers 413.",
        api_docs.CASE_IN_BODY,
    )
    schema_writers = (
        "The case team may upload to its case; a partner state's liaison may attach documents "
        "only to an MLA request addressed to their state (403 otherwise)."
    )
    owner_serializer_class = DocumentSerializer
    partner_serializer_class = DocumentPartnerSerializer
    create_serializer_class = DocumentCreateSerializer
    update_serializer_class = DocumentUpdateSerializer
    create_summary = "Upload a document (multipart/form-data)"
    filterset_class = DocumentFilter
    ordering_fields = ["uploaded_at", "title", "kind", "size"]
    ordering = ["-uploaded_at", "-id"]
    queryset = Document.objects.none()

    def get_parsers(self) -> list[BaseParser]:
        # Multipart for the upload only; everything else speaks JSON.
        method = (self.request.method or "").lower() if self.request else ""
        current = getattr(self, "action", None) or getattr(self, "action_map", {}).get(method)
        if current == "create":
            return [MultiPartParser()]
        return super().get_parsers()

    def get_queryset(self) -> QuerySet[Document]:
        return Document.objects.visible_to(current_user(self.request)).select_related("uploaded_by")

    def filter_queryset(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        # Filters narrow the list only: every version stays reachable by its id.
        if self.action != "list":
            return queryset
        return super().filter_queryset(queryset)

    @idempotent
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = request.data  # streams the file through DocumentUploadHandler
        if upload_was_too_large(request._request):
            raise PayloadTooLarge()
        form = self.get_serializer(data=data)
        form.is_valid(raise_exception=True)
        values = dict(form.validated_data)
        user = current_user(request)
        case = values["case"]
        if not can_upload(user, case, values.get("mla_request")):
            raise exceptions.PermissionDenied(
                "Only the case team may add documents to this case file."
            )
        try:
            with transaction.atomic():
                document = document_upload(
                    case=case,
                    by=user,
                    upload=values["file"],
                    title=values["title"],
                    kind=values["kind"],
                    restricted=values.get("restricted", False),
                    asset=values.get("asset"),
                    supersedes=values.get("supersedes"),
                    mla_request=values.get("mla_request"),
                )
        except DjangoValidationError as exc:
            raise_as_api_error(exc)
        except DocumentAlreadySuperseded as exc:
            if Document.objects.visible_to(user).filter(pk=exc.successor_id).exists():
                raise Conflict(str(exc), superseded_by=str(exc.successor_id)) from exc
            # A newer version the caller may not see is not named, nor said to exist.
            raise Conflict("This document can no longer be replaced.") from exc
        return self.output(document, status.HTTP_201_CREATED)

    def perform_update_service(self, obj: Any, data: dict[str, Any]) -> Document:
        return document_update(document=obj, by=current_user(self.request), changes=data)

    @extend_schema(
        summary="Download a document's bytes",
        description=api_docs.join(
            DOWNLOAD_DESCRIPTION,
            "Compare `Repr-Digest` (or the document's `sha256`) with the bytes received to check "
            "them. A document the caller may not see is 404.",
        ),
        responses={
            (200, "application/octet-stream"): OpenApiResponse(
                response=OpenApiTypes.BINARY, description=DOWNLOAD_DESCRIPTION
            )
        },
    )
    @action(detail=True, methods=["get"])
    def download(self, request: Request, pk: str | None = None) -> FileResponse:
        document = self.get_object()  # 404 for what the caller may not see
        try:
            stored = document_open(document)
        except FileNotFoundError:
            logger.error("stored file missing for document %s (%s)", document.pk, document.file)
            raise StoredFileMissing() from None
        try:
            document_downloaded(document=document, by=current_user(request))
        except BaseException:
            stored.close()
            raise
        content_type = document.content_type
        if content_type == TEXT:
            content_type = f"{TEXT}; charset=utf-8"
        response = FileResponse(
            stored,
            as_attachment=True,
            filename=download_name(document),
            content_type=content_type,
        )
        digest = base64.b64encode(bytes.fromhex(document.sha256)).decode("ascii")
        response["Repr-Digest"] = f"sha-256=:{digest}:"
        response["X-Content-Type-Options"] = "nosniff"
        response["Cache-Control"] = "no-store"
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return response

    def perform_content_negotiation(self, request: Request, force: bool = False) -> Any:
        # A download answers bytes whatever the client accepts; its errors stay problem+json.
        force = force or self.action == "download"
        return super().perform_content_negotiation(request, force=force)
