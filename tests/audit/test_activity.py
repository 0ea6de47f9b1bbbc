"""`GET /api/v1/cases/{id}/activity/`: the case's trail, newest first, as the caller may see it."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit import trail
from cases.services.case_file import case_update, subject_update
from tests.factories import expire_share, make_asset, make_subject, share
from workflows.services.sharing import case_unshare

pytestmark = pytest.mark.django_db

OWNER_FIELDS = {
    "id",
    "occurred_at",
    "action",
    "object_type",
    "object_id",
    "actor",
    "actor_state",
    "actor_label",
    "request_id",
    "client_address",
    "restricted",
    "sequence",
    "previous_hash",
    "hash",
    "changes",
}
PARTNER_FIELDS = {
    "id",
    "occurred_at",
    "action",
    "object_type",
    "object_id",
    "actor_state",
    "request_id",
    "changes",
}
HIDDEN_FROM_PARTNERS = ("internal_notes", "team", "jurisdictions", "restricted", "created_by_id")


def url_of(case: Any, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"/api/v1/cases/{case.pk}/activity/" + (f"?{query}" if query else "")


@pytest.fixture
def story(personas, gb_case) -> dict[str, Any]:
    """A case's life: some of it for partners, much of it not."""
    gb = personas.prosecutor_gb
    official = make_subject(case=gb_case, name="Open Official")
    informant = make_subject(case=gb_case, name="Restricted Informant", restricted=True)
    later_hidden = make_subject(case=gb_case, name="Later Hidden")
    subject_update(subject=later_hidden, by=gb, changes={"restricted": True})
    flat = make_asset(case=gb_case, description="Open flat", holder=official)
    account = make_asset(case=gb_case, description="Restricted account", restricted=True)
    case_update(case=gb_case, by=gb, changes={"title": "Renamed for all"})
    case_update(case=gb_case, by=gb, changes={"internal_notes": "only the team knows"})
    case_update(case=gb_case, by=gb, changes={"team": [personas.prosecutor2_gb]})
    share(gb_case, "CH")
    case_unshare(case=gb_case, state_code="CH", by=gb)
    # What other kinds of event look like: an answer by another partner state's liaison, one by
    # the caller's own state, and an event of a kind partners have no view of.
    title_change = {"before": {"title": "a"}, "after": {"title": "b"}}
    by_ch = trail.record(
        "case.updated", obj=gb_case, case=gb_case, actor=personas.liaison_ch, changes=title_change
    )
    by_fr = trail.record(
        "case.updated", obj=gb_case, case=gb_case, actor=personas.liaison_fr, changes=title_change
    )
    deadline = trail.record(
        "deadline.scheduled",
        case=gb_case,
        object_type="deadline",
        object_id=str(uuid.uuid4()),
        changes={"after": {"title": "Freeze expires", "due_on": "2027-01-01"}},
    )
    return {
        "case": gb_case,
        "official": official,
        "informant": informant,
        "later_hidden": later_hidden,
        "flat": flat,
        "account": account,
        "by_ch": by_ch,
        "by_fr": by_fr,
        "deadline": deadline,
    }


def test_the_owning_state_sees_everything_newest_first(personas, client_for, story) -> None:
    body = client_for(personas.prosecutor_gb).get(url_of(story["case"], page_size="200")).json()
    events = body["results"]
    assert body["count"] == len(events) == 16
    assert set(events[0]) == OWNER_FIELDS
    assert [e["sequence"] for e in events] == sorted((e["sequence"] for e in events), reverse=True)
    assert events[0]["object_type"] == "deadline"
    assert events[-1]["action"] == "case.created"
    assert events[-1]["previous_hash"] == trail.GENESIS_HASH
    assert events[-2]["previous_hash"] == events[-1]["hash"]
    actions = {e["action"] for e in events}
    assert {"share.granted", "share.revoked", "subject.created", "case.updated"} <= actions
    notes = [e for e in events if "internal_notes" in e["changes"].get("after", {})]
    assert notes[0]["changes"]["after"]["internal_notes"] == "only the team knows"
    assert events[-1]["actor"]["username"] == "prosecutor_gb"
    assert events[-1]["actor_state"] == "GB"


def test_prosecutors_of_the_state_off_the_team_and_admins_see_it_too(
    personas, client_for, story
) -> None:
    for persona in ("prosecutor2_gb", "admin_gb"):
        body = client_for(getattr(personas, persona)).get(url_of(story["case"])).json()
        assert body["count"] == 16


def test_a_liaison_sees_only_what_they_may_see(personas, client_for, story) -> None:
    body = client_for(personas.liaison_fr).get(url_of(story["case"])).json()
    events = body["results"]
    seen = [(e["action"], e["object_id"]) for e in events]
    case_id = str(story["case"].pk)
    assert seen == [
        ("case.updated", str(story["by_fr"].object_id)),  # their own state's act
        ("case.updated", case_id),  # the new title
        ("asset.created", str(story["flat"].pk)),
        ("subject.created", str(story["official"].pk)),
        ("case.created", case_id),
    ]
    assert body["count"] == 5
    for event in events:
        assert set(event) == PARTNER_FIELDS
        for side in event["changes"].values():
            assert not set(side) & set(HIDDEN_FROM_PARTNERS), event
    assert events[0]["actor_state"] == "FR"
    assert events[1]["actor_state"] == "GB"
    assert events[1]["changes"] == {
        "before": {"title": "Embezzlement at the Ministry of Petroleum"},
        "after": {"title": "Renamed for all"},
    }
    created = events[-1]["changes"]["after"]
    assert created["title"] == "Embezzlement at the Ministry of Petroleum"
    assert created["owner_state_id"] == "GB"
    assert "internal_notes" not in created
    assert "team" not in created


