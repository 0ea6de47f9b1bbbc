"""Uploading: the hash, size and type come from the bytes; sizes, empty files, disguised
executables and hostile file names are handled; the upload is in the audit chain."""

from __future__ import annotations

import hashlib
import re

import pytest
from rest_framework.test import APIClient

from audit.models import AuditEvent
from documents.models import Document
from tests.documents.conftest import MAX_BYTES
from tests.documents.samples import CSV, ELF, EXE, HTML, MACHO, PDF, SVG, docx, multipart
from tests.factories import make_case

pytestmark = pytest.mark.django_db

STORED_NAME = re.compile(r"^documents/[0-9a-f-]{36}/[0-9a-f]{32}$")


@pytest.fixture
def case(personas):
    return make_case(by=personas.prosecutor_gb)


@pytest.fixture
def team(personas, client_for):
    return client_for(personas.prosecutor_gb)


def test_upload_answers_the_hash_size_and_type_of_the_bytes(team, case, upload, personas) -> None:
    response = upload(team, case, content=PDF, name="statement.pdf", restricted=True)
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["sha256"] == hashlib.sha256(PDF).hexdigest()
    assert body["size"] == len(PDF)
    assert body["content_type"] == "application/pdf"
    assert body["original_name"] == "statement.pdf"
    assert body["case"] == str(case.pk)
    assert body["restricted"] is True
    assert body["uploaded_by"]["username"] == "prosecutor_gb"
    assert response["ETag"] == '"1"'
    document = Document.objects.get(pk=body["id"])
    assert STORED_NAME.match(document.file.name)
    assert str(case.pk) in document.file.name
    with document.file.open("rb") as stored:
        assert stored.read() == PDF


def test_the_upload_is_in_the_audit_chain(team, case, upload, personas) -> None:
    body = upload(team, case, content=PDF).json()
    event = AuditEvent.objects.get(action="document.uploaded", object_id=body["id"])
    after = event.changes["after"]
    assert after["sha256"] == hashlib.sha256(PDF).hexdigest()
    assert after["size"] == len(PDF)
    assert after["content_type"] == "application/pdf"
    assert after["uploaded_by_id"] == str(personas.prosecutor_gb.pk)
    assert after["storage_name"] == Document.objects.get(pk=body["id"]).file.name
    assert event.case_id == case.pk
    assert event.actor_id == personas.prosecutor_gb.pk


def test_the_declared_content_type_is_ignored(team, case, upload) -> None:
    response = upload(team, case, content=CSV, name="ledger.pdf")
    assert response.status_code == 201, response.content
    assert response.json()["content_type"] == "text/plain"


def test_office_documents_are_recognised(team, case, upload) -> None:
    response = upload(team, case, content=docx(), name="order.docx")
    assert response.status_code == 201, response.content
    assert response.json()["content_type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )


def test_a_file_at_the_limit_is_accepted_and_one_byte_more_is_413(team, case, upload) -> None:
    at_limit = PDF + b"\n" * (MAX_BYTES - len(PDF))
    assert upload(team, case, content=at_limit).status_code == 201
    response = upload(team, case, content=at_limit + b"\n")
    assert response.status_code == 413
    assert response["Content-Type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == 413
    assert problem["code"] == "too_large"
    assert problem["max_bytes"] == MAX_BYTES
    assert Document.objects.count() == 1


def test_a_declared_length_far_beyond_the_limit_is_413_before_reading(
    team, case, upload, settings
) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    response = upload(team, case, content=PDF + b"\n" * (MAX_BYTES + 2 * 1024 * 1024))
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
    assert not Document.objects.exists()


def test_oversized_upload_leaves_no_file_behind(team, case, upload, media_root) -> None:
    upload(team, case, content=PDF + b"\n" * MAX_BYTES)
    assert not [path for path in media_root.rglob("*") if path.is_file()]


def test_an_empty_file_is_400(team, case, upload) -> None:
    response = upload(team, case, content=b"")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["errors"][0]["attr"] == "file"
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    ("content", "what"),
    [(EXE, "Windows executable"), (ELF, "ELF executable"), (MACHO, "Mach-O")],
    ids=["mz", "elf", "macho"],
)
def test_an_executable_named_pdf_is_refused_with_a_clear_message(
    team, case, upload, content, what
) -> None:
    response = upload(team, case, content=content, name="court-order.pdf")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert errors[0]["attr"] == "file"
    assert errors[0]["code"] == "executable"
    assert what in errors[0]["detail"]
    assert "never accepted" in errors[0]["detail"]
    assert not Document.objects.exists()


@pytest.mark.parametrize("content", [HTML, SVG], ids=["html", "svg"])
def test_markup_that_can_run_scripts_is_refused(team, case, upload, content) -> None:
    response = upload(team, case, content=content, name="note.txt")
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "markup"


def post_raw(client: APIClient, case, filename: str, content: bytes = PDF):
    body, content_type = multipart(
        {"case": str(case.pk), "title": "Statement", "kind": "bank_record"},
        filename=filename,
        content=content,
    )
    return client.post("/api/v1/documents/", body, content_type=content_type)


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("..\\..\\windows\\system32\\evil.pdf", "evil.pdf"),
        ("/etc/cron.d/statement.pdf", "statement.pdf"),
        ("evil\x00.exe.pdf", "evil.exe.pdf"),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),
        ("...hidden.pdf", "hidden.pdf"),
    ],
)
def test_hostile_file_names_never_reach_the_storage(
    team, case, filename, expected, media_root
) -> None:
    response = post_raw(team, case, filename)
    assert response.status_code == 201, response.content
    document = Document.objects.get(pk=response.json()["id"])
    assert response.json()["original_name"] == expected
    assert STORED_NAME.match(document.file.name)
    stored = [p for p in media_root.rglob("*") if p.is_file()]
    assert [p.relative_to(media_root).as_posix() for p in stored] == [document.file.name]


