"""The real dates of an MLA request (issue 18): `send` takes `sent_on` and `acknowledge` takes
`acknowledged_on`, for a paper dispatch or receipt, or a request recorded after the fact; neither
in the future in the acting state's local date; acknowledged not before sent; never due before
it was sent."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

import pytest
from django.utils import timezone

from core import state_time
from deadlines.models import Deadline, DeadlineKind
from tests.factories import make_case
from tests.workflows.conftest import problem_attrs
from workflows.mla_models import MlaRequest, MlaTransition
from workflows.services import mla as mla_service

pytestmark = pytest.mark.django_db


def today(state: str = "GB") -> date:
    """The acting state's date (GB sends, FR acknowledges): never UTC's, since between 23:00
    and midnight UTC Paris is already on the next day."""
    return state_time.today_in(state)


def iso(day: date) -> str:
    return day.isoformat()


@pytest.fixture
def case(personas):
    return make_case(by=personas.prosecutor_gb)


@pytest.fixture
def team(personas, client_for):
    return client_for(personas.prosecutor_gb)


@pytest.fixture
def liaison(personas, client_for):
    return client_for(personas.liaison_fr)


def draft(client, case, **extra) -> str:
    body = {
        "case": str(case.pk),
        "kind": "freeze",
        "requested_state": "FR",
        "due_on": iso(today() + timedelta(days=30)),
        "share_with_requested_state": True,
        **extra,
    }
    response = client.post("/api/v1/mla-requests/", body, format="json")
    assert response.status_code == 201, response.content
    return str(response.json()["id"])


def act(client, request_id, action, **extra):
    return client.post(
        f"/api/v1/mla-requests/{request_id}/transitions/",
        {"action": action, **extra},
        format="json",
    )


def at_utc(monkeypatch, instant: datetime) -> None:
    """The clock of "today" (`core.state_time`, only it: the rest of Django keeps the real
    one)."""
    monkeypatch.setattr(state_time, "timezone", SimpleNamespace(now=lambda: instant))


def evidence_request(case, personas, liaison=None) -> MlaRequest:
    """A draft request for evidence from GB to the liaison's state (FR's by default), shared
    with it, due 15 January 2027."""
    request, _ = mla_service.mla_request_create(
        case=case,
        by=personas.prosecutor_gb,
        requested_state=(liaison or personas.liaison_fr).state,
        kind="evidence",
        due_on=date(2027, 1, 15),
        share_with_requested_state=True,
    )
    return request


def test_a_paper_dispatch_and_receipt_keep_their_dates(case, team, liaison) -> None:
    """Entered today, sent by post three weeks ago, acknowledged a week later: those dates are
    the record (and before the day the request was entered in the system)."""
    rid = draft(team, case, due_on=iso(today() + timedelta(days=10)))
    sent_on, acknowledged_on = today() - timedelta(days=21), today() - timedelta(days=14)
    sent = act(team, rid, "send", sent_on=iso(sent_on))
    assert sent.status_code == 200, sent.content
    assert sent.json()["sent_on"] == iso(sent_on)
    acknowledged = act(liaison, rid, "acknowledge", acknowledged_on=iso(acknowledged_on))
    assert acknowledged.status_code == 200, acknowledged.content
    assert acknowledged.json()["acknowledged_on"] == iso(acknowledged_on)
    stored = MlaRequest.objects.get(pk=rid)
    assert (stored.sent_on, stored.acknowledged_on) == (sent_on, acknowledged_on)
    assert stored.created_at.date() == timezone.now().date()  # an instant: UTC's date


def test_without_dates_they_are_today(case, team, liaison) -> None:
    rid = draft(team, case)
    assert act(team, rid, "send").json()["sent_on"] == iso(today())
    assert act(liaison, rid, "acknowledge").json()["acknowledged_on"] == iso(today("FR"))


def test_dates_in_the_future_are_refused_naming_the_field(case, team, liaison) -> None:
    rid = draft(team, case)
    tomorrow = iso(today() + timedelta(days=1))
    assert problem_attrs(act(team, rid, "send", sent_on=tomorrow)) == {"sent_on": "in_future"}
    assert act(team, rid, "send").status_code == 200
    refused = act(liaison, rid, "acknowledge", acknowledged_on=iso(today("FR") + timedelta(days=1)))
    assert problem_attrs(refused) == {"acknowledged_on": "in_future"}
    assert "future" in refused.json()["errors"][0]["detail"]
    assert MlaRequest.objects.get(pk=rid).status == "sent"
    assert MlaTransition.objects.filter(request_id=rid).count() == 1


def test_acknowledged_not_before_sent(case, team, liaison) -> None:
    rid = draft(team, case)
    sent_on = today() - timedelta(days=5)
    act(team, rid, "send", sent_on=iso(sent_on))
    early = act(liaison, rid, "acknowledge", acknowledged_on=iso(sent_on - timedelta(days=1)))
    assert problem_attrs(early) == {"acknowledged_on": "before_sent"}
    same_day = act(liaison, rid, "acknowledge", acknowledged_on=iso(sent_on))
    assert same_day.status_code == 200, same_day.content


def test_a_date_belongs_to_its_action(case, team, liaison) -> None:
    rid = draft(team, case)
    wrong = act(team, rid, "send", acknowledged_on=iso(today()))
    assert problem_attrs(wrong) == {"acknowledged_on": "not_for_this_action"}
    act(team, rid, "send")
    wrong = act(liaison, rid, "acknowledge", sent_on=iso(today()))
    assert problem_attrs(wrong) == {"sent_on": "not_for_this_action"}
    act(liaison, rid, "acknowledge")
    wrong = act(liaison, rid, "start_execution", acknowledged_on=iso(today()))
    assert problem_attrs(wrong) == {"acknowledged_on": "not_for_this_action"}


def test_due_before_the_sending_date_is_refused_on_send(case, team) -> None:
    sent_on = today() - timedelta(days=10)
    rid = draft(team, case, due_on=iso(sent_on - timedelta(days=1)))
    refused = act(team, rid, "send", sent_on=iso(sent_on))
    assert problem_attrs(refused) == {"due_on": "before_sent"}
    assert str(sent_on) in refused.json()["errors"][0]["detail"]
    # Sent today, a due date already past is before the sending too.
    assert problem_attrs(act(team, rid, "send")) == {"due_on": "before_sent"}
    assert MlaRequest.objects.get(pk=rid).status == "draft"
    # Due on the day it is sent (an urgent freeze, measured in hours) is allowed.
    team.patch(f"/api/v1/mla-requests/{rid}/", {"due_on": iso(sent_on)}, format="json")
    assert act(team, rid, "send", sent_on=iso(sent_on)).status_code == 200


def test_due_before_the_sending_date_is_refused_on_update(case, team) -> None:
    rid = draft(team, case)
    sent_on = today() - timedelta(days=3)
    act(team, rid, "send", sent_on=iso(sent_on))
    url = f"/api/v1/mla-requests/{rid}/"
    moved = team.patch(url, {"due_on": iso(sent_on - timedelta(days=1))}, format="json")
    assert problem_attrs(moved) == {"due_on": "before_sent"}
    assert team.patch(url, {"due_on": iso(sent_on)}, format="json").status_code == 200
    # A draft has no sending date yet: its due date is checked when it is sent.
    other = draft(team, case)
    past = team.patch(f"/api/v1/mla-requests/{other}/", {"due_on": "2026-01-05"}, format="json")
    assert past.status_code == 200


def test_a_request_sent_with_its_answer_already_late_is_overdue_at_once(case, team) -> None:
    sent_on = today() - timedelta(days=20)
    rid = draft(team, case, due_on=iso(sent_on + timedelta(days=10)))
    sent = act(team, rid, "send", sent_on=iso(sent_on))
    assert sent.json()["overdue"] is True
    deadline = Deadline.objects.get(kind=DeadlineKind.MLA_RESPONSE, source_id=rid)
    assert deadline.next_fire_at is not None
    assert deadline.next_fire_at <= timezone.now()


def test_today_is_the_acting_states_local_date(case, personas, monkeypatch) -> None:
    """At 23:30 UTC on 1 December it is already 2 December in Paris (UTC+1), still 1 December
    in London: each side's "today" is its own."""
    request = evidence_request(case, personas)
    at_utc(monkeypatch, datetime(2026, 12, 1, 23, 30, tzinfo=UTC))
    with pytest.raises(mla_service.ValidationError) as refused:
        mla_service.mla_request_transition(
            request_id=request.pk,
            by=personas.prosecutor_gb,
            action="send",
            sent_on=date(2026, 12, 2),
        )
    assert refused.value.error_dict["sent_on"][0].code == "in_future"
    sent = mla_service.mla_request_transition(
        request_id=request.pk, by=personas.prosecutor_gb, action="send"
    )
    assert sent.sent_on == date(2026, 12, 1)
    acknowledged = mla_service.mla_request_transition(
        request_id=request.pk,
        by=personas.liaison_fr,
        action="acknowledge",
        acknowledged_on=date(2026, 12, 2),
    )
    assert acknowledged.acknowledged_on == date(2026, 12, 2)


