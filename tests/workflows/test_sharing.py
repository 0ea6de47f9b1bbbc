"""Sharing a case with partner states: what liaisons see, and that it never leaks."""

from __future__ import annotations

from datetime import timedelta

import pytest

from audit.models import AuditEvent
from cases.models import CaseGroupObjectPermission, CaseShare
from core.state_time import today_in
from notifications.models import Notification
from tests.factories import make_asset, make_case, make_subject, share

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared_case(personas):
    case = make_case(
        by=personas.prosecutor_gb, internal_notes="Informant in the bank: do not tell."
    )
    open_subject = make_subject(case=case, name="Open Subject")
    hidden_subject = make_subject(case=case, name="Hidden Informant Name", restricted=True)
    open_asset = make_asset(case=case, description="Open flat")
    hidden_asset = make_asset(case=case, description="Hidden account", restricted=True)
    share(case, "FR")
    return {
        "case": case,
        "open_subject": open_subject,
        "hidden_subject": hidden_subject,
        "open_asset": open_asset,
        "hidden_asset": hidden_asset,
    }


def test_liaison_sees_shared_case_without_internals(shared_case, personas, client_for) -> None:
    client = client_for(personas.liaison_fr)
    case = shared_case["case"]
    body = client.get(f"/api/v1/cases/{case.id}/").json()
    assert body["reference"] == case.reference
    for internal in ("internal_notes", "team", "jurisdictions", "version", "shares"):
        assert internal not in body
    assert "Informant" not in str(body)
    listing = client.get("/api/v1/cases/").json()
    assert [c["id"] for c in listing["results"]] == [str(case.id)]


def test_liaison_never_sees_restricted_items(shared_case, personas, client_for) -> None:
    client = client_for(personas.liaison_fr)
    assert client.get(f"/api/v1/subjects/{shared_case['hidden_subject'].id}/").status_code == 404
    assert client.get(f"/api/v1/assets/{shared_case['hidden_asset'].id}/").status_code == 404
    subjects = client.get("/api/v1/subjects/").json()
    assets = client.get("/api/v1/assets/").json()
    assert [s["name"] for s in subjects["results"]] == ["Open Subject"]
    assert subjects["count"] == 1
    assert [a["description"] for a in assets["results"]] == ["Open flat"]
    assert assets["count"] == 1
    # Searching for the hidden name finds neither the subject nor the case through it.
    assert client.get("/api/v1/subjects/", {"q": "Informant"}).json()["count"] == 0
    assert client.get("/api/v1/cases/", {"q": "Informant"}).json()["count"] == 0
    # The team does find the case by that name.
    team = client_for(personas.prosecutor_gb)
    assert team.get("/api/v1/cases/", {"q": "Informant"}).json()["count"] == 1


def test_liaison_cannot_write_anything(shared_case, personas, client_for) -> None:
    client = client_for(personas.liaison_fr)
    case = shared_case["case"]
    assert (
        client.patch(f"/api/v1/cases/{case.id}/", {"title": "x"}, format="json").status_code == 403
    )
    created = client.post(
        "/api/v1/subjects/",
        {"case": str(case.id), "kind": "person", "role": "official", "name": "X"},
        format="json",
    )
    assert created.status_code == 403
    open_asset = shared_case["open_asset"]
    patched = client.patch(f"/api/v1/assets/{open_asset.id}/", {"description": "x"}, format="json")
    assert patched.status_code == 403
    assert (
        client.post(f"/api/v1/cases/{case.id}/shares/", {"state": "US"}, format="json").status_code
        == 403
    )


def test_liaison_never_learns_other_partner_states(shared_case, personas, client_for) -> None:
    case = shared_case["case"]
    share(case, "CH")
    client = client_for(personas.liaison_fr)
    assert client.get(f"/api/v1/cases/{case.id}/shares/").status_code == 403
    seen = client.get(f"/api/v1/cases/{case.id}/")
    assert seen.status_code == 200  # the case is there, and no other partner state in it
    assert "CH" not in seen.content.decode()


def test_revocation_takes_effect_on_the_next_request(shared_case, personas, client_for) -> None:
    case = shared_case["case"]
    liaison = client_for(personas.liaison_fr)
    assert liaison.get(f"/api/v1/cases/{case.id}/").status_code == 200
    team = client_for(personas.prosecutor_gb)
    assert team.delete(f"/api/v1/cases/{case.id}/shares/FR/").status_code == 204
    assert liaison.get(f"/api/v1/cases/{case.id}/").status_code == 404
    assert liaison.get(f"/api/v1/assets/{shared_case['open_asset'].id}/").status_code == 404
    assert liaison.get("/api/v1/cases/").json()["count"] == 0
    assert team.delete(f"/api/v1/cases/{case.id}/shares/FR/").status_code == 404
    assert not personas.liaison_fr.has_perm("cases.view_case", case)


def test_expired_share_stops_at_its_expiry_without_any_task(
    shared_case, personas, client_for
) -> None:
    case = shared_case["case"]
    liaison = client_for(personas.liaison_fr)
    today = today_in("FR")  # in force through its expiry date where the partner is
    CaseShare.objects.filter(case=case, state_id="FR").update(expires_on=today)
    assert liaison.get(f"/api/v1/cases/{case.id}/").status_code == 200  # in force through the day
    CaseShare.objects.filter(case=case, state_id="FR").update(expires_on=today - timedelta(days=1))
    assert liaison.get(f"/api/v1/cases/{case.id}/").status_code == 404
    assert liaison.get("/api/v1/subjects/").json()["count"] == 0


