"""MLA requests in both directions (issue 18): an incoming request is recorded from the letter
received and worked by the team; the requesting state's liaisons stand for their side when the
case is shared with them; the states are checked against the direction and the case."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from deadlines.models import Deadline, DeadlineKind
from notifications.models import Notification
from tests.factories import make_case, share
from tests.workflows.conftest import problem_attrs
from workflows.mla_models import MlaRequest

pytestmark = pytest.mark.django_db


def iso(days: int) -> str:
    return (timezone.now().date() + timedelta(days=days)).isoformat()


@pytest.fixture
def case(personas):
    case = make_case(by=personas.prosecutor_gb)
    share(case, "FR")
    share(case, "CH")
    return case


@pytest.fixture
def team(personas, client_for):
    return client_for(personas.prosecutor_gb)


def record(client, case, **fields):
    body = {"case": str(case.pk), "kind": "evidence", "due_on": iso(30), **fields}
    return client.post("/api/v1/mla-requests/", body, format="json")


def act(client, request_id, action, **extra):
    return client.post(
        f"/api/v1/mla-requests/{request_id}/transitions/",
        {"action": action, **extra},
        format="json",
    )


def incoming(team, case) -> dict:
    response = record(
        team,
        case,
        direction="incoming",
        requesting_state="FR",
        requesting_reference="FR-EIO-2026-77",
        description="Bank records of the GB account held by the official",
    )
    assert response.status_code == 201, response.content
    return response.json()


def test_an_incoming_request_is_recorded_from_the_letter_and_worked_by_the_team(
    case, team, personas, client_for
) -> None:
    created = incoming(team, case)
    assert (created["direction"], created["requesting_state"], created["requested_state"]) == (
        "incoming",
        "FR",
        "GB",
    )
    assert created["allowed_actions"] == ["receive", "withdraw"]
    rid = created["id"]
    # Sent is not an incoming request's move; received, with the letter's date, is.
    refused = act(team, rid, "send")
    assert refused.status_code == 409
    assert refused.json()["allowed_actions"] == ["receive", "withdraw"]
    letter = iso(-6)
    received = act(team, rid, "receive", sent_on=letter)
    assert received.status_code == 200, received.content
    assert (received.json()["status"], received.json()["sent_on"]) == ("sent", letter)
    assert act(team, rid, "acknowledge").json()["status"] == "acknowledged"
    assert act(team, rid, "start_execution").json()["status"] == "in_execution"
    done = act(team, rid, "execute", note="Records sent by the central authority")
    assert done.json()["status"] == "executed"
    # The answer was the team's own deadline: in GB's working days, told to no partner.
    answer = Deadline.objects.get(kind=DeadlineKind.MLA_RESPONSE, source_id=rid)
    assert (answer.acting_state_id, answer.partner_state_id, answer.open) == ("GB", None, False)


def test_the_requesting_states_liaison_stands_for_its_side_and_no_other_state_sees_it(
    case, team, personas, client_for
) -> None:
    rid = incoming(team, case)["id"]
    fr, ch = client_for(personas.liaison_fr), client_for(personas.liaison_ch)
    assert fr.get(f"/api/v1/mla-requests/{rid}/").status_code == 404  # a draft is the team's
    act(team, rid, "receive")
    seen = fr.get(f"/api/v1/mla-requests/{rid}/")
    assert seen.status_code == 200
    assert seen.json()["allowed_actions"] == ["withdraw"]
    assert ch.get(f"/api/v1/mla-requests/{rid}/").status_code == 404
    assert rid not in {r["id"] for r in ch.get("/api/v1/mla-requests/").json()["results"]}
    # The requested side's moves are the team's: FR may not acknowledge its own request.
    assert act(fr, rid, "acknowledge").status_code == 403
    asked = act(team, rid, "request_info", note="Which accounts?", reply_due_on=iso(10))
    assert asked.status_code == 200, asked.content
    # FR answers itself, and sees the deadline it owes; CH sees neither.
    assert fr.get(f"/api/v1/mla-requests/{rid}/").json()["allowed_actions"] == [
        "provide_info",
        "withdraw",
    ]
    owed = fr.get("/api/v1/deadlines/").json()["results"]
    assert [(d["kind"], d["due_on"]) for d in owed] == [("mla_info_reply", iso(10))]
    assert ch.get("/api/v1/deadlines/").json()["results"] == []
    answered = act(fr, rid, "provide_info", note="Accounts 1234 and 5678")
    assert answered.status_code == 200, answered.content
    assert answered.json()["status"] == "acknowledged"


def test_a_share_that_does_not_allow_answers_lets_the_team_record_the_letters(
    case, team, personas, client_for
) -> None:
    from cases.models import CaseShare

    CaseShare.objects.filter(case=case, state_id="FR").update(allows_mla_answers=False)
    rid = incoming(team, case)["id"]
    act(team, rid, "receive")
    act(team, rid, "request_info", note="Which accounts?", reply_due_on=iso(10))
    fr = client_for(personas.liaison_fr)
    assert fr.get(f"/api/v1/mla-requests/{rid}/").json()["allowed_actions"] == []
    assert act(fr, rid, "provide_info", note="1234").status_code == 403
    # The team records the requesting state's letter.
    recorded = act(team, rid, "provide_info", note="Letter of 3 Dec: accounts 1234 and 5678")
    assert recorded.status_code == 200, recorded.content


def test_each_side_hears_of_the_other_in_an_incoming_request(case, team, personas) -> None:
    rid = incoming(team, case)["id"]
    act(team, rid, "receive")
    act(team, rid, "acknowledge")
    kinds = list(
        Notification.objects.filter(recipient=personas.liaison_fr, kind__startswith="mla.")
        .order_by("created_at")
        .values_list("kind", flat=True)
    )
    # Recording FR's own letter tells FR nothing; the acknowledgement does.
    assert kinds == ["mla.acknowledge"]
    assert not Notification.objects.filter(
        recipient=personas.liaison_ch, kind__startswith="mla."
    ).exists()


@pytest.mark.parametrize(
    ("fields", "attr", "code"),
    [
        (
            {"requested_state": "FR", "requesting_state": "CH"},
            "requesting_state",
            "not_owner_state",
        ),
        (
            {"direction": "incoming", "requesting_state": "FR", "requested_state": "CH"},
            "requested_state",
            "not_owner_state",
        ),
        ({"direction": "incoming"}, "requesting_state", "required"),
        ({}, "requested_state", "required"),
        ({"requested_state": "GB"}, "requested_state", "same_state"),
        ({"direction": "incoming", "requesting_state": "GB"}, "requested_state", "same_state"),
        ({"direction": "sideways", "requested_state": "FR"}, "direction", "invalid_choice"),
    ],
)
def test_the_states_are_checked_against_the_direction_and_the_case(
    case, team, fields, attr, code
) -> None:
    response = record(team, case, **fields)
    assert response.status_code == 400, response.content
    assert response["Content-Type"].startswith("application/problem+json")
    assert (attr, code) in {(e["attr"], e["code"]) for e in response.json()["errors"]}
    assert not MlaRequest.objects.filter(case=case).exists()


def test_the_direction_is_fixed_once_recorded(case, team) -> None:
    rid = incoming(team, case)["id"]
    response = team.patch(f"/api/v1/mla-requests/{rid}/", {"direction": "outgoing"}, format="json")
    assert response.status_code == 400
    assert "direction" in problem_attrs(response)
    assert MlaRequest.objects.get(pk=rid).direction == "incoming"


def test_the_direction_filter(case, team) -> None:
    incoming(team, case)
    record(team, case, requested_state="CH")
    listed = team.get("/api/v1/mla-requests/?direction=incoming").json()["results"]
    assert [r["requesting_state"] for r in listed] == ["FR"]
    listed = team.get("/api/v1/mla-requests/?direction=outgoing").json()["results"]
    assert [r["requested_state"] for r in listed] == ["CH"]
