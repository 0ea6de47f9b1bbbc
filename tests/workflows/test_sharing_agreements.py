"""Asset-sharing agreements: EU Regulation 2018/1805 Art. 30(7) (up to EUR 10 000 to the
executing state; above, half of the amount to the issuing state, "unless otherwise agreed") and
CETS 198 Art. 25(3) (states may agree to share), on a confiscated asset or a value order."""

from __future__ import annotations

import pytest

from tests.workflows.conftest import drive, money, payload, post_act, problem_attrs
from tests.workflows.proceeds_helpers import (
    agreed_share,
    create_agreement,
    create_value_order,
    decide,
    file_claim,
    satisfy,
)

pytestmark = pytest.mark.django_db


def confiscated_in_eur(gb, new_asset, amount: str = "50000.00"):
    asset = new_asset()
    assert post_act(gb, asset, payload("freeze", amount=money(amount, "EUR"))).status_code == 200
    body = payload("confiscate", amount=money(amount, "EUR"))
    assert post_act(gb, asset, body).status_code == 200
    return asset


def eu_default(asset, amount: str, currency: str = "EUR", **fields):
    return {
        "asset": str(asset.pk),
        "executing_state": "FR",
        "issuing_state": "DE",
        "rule": "eu_2018_1805_default",
        "amount": money(amount, currency),
        **fields,
    }


def split_of(response) -> tuple[str, str]:
    assert response.status_code == 201, response.json()
    split = response.json()["split"]
    return split["executing_state"]["amount"], split["issuing_state"]["amount"]


class TestTheDefaultRule:
    def test_ten_thousand_euro_stay_with_the_executing_state(self, gb, world, new_asset):
        asset = confiscated_in_eur(gb, new_asset)
        response = create_agreement(gb, world.case, **eu_default(asset, "10000.00"))
        assert split_of(response) == ("10000.00", "0.00")
        assert response.json()["rule"] == "eu_2018_1805_default"
        assert response["ETag"] == '"1"'

    def test_above_it_half_of_the_whole_amount_goes_to_the_issuing_state(
        self, gb, world, new_asset
    ):
        asset = confiscated_in_eur(gb, new_asset)
        response = create_agreement(gb, world.case, **eu_default(asset, "10000.01"))
        assert split_of(response) == ("5000.01", "5000.00")

    def test_large_amounts_split_exactly(self, gb, world, new_asset):
        asset = confiscated_in_eur(gb, new_asset, "98765432109876.54")
        response = create_agreement(gb, world.case, **eu_default(asset, "98765432109876.54"))
        assert split_of(response) == ("49382716054938.27", "49382716054938.27")

    def test_an_amount_not_in_euro_needs_its_euro_value(self, gb, world):
        asset = drive(gb, world.asset, "confiscated")  # USD 500 000
        body = eu_default(asset, "9000.00", "USD")
        assert problem_attrs(create_agreement(gb, world.case, **body)) == {"eur_value": "required"}
        kept = create_agreement(gb, world.case, **body, eur_value=money("8300.00", "EUR"))
        assert split_of(kept) == ("9000.00", "0.00")
        shared = create_agreement(
            gb,
            world.case,
            **eu_default(asset, "20000.00", "USD"),
            eur_value=money("18400.00", "EUR"),
        )
        assert split_of(shared) == ("10000.00", "10000.00")

    def test_only_between_states_bound_by_the_regulation(self, gb, world, new_asset):
        asset = confiscated_in_eur(gb, new_asset)
        for outside in ("GB", "DK", "IE"):
            body = eu_default(asset, "20000.00", issuing_state=outside)
            refused = create_agreement(gb, world.case, **body)
            assert problem_attrs(refused) == {"rule": "not_bound_by_regulation"}, outside


class TestAnAgreedShare:
    def test_the_agreed_percentage_is_applied(self, gb, world):
        # CETS 198 Art. 25(3): GB executes and shares 40 % with NG, the victim state.
        asset = drive(gb, world.asset, "confiscated")
        body = agreed_share(
            asset,
            "40",
            "500000.00",
            agreement_reference="GB-NG MoU 2026/3",
            concluded_on="2026-11-02",
        )
        response = create_agreement(gb, world.case, **body)
        assert split_of(response) == ("300000.00", "200000.00")
        assert response.json()["issuing_share_percent"] == "40.0000"

    def test_an_agreement_names_its_share_and_reference(self, gb, world):
        asset = drive(gb, world.asset, "confiscated")
        body = {
            "asset": str(asset.pk),
            "executing_state": "GB",
            "issuing_state": "NG",
            "rule": "agreed_share",
            "amount": money("1000.00"),
        }
        assert problem_attrs(create_agreement(gb, world.case, **body)) == {
            "issuing_share_percent": "required"
        }
        body["issuing_share_percent"] = "50"
        assert problem_attrs(create_agreement(gb, world.case, **body)) == {
            "agreement_reference": "required"
        }

    def test_a_patch_recomputes_the_split(self, gb, world):
        asset = drive(gb, world.asset, "confiscated")
        created = create_agreement(gb, world.case, **agreed_share(asset, "40", "1000.00")).json()
        url = f"/api/v1/sharing-agreements/{created['id']}/"
        changed = gb.patch(url, {"issuing_share_percent": "75"}, format="json", HTTP_IF_MATCH='"1"')
        assert changed.status_code == 200, changed.json()
        assert changed.json()["split"]["issuing_state"]["amount"] == "750.00"
        stale = gb.patch(url, {"issuing_share_percent": "10"}, format="json", HTTP_IF_MATCH='"1"')
        assert stale.status_code == 412


