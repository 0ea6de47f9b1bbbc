"""Who sees and downloads which document, who uploads, and what a download answers and records."""

from __future__ import annotations

import base64
import hashlib
import uuid

import pytest

from audit.models import AuditEvent
from documents.models import Document
from tests.documents.samples import CSV, PDF, make_document
from tests.factories import make_asset, make_case, share

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(personas):
    case = make_case(by=personas.prosecutor_gb)
    share(case, "FR")
    share(case, "CH")
    from workflows.services.sharing import case_unshare

    case_unshare(case=case, state_code="CH", by=personas.prosecutor_gb)
    open_document = make_document(case=case, content=PDF, name="statement.pdf")
    restricted_document = make_document(
        case=case, content=CSV, name="informant.csv", restricted=True
    )
    return {"case": case, "open": open_document, "restricted": restricted_document}


def download(client, document_id, **headers):
    response = client.get(f"/api/v1/documents/{document_id}/download/", **headers)
    # Consuming the stream closes the response (as a WSGI server would).
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return response, content


def downloads_of(document: Document) -> int:
    return AuditEvent.objects.filter(
        action="document.downloaded", object_id=str(document.pk)
    ).count()


def test_download_streams_the_same_bytes_as_an_attachment(world, personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)
    response, content = download(client, world["open"].pk)
    assert response.status_code == 200
    assert response.streaming
    assert content == PDF
    assert hashlib.sha256(content).hexdigest() == world["open"].sha256
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="statement.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "no-store"
    assert response["Content-Length"] == str(len(PDF))
    expected_digest = base64.b64encode(hashlib.sha256(PDF).digest()).decode()
    assert response["Repr-Digest"] == f"sha-256=:{expected_digest}:"


def test_the_api_hash_equals_the_hash_of_uploaded_and_downloaded_bytes(
    personas, client_for, upload
) -> None:
    case = make_case(by=personas.prosecutor_gb)
    client = client_for(personas.prosecutor_gb)
    content = PDF + bytes(range(256)) * 50  # binary, several chunks of the multipart parser
    body = upload(client, case, content=content).json()
    _, downloaded = download(client, body["id"])
    assert body["sha256"] == hashlib.sha256(content).hexdigest()
    assert body["sha256"] == hashlib.sha256(downloaded).hexdigest()
    assert body["size"] == len(downloaded) == len(content)


def test_a_download_is_audited_once(world, personas, client_for) -> None:
    client = client_for(personas.liaison_fr)
    response, _ = download(client, world["open"].pk)
    assert response.status_code == 200
    events = AuditEvent.objects.filter(action="document.downloaded")
    assert events.count() == 1
    event = events.get()
    assert event.object_id == str(world["open"].pk)
    assert event.case_id == world["case"].pk
    assert event.actor_id == personas.liaison_fr.pk
    assert event.restricted is False
    assert event.changes["after"]["sha256"] == world["open"].sha256


def test_restricted_downloads_are_audited_as_restricted(world, personas, client_for) -> None:
    download(client_for(personas.prosecutor_gb), world["restricted"].pk)
    assert AuditEvent.objects.get(action="document.downloaded").restricted is True


def test_a_text_download_names_its_charset_and_keeps_a_safe_extension(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb)
    document = make_document(case=case, content=CSV, name="ledger.html")
    response, content = download(client_for(personas.prosecutor_gb), document.pk)
    assert content == CSV
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="ledger.html.txt"'


def test_a_document_without_a_name_downloads_as_its_id(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb)
    document = make_document(case=case)
    Document.objects.filter(pk=document.pk).update(original_name="")
    response, _ = download(client_for(personas.prosecutor_gb), document.pk)
    assert response["Content-Disposition"] == f'attachment; filename="{document.pk}.pdf"'


