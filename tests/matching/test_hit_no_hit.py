"""Hit/no-hit across states: NG's team hears that GB has a possible match, GB hears nothing."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.models import AuditEvent
from cases.models import State
from matching import hits, tasks
from matching.models import CrossStateHit
from notifications.models import Notification
from tests.factories import make_case, make_subject
from tests.matching.conftest import indexed

pytestmark = pytest.mark.django_db

NAME = "Viktor Fedorovych Yanukovych"
NG_NAME = "Янукович Віктор Федорович"


@pytest.fixture
def ng_subject(personas):  # type: ignore[no-untyped-def]
    case = make_case(by=personas.prosecutor_ng, title="Oil block proceeds")
    return indexed(
        make_subject(
            case=case,
            name=NG_NAME,
            identifiers=[{"type": "passport", "value": "EK 123456", "country": "UA"}],
        )
    )


def _gb_creates(personas, client_for, name: str = NAME, **extra):  # type: ignore[no-untyped-def]
    """GB's prosecutor adds a subject through the API; the indexing task runs after it."""
    case = make_case(by=personas.prosecutor_gb, title="London property")
    client = client_for(personas.prosecutor_gb)
    body = {"case": str(case.pk), "kind": "person", "role": "official", "name": name, **extra}
    with CaptureQueriesContext(connection) as queries:
        response = client.post("/api/v1/subjects/", body, format="json")
    assert response.status_code == 201, response.content
    tasks.index_subject(response.json()["id"])
    return client, case, response, len(queries)


def test_ngs_team_is_told_that_gb_has_a_possible_match_and_nothing_more(
    personas, client_for, ng_subject
) -> None:  # type: ignore[no-untyped-def]
    _, gb_case, response, _ = _gb_creates(personas, client_for)
    (notification,) = Notification.objects.filter(recipient=personas.prosecutor_ng)
    assert notification.kind == hits.HIT_NOTIFICATION
    assert notification.case_id == ng_subject.case_id
    assert notification.title == f"State GB has a possible match for {NG_NAME}"
    text = notification.title + notification.body
    for gb_fact in (
        NAME,
        "Viktor",
        gb_case.reference,
        str(gb_case.pk),
        response.json()["id"],
        "London",
    ):
        assert gb_fact not in text
    # NG's own API shows the notification; it names NG's case only.
    inbox = client_for(personas.prosecutor_ng).get("/api/v1/notifications/").json()
    assert inbox["count"] == 1
    assert gb_case.reference not in str(inbox)


def test_gb_learns_nothing_api_notifications_activity_or_work_done(
    personas, client_for, ng_subject
) -> None:  # type: ignore[no-untyped-def]
    client, gb_case, hit_response, hit_queries = _gb_creates(personas, client_for)
    # The same request for a subject that hits nothing in any state.
    _, other_case, miss_response, miss_queries = _gb_creates(
        personas, client_for, name="Mykola Yanovych Azarov"
    )
    assert hit_queries == miss_queries  # the request does the same work (hits run in the task)
    hit_body, miss_body = hit_response.json(), miss_response.json()
    assert set(hit_body) == set(miss_body)
    for created, case in ((hit_body, gb_case), (miss_body, other_case)):
        matches = client.get(f"/api/v1/subjects/{created['id']}/matches/").json()
        assert matches == {"count": 0, "next": None, "previous": None, "results": []}
        activity = client.get(f"/api/v1/cases/{case.pk}/activity/").json()
        assert str(ng_subject.case_id) not in str(activity)
        assert "match" not in str([event["action"] for event in activity["results"]])
    assert not Notification.objects.filter(recipient__state_id="GB").exists()
    assert not AuditEvent.objects.filter(case=gb_case, action__startswith="match").exists()


def test_a_hit_is_told_once(personas, client_for, ng_subject) -> None:  # type: ignore[no-untyped-def]
    _, _, response, _ = _gb_creates(personas, client_for)
    tasks.index_subject(response.json()["id"])
    tasks.index_subject(response.json()["id"])
    assert Notification.objects.filter(recipient=personas.prosecutor_ng).count() == 1
    assert CrossStateHit.objects.get().from_state_id == "GB"


def test_an_identifier_alone_hits(personas, client_for, ng_subject) -> None:  # type: ignore[no-untyped-def]
    _gb_creates(
        personas,
        client_for,
        name="Completely Different",
        identifiers=[{"type": "passport", "value": "ek123456", "country": "UA"}],
    )
    assert Notification.objects.filter(recipient=personas.prosecutor_ng).count() == 1


def test_the_other_direction_tells_gb_about_its_own_subject(
    personas, client_for, ng_subject
) -> None:  # type: ignore[no-untyped-def]
    gb_subject = indexed(make_subject(case=make_case(by=personas.prosecutor_gb), name=NAME))
    tasks.index_subject(str(ng_subject.pk))  # NG's record indexed again, after GB's exists
    (notification,) = Notification.objects.filter(recipient=personas.prosecutor_gb)
    assert notification.title == f"State NG has a possible match for {gb_subject.name}"
    assert NG_NAME not in notification.title + notification.body


@pytest.mark.parametrize("off", ["GB", "NG"])
def test_a_state_that_does_not_take_part_neither_sends_nor_receives(
    personas, client_for, ng_subject, off
) -> None:  # type: ignore[no-untyped-def]
    hits.participation_set(state=State.objects.get(code=off), hit_no_hit=False)
    _gb_creates(personas, client_for)
    assert not Notification.objects.exists()
    assert not CrossStateHit.objects.exists()


def test_a_restricted_record_sends_nothing(personas, client_for, ng_subject) -> None:  # type: ignore[no-untyped-def]
    _gb_creates(personas, client_for, restricted=True)
    assert not Notification.objects.exists()


def test_only_keyed_hashes_are_compared(personas, client_for, ng_subject, settings) -> None:  # type: ignore[no-untyped-def]
    # NG's keys were hashed under the default secret; under another one, equal clear text no
    # longer hits: the comparison reads the digests, not the values.
    settings.MATCHING_HMAC_KEY = "another-secret-for-this-test"
    _gb_creates(personas, client_for)
    assert not Notification.objects.exists()


def test_the_participation_command(personas, client_for, ng_subject) -> None:  # type: ignore[no-untyped-def]
    from django.core.management import call_command

    call_command("match_participation", "ng", "off")
    assert not hits.participates("NG")
    _gb_creates(personas, client_for)
    assert not Notification.objects.exists()
    call_command("match_participation", "NG", "on")
    assert hits.participates("NG")
