"""`trail.record()`: what one event holds, and how events of a chain link up."""

from __future__ import annotations

from datetime import timedelta

import pytest

from audit import trail
from audit.models import AuditChain, AuditEvent
from tests.audit.conftest import recorded
from tests.factories import make_case, make_subject

pytestmark = pytest.mark.django_db


def test_an_event_holds_who_what_where_when_and_the_change(personas, gb_case) -> None:
    with trail.acting_as(client_address="203.0.113.7"), recorded() as events:
        subject = make_subject(case=gb_case, name="An Official")
    (event,) = events
    assert event.actor_id == personas.prosecutor_gb.pk
    assert event.action == "subject.created"
    assert (event.object_type, event.object_id) == ("subject", str(subject.pk))
    assert event.case_id == gb_case.pk
    assert event.changes["before"] == {}
    assert event.changes["after"]["name"] == "An Official"
    assert event.client_address == "203.0.113.7"
    assert event.occurred_at.utcoffset() == timedelta(0)
    assert event.hash == trail.hash_of_stored(AuditEvent.objects.get(pk=event.pk))


def test_each_case_has_its_own_chain_and_events_of_no_case_share_the_global_one(
    personas,
) -> None:
    first = make_case(by=personas.prosecutor_gb)
    second = make_case(by=personas.prosecutor_gb)
    make_subject(case=first)
    global_event = trail.record("auth.login", obj=personas.prosecutor_gb)

    first_chain = list(AuditEvent.objects.filter(chain=str(first.pk)).order_by("sequence"))
    assert [e.sequence for e in first_chain] == [1, 2]
    assert first_chain[0].previous_hash == trail.GENESIS_HASH
    assert first_chain[1].previous_hash == first_chain[0].hash
    assert AuditEvent.objects.get(chain=str(second.pk)).sequence == 1
    assert global_event.chain == trail.GLOBAL_CHAIN
    assert global_event.case_id is None
    head = AuditChain.objects.get(key=str(first.pk))
    assert (head.last_sequence, head.last_hash) == (2, first_chain[1].hash)


def test_a_task_is_recorded_with_the_user_it_acts_for(personas, gb_case) -> None:
    with trail.acting_as(label="task:sweep_freeze_expiries", user=personas.prosecutor2_gb):
        event = trail.record("asset.reminded", case=gb_case, object_type="asset", object_id="x")
    stored = AuditEvent.objects.get(pk=event.pk)
    assert stored.actor_label == "task:sweep_freeze_expiries"
    assert stored.actor_id == personas.prosecutor2_gb.pk
    assert stored.hash == trail.hash_of_stored(stored)


def test_a_task_acting_inside_a_request_keeps_the_client_address(personas) -> None:
    with (
        trail.acting_as(client_address="198.51.100.4"),
        trail.acting_as(label="task:inline", user=personas.prosecutor_gb),
    ):
        event = trail.record("test.event")
    assert event.client_address == "198.51.100.4"
    assert event.actor_label == "task:inline"


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("10.1.2.3", "10.1.2.3"),
        ("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"),
        ("2001:DB8::A", "2001:db8::a"),
        ("::ffff:10.0.0.1", "::ffff:10.0.0.1"),
        ("not an address", None),
        ("", None),
    ],
)
def test_client_addresses_are_stored_as_hashed(given, stored, db) -> None:
    with trail.acting_as(client_address=given):
        event = trail.record("test.event")
    from_db = AuditEvent.objects.get(pk=event.pk)
    assert from_db.client_address == stored
    assert trail.hash_of_stored(from_db) == from_db.hash


def test_awkward_values_survive_the_round_trip_through_jsonb(db) -> None:
    from decimal import Decimal

    changes = {
        "before": {"amount": Decimal("1.10"), "ratio": 0.1, "tags": {"b", "a"}, "ü": "€"},
        "after": {"nested": {"z": [1, None, True], "a": "x"}, "big": 10**30},
    }
    event = trail.record("test.event", changes=changes)
    from_db = AuditEvent.objects.get(pk=event.pk)
    assert from_db.changes["before"]["tags"] == ["a", "b"]
    assert trail.hash_of_stored(from_db) == from_db.hash


def test_share_and_access_events_are_for_the_owning_state_only(gb_case) -> None:
    share_event = AuditEvent.objects.get(case=gb_case, action="share.granted")
    assert share_event.restricted is True
    assert trail.record("access.denied", case=gb_case).restricted is True
    assert trail.record("case.updated", case=gb_case).restricted is False


def test_secrets_never_enter_the_trail(personas) -> None:
    user = personas.prosecutor_gb
    before = trail.snapshot(user)
    user.set_password("another secret")
    after = trail.snapshot(user)
    assert before["password"].startswith("redacted:")
    assert before["password"] != after["password"]  # the change still shows
    assert user.password not in str(after)


def test_a_rolled_back_write_takes_its_event_and_the_chain_head_with_it(personas, gb_case) -> None:
    from django.db import transaction

    from cases.services.case_file import case_update

    def failing_request() -> None:
        with transaction.atomic():
            case_update(case=gb_case, by=personas.prosecutor_gb, changes={"title": "Changed"})
            raise RuntimeError("the request failed after the service ran")

    head = AuditChain.objects.get(key=str(gb_case.pk))
    with recorded() as events, pytest.raises(RuntimeError):
        failing_request()
    assert events == []
    after = AuditChain.objects.get(key=str(gb_case.pk))
    assert (after.last_sequence, after.last_hash) == (head.last_sequence, head.last_hash)
