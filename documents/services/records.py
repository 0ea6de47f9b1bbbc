"""Storing and recording: the file under a name of ours, the upload with its SHA-256 in the
case's audit chain (chain of custody), changes and downloads likewise."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator, Mapping
from typing import IO, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction

from audit import trail
from cases.models import Asset, Case, User
from cases.services.case_file import check_case_takes_writes
from cases.services.versioning import audited_update
from cases.visibility import can_edit_case
from documents.models import Document
from documents.services.content import ContentRefused, detect_content_type, sanitize_original_name

HASH_CHUNK_BYTES = 1024 * 1024


class DocumentAlreadySuperseded(Exception):
    """The document named in `supersedes` already has a newer version."""

    def __init__(self, successor_id: uuid.UUID) -> None:
        super().__init__("This document has already been superseded by a newer version.")
        self.successor_id = successor_id


def _chunks(stream: IO[bytes] | File, size: int = HASH_CHUNK_BYTES) -> Iterator[bytes]:
    while chunk := stream.read(size):
        yield chunk


def stream_digest(stream: IO[bytes] | File) -> tuple[str, int]:
    """SHA-256 and size of a stream, read in chunks (never the whole file in memory)."""
    digest = hashlib.sha256()
    size = 0
    for chunk in _chunks(stream):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def _digest_of_upload(upload: File) -> tuple[str, int]:
    """The digest the upload handler computed while the request streamed in, else computed now."""
    sha256 = getattr(upload, "sha256", None)
    if sha256 is not None and upload.size is not None:
        return sha256, upload.size
    upload.seek(0)
    try:
        return stream_digest(upload)
    finally:
        upload.seek(0)


def _refuse(field: str, message: str, code: str) -> ValidationError:
    return ValidationError({field: ValidationError(message, code)})


def _state(document: Document) -> dict[str, Any]:
    # The file's name is recorded once, as `storage_name`, at upload; it never changes.
    return trail.snapshot(document, exclude=("updated_at", "file"))


def _uploaded_state(document: Document) -> dict[str, Any]:
    """What the chain of custody records of an upload: the row, with the hash, size, detected
    content type and uploader, and the name the bytes are stored under."""
    data = _state(document)
    data["storage_name"] = document.file.name
    return data


@transaction.atomic
def document_upload(
    *,
    case: Case,
    by: User,
    upload: File,
    title: str,
    kind: str,
    restricted: bool = False,
    asset: Asset | None = None,
    supersedes: Document | None = None,
    mla_request: Any | None = None,
) -> Document:
    """Store an uploaded file as a document of `case` and record it in the case's audit chain.

    The caller has checked `can_upload`. The file is stored under `documents/<case>/<uuid>`; the
    client's name is kept only as sanitized metadata. A new version of a restricted document is
    restricted too (lifting it is a separate, recorded change).
    """
    check_case_takes_writes(case)
    if asset is not None and asset.case_id != case.pk:
        raise _refuse("asset", "Must be an asset of the same case.", "other_case")
    if mla_request is not None and mla_request.case_id != case.pk:
        raise _refuse("mla_request", "Must be an MLA request of the same case.", "other_case")
    predecessor = None
    if supersedes is not None:
        predecessor = Document.objects.select_for_update().get(pk=supersedes.pk)
        if predecessor.case_id != case.pk:
            raise _refuse("supersedes", "Must be a document of the same case.", "other_case")
        if not can_edit_case(by, case) and predecessor.uploaded_by.state_id != by.state_id:
            # A partner state answers with documents of its own; it never replaces the team's.
            raise _refuse(
                "supersedes",
                "Only a document uploaded by your own state can be replaced by your upload.",
                "not_own_document",
            )
        if predecessor.superseded_by_id is not None:
            raise DocumentAlreadySuperseded(predecessor.superseded_by_id)
        restricted = restricted or predecessor.restricted
    sha256, size = _digest_of_upload(upload)
    if size == 0:
        raise _refuse("file", "The submitted file is empty.", "empty")
    if size > settings.DOCUMENT_MAX_BYTES:
        raise _refuse("file", "The file is larger than the maximum allowed.", "too_large")
    try:
        detected = detect_content_type(upload)
    except ContentRefused as exc:
        raise _refuse("file", exc.message, exc.code) from None

    if mla_request is not None and not can_edit_case(by, case):
        # A partner state's answer belongs to the case and stays visible to its authors.
        restricted = False
    document = Document(
        case=case,
        asset=asset,
        mla_request=mla_request,
        title=title,
        kind=kind,
        restricted=restricted,
        original_name=sanitize_original_name(upload.name),
        content_type=detected.content_type,
        size=size,
        sha256=sha256,
        uploaded_by=by,
    )
    upload.seek(0)
    document.file.save("upload", upload, save=False)  # the name is ours: see Document.file
    try:
        document.save(force_insert=True)
        trail.record_created(
            "document.uploaded", document, actor=by, after=_uploaded_state(document)
        )
        if predecessor is not None:
            with audited_update(
                predecessor, action="document.superseded", by=by, state=_state
            ) as update:
                update.set({"superseded_by": document}, ["superseded_by"])
    except BaseException:
        # The row was not written: do not leave its file behind.
        document.file.storage.delete(document.file.name)
        raise
    return document


DOCUMENT_UPDATE_FIELDS = {"title", "kind", "restricted"}


@transaction.atomic
def document_update(*, document: Document, by: User, changes: Mapping[str, Any]) -> Document:
    """Change a document's description (never its bytes: a new file is a new version)."""
    check_case_takes_writes(document.case)
    with audited_update(document, action="document.updated", by=by, state=_state) as update:
        update.set(changes, DOCUMENT_UPDATE_FIELDS)
    return document


def document_open(document: Document) -> File:
    """The stored file, open for streaming (FileNotFoundError when it is missing)."""
    return document.file.storage.open(document.file.name, "rb")


@transaction.atomic
def document_downloaded(*, document: Document, by: User) -> None:
    """Record that `by` received the document's bytes (chain of custody)."""
    trail.record(
        "document.downloaded",
        obj=document,
        actor=by,
        changes={"after": {"sha256": document.sha256, "size": document.size}},
    )