def test_no_trace_of_restricted_items_shares_or_other_partners(personas, client_for, story) -> None:
    text = client_for(personas.liaison_fr).get(url_of(story["case"])).content.decode()
    for secret in (
        "Restricted Informant",
        "Restricted account",
        "Later Hidden",
        "only the team knows",
        "team only",
        str(story["informant"].pk),
        str(story["account"].pk),
        str(story["later_hidden"].pk),
        str(personas.prosecutor2_gb.pk),
        str(story["by_ch"].pk),
        str(story["deadline"].pk),
        "share.",
        '"CH"',
        "prosecutor_gb",
    ):
        assert secret not in text, secret


def test_filters(personas, client_for, story) -> None:
    client = client_for(personas.prosecutor_gb)
    case = story["case"]

    def count(**params: str) -> int:
        response = client.get(url_of(case, **params))
        assert response.status_code == 200, response.content
        return int(response.json()["count"])

    assert count(action="subject.created") == 3
    assert count(object_type="asset") == 2
    assert count(object_id=str(story["later_hidden"].pk)) == 2
    assert count(actor=str(personas.liaison_ch.pk)) == 1
    assert count(actor=str(personas.prosecutor_gb.pk)) == 13
    everything = client.get(url_of(case, page_size="200")).json()["results"]
    middle = everything[8]["occurred_at"]
    since = count(since=middle.replace("+", "%2B"))
    until = count(until=middle.replace("+", "%2B"))
    assert since + until == 16 + 1  # the middle event is in both
    assert count(since="2999-01-01T00:00:00Z") == 0

    bad = client.get(url_of(case, actor="not-a-uuid"))
    assert bad.status_code == 400
    assert bad["Content-Type"] == "application/problem+json"


def test_a_liaison_cannot_filter_by_who_acted(personas, client_for, story) -> None:
    client = client_for(personas.liaison_fr)
    assert client.get(url_of(story["case"])).json()["count"] == 5
    for actor in (personas.prosecutor_gb, personas.liaison_fr):
        assert client.get(url_of(story["case"], actor=str(actor.pk))).json()["count"] == 0


def test_one_requests_changes_are_grouped_by_request_id(personas, client_for, gb_case) -> None:
    client = client_for(personas.prosecutor_gb)
    official = make_subject(case=gb_case, name="Official")
    for request_id, title in (("req-a", "First"), ("req-b", "Second")):
        client.patch(
            f"/api/v1/cases/{gb_case.pk}/",
            {"title": title},
            format="json",
            HTTP_X_REQUEST_ID=request_id,
        )
    client.patch(
        f"/api/v1/subjects/{official.pk}/",
        {"name": "Renamed"},
        format="json",
        HTTP_X_REQUEST_ID="req-b",
    )
    body = client.get(url_of(gb_case, request_id="req-b")).json()
    assert body["count"] == 2
    assert {e["request_id"] for e in body["results"]} == {"req-b"}
    assert {e["action"] for e in body["results"]} == {"case.updated", "subject.updated"}


def test_pagination(personas, client_for, story) -> None:
    client = client_for(personas.prosecutor_gb)
    first = client.get(url_of(story["case"], page_size="5")).json()
    assert first["count"] == 16
    assert len(first["results"]) == 5
    assert first["previous"] is None
    assert "page=2" in first["next"]
    last = client.get(url_of(story["case"], page_size="5", page="4")).json()
    assert len(last["results"]) == 1
    assert last["next"] is None
    assert last["results"][-1]["action"] == "case.created"


@pytest.mark.parametrize("persona", ["prosecutor_ng", "liaison_ch", "liaison_us"])
def test_who_may_not_see_the_case_finds_nothing(personas, client_for, gb_case, persona) -> None:
    share(gb_case, "CH")
    case_unshare(case=gb_case, state_code="CH", by=personas.prosecutor_gb)
    share(gb_case, "US")
    expire_share(gb_case, "US")
    client = client_for(getattr(personas, persona))
    hidden = client.get(url_of(gb_case))
    random = client.get(f"/api/v1/cases/{uuid.uuid4()}/activity/")
    assert hidden.status_code == 404
    assert (hidden.status_code, hidden.content) == (random.status_code, random.content)


def test_anonymous_callers_are_refused(api, gb_case) -> None:
    assert api.get(url_of(gb_case)).status_code == 401


# Session and user lookup, the case, then count + page.
PINNED = {"prosecutor_gb": 5, "liaison_fr": 5}


@pytest.mark.parametrize("persona", sorted(PINNED))
def test_query_count_is_pinned_and_constant(personas, client_for, gb_case, persona) -> None:
    client = client_for(getattr(personas, persona))

    def queries(page_size: int) -> int:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url_of(gb_case, page_size=str(page_size)))
        assert response.status_code == 200
        assert response.json()["results"]
        return len(captured)

    few = queries(1)
    for index in range(10):
        subject = make_subject(case=gb_case, name=f"Subject {index}", by=personas.prosecutor2_gb)
        make_asset(case=gb_case, holder=subject, restricted=bool(index % 2))
        trail.record("case.updated", case=gb_case, actor=personas.liaison_fr, changes={})
    many = queries(200)
    assert few == many == PINNED[persona]
