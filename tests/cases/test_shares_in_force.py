"""A share is in force through its expiry date in the partner state. `active()` says so for
shares of every state at once (one comparison per date in the world); `active_for_state()` for
one state, whose date is known (one comparison): the two must pick the very same shares."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from cases.models import CaseShare
from core.state_time import today_in
from tests.factories import make_case, share

pytestmark = pytest.mark.django_db

# Partner states far apart in time: UTC+14 (KI), +12/+13 (NZ), +1/+2 (FR), -5/-4 (US), -10 (PF).
STATES = ("KI", "NZ", "FR", "US", "PF")
# Instants where those states' dates differ from UTC's, ahead or behind.
INSTANTS = (
    datetime(2026, 6, 1, 0, 30, tzinfo=UTC),
    datetime(2026, 6, 1, 11, 30, tzinfo=UTC),
    datetime(2026, 6, 1, 23, 30, tzinfo=UTC),
)


@pytest.mark.parametrize("instant", INSTANTS, ids=lambda i: i.strftime("%H:%M"))
def test_active_for_state_is_active_for_that_state(instant, personas, monkeypatch) -> None:
    gb = personas.prosecutor_gb
    utc_day = instant.date()
    expiries = [None, *(utc_day + timedelta(days=offset) for offset in (-2, -1, 0, 1, 2))]
    for expires_on in expiries:
        for state in STATES:
            case = make_case(by=gb, title=f"{state} {expires_on}")
            share(case, state)
            CaseShare.objects.filter(case=case).update(expires_on=expires_on)
    revoked = make_case(by=gb, title="revoked")
    share(revoked, "FR")
    CaseShare.objects.filter(case=revoked).update(revoked_at=instant - timedelta(days=1))

    monkeypatch.setattr(timezone, "now", lambda: instant)
    for state in STATES:
        expected = set(CaseShare.objects.active().filter(state_id=state).values_list("pk"))
        assert set(CaseShare.objects.active_for_state(state).values_list("pk")) == expected
        # The states' dates do differ here, so both the kept and the expired shares are tested.
        kept = {e for e in expiries if e is None or e >= today_in(state)}
        assert len(expected) == len(kept)
