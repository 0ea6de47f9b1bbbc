"""The requested state's clock (issue 18): it stops while the request waits for further
information or is postponed, the requesting side's reply is a deadline of its own, and the due
date moves by the days the clock stood still. Refusals carry their grounds; consultation is a
step of its own, required where UNCAC 46(26) and 55(8) ask for one."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone

from audit.models import AuditEvent
from core.state_time import today_in
from deadlines.models import Deadline, DeadlineKind
from tests.factories import make_case, share
from tests.workflows.conftest import problem_attrs
from workflows.mla_models import MlaRequest

pytestmark = pytest.mark.django_db


def today() -> date:
    """The requested state's date: the clock is France's, and "today" is never UTC's (between
    23:00 and midnight UTC, Paris is already on the next day)."""
    return today_in("FR")


def iso(days: int) -> str:
    return (today() + timedelta(days=days)).isoformat()


@pytest.fixture
def case(personas):
    case = make_case(by=personas.prosecutor_gb)
    share(case, "FR")
    return case


@pytest.fixture
def team(personas, client_for):
    return client_for(personas.prosecutor_gb)


@pytest.fixture
def liaison(personas, client_for):
    return client_for(personas.liaison_fr)


def act(client, request_id, action, **extra):
    return client.post(
        f"/api/v1/mla-requests/{request_id}/transitions/",
        {"action": action, **extra},
        format="json",
    )


def sent_request(team, case, kind="evidence", due_in=30) -> str:
    body = {"case": str(case.pk), "kind": kind, "requested_state": "FR", "due_on": iso(due_in)}
    created = team.post("/api/v1/mla-requests/", body, format="json")
    assert created.status_code == 201, created.content
    rid = created.json()["id"]
    assert act(team, rid, "send").status_code == 200
    return rid


def deadline(kind, rid) -> Deadline:
    return Deadline.objects.get(kind=kind, source_id=rid)


def stopped_days_ago(rid, days: int) -> None:
    """As if the clock had stopped `days` ago (the suite cannot wait)."""
    MlaRequest.objects.filter(pk=rid).update(clock_stopped_on=today() - timedelta(days=days))


def test_a_request_for_information_stops_the_clock_and_starts_the_reply_deadline(
    case, team, liaison
) -> None:
    rid = sent_request(team, case)
    asked = act(liaison, rid, "request_info", note="Which accounts?", reply_due_on=iso(10))
    assert asked.status_code == 200, asked.content
    body = asked.json()
    assert (body["status"], body["clock_stopped_on"], body["reply_due_on"]) == (
        "info_requested",
        iso(0),
        iso(10),
    )
    assert body["overdue"] is False
    assert not deadline(DeadlineKind.MLA_RESPONSE, rid).open  # the requested state waits
    reply = deadline(DeadlineKind.MLA_INFO_REPLY, rid)
    # The requesting state owes it, in its own working days; it is GB's team's to remind.
    assert (reply.open, reply.due_on.isoformat(), reply.acting_state_id) == (True, iso(10), "GB")
    assert reply.partner_state_id is None


def test_the_due_date_moves_by_the_days_the_clock_stood_still(case, team, liaison) -> None:
    rid = sent_request(team, case, due_in=30)
    act(liaison, rid, "request_info", note="Which accounts?", reply_due_on=iso(10))
    stopped_days_ago(rid, 12)
    answered = act(team, rid, "provide_info", note="Accounts 1234 and 5678")
    assert answered.status_code == 200, answered.content
    body = answered.json()
    assert (body["status"], body["due_on"]) == ("acknowledged", iso(42))
    assert (body["clock_stopped_on"], body["reply_due_on"]) == (None, None)
    answer = deadline(DeadlineKind.MLA_RESPONSE, rid)
    assert (answer.open, answer.due_on.isoformat()) == (True, iso(42))
    assert not deadline(DeadlineKind.MLA_INFO_REPLY, rid).open
    moved = AuditEvent.objects.filter(action="mla.provide_info", object_id=rid).get()
    assert moved.changes["after"]["due_on"] == iso(42)
    assert moved.changes["before"]["due_on"] == iso(30)


def test_a_stopped_clock_is_not_overdue(case, team, liaison) -> None:
    """Due yesterday, but waiting for information: not overdue, neither in the request nor in
    the filter; once the clock runs again, the days it stood still are added."""
    rid = sent_request(team, case, due_in=5)
    act(liaison, rid, "request_info", note="Which accounts?", reply_due_on=iso(3))
    MlaRequest.objects.filter(pk=rid).update(due_on=today() - timedelta(days=1))
    assert team.get(f"/api/v1/mla-requests/{rid}/").json()["overdue"] is False
    listed = team.get("/api/v1/mla-requests/?overdue=true").json()["results"]
    assert rid not in {r["id"] for r in listed}
    stopped_days_ago(rid, 4)
    act(team, rid, "provide_info", note="Here")
    assert team.get(f"/api/v1/mla-requests/{rid}/").json()["due_on"] == iso(3)


def test_a_postponement_stops_the_clock_until_execution_resumes(case, team, liaison) -> None:
    rid = sent_request(team, case, due_in=20)
    act(liaison, rid, "acknowledge")
    act(liaison, rid, "consult", note="GB asked whether its investigation allows a delay")
    postponed = act(liaison, rid, "postpone", reason="It would harm a domestic investigation")
    assert postponed.status_code == 200, postponed.content
    assert postponed.json()["clock_stopped_on"] == iso(0)
    assert not deadline(DeadlineKind.MLA_RESPONSE, rid).open
    stopped_days_ago(rid, 7)
    resumed = act(liaison, rid, "start_execution")
    assert (resumed.json()["status"], resumed.json()["due_on"]) == ("in_execution", iso(27))
    assert deadline(DeadlineKind.MLA_RESPONSE, rid).open


def test_the_reply_date_is_required_and_not_in_the_past(case, team, liaison) -> None:
    rid = sent_request(team, case)
    assert problem_attrs(act(liaison, rid, "request_info", note="Which?")) == {
        "reply_due_on": "required"
    }
    past = act(liaison, rid, "request_info", note="Which?", reply_due_on=iso(-1))
    assert problem_attrs(past) == {"reply_due_on": "in_past"}
    other = act(liaison, rid, "acknowledge", reply_due_on=iso(5))
    assert problem_attrs(other) == {"reply_due_on": "not_for_this_action"}
    assert MlaRequest.objects.get(pk=rid).status == "sent"


def test_an_incoming_requests_reply_is_reminded_to_the_requesting_states_liaisons(
    case, team, personas
) -> None:
    from deadlines import reminders
    from deadlines.models import Reminder

    created = team.post(
        "/api/v1/mla-requests/",
        {
            "case": str(case.pk),
            "kind": "evidence",
            "direction": "incoming",
            "requesting_state": "FR",
            "due_on": iso(30),
        },
        format="json",
    ).json()
    rid = created["id"]
    act(team, rid, "receive")
    act(team, rid, "request_info", note="Which accounts?", reply_due_on=iso(1))
    reply = deadline(DeadlineKind.MLA_INFO_REPLY, rid)
    assert (reply.acting_state_id, reply.partner_state_id) == ("FR", "FR")
    reminders.sweep(now=timezone.now() + timedelta(days=3), enqueue=False)
    told = set(
        Reminder.objects.filter(deadline=reply).values_list("recipient__username", flat=True)
    )
    assert {"prosecutor_gb", "liaison_fr"} <= told
    assert "liaison_ch" not in told


# --- Refusal grounds and consultation ----------------------------------------------------------


def test_a_refusal_names_its_grounds(case, team, liaison) -> None:
    rid = sent_request(team, case)
    assert problem_attrs(act(liaison, rid, "refuse", reason="No")) == {
        "refusal_grounds": "required"
    }
    unknown = act(liaison, rid, "refuse", reason="No", refusal_grounds=["politics"])
    assert unknown.status_code == 400
    assert "refusal_grounds.0" in problem_attrs(unknown) or "refusal_grounds" in problem_attrs(
        unknown
    )
    misplaced = act(liaison, rid, "acknowledge", refusal_grounds=["other"])
    assert problem_attrs(misplaced) == {"refusal_grounds": "not_for_this_action"}
    refused = act(
        liaison,
        rid,
        "refuse",
        reason="The conduct is not an offence in France",
        refusal_grounds=["dual_criminality_46_9", "other"],
    )
    assert refused.status_code == 200, refused.content
    assert refused.json()["refusal_grounds"] == ["dual_criminality_46_9", "other"]
    # The requesting team reads the grounds too.
    seen = team.get(f"/api/v1/mla-requests/{rid}/").json()
    assert seen["refusal_grounds"] == ["dual_criminality_46_9", "other"]


@pytest.mark.parametrize(
    ("kind", "grounds", "needs_consultation"),
    [
        ("evidence", ["uncac_46_21"], True),  # 46(26)
        ("freeze", ["de_minimis_55_7"], True),  # 55(8): lifting a provisional measure
        ("evidence", ["de_minimis_55_7"], False),
        ("freeze", ["dual_criminality_46_9"], False),
        ("seizure", ["other", "de_minimis_55_7"], True),
    ],
)
def test_consultation_before_refusing_where_the_convention_asks(
    case, team, liaison, kind, grounds, needs_consultation
) -> None:
    rid = sent_request(team, case, kind=kind)
    attempt = act(liaison, rid, "refuse", reason="Reasons", refusal_grounds=grounds)
    if not needs_consultation:
        assert attempt.status_code == 200, attempt.content
        return
    assert problem_attrs(attempt) == {"action": "consultation_required"}
    assert MlaRequest.objects.get(pk=rid).status == "sent"
    consulted = act(liaison, rid, "consult", note="Call with GB's central authority, 2 Dec")
    assert consulted.status_code == 200, consulted.content
    assert consulted.json()["status"] == "sent"  # a step, not a status
    assert act(liaison, rid, "refuse", reason="Reasons", refusal_grounds=grounds).status_code == 200
    history = team.get(f"/api/v1/mla-requests/{rid}/transitions/").json()["results"]
    assert [t["action"] for t in history] == ["send", "consult", "refuse"]


def test_postponing_needs_a_consultation(case, team, liaison) -> None:
    rid = sent_request(team, case)
    assert "postpone" not in liaison.get(f"/api/v1/mla-requests/{rid}/").json()["allowed_actions"]
    attempt = act(liaison, rid, "postpone", reason="Ongoing investigation")
    assert problem_attrs(attempt) == {"action": "consultation_required"}
    act(liaison, rid, "consult", note="GB agrees to a delay of two months")
    assert "postpone" in liaison.get(f"/api/v1/mla-requests/{rid}/").json()["allowed_actions"]
    assert act(liaison, rid, "postpone", reason="Ongoing investigation").status_code == 200


def test_consultation_is_the_requested_sides_step(case, team) -> None:
    rid = sent_request(team, case)
    assert act(team, rid, "consult", note="n").status_code == 403
