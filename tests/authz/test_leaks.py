"""One test per leak found by an outside tester (issue 14), each seen failing before its fix.

Each leak came from a partner-state rule written by hand beside `cases/visibility.py`; the fix
is always the same: the model's queryset (`visible_to`) says what a liaison sees, and answers,
references and permissions read that.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from accounts.services.users import state_admins_group
from audit import trail
from cases.models import State
from cases.services.case_file import asset_update, case_update, subject_update
from deadlines.models import Deadline, DeadlineKind, Reminder
from demo.seed import seed_users
from documents.models import Document
from documents.services.records import document_update
from notifications.models import Notification
from tests.authz.world import freeze, send_mla
from tests.documents.samples import CSV, PDF, make_document
from tests.factories import expire_share, make_asset, make_case, make_subject, share
from workflows.services.mla import mla_request_create, mla_request_transition

pytestmark = pytest.mark.django_db

IN_90_DAYS = timezone.now().date() + timedelta(days=90)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def case(personas):
    case = make_case(by=personas.prosecutor_gb, title="Leak case")
    share(case, "FR")
    return case


def ids(response: Any) -> set[str]:
    assert response.status_code == 200, response.content[:300]
    return {row["id"] for row in response.json()["results"]}


def test_a_freeze_deadline_follows_its_asset_when_the_asset_is_restricted(
    case, personas, client_for
) -> None:
    gb = personas.prosecutor_gb
    asset = make_asset(case=case, description="Account frozen, restricted later")
    freeze(asset, gb)
    deadline = Deadline.objects.get(
        kind=DeadlineKind.FREEZE_EXPIRY,
        source_id=asset.transitions.get().pk,  # its order
    )
    liaison = client_for(personas.liaison_fr)
    assert str(deadline.pk) in ids(liaison.get("/api/v1/deadlines/"))

    asset.refresh_from_db()  # as the API reads it: after the freeze
    asset_update(asset=asset, by=gb, changes={"restricted": True})

    assert str(deadline.pk) not in ids(liaison.get("/api/v1/deadlines/"))
    assert liaison.get(f"/api/v1/deadlines/{deadline.pk}/").status_code == 404
    feed = liaison.get("/api/v1/deadlines.ics")
    assert feed.status_code == 200
    assert str(deadline.pk).encode() not in feed.content
    assert b"Account frozen" not in feed.content
    # The team still sees it, with its reminders.
    assert str(deadline.pk) in ids(client_for(gb).get("/api/v1/deadlines/"))


@pytest.mark.parametrize("kind_of_request", ["draft", "restricted"])
def test_a_document_of_a_hidden_mla_request_is_hidden(
    kind_of_request, case, personas, client_for
) -> None:
    gb = personas.prosecutor_gb
    request, _ = mla_request_create(
        case=case,
        by=gb,
        requested_state=State.objects.get(code="FR"),
        kind="evidence",
        due_on=IN_90_DAYS,
        restricted=kind_of_request == "restricted",
    )
    if kind_of_request == "restricted":
        request = mla_request_transition(request_id=request.pk, by=gb, action="send")
    document = make_document(case=case, mla_request=request, title="Letter of request")
    liaison = client_for(personas.liaison_fr)

    listed = liaison.get("/api/v1/documents/")
    assert str(document.pk) not in ids(listed)
    assert str(request.pk) not in listed.content.decode()
    assert liaison.get(f"/api/v1/documents/{document.pk}/").status_code == 404
    assert liaison.get(f"/api/v1/documents/{document.pk}/download/").status_code == 404


def test_a_liaison_cannot_replace_the_teams_document(case, personas, client_for) -> None:
    gb = personas.prosecutor_gb
    request = send_mla(case, gb)
    teams = make_document(case=case, mla_request=request, title="Letter of request")
    response = client_for(personas.liaison_fr).post(
        "/api/v1/documents/",
        {
            "case": str(case.pk),
            "mla_request": str(request.pk),
            "supersedes": str(teams.pk),
            "title": "Our answer",
            "kind": "mla_correspondence",
            "file": SimpleUploadedFile("answer.pdf", PDF, content_type="application/pdf"),
        },
        format="multipart",
    )
    assert response.status_code == 400, response.content
    assert response.json()["errors"][0]["attr"] == "supersedes"
    teams.refresh_from_db()
    assert teams.superseded_by_id is None
    assert Document.objects.filter(case=case).count() == 1


def test_a_restricted_newer_version_is_never_named_nor_implied(case, personas, client_for) -> None:
    gb = personas.prosecutor_gb
    old = make_document(case=case, title="Statement v1")
    newer = make_document(
        case=case, content=CSV, name="v2.csv", title="Statement v2", supersedes=old
    )
    document_update(document=newer, by=gb, changes={"restricted": True})
    liaison = client_for(personas.liaison_fr)

    current = liaison.get("/api/v1/documents/")
    everything = liaison.get("/api/v1/documents/", {"include_superseded": "true"})
    # For the liaison, the old version is the newest they see: current, in both lists alike.
    assert ids(current) == ids(everything) == {str(old.pk)}
    for body in (current.json(), everything.json()):
        assert body["results"][0]["superseded_by"] is None
        assert str(newer.pk) not in str(body)
    detail = liaison.get(f"/api/v1/documents/{old.pk}/").json()
    assert detail["superseded_by"] is None
    # The team sees the chain as it is.
    team = client_for(gb).get(f"/api/v1/documents/{old.pk}/").json()
    assert team["superseded_by"] == str(newer.pk)


def test_a_conflict_never_names_a_version_the_caller_may_not_see(
    case, personas, client_for
) -> None:
    gb = personas.prosecutor_gb
    request = send_mla(case, gb)
    answer = make_document(
        case=case, by=personas.liaison_fr, mla_request=request, title="Answer v1"
    )
    hidden = make_document(
        case=case, content=CSV, name="v2.csv", title="Team's v2", supersedes=answer
    )
    document_update(document=hidden, by=gb, changes={"restricted": True})
    response = client_for(personas.liaison_fr).post(
        "/api/v1/documents/",
        {
            "case": str(case.pk),
            "mla_request": str(request.pk),
            "supersedes": str(answer.pk),
            "title": "Answer v2",
            "kind": "mla_correspondence",
            "file": SimpleUploadedFile("answer.pdf", PDF, content_type="application/pdf"),
        },
        format="multipart",
    )
    assert response.status_code == 409
    assert str(hidden.pk) not in response.content.decode()
    assert "superseded_by" not in response.json()


def test_filtering_documents_by_a_restricted_asset_counts_like_a_random_id(
    case, personas, client_for
) -> None:
    asset = make_asset(case=case, description="Restricted later", restricted=True)
    make_document(case=case, asset=asset)
    liaison = client_for(personas.liaison_fr)
    by_asset = liaison.get("/api/v1/documents/", {"asset": str(asset.pk)})
    by_random = liaison.get("/api/v1/documents/", {"asset": "00000000-0000-4000-8000-000000000000"})
    assert by_asset.status_code == by_random.status_code == 200
    assert by_asset.json()["count"] == by_random.json()["count"] == 0


def test_the_guardian_permission_of_an_expired_share_is_not_granted(case, personas) -> None:
    liaison = personas.liaison_fr
    assert liaison.has_perm("cases.view_case", case)
    expire_share(case, "FR")
    fresh = type(liaison).objects.get(pk=liaison.pk)  # no permission cache
    assert not fresh.has_perm("cases.view_case", case)
    assert not fresh.has_perm("cases.answer_mla_case", case)


def test_the_admin_shows_only_the_own_states_cases_and_never_writes_them(personas) -> None:
    gb, ng = personas.prosecutor_gb, personas.prosecutor_ng
    gb_case = make_case(by=gb, title="GB admin case")
    ng_case = make_case(by=ng, title="NG admin case")
    admin = personas.admin_gb
    admin.groups.add(state_admins_group())
    client = Client()
    client.force_login(admin)

    page = client.get("/admin/cases/case/")
    assert page.status_code == 200
    assert b"GB admin case" in page.content
    assert b"NG admin case" not in page.content
    assert client.get(f"/admin/cases/case/{ng_case.pk}/change/").status_code in (302, 404)
    # Read-only: the case file changes through the application's services only.
    view = client.get(f"/admin/cases/case/{gb_case.pk}/change/")
    assert view.status_code == 200
    before = gb_case.version
    response = client.post(f"/admin/cases/case/{gb_case.pk}/change/", {"title": "Edited"})
    assert response.status_code == 403
    gb_case.refresh_from_db()
    assert (gb_case.title, gb_case.version) == ("GB admin case", before)
    assert client.get("/admin/cases/subject/add/").status_code == 403


def test_the_demo_admin_is_not_a_superuser(db) -> None:
    users = seed_users(password="demo-password-for-the-test")
    assert users["admin"].is_staff
    assert not users["admin"].is_superuser


def test_a_liaisons_etag_moves_only_with_what_they_see(case, personas, client_for) -> None:
    gb = personas.prosecutor_gb
    subject = make_subject(case=case, name="Official")
    asset = make_asset(case=case, description="Villa")
    liaison = client_for(personas.liaison_fr)
    urls = [
        f"/api/v1/cases/{case.pk}/",
        f"/api/v1/subjects/{subject.pk}/",
        f"/api/v1/assets/{asset.pk}/",
    ]
    before = {url: liaison.get(url) for url in urls}

    case_update(case=case, by=gb, changes={"internal_notes": "team only, changed"})
    subject_update(subject=subject, by=gb, changes={"internal_notes": "informant"})
    asset_update(asset=asset, by=gb, changes={"internal_notes": "do not tip off"})
    make_asset(case=case, description="Hidden yacht", restricted=True)

    for url in urls:
        after = liaison.get(url)
        assert after["ETag"] == before[url]["ETag"], url
        assert after.json() == before[url].json(), url
        assert "updated_at" not in after.json()

    asset_update(asset=asset, by=gb, changes={"description": "Villa on the lake"})
    assert liaison.get(urls[2])["ETag"] != before[urls[2]]["ETag"]
    # The team's ETag is the version, which counts every change.
    assert client_for(gb).get(urls[2])["ETag"] == f'"{asset.version}"'


def test_a_liaisons_stale_etag_is_refused_on_an_mla_answer(case, personas, client_for) -> None:
    gb = personas.prosecutor_gb
    request = send_mla(case, gb)
    liaison = client_for(personas.liaison_fr)
    url = f"/api/v1/mla-requests/{request.pk}/"
    etag = liaison.get(url)["ETag"]
    transitions = f"{url}transitions/"
    # A version number (what the team is given) never matches a partner's ETag.
    numeric = liaison.post(
        transitions, {"action": "acknowledge"}, format="json", HTTP_IF_MATCH=f'"{request.version}"'
    )
    assert numeric.status_code == 412
    answered = liaison.post(
        transitions, {"action": "acknowledge"}, format="json", HTTP_IF_MATCH=etag
    )
    assert answered.status_code == 200, answered.content
    stale = liaison.post(
        transitions,
        {"action": "request_info", "note": "which accounts?"},
        format="json",
        HTTP_IF_MATCH=etag,
    )
    assert stale.status_code == 412


def test_a_relatives_official_restricted_later_is_null_not_an_id(
    case, personas, client_for
) -> None:
    gb = personas.prosecutor_gb
    official = make_subject(case=case, name="Minister")
    relative = make_subject(case=case, name="Daughter", role="family", related_to=official)
    holder_asset = make_asset(case=case, description="Flat", holder=official)
    subject_update(subject=official, by=gb, changes={"restricted": True})
    liaison = client_for(personas.liaison_fr)
    assert liaison.get(f"/api/v1/subjects/{relative.pk}/").json()["related_to"] is None
    assert liaison.get(f"/api/v1/assets/{holder_asset.pk}/").json()["holder"] is None
    listed = liaison.get("/api/v1/assets/").json()["results"]
    assert [row["holder"] for row in listed] == [None]
    assert str(official.pk) not in str(liaison.get("/api/v1/subjects/").json())
    team = client_for(gb)
    assert team.get(f"/api/v1/subjects/{relative.pk}/").json()["related_to"] == str(official.pk)


def test_an_mla_request_never_names_a_restricted_asset(case, personas, client_for) -> None:
    gb = personas.prosecutor_gb
    open_asset = make_asset(case=case, description="Open account")
    hidden = make_asset(case=case, description="Hidden account", restricted=True)
    request = send_mla(case, gb, kind="freeze", assets=[open_asset, hidden])
    liaison = client_for(personas.liaison_fr)
    for body in (
        liaison.get(f"/api/v1/mla-requests/{request.pk}/").json(),
        liaison.get("/api/v1/mla-requests/").json()["results"][0],
    ):
        assert body["assets"] == [str(open_asset.pk)]
    team = client_for(gb).get(f"/api/v1/mla-requests/{request.pk}/").json()
    assert set(team["assets"]) == {str(open_asset.pk), str(hidden.pk)}


def test_a_reminder_about_an_asset_restricted_later_leaves_the_liaisons_inbox(
    case, personas, client_for
) -> None:
    gb, liaison = personas.prosecutor_gb, personas.liaison_fr
    asset = make_asset(case=case, description="Account frozen abroad")
    freeze(asset, gb)
    deadline = Deadline.objects.get(
        kind=DeadlineKind.FREEZE_EXPIRY,
        source_id=asset.transitions.get().pk,  # its order
    )
    notification = Notification.objects.create(
        recipient=liaison,
        kind="deadline_reminder",
        title="Freeze of Account frozen abroad expires",
        case=case,
    )
    Reminder.objects.create(
        deadline=deadline, threshold="x:before_7", recipient=liaison, notification=notification
    )
    inbox = client_for(liaison)
    assert str(notification.pk) in ids(inbox.get("/api/v1/notifications/"))
    unread = inbox.get("/api/v1/notifications/unread-count/").json()["unread"]

    asset_update(asset=asset, by=gb, changes={"restricted": True})

    assert str(notification.pk) not in ids(inbox.get("/api/v1/notifications/"))
    assert inbox.get(f"/api/v1/notifications/{notification.pk}/").status_code == 404
    assert inbox.get("/api/v1/notifications/unread-count/").json()["unread"] == unread - 1


def test_audit_record_reads_restricted_from_the_object(case, personas) -> None:
    hidden = make_asset(case=case, description="Hidden", restricted=True)
    event = trail.record("asset.viewed", obj=hidden, case=case, actor=personas.prosecutor_gb)
    assert event.restricted
