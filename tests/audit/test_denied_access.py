"""A 404 for an object that exists is a denied access: recorded on its case's chain for the
owning team, while the answer stays byte-for-byte that of a random id."""

from __future__ import annotations

import uuid

import pytest

from cases.models import AuditEvent
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
