"""A freeze lapses (issue 19): at the end of its expiry date where the asset sits, unless renewed
before. A lapsed freeze is shown (`freeze_lapsed_on`, in the asset and the asset list, to the
team and to partner states), restrains nothing (no renewal, no confiscation on it) and is
followed by a new freeze, not a renewal; a renewal is issued while the freeze it renews is in
force."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from cases.models.assets import freeze_lapsed_on
from core.state_time import today_in
from deadlines.models import Deadline, DeadlineKind
from tests.factories import make_asset, make_case
from tests.workflows.conftest import days, drive, money, order, payload, post_act, problem_attrs
from workflows.asset_rules import LAPSED

pytestmark = pytest.mark.django_db


def test_a_freeze_is_in_force_through_its_expiry_date_where_the_asset_sits() -> None:
    for code in ("GB", "NZ", "US"):
        today = today_in(code)
        assert freeze_lapsed_on("frozen", today, code) is None
        assert freeze_lapsed_on("frozen", today - timedelta(days=1), code) == today
        # Only a frozen asset's freeze lapses (a seizure or a release holds no expiry).
        assert freeze_lapsed_on("seized", today - timedelta(days=1), code) is None


def test_the_lapse_is_shown_to_the_team_and_to_the_partner_state(
    world, gb, new_asset, personas, client_for
) -> None:
    asset = drive(gb, world.asset, LAPSED)
    lapsed_on = (asset.freeze_expires_on + timedelta(days=1)).isoformat()
    for client in (gb, client_for(personas.liaison_fr)):
        shown = client.get(f"/api/v1/assets/{asset.pk}/").json()
        assert (shown["stage"], shown["freeze_lapsed_on"]) == ("frozen", lapsed_on)
        (row,) = [
            r
            for r in client.get("/api/v1/assets/?stage=frozen").json()["results"]
            if r["id"] == str(asset.pk)
        ]
        assert row["freeze_lapsed_on"] == lapsed_on
    in_force = drive(gb, new_asset(), "frozen")
    assert gb.get(f"/api/v1/assets/{in_force.pk}/").json()["freeze_lapsed_on"] is None


@pytest.mark.parametrize("action", ["renew_freeze", "confiscate"])
def test_an_order_issued_after_the_lapse_cannot_rest_on_the_freeze(world, gb, action) -> None:
    asset = drive(gb, world.asset, LAPSED)  # expired two days ago
    before = (asset.version, asset.transitions.count(), asset.freeze_expires_on)
    late = {**payload(action)["order"], "issued_on": days(-1)}
    response = post_act(gb, asset, payload(action, order=late))
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert {e["attr"]: e["code"] for e in response.json()["errors"]} == {
        "order.issued_on": "after_lapse"
    }
    asset.refresh_from_db()
    assert (asset.version, asset.transitions.count(), asset.freeze_expires_on) == before


def test_a_renewal_issued_in_time_and_recorded_late_is_a_renewal(world, gb) -> None:
    asset = drive(gb, world.asset, LAPSED)  # expired two days ago, issued 30 days ago
    in_time = {**order("FRZ-2", expires_in=180), "issued_on": days(-3)}
    response = post_act(gb, asset, payload("renew_freeze", order=in_time))
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["freeze_expires_on"], body["freeze_lapsed_on"]) == (days(180), None)


def test_a_lapsed_freeze_is_not_repatriated_from(world, gb) -> None:
    asset = drive(gb, world.asset, LAPSED)
    response = post_act(gb, asset, payload("repatriate"))
    assert response.status_code == 409, response.content
    assert response.json()["current_stage"] == LAPSED


def test_after_the_lapse_a_new_freeze_is_a_new_order(world, gb) -> None:
    asset = drive(gb, world.asset, LAPSED)
    response = post_act(gb, asset, payload("freeze", order=order("FRZ-NEW", expires_in=90)))
    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["stage"], body["freeze_expires_on"], body["freeze_lapsed_on"]) == (
        "frozen",
        days(90),
        None,
    )
    latest = asset.transitions.latest("sequence")
    assert (latest.action, latest.from_stage, latest.to_stage) == ("freeze", "frozen", "frozen")
    # The new freeze is in force: it is renewed, not recorded again (another order may be added,
    # test_restraint_orders). The lapsed order is no longer renewed; the new one is.
    again = post_act(gb, asset, payload("freeze", order=order("FRZ-NEW", expires_in=90)))
    assert problem_attrs(again) == {"order.reference": "already_recorded"}
    lapsed = asset.transitions.get(sequence=1).pk
    today = {**order("FRZ-2", expires_in=365), "issued_on": days(0)}
    stale = post_act(gb, asset, payload("renew_freeze", order=today, restraint_order=str(lapsed)))
    assert problem_attrs(stale) == {"order.issued_on": "after_lapse"}
    renewed = post_act(gb, asset, payload("renew_freeze", restraint_order=str(latest.pk)))
    assert renewed.status_code == 200, renewed.content


def test_a_renewal_is_not_issued_before_the_order_it_renews(world, gb) -> None:
    asset = drive(gb, world.asset, "frozen")  # by an order issued 30 days ago
    earlier = {**order("FRZ-2", expires_in=365), "issued_on": days(-31)}
    response = post_act(gb, asset, payload("renew_freeze", order=earlier))
    assert response.status_code == 400, response.content
    assert {e["attr"]: e["code"] for e in response.json()["errors"]} == {
        "order.issued_on": "before_freeze"
    }
    assert asset.transitions.count() == 1


def test_the_freeze_deadline_of_a_lapsed_freeze_stays_until_a_new_freeze(world, gb) -> None:
    """The lapse is the freeze deadline's escalation: the lapsed order keeps its deadline, and the
    new freeze, an order of its own, has its own at its expiry."""
    asset = drive(gb, world.asset, LAPSED)
    post_act(gb, asset, payload("freeze", order=order("FRZ-NEW", expires_in=90)))
    lapsed, new = asset.transitions.order_by("sequence")
    deadline = Deadline.objects.get(kind=DeadlineKind.FREEZE_EXPIRY, source_id=lapsed.pk)
    assert (deadline.open, deadline.due_on.isoformat()) == (True, days(-2))
    deadline = Deadline.objects.get(kind=DeadlineKind.FREEZE_EXPIRY, source_id=new.pk)
    assert (deadline.open, deadline.due_on.isoformat()) == (True, days(90))


def test_the_summary_reports_a_lapsed_freeze_apart_from_the_freezes_in_force(
    world, gb, new_asset, personas, client_for
) -> None:
    drive(gb, world.asset, LAPSED)
    drive(gb, new_asset(), "frozen")
    drive(gb, new_asset(), "released")
    for client in (gb, client_for(personas.liaison_fr)):
        assets = client.get("/api/v1/reports/summary/").json()["assets"]
        counts = {group["stage"]: group["count"] for group in assets["by_stage"]}
        assert (counts["frozen"], counts["lapsed"], counts["released"]) == (1, 1, 1)
        # Each was frozen for 900,000 USD: frozen now is only the freeze in force.
        figures = assets["total"]["figures"]
        assert figures["frozen"]["amounts"] == [money("2700000.00")]
        assert figures["frozen_now"]["amounts"] == [money("900000.00")]
        by_stage = {group["stage"]: group["figures"] for group in assets["by_stage"]}
        assert by_stage["lapsed"]["frozen_now"]["amounts"] == []
        assert by_stage["frozen"]["frozen_now"]["amounts"] == [money("900000.00")]


def test_the_summary_counts_the_assets_frozen_now_and_ever_frozen(
    world, gb, new_asset, personas, client_for
) -> None:
    """Frozen now: freezes in force. Ever frozen: a freeze among the acts, whatever followed (a
    lapse, a release, a seizure); a freeze that named no amount counts too. Liaisons count only
    what they see (shared cases, restricted assets left out)."""
    drive(gb, world.asset, LAPSED)
    drive(gb, new_asset(), "frozen")
    unstated = {"action": "freeze", "order": order("FRZ-1", expires_in=180)}
    assert post_act(gb, new_asset(), unstated).status_code == 200  # in force, no amount
    drive(gb, new_asset(), "released")
    seized = new_asset()
    drive(gb, seized, "frozen")
    assert post_act(gb, seized, payload("seize")).status_code == 200
    drive(gb, new_asset(), "seized")  # seized without a freeze: never frozen
    drive(gb, world.restricted_asset, "frozen")
    unshared = make_case(by=personas.prosecutor_gb)
    drive(gb, make_asset(case=unshared), "frozen")

    def counts(client: Any) -> tuple[int, int]:
        total = client.get("/api/v1/reports/summary/").json()["assets"]["total"]
        return total["frozen_now_count"], total["ever_frozen_count"]

    # The restricted asset and the unshared case's add one each for the owning state.
    assert counts(gb) == (2 + 2, 5 + 2)
    assert counts(client_for(personas.liaison_fr)) == (2, 5)