def test_sharing_twice_is_idempotent(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb)
    team = client_for(personas.prosecutor_gb)
    first = team.post(f"/api/v1/cases/{case.id}/shares/", {"state": "FR"}, format="json")
    again = team.post(f"/api/v1/cases/{case.id}/shares/", {"state": "fr"}, format="json")
    assert first.status_code == 201
    assert again.status_code == 200
    assert first.json()["id"] == again.json()["id"]
    assert CaseShare.objects.filter(case=case).count() == 1
    assert Notification.objects.filter(kind="case_shared").count() == 1


def test_owning_state_cannot_be_shared_and_expiry_not_in_past(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb)
    team = client_for(personas.prosecutor_gb)
    own = team.post(f"/api/v1/cases/{case.id}/shares/", {"state": "GB"}, format="json")
    assert own.status_code == 400
    assert own.json()["errors"][0]["attr"] == "state"
    past = team.post(
        f"/api/v1/cases/{case.id}/shares/",
        {"state": "FR", "expires_on": "2020-01-01"},
        format="json",
    )
    assert past.status_code == 400
    assert CaseShare.objects.count() == 0


def test_only_the_team_shares(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb)
    same_state = client_for(personas.prosecutor2_gb)
    assert same_state.get(f"/api/v1/cases/{case.id}/shares/").status_code == 200
    assert (
        same_state.post(
            f"/api/v1/cases/{case.id}/shares/", {"state": "FR"}, format="json"
        ).status_code
        == 403
    )
    assert (
        client_for(personas.prosecutor_ng).get(f"/api/v1/cases/{case.id}/shares/").status_code
        == 404
    )
    assert CaseShare.objects.count() == 0


def test_share_and_revoke_are_audited_notified_and_mirrored_in_guardian(
    personas, client_for
) -> None:
    case = make_case(by=personas.prosecutor_gb)
    team = client_for(personas.prosecutor_gb)
    team.post(
        f"/api/v1/cases/{case.id}/shares/",
        {"state": "FR", "allows_mla_answers": False},
        format="json",
    )
    assert personas.liaison_fr.has_perm("cases.view_case", case)
    assert not personas.liaison_fr.has_perm("cases.answer_mla_case", case)
    assert not personas.liaison_ch.has_perm("cases.view_case", case)
    assert CaseGroupObjectPermission.objects.filter(content_object=case).count() == 1
    inbox = Notification.objects.filter(recipient=personas.liaison_fr)
    assert [n.kind for n in inbox] == ["case_shared"]
    assert not Notification.objects.filter(recipient=personas.liaison_ch).exists()

    team.delete(f"/api/v1/cases/{case.id}/shares/FR/")
    fresh = type(personas.liaison_fr).objects.get(pk=personas.liaison_fr.pk)  # no perm cache
    assert not fresh.has_perm("cases.view_case", case)
    assert not CaseGroupObjectPermission.objects.filter(content_object=case).exists()
    actions = list(
        AuditEvent.objects.filter(case=case).order_by("sequence").values_list("action", flat=True)
    )
    assert actions == ["case.created", "share.granted", "share.revoked"]
    assert Notification.objects.filter(recipient=personas.liaison_fr, kind="case_unshared").exists()


def test_share_list_shows_history(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb)
    team = client_for(personas.prosecutor_gb)
    team.post(f"/api/v1/cases/{case.id}/shares/", {"state": "FR"}, format="json")
    team.delete(f"/api/v1/cases/{case.id}/shares/FR/")
    team.post(
        f"/api/v1/cases/{case.id}/shares/",
        {"state": "FR", "expires_on": "2099-01-01"},
        format="json",
    )
    listing = team.get(f"/api/v1/cases/{case.id}/shares/").json()
    assert listing["count"] == 2
    assert sorted(s["active"] for s in listing["results"]) == [False, True]


def test_partners_never_see_ids_of_restricted_subjects(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb)
    hidden = make_subject(case=case, name="Hidden Nominee", restricted=True)
    official = make_subject(case=case, name="Official")
    relative = make_subject(case=case, name="Son", role="family", related_to=hidden)
    asset = make_asset(case=case, holder=hidden, beneficial_owner=official)
    share(case, "FR")
    liaison = client_for(personas.liaison_fr)
    seen_asset = liaison.get(f"/api/v1/assets/{asset.id}/").json()
    assert seen_asset["holder"] is None
    assert seen_asset["beneficial_owner"] == str(official.id)
    assert liaison.get(f"/api/v1/subjects/{relative.id}/").json()["related_to"] is None
    for url in ("/api/v1/assets/", "/api/v1/subjects/"):
        listed = liaison.get(url)
        assert listed.status_code == 200
        assert listed.json()["count"] > 0  # a list with rows, none naming the hidden subject
        assert str(hidden.id) not in listed.content.decode()
    team = client_for(personas.prosecutor_gb)
    assert team.get(f"/api/v1/assets/{asset.id}/").json()["holder"] == str(hidden.id)
