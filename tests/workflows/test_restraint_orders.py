"""Several restraint orders on one asset (issue 19), each with its own term and end.

From the law: UNCAC Art. 54(2) and 55(2) (a requested state freezes or seizes at the request of
another: one account may carry a Swiss freeze and an English restraint order at once); a UK
restraint order (POCA 2002 s. 41) and an EU freezing order (Regulation 2018/1805 Art. 12) have no
fixed term and last until discharged or revoked; an urgent measure counts its term in hours from
its time of issue (48 hours); a renewal supersedes the order it renews and must come while that
order is in force. The asset is frozen while any freeze order is in force, and lapses when all have.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.apps import apps
from django.utils import timezone

from cases.models import Asset
from core.state_time import state_timezone
from deadlines.models import Deadline, DeadlineKind
from tests.workflows.conftest import (
    assert_consistent,
    days,
    money,
    order,
    payload,
    post_act,
    problem_attrs,
)
from workflows.models import AssetTransition

pytestmark = pytest.mark.django_db


def gb_restraint(reference: str = "GB-RO-1", **fields: Any) -> dict[str, Any]:
    """An English restraint order (POCA 2002 s. 41): no fixed term."""
    return {
        **order(reference),
        "authority": "Crown Court at Southwark",
        "jurisdiction": "GB",
        "without_term": True,
        **fields,
    }


def freeze(client: Any, asset: Asset, the_order: dict[str, Any], **fields: Any) -> Any:
    response = post_act(client, asset, payload("freeze", order=the_order, **fields))
    assert response.status_code == 200, response.content
    return response.json()


def orders_of(client: Any, asset: Asset) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/assets/{asset.pk}/restraint-orders/")
    assert response.status_code == 200, response.content
    return response.json()


def by_reference(orders: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {o["reference"]: o for o in orders}


def freeze_deadlines(asset: Asset) -> dict[str, Deadline]:
    """The asset's freeze deadlines, by the reference of their order."""
    acts = {t.pk: t.order_reference for t in AssetTransition.objects.filter(asset=asset)}
    return {
        acts[d.source_id]: d
        for d in Deadline.objects.filter(kind=DeadlineKind.FREEZE_EXPIRY, source_id__in=acts)
    }


class TestSeveralOrders:
    def test_a_swiss_freeze_and_an_english_restraint_on_one_account(self, gb, world) -> None:
        asset = world.asset
        freeze(gb, asset, order("CH-FRZ", expires_in=180))
        body = freeze(gb, asset, gb_restraint())
        assert body["stage"] == "frozen"
        # The English order has no term: the asset is frozen until it is released.
        assert (body["freeze_expires_on"], body["freeze_lapsed_on"]) == (None, None)
        shown = by_reference(body["restraint_orders"])
        assert set(shown) == {"CH-FRZ", "GB-RO-1"}
        assert shown["CH-FRZ"]["jurisdiction"] == "CH"
        assert shown["CH-FRZ"]["in_force"]
        assert shown["GB-RO-1"]["in_force"]
        assert shown["GB-RO-1"]["lapses_at"] is None
        assert shown["GB-RO-1"]["term_hours"] is None
        assert shown["GB-RO-1"]["expires_on"] is None
        assert orders_of(gb, asset) == body["restraint_orders"]
        assert_consistent(asset)

    def test_one_order_lapsed_the_other_in_force_keeps_the_asset_frozen(self, gb, world) -> None:
        asset = world.asset
        freeze(gb, asset, order("CH-OLD", expires_in=-2))  # recorded late, already lapsed
        asset.refresh_from_db()
        assert asset.freeze_lapsed_on is not None
        # After its lapse a new freeze is a new order, here from another state.
        body = freeze(gb, asset, gb_restraint())
        assert body["freeze_lapsed_on"] is None
        shown = by_reference(body["restraint_orders"])
        assert shown["CH-OLD"]["status"] == "lapsed"
        assert not shown["CH-OLD"]["in_force"]
        assert shown["GB-RO-1"]["status"] == "in_force"

    def test_lapsed_when_every_freeze_order_has_lapsed(self, gb, world) -> None:
        asset = world.asset
        freeze(gb, asset, order("CH-1", expires_in=-5))
        body = freeze(gb, asset, {**order("CH-2", expires_in=-3), "jurisdiction": "FR"})
        # Frozen until the last one lapsed: its expiry is the asset's.
        assert body["freeze_expires_on"] == days(-3)
        assert body["freeze_lapsed_on"] == days(-2)
        assert {o["status"] for o in body["restraint_orders"]} == {"lapsed"}

    def test_the_same_order_is_not_recorded_twice(self, gb, world) -> None:
        freeze(gb, world.asset, order("CH-FRZ", expires_in=180))
        again = post_act(gb, world.asset, payload("freeze", order=order("CH-FRZ", expires_in=90)))
        assert problem_attrs(again) == {"order.reference": "already_recorded"}

    def test_a_second_seizure_adds_an_order_and_supersedes_nothing(self, gb, world) -> None:
        asset = world.asset
        freeze(gb, asset, order("CH-FRZ", expires_in=180))
        assert post_act(gb, asset, payload("seize", order=order("CH-SZ"))).status_code == 200
        second = post_act(
            gb, asset, payload("seize", order={**order("GB-SZ"), "jurisdiction": "GB"})
        )
        assert second.status_code == 200, second.content
        shown = by_reference(second.json()["restraint_orders"])
        # A seizure takes custody: the freeze it follows is superseded.
        assert shown["CH-FRZ"]["status"] == "superseded"
        assert shown["CH-FRZ"]["ended_by_act"] is not None
        assert {shown["CH-SZ"]["kind"], shown["GB-SZ"]["kind"]} == {"seizure"}
        assert shown["CH-SZ"]["in_force"]
        assert shown["GB-SZ"]["in_force"]
        assert second.json()["stage"] == "seized"


