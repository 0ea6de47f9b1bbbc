"""Content detection from the bytes, and file-name sanitizing: pure functions, no database."""

from __future__ import annotations

import io

import pytest

from documents.services.content import (
    DOCX,
    ODT,
    TEXT,
    XLSX,
    ContentRefused,
    detect_content_type,
    sanitize_original_name,
)
from tests.documents.samples import (
    BINARY_NOISE,
    CSV,
    ELF,
    EXE,
    GZIP,
    HTML,
    JPEG,
    MACHO,
    PDF,
    PLAIN_ZIP_ENTRIES,
    SVG,
    TIFF,
    docx,
    odt,
    png,
    xlsx,
    zipped,
)


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (PDF, "application/pdf"),
        (png(), "image/png"),
        (JPEG, "image/jpeg"),
        (TIFF, "image/tiff"),
        (docx(), DOCX),
        (xlsx(), XLSX),
        (odt(), ODT),
        (CSV, TEXT),
        (
            b"From: central.authority@example.org\r\nSubject: MLA 12/2026\r\n\r\nDear colleague",
            TEXT,
        ),
        (b'<?xml version="1.0"?><Document><BkToCstmrStmt/></Document>', TEXT),
        (b"BMW leasing contract, 2019\n", TEXT),  # "BM" is also the BMP magic number
        ("é".encode() * 5000, TEXT),  # a multi-byte character cut at the 8 KiB mark
    ],
    ids=[
        "pdf",
        "png",
        "jpeg",
        "tiff",
        "docx",
        "xlsx",
        "odt",
        "csv",
        "eml",
        "xml",
        "bm-text",
        "utf8-cut",
    ],
)
def test_accepted_types(content: bytes, content_type: str) -> None:
    assert detect_content_type(io.BytesIO(content)).content_type == content_type


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (EXE, "executable"),
        (ELF, "executable"),
        (MACHO, "executable"),
        (b"#!/bin/sh\nrm -rf /\n", "executable"),
        (HTML, "markup"),
        (SVG, "markup"),
        (b"  \n<svg onload=alert(1)>", "markup"),
        (zipped(PLAIN_ZIP_ENTRIES), "unsupported_type"),
        (docx(("word/vbaProject.bin", b"\x00macro")), "macros"),
        (b"PK\x03\x04 not really a zip", "damaged"),
        (GZIP, "unsupported_type"),
        (BINARY_NOISE, "unknown_type"),
        (b"caf\xe9 latin-1 text", "unknown_type"),
    ],
    ids=[
        "mz",
        "elf",
        "macho",
        "script",
        "html",
        "svg",
        "svg-late",
        "zip",
        "macros",
        "broken-zip",
        "gzip",
        "noise",
        "latin1",
    ],
)
def test_refused_types(content: bytes, code: str) -> None:
    with pytest.raises(ContentRefused) as refused:
        detect_content_type(io.BytesIO(content))
    assert refused.value.code == code
    assert refused.value.message


def test_detection_leaves_the_stream_at_its_start() -> None:
    stream = io.BytesIO(docx())
    detect_content_type(stream)
    assert stream.tell() == 0


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("statement.pdf", "statement.pdf"),
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\x\\order.pdf", "order.pdf"),
        ("a\x00b.pdf", "ab.pdf"),
        ("line\nbreak.pdf", "linebreak.pdf"),
        ("report\u202efdp.exe", "reportfdp.exe"),
        ("  .hidden  .pdf", "hidden .pdf"),
        ("..", ""),
        ("", ""),
        (None, ""),
        ("Ordonnance du juge d\u2019instruction.pdf", "Ordonnance du juge d\u2019instruction.pdf"),
    ],
)
def test_sanitize_original_name(name: str | None, expected: str) -> None:
    assert sanitize_original_name(name) == expected


def test_sanitize_keeps_the_extension_of_long_names() -> None:
    cut = sanitize_original_name("a" * 1000 + ".pdf")
    assert len(cut) == 255
    assert cut.endswith("a.pdf")
    assert len(sanitize_original_name("b" * 1000)) == 255
