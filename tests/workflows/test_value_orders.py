"""Value-based confiscation (UNCAC Art. 31(1)(a); CETS 198 Art. 3(1): confiscation of "property
the value of which corresponds to such proceeds"): an order for an amount against a person or
the case, satisfied from several restrained assets, never beyond what it orders."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.models import AuditEvent
from tests.factories import make_asset, make_case, make_subject
from tests.workflows.conftest import LAPSED_FREEZE, drive, money, payload, post_act, problem_attrs
from tests.workflows.proceeds_helpers import (
    agreed_share,
    create_agreement,
    create_value_order,
    decide,
    file_claim,
    legal_order,
    satisfy,
)

pytestmark = pytest.mark.django_db


def frozen_asset(gb: Any, new_asset: Any, amount: str = "900000.00", **fields: Any) -> Any:
    asset = new_asset(**fields)
    assert post_act(gb, asset, payload("freeze", amount=money(amount))).status_code == 200
    return asset


def seized_asset(gb: Any, new_asset: Any, amount: str) -> Any:
    asset = new_asset()
    body = payload("seize", amount=money(amount))
    assert post_act(gb, asset, body).status_code == 200
    return asset


class TestTheOrder:
    def test_created_with_its_legal_order_and_outstanding_amount(self, gb, world) -> None:
        subject = make_subject(case=world.case, name="Former Minister")
        response = create_value_order(gb, world.case, subject=str(subject.pk))
        assert response.status_code == 201, response.json()
        assert response["ETag"] == '"1"'
        body = response.json()
        assert body["subject"] == str(subject.pk)
        assert body["order"] == {**legal_order(), "jurisdiction": "GB"}
        assert body["amount"] == {"amount": "1000000.00", "currency": "USD"}
        assert body["outstanding"] == {"amount": "1000000.00", "currency": "USD"}
        assert body["satisfied"] == {"amount": "0.00", "currency": "USD"}
        assert AuditEvent.objects.filter(
            action="value_order.created", object_id=body["id"]
        ).exists()

    def test_against_the_case_when_no_person_is_named(self, gb, world) -> None:
        body = create_value_order(gb, world.case).json()
        assert body["subject"] is None

    def test_money_is_a_decimal_string_in_the_currency_units(self, gb, world) -> None:
        as_number = create_value_order(
            gb, world.case, amount={"amount": 98765432109876.54, "currency": "USD"}
        )
        assert problem_attrs(as_number) == {"amount.amount": "not_a_string"}
        fils = create_value_order(gb, world.case, amount=money("1.2345", "KWD"))
        assert problem_attrs(fils) == {"amount.amount": "max_decimal_places"}
        exact = create_value_order(gb, world.case, amount=money("98765432109876.54"))
        assert exact.json()["amount"]["amount"] == "98765432109876.54"

    def test_only_the_team_records_it(self, world, personas, client_for) -> None:
        for persona, status in (
            ("prosecutor2_gb", 403),
            ("admin_gb", 403),
            ("liaison_fr", 403),
            ("prosecutor_ng", 400),  # the case does not exist for them
        ):
            client = client_for(getattr(personas, persona))
            assert create_value_order(client, world.case).status_code == status, persona

    def test_a_stale_if_match_is_412_and_changes_nothing(self, gb, world) -> None:
        url = f"/api/v1/value-orders/{create_value_order(gb, world.case).json()['id']}/"
        changed = gb.patch(url, {"note": "Appeal dismissed."}, format="json", HTTP_IF_MATCH='"1"')
        assert changed.status_code == 200
        assert changed["ETag"] == '"2"'
        stale = gb.patch(url, {"note": "Other"}, format="json", HTTP_IF_MATCH='"1"')
        assert stale.status_code == 412
        assert gb.get(url).json()["note"] == "Appeal dismissed."


class TestSatisfaction:
    def test_satisfied_from_several_assets_down_to_nothing_outstanding(
        self, gb, world, new_asset
    ) -> None:
        order_id = create_value_order(gb, world.case).json()["id"]
        frozen = frozen_asset(gb, new_asset)
        seized = seized_asset(gb, new_asset, "500000.00")
        first = satisfy(gb, order_id, frozen, "600000.00", HTTP_IF_MATCH='"1"')
        assert first.status_code == 200, first.json()
        assert first.json()["outstanding"] == {"amount": "400000.00", "currency": "USD"}
        assert first["ETag"] == '"2"'
        second = satisfy(gb, order_id, seized, "400000.00")
        assert second.json()["outstanding"] == {"amount": "0.00", "currency": "USD"}
        assert second.json()["satisfied"] == {"amount": "1000000.00", "currency": "USD"}
        listed = gb.get(f"/api/v1/value-orders/{order_id}/satisfactions/").json()
        assert [(row["asset"], row["amount"]["amount"]) for row in listed["results"]] == [
            (str(frozen.pk), "600000.00"),
            (str(seized.pk), "400000.00"),
        ]
        assert AuditEvent.objects.filter(action="value_order.satisfied").count() == 2

    def test_never_more_than_outstanding(self, gb, world, new_asset) -> None:
        order_id = create_value_order(gb, world.case, amount=money("100000.00")).json()["id"]
        asset = frozen_asset(gb, new_asset)
        assert satisfy(gb, order_id, asset, "60000.00").status_code == 200
        over = satisfy(gb, order_id, asset, "40000.01")
        assert problem_attrs(over) == {"amount.amount": "exceeds_outstanding"}

    def test_a_stale_if_match_is_412(self, gb, world, new_asset) -> None:
        order_id = create_value_order(gb, world.case).json()["id"]
        asset = frozen_asset(gb, new_asset)
        assert satisfy(gb, order_id, asset, "1.00", HTTP_IF_MATCH='"1"').status_code == 200
        assert satisfy(gb, order_id, asset, "1.00", HTTP_IF_MATCH='"1"').status_code == 412

    @pytest.mark.parametrize("stage", ["identified", "lapsed", "confiscated", "released"])
    def test_only_from_a_restrained_asset(self, gb, world, new_asset, stage) -> None:
        # The table's `confiscate` row rests on a freeze in force or a seizure; a lapsed freeze
        # restrains nothing (workflows.asset_rules).
        asset = new_asset()
        if stage == "lapsed":
            assert post_act(gb, asset, payload("freeze", **LAPSED_FREEZE)).status_code == 200
        else:
            drive(gb, asset, stage)
        order_id = create_value_order(gb, world.case).json()["id"]
        refused = satisfy(gb, order_id, asset, "1000.00")
        assert problem_attrs(refused) == {"asset": "not_restrained"}

    def test_only_a_final_order(self, gb, world, new_asset) -> None:
        order_id = create_value_order(gb, world.case, final=False).json()["id"]
        refused = satisfy(gb, order_id, frozen_asset(gb, new_asset), "1000.00")
        assert problem_attrs(refused) == {None: "not_final"}

    def test_in_the_order_currency_and_within_what_the_asset_restrains(
        self, gb, world, new_asset
    ) -> None:
        order_id = create_value_order(gb, world.case).json()["id"]
        asset = frozen_asset(gb, new_asset, "50000.00")
        euros = satisfy(gb, order_id, asset, "1000.00", "EUR")
        assert problem_attrs(euros) == {"amount.currency": "currency_mismatch"}
        too_much = satisfy(gb, order_id, asset, "50000.01")
        assert problem_attrs(too_much) == {"amount.amount": "exceeds_asset"}
        eur_order = create_value_order(gb, world.case, amount=money("1000.00", "EUR")).json()
        nothing_in_eur = satisfy(gb, eur_order["id"], asset, "10.00", "EUR")
        assert problem_attrs(nothing_in_eur) == {"amount.currency": "not_restrained_in_currency"}

    def test_two_orders_share_one_asset_never_beyond_it(self, gb, world, new_asset) -> None:
        asset = frozen_asset(gb, new_asset, "100000.00")
        first = create_value_order(gb, world.case).json()["id"]
        second = create_value_order(gb, world.case, order=legal_order("T2026-0118-CO")).json()["id"]
        assert satisfy(gb, first, asset, "70000.00").status_code == 200
        refused = satisfy(gb, second, asset, "30000.01")
        assert problem_attrs(refused) == {"amount.amount": "exceeds_asset"}
        assert satisfy(gb, second, asset, "30000.00").status_code == 200

    def test_an_upheld_third_party_claim_is_not_taken(self, gb, world, new_asset) -> None:
        # UNCAC 31(9): the bona fide third party's part is not the state's to confiscate.
        asset = frozen_asset(gb, new_asset, "100000.00")
        claim = file_claim(gb, asset, claimed_amount=money("25000.00")).json()
        assert decide(gb, claim["id"], "upheld").status_code == 200
        order_id = create_value_order(gb, world.case).json()["id"]
        assert problem_attrs(satisfy(gb, order_id, asset, "75000.01")) == {
            "amount.amount": "exceeds_asset"
        }
        assert satisfy(gb, order_id, asset, "75000.00").status_code == 200

    def test_an_asset_of_another_case_is_refused(self, gb, world, personas) -> None:
        other = make_asset(case=make_case(by=personas.prosecutor_gb, title="Other"))
        order_id = create_value_order(gb, world.case).json()["id"]
        assert problem_attrs(satisfy(gb, order_id, other, "1.00")) == {"asset": "other_case"}

    def test_the_order_cannot_shrink_below_what_was_paid(self, gb, world, new_asset) -> None:
        order_id = create_value_order(gb, world.case).json()["id"]
        assert satisfy(gb, order_id, frozen_asset(gb, new_asset), "600000.00").status_code == 200
        url = f"/api/v1/value-orders/{order_id}/"
        below = gb.patch(url, {"amount": money("599999.99")}, format="json")
        assert problem_attrs(below) == {"amount.amount": "below_satisfied"}
        assert problem_attrs(gb.patch(url, {"final": False}, format="json")) == {
            "final": "enforced"
        }
        assert gb.patch(url, {"amount": money("600000.00")}, format="json").status_code == 200
        assert gb.get(url).json()["outstanding"]["amount"] == "0.00"


class TestVisibility:
    def test_partners_see_what_the_case_rule_shows(
        self, gb, world, new_asset, personas, client_for
    ) -> None:
        open_id = create_value_order(gb, world.case).json()["id"]
        hidden_id = create_value_order(gb, world.case, restricted=True).json()["id"]
        informant = make_subject(case=world.case, name="Informant", restricted=True)
        against_hidden = create_value_order(gb, world.case, subject=str(informant.pk)).json()["id"]
        seen = frozen_asset(gb, new_asset, "100000.00")
        unseen = frozen_asset(gb, new_asset, "100000.00", restricted=True)
        assert satisfy(gb, open_id, seen, "10000.00").status_code == 200
        assert satisfy(gb, open_id, unseen, "20000.00").status_code == 200

        fr = client_for(personas.liaison_fr)
        listed = fr.get(f"/api/v1/value-orders/?case={world.case.pk}").json()
        assert [row["id"] for row in listed["results"]] == [open_id]
        assert listed["count"] == 1
        shown = fr.get(f"/api/v1/value-orders/{open_id}/").json()
        assert "note" not in shown
        assert "internal_notes" not in shown
        # Of the satisfactions, FR sees the one from the asset it may see, and figures from it.
        assert shown["satisfied"]["amount"] == "10000.00"
        rows = fr.get(f"/api/v1/value-orders/{open_id}/satisfactions/").json()
        assert [row["asset"] for row in rows["results"]] == [str(seen.pk)]
        for order_id in (hidden_id, against_hidden):
            assert fr.get(f"/api/v1/value-orders/{order_id}/").status_code == 404
        for persona in ("liaison_ch", "liaison_us", "prosecutor_ng"):
            client = client_for(getattr(personas, persona))
            assert client.get(f"/api/v1/value-orders/{open_id}/").status_code == 404
            assert client.get("/api/v1/value-orders/").json()["count"] == 0
        assert gb.get(f"/api/v1/value-orders/{open_id}/").json()["satisfied"]["amount"] == (
            "30000.00"
        )

    def test_the_team_timeline_shows_the_order(self, gb, world, new_asset) -> None:
        order_id = create_value_order(gb, world.case).json()["id"]
        satisfy(gb, order_id, frozen_asset(gb, new_asset), "1.00")
        rows = gb.get(f"/api/v1/cases/{world.case.pk}/activity/").json()["results"]
        actions = [row["action"] for row in rows if row["object_id"] == order_id]
        assert actions == ["value_order.satisfied", "value_order.created"]


def test_the_lists_cost_the_same_whatever_their_length(gb, world, new_asset) -> None:
    """No N+1: value orders (with their satisfied figures), claims and agreements."""
    asset = new_asset()
    drive(gb, asset, "confiscated")

    def add_one() -> None:
        order_id = create_value_order(gb, world.case).json()["id"]
        assert satisfy(gb, order_id, frozen_asset(gb, new_asset), "1.00").status_code == 200
        assert file_claim(gb, asset, claimed_amount=money("1.00")).status_code == 201
        agreement = create_agreement(gb, world.case, **agreed_share(asset, "10", "1.00"))
        assert agreement.status_code == 201, agreement.json()

    def queries(url: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert gb.get(url).status_code == 200
        return len(captured)

    urls = ["/api/v1/value-orders/", "/api/v1/third-party-claims/", "/api/v1/sharing-agreements/"]
    add_one()
    once = [queries(url) for url in urls]
    for _ in range(3):
        add_one()
    assert [queries(url) for url in urls] == once


class TestTheAssetApplied:
    """A final value order is a confiscation of an amount (UNCAC Art. 31(1)(a); CETS 198 Art.
    3(1)); paid in part from a restrained asset, it takes title to that part: DOMAIN.md's "a
    final court decision takes title". The asset records the part realised; what is left stays
    restrained for the other orders that may draw on it."""

    def test_the_satisfaction_is_an_act_on_the_asset(self, gb, world, new_asset) -> None:
        order_id = create_value_order(gb, world.case).json()["id"]
        asset = frozen_asset(gb, new_asset)
        assert satisfy(gb, order_id, asset, "600000.00").status_code == 200
        act = gb.get(f"/api/v1/assets/{asset.pk}/transitions/").json()["results"][-1]
        assert (act["action"], act["from_stage"], act["to_stage"]) == (
            "apply_to_value_order",
            "frozen",
            "frozen",
        )
        assert act["amount"] == {"amount": "600000.00", "currency": "USD"}
        assert act["order"]["reference"] == legal_order()["reference"]
        shown = gb.get(f"/api/v1/assets/{asset.pk}/").json()
        # Realised: out of what is restrained, into what was confiscated; still frozen.
        assert shown["stage"] == "frozen"
        assert shown["recovery"]["frozen"] == [{"amount": "300000.00", "currency": "USD"}]
        assert shown["recovery"]["confiscated"] == [{"amount": "600000.00", "currency": "USD"}]
        figures = gb.get("/api/v1/reports/summary/").json()["assets"]["total"]["figures"]
        assert figures["confiscated"]["amounts"] == [{"amount": "600000.00", "currency": "USD"}]
        assert figures["frozen_now"]["amounts"] == [{"amount": "300000.00", "currency": "USD"}]

    def test_the_rest_stays_for_another_order(self, gb, world, new_asset) -> None:
        first = create_value_order(gb, world.case).json()["id"]
        second = create_value_order(gb, world.case).json()["id"]
        asset = frozen_asset(gb, new_asset)
        assert satisfy(gb, first, asset, "600000.00").status_code == 200
        over = satisfy(gb, second, asset, "300000.01")
        assert problem_attrs(over) == {"amount.amount": "exceeds_asset"}
        assert satisfy(gb, second, asset, "300000.00").status_code == 200
        shown = gb.get(f"/api/v1/assets/{asset.pk}/").json()
        assert shown["recovery"]["frozen"] == []
        assert shown["recovery"]["confiscated"] == [{"amount": "900000.00", "currency": "USD"}]

    def test_the_act_is_never_recorded_on_its_own(self, gb, world, new_asset) -> None:
        asset = frozen_asset(gb, new_asset)
        response = post_act(gb, asset, payload("apply_to_value_order"))
        assert problem_attrs(response) == {"action": "by_satisfaction_only"}
        offered = gb.get(f"/api/v1/assets/{asset.pk}/actions/").json()
        assert "apply_to_value_order" not in [a["action"] for a in offered]

    def test_nor_corrected_apart_from_its_satisfaction(self, gb, world, new_asset) -> None:
        order_id = create_value_order(gb, world.case).json()["id"]
        asset = frozen_asset(gb, new_asset)
        assert satisfy(gb, order_id, asset, "1.00").status_code == 200
        applied = asset.transitions.get(action="apply_to_value_order")
        body = payload(
            "correct_record", corrects=str(applied.pk), amount=money("2.00"), note="Misread."
        )
        assert problem_attrs(post_act(gb, asset, body)) == {"corrects": "not_correctable"}