class TestTerms:
    def test_an_urgent_measure_counts_its_hours_from_its_time_of_issue(self, gb, world) -> None:
        urgent = {**order("CH-URG"), "issued_on": days(0), "issued_at": "00:30", "term_hours": 48}
        body = freeze(gb, world.asset, urgent)
        (shown,) = body["restraint_orders"]
        issued = datetime.combine(
            timezone.now().date(), datetime.min.time(), tzinfo=state_timezone("CH")
        ) + timedelta(minutes=30)
        assert datetime.fromisoformat(shown["lapses_at"]) == issued + timedelta(hours=48)
        assert (shown["term_hours"], shown["issued_at"]) == (48, "00:30:00")
        assert shown["in_force"] == (timezone.now() < issued + timedelta(hours=48))
        assert body["freeze_expires_on"] is not None
        assert_consistent(world.asset)

    def test_a_lapsed_urgent_measure(self, gb, world) -> None:
        urgent = {**order("CH-URG"), "issued_on": days(-4), "issued_at": "10:00", "term_hours": 48}
        body = freeze(gb, world.asset, urgent)
        (shown,) = body["restraint_orders"]
        assert shown["status"] == "lapsed"
        assert body["freeze_lapsed_on"] is not None

    def test_hours_need_the_time_of_issue(self, gb, world) -> None:
        urgent = {**order("CH-URG"), "term_hours": 48}
        response = post_act(gb, world.asset, payload("freeze", order=urgent))
        assert problem_attrs(response) == {"order.issued_at": "required"}

    def test_one_term_and_only_one(self, gb, world) -> None:
        none = post_act(gb, world.asset, payload("freeze", order=order("CH-1")))
        assert problem_attrs(none) == {"order.expires_on": "required"}
        two = post_act(
            gb,
            world.asset,
            payload("freeze", order={**order("CH-1", expires_in=30), "without_term": True}),
        )
        assert problem_attrs(two) == {"order.without_term": "two_terms"}
        assert not AssetTransition.objects.filter(asset=world.asset).exists()

    def test_only_freezes_have_a_term(self, gb, world) -> None:
        response = post_act(
            gb, world.asset, payload("seize", order={**order("SZ"), "without_term": True})
        )
        assert problem_attrs(response) == {"order.without_term": "not_applicable"}


