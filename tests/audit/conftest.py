"""Helpers of the audit tests: catch the events a block of code records."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from django.db import connection

from audit.models import AuditEvent


@contextmanager
def recorded() -> Iterator[list[AuditEvent]]:
    """The events recorded inside the block, oldest first."""
    before = set(AuditEvent.objects.values_list("id", flat=True))
    events: list[AuditEvent] = []
    yield events
    events.extend(
        AuditEvent.objects.exclude(id__in=before).order_by("occurred_at", "chain", "sequence")
    )


@contextmanager
def trigger_disabled() -> Iterator[None]:
    """Let the test rewrite history, as a superuser who drops the trigger could (the test
    database user is one); inside the test's transaction, so nothing outlives the test."""
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE cases_auditevent DISABLE TRIGGER audit_event_append_only")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE cases_auditevent ENABLE TRIGGER audit_event_append_only")


@pytest.fixture
def gb_case(personas: Any) -> Any:
    """A GB case led by prosecutor_gb, shared with FR."""
    from tests.factories import make_case, share

    case = make_case(by=personas.prosecutor_gb, internal_notes="team only")
    share(case, "FR")
    return case
