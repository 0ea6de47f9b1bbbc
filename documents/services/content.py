"""What is accepted: the type is decided from the bytes (magic numbers), never from the
client's file name or declared type, and anything outside the allow-list is refused."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass
from typing import IO

import filetype
from django.core.files import File

from documents.models import Document

HEAD_BYTES = 8192  # what magic numbers and the text check look at
ORIGINAL_NAME_MAX = 255


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