class TestRenewal:
    def test_a_renewal_names_the_order_it_renews_and_supersedes_it(self, gb, world) -> None:
        asset = world.asset
        ch = freeze(gb, asset, order("CH-FRZ", expires_in=30))["restraint_orders"][0]["id"]
        freeze(gb, asset, {**order("FR-FRZ", expires_in=60), "jurisdiction": "FR"})
        unnamed = post_act(gb, asset, payload("renew_freeze"))
        assert problem_attrs(unnamed) == {"restraint_order": "required"}
        renewal = post_act(gb, asset, payload("renew_freeze", restraint_order=ch))
        assert renewal.status_code == 200, renewal.content
        shown = by_reference(renewal.json()["restraint_orders"])
        assert shown["CH-FRZ"]["status"] == "superseded"
        assert shown["FRZ-2"]["renews"] == ch
        assert shown["FRZ-2"]["in_force"]
        assert shown["FR-FRZ"]["in_force"]
        assert renewal.json()["freeze_expires_on"] == days(365)
        # Each order with a term has its own deadline; the superseded one's is closed.
        deadlines = freeze_deadlines(asset)
        assert not deadlines["CH-FRZ"].open
        assert (deadlines["FR-FRZ"].open, deadlines["FR-FRZ"].due_on.isoformat()) == (
            True,
            days(60),
        )
        assert (deadlines["FRZ-2"].open, deadlines["FRZ-2"].due_on.isoformat()) == (True, days(365))
        assert_consistent(asset)

    def test_the_only_freeze_order_is_renewed_without_naming_it(self, gb, world) -> None:
        ch = freeze(gb, world.asset, order("CH-FRZ", expires_in=30))["restraint_orders"][0]["id"]
        renewal = post_act(gb, world.asset, payload("renew_freeze"))
        assert renewal.status_code == 200, renewal.content
        assert str(AssetTransition.objects.latest("performed_at").restraint_order_id) == ch

    def test_an_order_without_term_is_not_renewed(self, gb, world) -> None:
        ro = freeze(gb, world.asset, gb_restraint())["restraint_orders"][0]["id"]
        response = post_act(gb, world.asset, payload("renew_freeze", restraint_order=ro))
        assert problem_attrs(response) == {"restraint_order": "without_term"}

    def test_a_renewal_lapses_later_than_the_order_it_renews(self, gb, world) -> None:
        freeze(gb, world.asset, order("CH-FRZ", expires_in=30))
        response = post_act(
            gb, world.asset, payload("renew_freeze", order=order("R", expires_in=20))
        )
        assert problem_attrs(response) == {"order.expires_on": "not_later"}

    def test_an_urgent_measure_is_renewed_before_its_hour(self, gb, world) -> None:
        urgent = {**order("CH-URG"), "issued_on": days(-3), "issued_at": "10:00", "term_hours": 48}
        freeze(gb, world.asset, urgent)
        late = {**order("CH-CONF", expires_in=90), "issued_on": days(-1), "issued_at": "10:00"}
        response = post_act(gb, world.asset, payload("renew_freeze", order=late))
        assert problem_attrs(response) == {"order.issued_on": "after_lapse"}
        in_time = {**late, "issued_on": days(-1), "issued_at": "09:59"}
        assert post_act(gb, world.asset, payload("renew_freeze", order=in_time)).status_code == 200

    def test_a_released_order_is_not_renewed(self, gb, world) -> None:
        ch = freeze(gb, world.asset, order("CH-FRZ", expires_in=30))["restraint_orders"][0]["id"]
        freeze(gb, world.asset, gb_restraint())
        lifted = post_act(
            gb, world.asset, payload("release_order", order=order("REL"), restraint_order=ch)
        )
        assert lifted.status_code == 200, lifted.content
        response = post_act(gb, world.asset, payload("renew_freeze", restraint_order=ch))
        assert problem_attrs(response) == {"restraint_order": "ended"}


