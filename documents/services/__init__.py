"""Documents of a case file: who may upload, what is accepted, how it is stored and proven.

- `can_upload` is the one rule of who may attach a document to a case (the MLA hook lives there);
- `detect_content_type` decides the type from the bytes (magic numbers), never from the client's
  file name or declared type, and refuses anything outside the allow-list;
- `document_upload` stores the file under a name of ours and records the upload, with its SHA-256,
  in the case's audit chain (chain of custody); `document_update`, `document_downloaded` likewise;
- `documents_verify` re-hashes stored files against the database and the audit chain.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import IO, Any

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.db.models import QuerySet

from audit import trail
from audit.models import AuditEvent
from cases.models import Asset, Case, User
from cases.services.case_file import check_case_takes_writes
from cases.services.versioning import audited_update, save_new_version
from cases.visibility import can_edit_case
from documents.models import Document
from workflows.mla_models import OPEN_STATUSES
from workflows.mla_rules import REQUESTED_LIAISON
from workflows.services.mla import may_act

HEAD_BYTES = 8192  # what magic numbers and the text check look at
HASH_CHUNK_BYTES = 1024 * 1024
ORIGINAL_NAME_MAX = 255


# --- Who may upload ---------------------------------------------------------------------------


def can_upload(user: User, case: Case, mla_request: Any | None) -> bool:
    """Whether `user` may attach a document to `case` (the caller already sees the case).

    - The case team (lead and members, prosecutors of the owning state) may.
    - Liaisons may only as answers to MLA requests addressed to their state (API.md, 'Who may do
      what'); those documents belong to the case and are visible to its team.

    A liaison's answer needs: the request is of this case, addressed to the liaison's state,
    the case's share with that state is in force and allows MLA answers, and the request is
    still open (an answer is owed).
    """
    if can_edit_case(user, case):
        return True
    if mla_request is None or mla_request.case_id != case.pk:
        return False
    return mla_request.status in OPEN_STATUSES and may_act(user, mla_request, REQUESTED_LIAISON)


# --- What is accepted ---------------------------------------------------------------------------

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"
TEXT = "text/plain"

# Detected content type -> the file name extensions a download may carry (the first is the default).
ALLOWED_TYPES: dict[str, tuple[str, ...]] = {
    "application/pdf": ("pdf",),
    "image/png": ("png",),
    "image/jpeg": ("jpg", "jpeg"),
    "image/tiff": ("tif", "tiff"),
    DOCX: ("docx",),
    XLSX: ("xlsx",),
    PPTX: ("pptx",),
    ODT: ("odt",),
    ODS: ("ods",),
    ODP: ("odp",),
    TEXT: ("txt", "csv", "tsv", "eml", "xml", "json", "log", "md"),
}
ALLOWED_DESCRIPTION = (
    "PDF, PNG, JPEG, TIFF, Word/Excel/PowerPoint (.docx, .xlsx, .pptx), OpenDocument "
    "(.odt, .ods, .odp) or UTF-8 text (.txt, .csv, e-mail)"
)

# Executables are refused whatever they are called (MZ: Windows PE/DOS; ELF; Mach-O and fat
# binaries, whose magic 0xCAFEBABE Java class files share).
EXECUTABLE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "a Windows executable (MZ header)"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xfe\xed\xfa\xce", "a Mach-O executable"),
    (b"\xfe\xed\xfa\xcf", "a Mach-O executable"),
    (b"\xce\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (b"\xca\xfe\xba\xbe", "a Mach-O universal binary or Java class"),
    (b"#!", "a script"),
)
ZIP_MAGIC = b"PK\x03\x04"
ODF_MIMETYPES = {ODT, ODS, ODP}
# HTML and SVG can run scripts when a browser opens them; they start with markup.
MARKUP = re.compile(rb"<\s*(!doctype\s+html|html|head|body|script|iframe|svg|object|embed)\b", re.I)


class ContentRefused(Exception):
    """The bytes are not a document type this system accepts."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class DetectedType:
    content_type: str
    extension: str


def _read_head(upload: IO[bytes] | File) -> bytes:
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    return bytes(head)


def _is_text(head: bytes) -> bool:
    """UTF-8 without NUL bytes (a multi-byte character cut at the end of the head is fine)."""
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        cut_at_end = len(head) == HEAD_BYTES and exc.start >= len(head) - 3
        return cut_at_end and exc.reason == "unexpected end of data"
    return True


def _zip_document_type(upload: IO[bytes] | File) -> str:
    """An Office Open XML or OpenDocument type, from the archive's directory (read from its end,
    not decompressed); any other ZIP archive, or one carrying macros, is refused."""
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if any(
                name.lower().endswith("vbaproject.bin") or name.startswith(("Basic/", "Scripts/"))
                for name in names
            ):
                raise ContentRefused(
                    "macros", "The file carries macros; save it without macros, or as PDF."
                )
            if "[Content_Types].xml" in names:
                for part, content_type in (
                    ("word/document.xml", DOCX),
                    ("xl/workbook.xml", XLSX),
                    ("ppt/presentation.xml", PPTX),
                ):
                    if part in names:
                        return content_type
            if "mimetype" in names and archive.getinfo("mimetype").file_size <= 100:
                declared = archive.read("mimetype").decode("ascii", "replace").strip()
                if declared in ODF_MIMETYPES:
                    return declared
    except zipfile.BadZipFile:
        raise ContentRefused(
            "damaged", "The file looks like a ZIP archive but is damaged."
        ) from None
    finally:
        upload.seek(0)
    raise ContentRefused(
        "unsupported_type",
        f"The file is a ZIP archive; archives are not accepted. Allowed: {ALLOWED_DESCRIPTION}.",
    )


def detect_content_type(upload: IO[bytes] | File) -> DetectedType:
    """The document's type, from its bytes only; raises ContentRefused for anything else.

    The client's file name and declared content type are ignored: a Windows executable named
    `statement.pdf` is refused as what it is.
    """
    head = _read_head(upload)
    for magic, what in EXECUTABLE_MAGIC:
        if head.startswith(magic):
            raise ContentRefused(
                "executable",
                f"The file is {what}, not a document; executables are never accepted, "
                "whatever the file name says.",
            )
    if head.startswith(ZIP_MAGIC):
        content_type = _zip_document_type(upload)
        return DetectedType(content_type, ALLOWED_TYPES[content_type][0])
    guess = filetype.guess(head)
    if guess is not None and guess.mime in ALLOWED_TYPES:
        return DetectedType(guess.mime, ALLOWED_TYPES[guess.mime][0])
    # Text has no magic number, and some magic numbers are two printable letters ("BM"): clean
    # UTF-8 is text, whatever a weak signature says.
    if _is_text(head):
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") and MARKUP.search(head):
            raise ContentRefused(
                "markup",
                "The file is HTML or SVG, which can run scripts when opened; "
                "save it as PDF instead.",
            )
        return DetectedType(TEXT, "txt")
    if guess is not None:
        raise ContentRefused(
            "unsupported_type",
            f"The file's content is {guess.mime}, which is not accepted. "
            f"Allowed: {ALLOWED_DESCRIPTION}.",
        )
    raise ContentRefused(
        "unknown_type",
        f"The file's type cannot be recognised from its content. Allowed: {ALLOWED_DESCRIPTION}.",
    )


def sanitize_original_name(name: str | None) -> str:
    """The client's file name as harmless metadata: no directories, no control or bidi-override
    characters, no leading dots, at most 255 characters (keeping a short extension)."""
    if not name:
        return ""
    name = unicodedata.normalize("NFC", str(name))
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    # Category C: controls (NUL, newlines), format characters (U+202E right-to-left override,
    # which makes `fdp.exe` read as `exe.pdf`), surrogates, private use, unassigned.
    name = "".join(ch for ch in name if not unicodedata.category(ch).startswith("C"))
    name = " ".join(name.split()).lstrip(". ")
    if len(name) > ORIGINAL_NAME_MAX:
        stem, dot, extension = name.rpartition(".")
        if dot and stem and 0 < len(extension) <= 16:
            name = f"{stem[: ORIGINAL_NAME_MAX - len(extension) - 1]}.{extension}"
        else:
            name = name[:ORIGINAL_NAME_MAX]
    return name


def download_name(document: Document) -> str:
    """The file name a download carries: the original one if its extension matches the detected
    type (else the right extension is appended), or `<id>.<extension>`."""
    extensions = ALLOWED_TYPES.get(document.content_type, ("bin",))
    if not document.original_name:
        return f"{document.pk}.{extensions[0]}"
    _, dot, extension = document.original_name.rpartition(".")
    if dot and extension.lower() in extensions:
        return document.original_name
    return f"{document.original_name[: ORIGINAL_NAME_MAX - 6]}.{extensions[0]}"


# --- Storing and recording ----------------------------------------------------------------------


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
            before = _state(predecessor)
            predecessor.superseded_by = document
            save_new_version(predecessor, ["superseded_by"])
            trail.record(
                "document.superseded",
                obj=predecessor,
                case=case,
                actor=by,
                changes=trail.diff(before, _state(predecessor)),
            )
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


# --- Verifying ----------------------------------------------------------------------------------


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