def test_west_of_utc_tomorrow_is_still_the_future(personas, monkeypatch) -> None:
    """At 02:00 UTC on 2 December it is still 1 December in New York: a US sender cannot date
    a dispatch 2 December, though UTC already has."""
    us_case = make_case(by=personas.prosecutor_gb)
    request = evidence_request(us_case, personas, personas.liaison_us)
    mla_service.mla_request_transition(
        request_id=request.pk,
        by=personas.prosecutor_gb,
        action="send",
        sent_on=date(2026, 11, 30),
    )
    at_utc(monkeypatch, datetime(2026, 12, 2, 2, 0, tzinfo=UTC))
    with pytest.raises(mla_service.ValidationError) as refused:
        mla_service.mla_request_transition(
            request_id=request.pk,
            by=personas.liaison_us,
            action="acknowledge",
            acknowledged_on=date(2026, 12, 2),
        )
    assert refused.value.error_dict["acknowledged_on"][0].code == "in_future"
    acknowledged = mla_service.mla_request_transition(
        request_id=request.pk, by=personas.liaison_us, action="acknowledge"
    )
    assert acknowledged.acknowledged_on == date(2026, 12, 1)


def test_the_schema_documents_the_dates(client_for, personas) -> None:
    schema = client_for(personas.prosecutor_gb).get("/api/schema/?format=json").json()
    action = schema["components"]["schemas"]["MlaActionRequest"]["properties"]
    assert action["sent_on"]["format"] == "date"
    assert action["acknowledged_on"]["format"] == "date"
    assert "future" in action["sent_on"]["description"]


def test_the_clock_counts_the_requested_state_s_days(case, personas, monkeypatch) -> None:
    """France stops its clock on its 1 December; at 23:30 UTC on 3 December it is already
    4 December in Paris when London (still on the 3rd) provides the information. The answer is
    France's to give, so the clock stood still three of France's days, not London's two."""
    request = evidence_request(case, personas)
    at_utc(monkeypatch, datetime(2026, 12, 1, 12, 0, tzinfo=UTC))
    mla_service.mla_request_transition(
        request_id=request.pk, by=personas.prosecutor_gb, action="send"
    )
    stopped = mla_service.mla_request_transition(
        request_id=request.pk,
        by=personas.liaison_fr,
        action="request_info",
        note="Which accounts?",
        reply_due_on=date(2026, 12, 10),
    )
    assert stopped.clock_stopped_on == date(2026, 12, 1)
    at_utc(monkeypatch, datetime(2026, 12, 3, 23, 30, tzinfo=UTC))
    resumed = mla_service.mla_request_transition(
        request_id=request.pk, by=personas.prosecutor_gb, action="provide_info", note="1234"
    )
    assert (resumed.clock_stopped_on, resumed.due_on) == (None, date(2027, 1, 18))
