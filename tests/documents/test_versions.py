"""Versions (a new upload supersedes an old one, nothing is deleted) and PATCH with If-Match."""

from __future__ import annotations

import pytest

from audit.models import AuditEvent
from documents.models import Document
from tests.documents.samples import CSV, PDF, make_document
from tests.factories import make_case, share

pytestmark = pytest.mark.django_db


@pytest.fixture
def case(personas):
    case = make_case(by=personas.prosecutor_gb)
    share(case, "FR")
    return case


@pytest.fixture
def team(personas, client_for):
    return client_for(personas.prosecutor_gb)


def ids(response) -> list[str]:
    return [row["id"] for row in response.json()["results"]]


def test_a_new_version_supersedes_the_old_one(team, case, upload) -> None:
    first = upload(team, case, content=PDF).json()
    second = upload(team, case, content=CSV, name="v2.csv", supersedes=first["id"])
    assert second.status_code == 201, second.content
    assert second.json()["supersedes"] == first["id"]
    old = team.get(f"/api/v1/documents/{first['id']}/")
    assert old.status_code == 200
    assert old.json()["superseded_by"] == second.json()["id"]
    assert old.json()["version"] == 2
    assert ids(team.get("/api/v1/documents/")) == [second.json()["id"]]
    assert set(ids(team.get("/api/v1/documents/", {"include_superseded": "true"}))) == {
        first["id"],
        second.json()["id"],
    }
    # The old version keeps its bytes and can still be downloaded.
    response = team.get(f"/api/v1/documents/{first['id']}/download/")
    assert b"".join(response.streaming_content) == PDF
    event = AuditEvent.objects.get(action="document.superseded")
    assert event.object_id == first["id"]
    assert event.changes["after"]["superseded_by_id"] == second.json()["id"]


def test_a_version_is_superseded_only_once(team, case, upload) -> None:
    first = upload(team, case).json()
    second = upload(team, case, supersedes=first["id"]).json()
    again = upload(team, case, supersedes=first["id"])
    assert again.status_code == 409
    assert again["Content-Type"] == "application/problem+json"
    assert again.json()["superseded_by"] == second["id"]
    assert Document.objects.count() == 2


def test_the_new_version_must_be_of_the_same_case(team, case, upload, personas) -> None:
    other = make_case(by=personas.prosecutor_gb)
    old = make_document(case=other)
    response = upload(team, case, supersedes=old.pk)
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "other_case"
    assert Document.objects.get(pk=old.pk).superseded_by is None
    assert Document.objects.count() == 1


def test_an_invisible_document_cannot_be_superseded(personas, client_for, upload) -> None:
    foreign = make_case(by=personas.prosecutor_ng)
    hidden = make_document(case=foreign)
    own = make_case(by=personas.prosecutor_gb)
    response = upload(client_for(personas.prosecutor_gb), own, supersedes=hidden.pk)
    assert response.status_code == 400
    assert response.json()["errors"][0]["detail"] == "No object with this id."


def test_a_new_version_of_a_restricted_document_stays_restricted(team, case, upload) -> None:
    first = upload(team, case, restricted=True).json()
    second = upload(team, case, supersedes=first["id"]).json()
    assert second["restricted"] is True


def test_patch_changes_the_description_with_if_match(team, case, upload) -> None:
    created = upload(team, case)
    url = f"/api/v1/documents/{created.json()['id']}/"
    changed = team.patch(
        url, {"title": "Freezing order", "kind": "court_order"}, HTTP_IF_MATCH=created["ETag"]
    )
    assert changed.status_code == 200, changed.content
    assert changed.json()["title"] == "Freezing order"
    assert changed.json()["kind"] == "court_order"
    assert changed["ETag"] == '"2"'
    stale = team.patch(url, {"title": "Again"}, HTTP_IF_MATCH=created["ETag"])
    assert stale.status_code == 412
    assert AuditEvent.objects.filter(action="document.updated").count() == 1


def test_patch_never_touches_the_bytes(team, case, upload) -> None:
    created = upload(team, case).json()
    url = f"/api/v1/documents/{created['id']}/"
    team.patch(url, {"sha256": "0" * 64, "size": 1, "case": "x", "content_type": "text/html"})
    document = Document.objects.get(pk=created["id"])
    assert (document.sha256, document.size, document.content_type) == (
        created["sha256"],
        created["size"],
        "application/pdf",
    )


def test_restricting_a_document_hides_it_from_partners(team, case, upload, personas, client_for):
    created = upload(team, case).json()
    liaison = client_for(personas.liaison_fr)
    assert liaison.get(f"/api/v1/documents/{created['id']}/").status_code == 200
    team.patch(f"/api/v1/documents/{created['id']}/", {"restricted": True})
    assert liaison.get(f"/api/v1/documents/{created['id']}/").status_code == 404
    event = AuditEvent.objects.get(action="document.updated")
    assert event.restricted is True


def test_list_filters(team, case, upload, personas) -> None:
    from tests.factories import make_asset

    asset = make_asset(case=case)
    order = upload(team, case, kind="court_order", asset=asset).json()
    record = upload(team, case, content=CSV, name="x.csv").json()
    other_case = make_case(by=personas.prosecutor_gb)
    elsewhere = make_document(case=other_case, content=PDF + b"% another statement\n")
    assert ids(team.get("/api/v1/documents/", {"kind": "court_order"})) == [order["id"]]
    assert ids(team.get("/api/v1/documents/", {"asset": str(asset.pk)})) == [order["id"]]
    assert set(ids(team.get("/api/v1/documents/", {"case": str(case.pk)}))) == {
        order["id"],
        record["id"],
    }
    assert ids(team.get("/api/v1/documents/", {"sha256": elsewhere.sha256.upper()})) == [
        str(elsewhere.pk)
    ]