class TestRelease:
    def test_one_order_lifted_the_asset_stays_frozen(self, gb, world) -> None:
        asset = world.asset
        ch = freeze(gb, asset, order("CH-FRZ", expires_in=30))["restraint_orders"][0]["id"]
        freeze(gb, asset, gb_restraint())
        lifted = post_act(
            gb, asset, payload("release_order", order=order("REL"), restraint_order=ch)
        )
        assert lifted.status_code == 200, lifted.content
        body = lifted.json()
        assert body["stage"] == "frozen"
        shown = by_reference(body["restraint_orders"])
        assert (shown["CH-FRZ"]["status"], shown["GB-RO-1"]["status"]) == ("released", "in_force")
        assert not freeze_deadlines(asset)["CH-FRZ"].open
        # The last order is lifted by a release of the asset.
        ro = shown["GB-RO-1"]["id"]
        last = post_act(
            gb, asset, payload("release_order", order=order("REL-2"), restraint_order=ro)
        )
        assert problem_attrs(last) == {"restraint_order": "last_order"}
        released = post_act(gb, asset, payload("release"))
        assert released.status_code == 200
        assert {o["status"] for o in released.json()["restraint_orders"]} == {"released"}
        assert released.json()["stage"] == "released"
        assert_consistent(asset)

    def test_release_order_names_an_order_of_this_asset(self, gb, world, new_asset) -> None:
        other = new_asset(description="Other flat")
        foreign = freeze(gb, other, order("X", expires_in=30))["restraint_orders"][0]["id"]
        freeze(gb, world.asset, order("CH-FRZ", expires_in=30))
        freeze(gb, world.asset, gb_restraint())
        unnamed = post_act(gb, world.asset, payload("release_order", order=order("REL")))
        assert problem_attrs(unnamed) == {"restraint_order": "required"}
        response = post_act(
            gb, world.asset, payload("release_order", order=order("REL"), restraint_order=foreign)
        )
        assert problem_attrs(response) == {"restraint_order": "does_not_exist"}


class TestVisibility:
    def test_a_liaison_sees_the_orders_of_a_shared_unrestricted_asset_only(
        self, gb, world, personas, client_for
    ) -> None:
        freeze(gb, world.asset, order("CH-FRZ", expires_in=30))
        freeze(gb, world.restricted_asset, order("CH-SECRET", expires_in=30))
        fr = client_for(personas.liaison_fr)
        assert [o["reference"] for o in orders_of(fr, world.asset)] == ["CH-FRZ"]
        hidden = fr.get(f"/api/v1/assets/{world.restricted_asset.pk}/restraint-orders/")
        assert hidden.status_code == 404
        ch = client_for(personas.liaison_ch)  # the share with CH was revoked
        assert ch.get(f"/api/v1/assets/{world.asset.pk}/restraint-orders/").status_code == 404


class TestCorrections:
    def test_a_correction_restates_an_orders_term(self, gb, world) -> None:
        asset = world.asset
        freeze(gb, asset, order("CH-FRZ", expires_in=30))
        act = AssetTransition.objects.get(asset=asset, action="freeze")
        restated = {**order("CH-FRZ"), "without_term": True}
        response = post_act(
            gb, asset, payload("correct_record", corrects=str(act.pk), order=restated)
        )
        assert response.status_code == 200, response.content
        (shown,) = response.json()["restraint_orders"]
        assert (shown["expires_on"], shown["lapses_at"]) == (None, None)
        assert response.json()["freeze_expires_on"] is None
        assert not freeze_deadlines(asset)["CH-FRZ"].open
        assert_consistent(asset)


def test_existing_freeze_deadlines_are_keyed_by_the_order_in_force(gb, world) -> None:
    """The data migration: a deadline keyed by its asset moves to the asset's last freeze order."""
    migration = __import__(
        "workflows.migrations.0012_freeze_deadlines_per_order", fromlist=["key_by_order"]
    )
    freeze(gb, world.asset, order("CH-FRZ", expires_in=30))
    post_act(gb, world.asset, payload("renew_freeze"))
    renewal = AssetTransition.objects.get(asset=world.asset, action="renew_freeze")
    Deadline.objects.filter(kind=DeadlineKind.FREEZE_EXPIRY).delete()
    legacy = Deadline.objects.create(
        kind=DeadlineKind.FREEZE_EXPIRY,
        source_id=world.asset.pk,
        case=world.case,
        title="Freeze lapses",
        due_on=renewal.order_expires_on,
        acting_state_id="GB",
    )
    migration.key_by_order(apps, None)
    legacy.refresh_from_db()
    assert legacy.source_id == renewal.pk


def test_lapses_at_of_an_expiry_date_is_the_end_of_that_day_where_the_asset_sits(gb, world) -> None:
    (shown,) = freeze(gb, world.asset, order("CH-FRZ", expires_in=30))["restraint_orders"]
    end_of_day = datetime.fromisoformat(days(31)).replace(tzinfo=state_timezone("GB"))
    assert datetime.fromisoformat(shown["lapses_at"]).astimezone(UTC) == end_of_day.astimezone(UTC)


