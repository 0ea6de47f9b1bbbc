"""The audit table is append-only in PostgreSQL itself (migration 0004's trigger)."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import DatabaseError, connection, transaction

from audit import trail
from audit.models import AuditEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(db: None) -> AuditEvent:
    return trail.record("test.event", changes={"after": {"title": "original"}})


def refused(sql: str, params: list[Any]) -> None:
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql, params)


def test_update_is_refused(event) -> None:
    refused("UPDATE cases_auditevent SET action = 'forged' WHERE id = %s", [event.pk])
    refused("UPDATE cases_auditevent SET changes = '{}'::jsonb", [])
    assert AuditEvent.objects.get(pk=event.pk).action == "test.event"


def test_delete_is_refused(event) -> None:
    refused("DELETE FROM cases_auditevent WHERE id = %s", [event.pk])
    refused("DELETE FROM cases_auditevent", [])
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_the_orm_is_refused_too(event) -> None:
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).update(action="forged")
    with pytest.raises(DatabaseError), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).delete()
    stored = AuditEvent.objects.get(pk=event.pk)
    stored.action = "forged"
    with pytest.raises(DatabaseError), transaction.atomic():
        stored.save()
    assert AuditEvent.objects.get(pk=event.pk).action == "test.event"


def test_insert_is_allowed(event) -> None:
    assert trail.record("test.event").sequence == event.sequence + 1
