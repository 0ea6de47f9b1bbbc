"""A 404 for an object that exists is a denied access: recorded on its case's chain for the
owning team, while the answer stays byte-for-byte that of a random id."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from audit import trail
from audit.models import AuditEvent
from tests.audit.conftest import recorded
from tests.factories import make_asset, make_subject

pytestmark = pytest.mark.django_db


@pytest.fixture
def hidden(personas, gb_case):
    return {
        "case": gb_case,
        "subject": make_subject(case=gb_case, name="Hidden", restricted=True),
        "asset": make_asset(case=gb_case, restricted=True),
    }


@pytest.mark.parametrize(
    ("persona", "url", "target"),
    [
        ("prosecutor_ng", "/api/v1/cases/{}/", "case"),
        ("liaison_ch", "/api/v1/cases/{}/", "case"),
        ("liaison_fr", "/api/v1/subjects/{}/", "subject"),
        ("liaison_fr", "/api/v1/assets/{}/", "asset"),
        ("prosecutor_ng", "/api/v1/cases/{}/shares/", "case"),
        ("prosecutor_ng", "/api/v1/cases/{}/activity/", "case"),
    ],
)
def test_probing_an_existing_object_is_recorded_on_its_case(
    personas, client_for, hidden, persona, url, target
) -> None:
    prober = getattr(personas, persona)
    client = client_for(prober)
    with recorded() as events:
        random_answer = client.get(url.format(uuid.uuid4()))
    assert random_answer.status_code == 404
    assert events == []  # nothing exists: nothing to tell the team

    obj = hidden[target]
    with recorded() as events:
        answer = client.get(url.format(obj.pk), HTTP_X_REQUEST_ID="probe-1")
    assert (answer.status_code, answer.content) == (404, random_answer.content)
    (event,) = events
    assert event.action == "access.denied"
    assert (event.object_type, event.object_id) == (obj._meta.model_name, str(obj.pk))
    assert event.case_id == hidden["case"].pk
    assert event.chain == str(hidden["case"].pk)
    assert event.actor_id == prober.pk
    assert event.request_id == "probe-1"
    assert event.restricted is True


def test_writes_to_hidden_objects_are_recorded_too(personas, client_for, hidden) -> None:
    client = client_for(personas.liaison_fr)
    with recorded() as events:
        answer = client.patch(
            f"/api/v1/subjects/{hidden['subject'].pk}/", {"name": "x"}, format="json"
        )
    assert answer.status_code == 404
    assert [e.action for e in events] == ["access.denied"]


def test_malformed_ids_and_anonymous_callers_record_nothing(personas, client_for, api) -> None:
    with recorded() as events:
        assert (
            client_for(personas.liaison_fr).get("/api/v1/subjects/not-a-uuid/").status_code == 404
        )
        assert api.get("/api/v1/subjects/not-a-uuid/").status_code == 401
    assert events == []


def test_the_team_sees_probes_in_the_activity_and_liaisons_never_do(
    personas, client_for, hidden
) -> None:
    client_for(personas.liaison_fr).get(f"/api/v1/subjects/{hidden['subject'].pk}/")
    client_for(personas.prosecutor_ng).get(f"/api/v1/cases/{hidden['case'].pk}/")
    url = f"/api/v1/cases/{hidden['case'].pk}/activity/?action=access.denied"

    owner_view = client_for(personas.prosecutor_gb).get(url).json()
    assert owner_view["count"] == 2
    probers = {event["actor"]["username"] for event in owner_view["results"]}
    assert probers == {"liaison_fr", "prosecutor_ng"}

    liaison_view = client_for(personas.liaison_fr).get(url).json()
    assert liaison_view["count"] == 0
    assert AuditEvent.objects.filter(action="access.denied").count() == 2


# --- Bounded: repeated probes are aggregated (issue 14) ------------------------------------------
# Anyone who knows an id could otherwise grow a case's (append-only, forever) trail by one event
# per request. Per (prober, object) and window, the trail gets the first probe and then one event
# each time the count reaches a power of ten, each naming the count so far in the window.


def _probe(client: Any, url: str, times: int) -> set[tuple[int, bytes]]:
    return {(r.status_code, r.content) for r in (client.get(url) for _ in range(times))}


def test_repeated_probes_of_one_object_are_aggregated(personas, client_for, hidden) -> None:
    client = client_for(personas.liaison_fr)
    random_answer = client.get(f"/api/v1/subjects/{uuid.uuid4()}/")
    url = f"/api/v1/subjects/{hidden['subject'].pk}/"
    with recorded() as events:
        answers = _probe(client, url, 120)
    assert answers == {(404, random_answer.content)}  # every answer that of a random id
    assert [e.action for e in events] == ["access.denied"] * 3
    assert [e.changes["after"]["attempts"] for e in events] == [1, 10, 100]
    assert {(e.object_id, e.actor_id) for e in events} == {
        (str(hidden["subject"].pk), personas.liaison_fr.pk)
    }
    assert all(e.changes["after"]["window_seconds"] > 0 for e in events)


def test_each_prober_and_object_is_counted_apart(personas, client_for, hidden) -> None:
    liaison, outsider = client_for(personas.liaison_fr), client_for(personas.prosecutor_ng)
    with recorded() as events:
        _probe(liaison, f"/api/v1/subjects/{hidden['subject'].pk}/", 3)
        _probe(liaison, f"/api/v1/assets/{hidden['asset'].pk}/", 3)
        _probe(outsider, f"/api/v1/assets/{hidden['asset'].pk}/", 3)
        _probe(outsider, f"/api/v1/cases/{hidden['case'].pk}/", 3)
    assert sorted((e.actor_id == personas.liaison_fr.pk, e.object_type) for e in events) == [
        (False, "asset"),
        (False, "case"),
        (True, "asset"),
        (True, "subject"),
    ]
    assert {e.changes["after"]["attempts"] for e in events} == {1}


def test_a_new_window_records_the_first_probe_again(
    personas, client_for, hidden, monkeypatch
) -> None:
    client = client_for(personas.liaison_fr)
    url = f"/api/v1/subjects/{hidden['subject'].pk}/"
    with recorded() as events:
        _probe(client, url, 5)
        later = trail.denied_access_window() + 1
        monkeypatch.setattr(trail, "denied_access_window", lambda: later)
        _probe(client, url, 5)
    assert [e.changes["after"]["attempts"] for e in events] == [1, 1]


def test_a_probe_the_trail_already_holds_costs_no_audit_write(personas, client_for, hidden) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(personas.liaison_fr)
    url = f"/api/v1/subjects/{hidden['subject'].pk}/"
    client.get(url)  # the first probe is recorded
    with CaptureQueriesContext(connection) as random_id:
        client.get(f"/api/v1/subjects/{uuid.uuid4()}/")
    with CaptureQueriesContext(connection) as repeated:
        client.get(url)
    sql = [q["sql"] for q in repeated.captured_queries]
    assert not any("auditchain" in s.lower() or "auditevent" in s.lower() for s in sql), sql
    assert len(repeated.captured_queries) == len(random_id.captured_queries)


def test_without_its_cache_every_probe_is_recorded(
    personas, client_for, hidden, monkeypatch
) -> None:
    """The count is kept in a cache: if that cache fails, probes are audited one by one (the
    trail's bound then is the throttle's), rather than not at all."""

    def broken() -> Any:
        raise ConnectionError("cache down")

    monkeypatch.setattr(trail, "_denied_access_cache", broken)
    client = client_for(personas.liaison_fr)
    with recorded() as events:
        _probe(client, f"/api/v1/subjects/{hidden['subject'].pk}/", 3)
    assert [e.action for e in events] == ["access.denied"] * 3