def test_a_further_freeze_with_an_amount_replaces_the_frozen_figure(gb, world) -> None:
    freeze(gb, world.asset, order("CH-FRZ", expires_in=30))
    body = freeze(gb, world.asset, gb_restraint(), amount=money("400000.00", "GBP"))
    assert body["recovery"]["frozen"] == [{"amount": "400000.00", "currency": "GBP"}]
    # No amount: the figure stays.
    response = post_act(gb, world.asset, {"action": "freeze", "order": gb_restraint("GB-RO-2")})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["recovery"]["frozen"] == [{"amount": "400000.00", "currency": "GBP"}]


def test_a_freeze_deadline_names_the_asset_of_its_order(gb, world, personas, client_for) -> None:
    freeze(gb, world.asset, order("CH-FRZ", expires_in=30))
    freeze(gb, world.asset, {**order("FR-FRZ", expires_in=60), "jurisdiction": "FR"})
    acts = {t.order_reference: str(t.pk) for t in AssetTransition.objects.filter(asset=world.asset)}
    for client in (gb, client_for(personas.liaison_fr)):
        listed = client.get("/api/v1/deadlines/", {"kind": "freeze_expiry"}).json()["results"]
        assert {(d["source_id"], d["asset"], d["due_on"]) for d in listed} == {
            (acts["CH-FRZ"], str(world.asset.pk), days(30)),
            (acts["FR-FRZ"], str(world.asset.pk), days(60)),
        }
    one = gb.get(f"/api/v1/deadlines/{listed[0]['id']}/").json()
    assert one["asset"] == str(world.asset.pk)


class TestReleaseOfPart:
    """Part of a frozen value released for the owner's living or legal expenses (EU 2018/1805
    Art. 33; national law, e.g. POCA 2002 s. 41(3)): the rest stays restrained."""

    def part(self, amount: str, currency: str = "USD", **fields: Any) -> dict[str, Any]:
        return payload(
            "release_part", amount=money(amount, currency), order=order("REL-P"), **fields
        )

    def test_it_lowers_what_is_frozen_and_is_shown(self, gb, world) -> None:
        asset = world.asset
        freeze(gb, asset, order("CH-FRZ", expires_in=90))  # 900,000.00 USD
        response = post_act(gb, asset, self.part("25000.00"))
        assert response.status_code == 200, response.content
        body = response.json()
        assert body["stage"] == "frozen"
        assert body["recovery"]["frozen"] == [money("875000.00")]
        (the_order,) = body["restraint_orders"]
        assert the_order["in_force"]  # the order still restrains the rest
        history = gb.get(f"/api/v1/assets/{asset.pk}/transitions/").json()["results"]
        assert (history[-1]["action"], history[-1]["release_reason"]) == (
            "release_part",
            "legal_expenses",
        )
        assert history[-1]["amount"] == money("25000.00")
        assert_consistent(asset)

    def test_never_more_than_is_restrained_in_that_currency(self, gb, world) -> None:
        freeze(gb, world.asset, order("CH-FRZ", expires_in=90))
        too_much = post_act(gb, world.asset, self.part("900000.01"))
        assert problem_attrs(too_much) == {"amount": "exceeds_restrained"}
        other_currency = post_act(gb, world.asset, self.part("10.00", "EUR"))
        assert problem_attrs(other_currency) == {"amount": "exceeds_restrained"}
        assert post_act(gb, world.asset, self.part("900000.00")).status_code == 200

    def test_it_needs_its_reason_and_a_restrained_asset(self, gb, world) -> None:
        body = self.part("10.00")
        del body["release_reason"]
        assert post_act(gb, world.asset, body).status_code == 409  # identified: nothing restrained
        freeze(gb, world.asset, order("CH-FRZ", expires_in=90))
        assert problem_attrs(post_act(gb, world.asset, body)) == {"release_reason": "required"}

    def test_a_seized_value_is_released_in_part(self, gb, world) -> None:
        seize = payload("seize", order=order("SZ"), amount=money("1000.00", "GBP"))
        assert post_act(gb, world.asset, seize).status_code == 200
        response = post_act(
            gb, world.asset, self.part("300.00", "GBP", release_reason="living_expenses")
        )
        assert response.status_code == 200, response.content
        assert response.json()["recovery"]["seized"] == [money("700.00", "GBP")]