def test_a_download_ignores_the_accept_header(world, personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)
    response, content = download(client, world["open"].pk, HTTP_ACCEPT="application/pdf")
    assert response.status_code == 200
    assert content == PDF
    missing, _ = download(client, uuid.uuid4(), HTTP_ACCEPT="application/pdf")
    assert missing.status_code == 404
    assert missing["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize("persona", ["prosecutor_ng", "liaison_ch", "liaison_us"])
def test_outsiders_get_404_on_detail_and_download(world, personas, client_for, persona) -> None:
    client = client_for(getattr(personas, persona))
    random_id = uuid.uuid4()
    for document in (world["open"], world["restricted"]):
        for suffix in ("", "download/"):
            hidden = client.get(f"/api/v1/documents/{document.pk}/{suffix}")
            random = client.get(f"/api/v1/documents/{random_id}/{suffix}")
            assert hidden.status_code == 404
            assert hidden.json() == random.json()
    assert client.get("/api/v1/documents/").json()["count"] == 0
    assert not AuditEvent.objects.filter(action="document.downloaded").exists()


def test_a_partner_liaison_sees_and_downloads_open_documents_only(
    world, personas, client_for
) -> None:
    client = client_for(personas.liaison_fr)
    listing = client.get("/api/v1/documents/").json()
    assert [row["id"] for row in listing["results"]] == [str(world["open"].pk)]
    detail = client.get(f"/api/v1/documents/{world['open'].pk}/").json()
    assert "restricted" not in detail
    assert "uploaded_by" not in detail
    assert detail["sha256"] == world["open"].sha256
    response, content = download(client, world["open"].pk)
    assert (response.status_code, content) == (200, PDF)
    assert client.get(f"/api/v1/documents/{world['restricted'].pk}/").status_code == 404
    response, _ = download(client, world["restricted"].pk)
    assert response.status_code == 404


def test_partners_see_no_pointer_to_restricted_items(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb)
    share(case, "FR")
    hidden_asset = make_asset(case=case, restricted=True)
    about_hidden = make_document(case=case, asset=hidden_asset)
    document = make_document(case=case, title="Open statement")
    newer = make_document(case=case, supersedes=document, restricted=True)
    liaison = client_for(personas.liaison_fr)
    body = liaison.get(f"/api/v1/documents/{document.pk}/").json()
    assert body["superseded_by"] is None
    # A document is no more visible than the asset it is about.
    assert liaison.get(f"/api/v1/documents/{about_hidden.pk}/").status_code == 404
    owner = client_for(personas.prosecutor_gb)
    assert owner.get(f"/api/v1/documents/{about_hidden.pk}/").json()["asset"] == str(
        hidden_asset.pk
    )
    assert owner.get(f"/api/v1/documents/{document.pk}/").json()["superseded_by"] == str(newer.pk)


def test_only_the_case_team_uploads(world, personas, client_for, upload) -> None:
    case = world["case"]
    assert upload(client_for(personas.prosecutor_gb), case).status_code == 201
    for persona in ("prosecutor2_gb", "liaison_fr", "admin_gb"):
        response = upload(client_for(getattr(personas, persona)), case)
        assert response.status_code == 403, persona
        assert response["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize("persona", ["prosecutor_ng", "liaison_ch", "liaison_us"])
def test_an_invisible_case_answers_like_a_random_id(
    world, personas, client_for, upload, persona
) -> None:
    client = client_for(getattr(personas, persona))
    hidden = upload(client, world["case"])
    random = upload(client, uuid.uuid4())
    assert hidden.status_code == random.status_code == 400
    assert hidden.json() == random.json()
    assert hidden.json()["errors"] == [
        {"attr": "case", "code": "does_not_exist", "detail": "No object with this id."}
    ]
    assert Document.objects.count() == 2


def test_liaisons_cannot_name_an_mla_request_yet(world, personas, client_for, upload) -> None:
    """MLA requests do not exist yet: every id answers as one the caller may not see."""
    response = upload(client_for(personas.liaison_fr), world["case"], mla_request=uuid.uuid4())
    assert response.status_code == 400
    assert response.json()["errors"][0] == {
        "attr": "mla_request",
        "code": "does_not_exist",
        "detail": "No object with this id.",
    }


def test_a_missing_stored_file_is_a_problem_not_a_crash(world, personas, client_for) -> None:
    document = world["open"]
    document.file.storage.delete(document.file.name)
    response, _ = download(client_for(personas.prosecutor_gb), document.pk)
    assert response.status_code == 500
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == "stored_file_missing"
    assert downloads_of(document) == 0