@pytest.mark.parametrize(
    "filename",
    ["a" * 600 + ".pdf", "x." + "b" * 600, "ü" * 400 + ".pdf"],
    ids=["long", "ext", "utf8"],
)
def test_very_long_names_are_cut_to_255(team, case, filename) -> None:
    response = post_raw(team, case, filename)
    assert response.status_code == 201, response.content
    original = response.json()["original_name"]
    assert 0 < len(original) <= 255
    if filename.endswith(".pdf"):
        assert original.endswith(".pdf")
    assert STORED_NAME.match(Document.objects.get().file.name)


def test_a_name_beyond_the_multipart_header_limit_is_a_clean_400(team, case) -> None:
    # Django refuses part headers over 1 KiB before any file is written.
    response = post_raw(team, case, "a" * 2000 + ".pdf")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert not Document.objects.exists()


def test_the_upload_works_through_a_browser_session_with_csrf(personas, case) -> None:
    """With a session, the CSRF check reads the form before the view: the same handler streams
    and hashes the file there, and the limit holds there too."""
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(personas.prosecutor_gb)
    client.get("/api/v1/auth/csrf/")
    token = client.cookies["csrftoken"].value
    body, content_type = multipart(
        {"case": str(case.pk), "title": "Statement", "kind": "bank_record"},
        filename="statement.pdf",
        content=PDF,
    )
    response = client.post(
        "/api/v1/documents/", body, content_type=content_type, HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 201, response.content
    assert response.json()["sha256"] == hashlib.sha256(PDF).hexdigest()
    big, content_type = multipart(
        {"case": str(case.pk), "title": "Statement", "kind": "bank_record"},
        filename="statement.pdf",
        content=PDF + b"\n" * MAX_BYTES,
    )
    response = client.post(
        "/api/v1/documents/", big, content_type=content_type, HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 413


def test_json_is_not_an_upload(team, case) -> None:
    response = team.post(
        "/api/v1/documents/", {"case": str(case.pk), "title": "x", "kind": "other"}, format="json"
    )
    assert response.status_code == 415


def test_an_archived_case_takes_no_documents(team, case, upload) -> None:
    from cases.models import Case

    Case.objects.filter(pk=case.pk).update(status="archived")
    response = upload(team, case)
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "archived"


def test_the_asset_must_be_of_the_same_case(team, case, upload, personas) -> None:
    from tests.factories import make_asset

    other = make_case(by=personas.prosecutor_gb)
    asset = make_asset(case=other)
    response = upload(team, case, asset=asset)
    assert response.status_code == 400
    assert response.json()["errors"][0] == {
        "attr": "asset",
        "code": "other_case",
        "detail": "Must be an asset of the same case.",
    }
    own = make_asset(case=case)
    assert upload(team, case, asset=own).json()["asset"] == str(own.pk)


def test_documents_are_never_deleted(team, case, upload) -> None:
    document_id = upload(team, case).json()["id"]
    assert team.delete(f"/api/v1/documents/{document_id}/").status_code == 405
    assert Document.objects.filter(pk=document_id).exists()


def test_a_failed_upload_leaves_no_stored_file(team, case, upload, media_root, monkeypatch) -> None:
    from audit import trail

    def broken(*args, **kwargs):
        raise RuntimeError("audit store unavailable")

    monkeypatch.setattr(trail, "record", broken)
    response = upload(team, case)
    assert response.status_code == 500
    assert not Document.objects.exists()
    assert not [path for path in media_root.rglob("*") if path.is_file()]
