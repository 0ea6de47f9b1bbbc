"""Working days where the act happens (issue 18): the holidays of the subdivision that matters,
chosen per authority (an MLA request's requested authority) or per order (a freeze's), and a
deadline that follows its asset when the asset's jurisdiction or restriction changes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone

from cases.models import State
from deadlines.calendar import (
    acting_calendar,
    default_subdivision,
    reminder_thresholds,
    subdivisions_of,
)
from deadlines.models import Deadline, DeadlineKind
from tests.factories import make_asset, make_case, share
from tests.workflows.conftest import problem_attrs

D = date.fromisoformat


@pytest.mark.parametrize(
    ("country", "subdiv", "day", "working"),
    [
        # GB: England and Wales by default; Scotland's St Andrew's Day (Mon 2026-11-30) and
        # Northern Ireland's St Patrick's Day (Wed 2027-03-17) only there; England's Easter
        # Monday (2027-03-29) not in Scotland.
        ("GB", None, "2026-11-30", True),
        ("GB", "SCT", "2026-11-30", False),
        ("GB", None, "2027-03-17", True),
        ("GB", "NIR", "2027-03-17", False),
        ("GB", None, "2027-03-29", False),
        ("GB", "SCT", "2027-03-29", True),
        # CH: the canton. Ticino keeps St Joseph (Fri 2027-03-19); Zurich does not.
        ("CH", "TI", "2027-03-19", False),
        ("CH", "ZH", "2027-03-19", True),
        # US: the state. California's Cesar Chavez Day (Wed 2027-03-31).
        ("US", "CA", "2027-03-31", False),
        ("US", "NY", "2027-03-31", True),
        # DE: the Land. Bavaria's Epiphany (Wed 2027-01-06); not in Berlin.
        ("DE", "BY", "2027-01-06", False),
        ("DE", "BE", "2027-01-06", True),
    ],
)
def test_the_subdivision_decides_the_working_day(country, subdiv, day, working) -> None:
    assert acting_calendar(country, subdiv).is_working_day(D(day)) is working


def test_defaults_and_known_subdivisions() -> None:
    assert default_subdivision("GB") == "ENG"
    assert default_subdivision("CH") is None
    assert {"ENG", "SCT", "NIR", "WLS"} <= set(subdivisions_of("GB"))
    assert "ZH" in subdivisions_of("CH")
    assert subdivisions_of("ZZ") == ()


def test_a_reminder_before_a_scottish_deadline_skips_st_andrews_day() -> None:
    """Due Tuesday 2026-12-01: one working day before is Friday the 27th in Scotland (the 30th
    is St Andrew's Day), Monday the 30th in England."""
    scotland = {
        t.key: t.fire_on
        for t in reminder_thresholds(D("2026-12-01"), country_code="GB", subdiv="SCT")
    }
    england = {
        t.key: t.fire_on
        for t in reminder_thresholds(D("2026-12-01"), country_code="GB", subdiv="ENG")
    }
    assert (scotland["before_1"], england["before_1"]) == (D("2026-11-27"), D("2026-11-30"))


pytestmark_db = pytest.mark.django_db


@pytest.fixture
def case(personas):
    case = make_case(by=personas.prosecutor_gb)
    share(case, "CH")
    return case


@pytestmark_db
def test_an_mla_request_counts_in_its_requested_authoritys_canton(
    case, personas, client_for
) -> None:
    team = client_for(personas.prosecutor_gb)
    due = (timezone.now().date() + timedelta(days=40)).isoformat()
    body = {"case": str(case.pk), "kind": "freeze", "requested_state": "CH", "due_on": due}
    refused = team.post(
        "/api/v1/mla-requests/", {**body, "requested_subdivision": "XX"}, format="json"
    )
    assert problem_attrs(refused) == {"requested_subdivision": "unknown_subdivision"}
    created = team.post(
        "/api/v1/mla-requests/", {**body, "requested_subdivision": "ti"}, format="json"
    )
    assert created.status_code == 201, created.content
    assert created.json()["requested_subdivision"] == "TI"
    rid = created.json()["id"]
    team.post(f"/api/v1/mla-requests/{rid}/transitions/", {"action": "send"}, format="json")
    answer = Deadline.objects.get(kind=DeadlineKind.MLA_RESPONSE, source_id=rid)
    assert (answer.acting_state_id, answer.acting_subdivision) == ("CH", "TI")
    # Moved to Geneva: the deadline follows in the same request.
    moved = team.patch(
        f"/api/v1/mla-requests/{rid}/", {"requested_subdivision": "GE"}, format="json"
    )
    assert moved.status_code == 200, moved.content
    answer.refresh_from_db()
    assert answer.acting_subdivision == "GE"


@pytestmark_db
def test_a_freeze_counts_in_the_subdivision_of_its_order(case, personas, client_for) -> None:
    team = client_for(personas.prosecutor_gb)
    asset = make_asset(case=case)
    today = timezone.now().date()
    order = {
        "authority": "Court of Session",
        "jurisdiction": "GB",
        "reference": "P123/26",
        "issued_on": today.isoformat(),
        "expires_on": (today + timedelta(days=90)).isoformat(),
    }
    wrong = team.post(
        f"/api/v1/assets/{asset.pk}/transitions/",
        {"action": "freeze", "order": {**order, "subdivision": "ZH"}},
        format="json",
    )
    assert problem_attrs(wrong) == {"order.subdivision": "unknown_subdivision"}
    frozen = team.post(
        f"/api/v1/assets/{asset.pk}/transitions/",
        {"action": "freeze", "order": {**order, "subdivision": "SCT"}},
        format="json",
    )
    assert frozen.status_code == 200, frozen.content
    lapse = Deadline.objects.get(
        kind=DeadlineKind.FREEZE_EXPIRY, source_id=asset.transitions.get(action="freeze").pk
    )
    assert (lapse.acting_state_id, lapse.acting_subdivision) == ("GB", "SCT")
    history = team.get(f"/api/v1/assets/{asset.pk}/transitions/").json()["results"]
    assert history[-1]["order"]["subdivision"] == "SCT"


@pytestmark_db
def test_the_freeze_deadline_follows_its_asset(case, personas, client_for) -> None:
    """The asset's jurisdiction and restriction change: its freeze deadline changes with them,
    in the same request (the acting state was kept before: issue 18)."""
    team = client_for(personas.prosecutor_gb)
    asset = make_asset(case=case, jurisdiction=State.objects.get(code="CH"))
    today = timezone.now().date()
    team.post(
        f"/api/v1/assets/{asset.pk}/transitions/",
        {
            "action": "freeze",
            "order": {
                "authority": "Office of the Attorney General",
                "jurisdiction": "CH",
                "reference": "SV.26.1",
                "issued_on": today.isoformat(),
                "expires_on": (today + timedelta(days=90)).isoformat(),
            },
        },
        format="json",
    )
    lapse = Deadline.objects.get(
        kind=DeadlineKind.FREEZE_EXPIRY, source_id=asset.transitions.get(action="freeze").pk
    )
    assert (lapse.acting_state_id, lapse.restricted) == ("CH", False)
    etag = team.get(f"/api/v1/assets/{asset.pk}/")["ETag"]
    changed = team.patch(
        f"/api/v1/assets/{asset.pk}/",
        {"jurisdiction": "LI", "restricted": True},
        format="json",
        HTTP_IF_MATCH=etag,
    )
    assert changed.status_code == 200, changed.content
    lapse.refresh_from_db()
    assert (lapse.acting_state_id, lapse.restricted) == ("LI", True)
    # The liaison of CH no longer sees it (the asset is restricted now).
    seen = client_for(personas.liaison_ch).get("/api/v1/deadlines/").json()["results"]
    assert str(lapse.pk) not in {d["id"] for d in seen}
