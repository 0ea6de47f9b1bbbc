"""Deadlines over the API and as a calendar feed; notifications inbox."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar
from rest_framework.test import APIClient

from accounts.services.feed_tokens import feed_token_create
from accounts.services.tokens import api_token_create
from deadlines.models import DeadlineKind
from deadlines.services import deadline_sync
from notifications.models import Notification
from tests.authz.world import send_mla
from tests.factories import make_case, share

pytestmark = pytest.mark.django_db


def today():
    return timezone.now().date()


@pytest.fixture
def world(personas):
    case = make_case(by=personas.prosecutor_gb)
    share(case, "FR", expires_on=today() + timedelta(days=20))
    # A liaison sees an answer deadline through its request: a real one, sent to FR.
    request = send_mla(case, personas.prosecutor_gb)
    deadline_sync(
        kind=DeadlineKind.MLA_RESPONSE,
        source_id=request.pk,
        case=case,
        due_on=today() - timedelta(days=2),
        acting_state="FR",
        partner_state="FR",
        title="Records of Banque Secrète (team only)",
    )
    deadline_sync(
        kind=DeadlineKind.MLA_RESPONSE,
        source_id=personas.prosecutor_gb.pk,
        case=case,
        due_on=today() + timedelta(days=5),
        acting_state="CH",
        partner_state="CH",
        title="Request to CH",
    )
    return case


def kinds(body) -> list[tuple[str, str]]:
    return sorted((d["kind"], d["acting_state"]) for d in body["results"])


def test_team_sees_all_deadlines_of_its_cases(world, personas, client_for) -> None:
    body = client_for(personas.prosecutor_gb).get("/api/v1/deadlines/").json()
    assert kinds(body) == [("mla_response", "CH"), ("mla_response", "FR"), ("share_expiry", "GB")]
    overdue = (
        client_for(personas.prosecutor_gb).get("/api/v1/deadlines/", {"overdue": "true"}).json()
    )
    assert [d["title"] for d in overdue["results"]] == ["Records of Banque Secrète (team only)"]


def test_liaison_sees_only_what_their_state_owes(world, personas, client_for) -> None:
    body = client_for(personas.liaison_fr).get("/api/v1/deadlines/").json()
    assert kinds(body) == [("mla_response", "FR")]
    assert body["results"][0]["title"] == "Answer to an MLA request due"  # not the team's title
    assert client_for(personas.liaison_ch).get("/api/v1/deadlines/").json()["count"] == 0
    assert client_for(personas.prosecutor_ng).get("/api/v1/deadlines/").json()["count"] == 0


def test_follow_ups_are_set_by_the_team_only(world, personas, client_for) -> None:
    body = {
        "case": str(world.pk),
        "title": "Call the Swiss prosecutor",
        "due_on": str(today() + timedelta(days=3)),
    }
    created = client_for(personas.prosecutor_gb).post("/api/v1/deadlines/", body, format="json")
    assert created.status_code == 201
    assert created.json()["kind"] == "follow_up"
    assert (
        client_for(personas.prosecutor2_gb)
        .post("/api/v1/deadlines/", body, format="json")
        .status_code
        == 403
    )
    assert (
        client_for(personas.liaison_fr).post("/api/v1/deadlines/", body, format="json").status_code
        == 403
    )
    assert (
        client_for(personas.prosecutor_ng)
        .post("/api/v1/deadlines/", body, format="json")
        .status_code
        == 400
    )
    past = {**body, "due_on": str(today() - timedelta(days=1))}
    assert (
        client_for(personas.prosecutor_gb)
        .post("/api/v1/deadlines/", past, format="json")
        .status_code
        == 400
    )
    # Liaisons never see the team's follow-ups.
    assert (
        client_for(personas.liaison_fr)
        .get("/api/v1/deadlines/", {"kind": "follow_up"})
        .json()["count"]
        == 0
    )
    done = client_for(personas.prosecutor_gb).post(
        f"/api/v1/deadlines/{created.json()['id']}/complete/"
    )
    assert done.status_code == 200
    assert done.json()["open"] is False


def test_calendar_feed_with_a_feed_token(world, personas) -> None:
    """The feed's key is a calendar feed token (tests/deadlines/test_feed_tokens.py), never a
    personal API token."""
    _, key = feed_token_create(user=personas.liaison_fr, name="calendar")
    response = APIClient().get("/api/v1/deadlines.ics", {"token": key})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    summaries = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert summaries == [f"[{world.reference}] Answer to an MLA request due"]
    assert "Banque" not in response.content.decode()

    _, team_key = feed_token_create(user=personas.prosecutor_gb, name="calendar")
    team_feed = APIClient().get("/api/v1/deadlines.ics", {"token": team_key}).content.decode()
    assert "Banque Secr" in team_feed
    _, api_key = api_token_create(user=personas.prosecutor_gb, name="calendar", expires_at=None)
    assert APIClient().get("/api/v1/deadlines.ics", {"token": api_key}).status_code == 401
    assert APIClient().get("/api/v1/deadlines.ics", {"token": "wrong"}).status_code == 401
    assert APIClient().get("/api/v1/deadlines.ics").status_code == 401


def test_notifications_inbox(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb)
    share(case, "FR")
    client = client_for(personas.liaison_fr)
    inbox = client.get("/api/v1/notifications/").json()
    assert inbox["count"] == 1
    assert client.get("/api/v1/notifications/unread-count/").json() == {"unread": 1}
    note_id = inbox["results"][0]["id"]
    assert client.post(f"/api/v1/notifications/{note_id}/read/").json()["read"] is True
    assert client.get("/api/v1/notifications/unread-count/").json() == {"unread": 0}
    assert client.get("/api/v1/notifications/", {"unread": "true"}).json()["count"] == 0
    # Someone else's notification does not exist for me.
    assert (
        client_for(personas.liaison_ch).post(f"/api/v1/notifications/{note_id}/read/").status_code
        == 404
    )
    Notification.objects.create(recipient=personas.liaison_fr, kind="x", title="y")
    assert client.post("/api/v1/notifications/read-all/").json() == {"marked": 1}


def test_notifications_about_a_case_no_longer_visible_disappear(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb)
    share(case, "FR")
    client_for(personas.prosecutor_gb).delete(f"/api/v1/cases/{case.pk}/shares/FR/")
    kinds_ = [
        n["kind"]
        for n in client_for(personas.liaison_fr).get("/api/v1/notifications/").json()["results"]
    ]
    assert kinds_ == ["case_unshared"]
