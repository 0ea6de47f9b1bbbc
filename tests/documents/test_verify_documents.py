"""`manage.py verify_documents`: intact files pass; tampered, missing or re-recorded ones fail."""

from __future__ import annotations

import hashlib
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from documents.models import Document
from tests.documents.samples import CSV, PDF, make_document
from tests.factories import make_case

pytestmark = pytest.mark.django_db


@pytest.fixture
def documents(personas):
    case = make_case(by=personas.prosecutor_gb)
    return [make_document(case=case, content=PDF), make_document(case=case, content=CSV)]


def verify(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("verify_documents", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def path_of(document: Document, media_root: Path) -> Path:
    return media_root / document.file.name


def test_intact_documents_pass(documents) -> None:
    out, err = verify()
    assert "2 documents verified" in out
    assert err == ""


def test_a_tampered_file_fails(documents, media_root) -> None:
    tampered = documents[0]
    path_of(tampered, media_root).write_bytes(PDF.replace(b"Catalog", b"Catalof"))
    with pytest.raises(CommandError, match="1 of 2 documents failed"):
        verify()
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("verify_documents", stderr=err, stdout=StringIO())
    assert f"HASH_MISMATCH document {tampered.pk}" in err.getvalue()


def test_a_missing_file_fails(documents, media_root) -> None:
    path_of(documents[1], media_root).unlink()
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("verify_documents", stderr=err, stdout=StringIO())
    assert f"MISSING document {documents[1].pk}" in err.getvalue()


def test_a_row_rewritten_to_match_a_tampered_file_fails_against_the_audit_chain(
    documents, media_root
) -> None:
    forged = b"%PDF-1.4\nforged\n%%EOF\n"
    document = documents[0]
    path_of(document, media_root).write_bytes(forged)
    Document.objects.filter(pk=document.pk).update(
        sha256=hashlib.sha256(forged).hexdigest(), size=len(forged)
    )
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("verify_documents", stderr=err, stdout=StringIO())
    assert f"AUDIT_MISMATCH document {document.pk}" in err.getvalue()


def test_verify_one_case(documents, personas, media_root) -> None:
    other = make_document(case=make_case(by=personas.prosecutor_gb))
    path_of(other, media_root).unlink()
    out, _ = verify("--case", str(documents[0].case_id))
    assert "2 documents verified" in out