class TestWhatMayBeShared:
    def test_only_confiscated_proceeds(self, gb, world):
        asset = drive(gb, world.asset, "frozen")
        refused = create_agreement(gb, world.case, **eu_default(asset, "1000.00", "USD"))
        assert problem_attrs(refused) == {"asset": "not_confiscated"}

    def test_never_more_than_confiscated_with_the_other_agreements(self, gb, world, new_asset):
        asset = confiscated_in_eur(gb, new_asset, "50000.00")
        assert create_agreement(gb, world.case, **eu_default(asset, "30000.00")).status_code == 201
        over = create_agreement(gb, world.case, **eu_default(asset, "20000.01"))
        assert problem_attrs(over) == {"amount.amount": "exceeds_obtained"}

    def test_upheld_claims_are_not_shared(self, gb, world, new_asset):
        asset = confiscated_in_eur(gb, new_asset, "50000.00")
        claim_id = file_claim(gb, asset, claimed_amount=money("20000.00", "EUR")).json()["id"]
        decide(gb, claim_id, "upheld")
        over = create_agreement(gb, world.case, **eu_default(asset, "30000.01"))
        assert problem_attrs(over) == {"amount.amount": "exceeds_obtained"}
        assert create_agreement(gb, world.case, **eu_default(asset, "30000.00")).status_code == 201

    def test_on_a_value_order_what_was_satisfied(self, gb, world, new_asset):
        order = create_value_order(gb, world.case, amount=money("100000.00", "EUR")).json()
        frozen = new_asset()
        post_act(gb, frozen, payload("freeze", amount=money("80000.00", "EUR")))
        assert satisfy(gb, order["id"], frozen, "60000.00", "EUR").status_code == 200
        body = {
            "value_order": order["id"],
            "executing_state": "FR",
            "issuing_state": "DE",
            "rule": "eu_2018_1805_default",
        }
        over = create_agreement(gb, world.case, **body, amount=money("60000.01", "EUR"))
        assert problem_attrs(over) == {"amount.amount": "exceeds_obtained"}
        ok = create_agreement(gb, world.case, **body, amount=money("60000.00", "EUR"))
        assert split_of(ok) == ("30000.00", "30000.00")
        assert ok.json()["value_order"] == order["id"]

    def test_an_asset_or_an_order_and_two_states(self, gb, world):
        asset = drive(gb, world.asset, "confiscated")
        neither = {k: v for k, v in eu_default(asset, "1.00", "USD").items() if k != "asset"}
        assert problem_attrs(create_agreement(gb, world.case, **neither)) == {
            "asset": "asset_or_order"
        }
        same = eu_default(asset, "1.00", "USD", issuing_state="FR", eur_value=money("1.00", "EUR"))
        assert problem_attrs(create_agreement(gb, world.case, **same)) == {
            "issuing_state": "same_state"
        }


class TestWhoSeesAndRecords:
    def test_only_the_team_records(self, gb, world, new_asset, personas, client_for):
        asset = confiscated_in_eur(gb, new_asset)
        for persona in ("prosecutor2_gb", "admin_gb", "liaison_fr"):
            client = client_for(getattr(personas, persona))
            response = create_agreement(client, world.case, **eu_default(asset, "1.00"))
            assert response.status_code == 403, persona

    def test_a_liaison_sees_the_agreements_of_their_state(
        self, gb, world, new_asset, personas, client_for
    ):
        asset = confiscated_in_eur(gb, new_asset)
        with_fr = create_agreement(gb, world.case, **eu_default(asset, "1000.00")).json()["id"]
        without_fr = create_agreement(
            gb, world.case, **eu_default(asset, "1000.00", executing_state="NL")
        ).json()["id"]
        fr = client_for(personas.liaison_fr)
        listed = fr.get("/api/v1/sharing-agreements/").json()
        assert [row["id"] for row in listed["results"]] == [with_fr]
        assert "note" not in listed["results"][0]
        assert fr.get(f"/api/v1/sharing-agreements/{without_fr}/").status_code == 404
        for persona in ("liaison_ch", "liaison_us", "prosecutor_ng"):
            client = client_for(getattr(personas, persona))
            assert client.get(f"/api/v1/sharing-agreements/{with_fr}/").status_code == 404
