"""Third-party claims (UNCAC Art. 31(9): confiscation "shall not be construed to prejudice the
rights of bona fide third parties"; Art. 55(9) the same for measures at another state's
request): a claim on an asset for an amount or a share, its decision, and the carve-out of what
it won from what the state may return."""

from __future__ import annotations

from decimal import Decimal

import pytest

from audit.models import AuditEvent
from tests.workflows.conftest import days, drive, money, payload, post_act, problem_attrs
from tests.workflows.proceeds_helpers import decide, file_claim
from workflows.claims_carve_out import carve_out
from workflows.proceeds_models import ClaimStatus, ThirdPartyClaim

pytestmark = pytest.mark.django_db


def repatriate(gb, asset, amount: str, **fields):
    return post_act(gb, asset, payload("repatriate", amount=money(amount), **fields))


class TestTheClaim:
    def test_filed_for_an_amount_and_decided(self, gb, world) -> None:
        created = file_claim(gb, world.asset)
        assert created.status_code == 201, created.json()
        claim = created.json()
        assert claim["status"] == "filed"
        assert claim["claimed_amount"] == {"amount": "150000.00", "currency": "USD"}
        assert claim["claimed_share_percent"] is None
        decided = decide(gb, claim["id"], "upheld")
        assert decided.status_code == 200, decided.json()
        assert decided.json()["status"] == "upheld"
        assert decided.json()["decision_authority"] == "High Court, Chancery Division"
        assert decided.json()["decided_on"] == days(-1)
        assert AuditEvent.objects.filter(
            action="third_party_claim.decided", object_id=claim["id"]
        ).exists()

    def test_an_amount_or_a_share_never_both(self, gb, world) -> None:
        both = file_claim(gb, world.asset, claimed_amount=money("1.00"), claimed_share_percent="10")
        assert problem_attrs(both) == {"claimed_amount": "amount_or_share"}
        share = file_claim(gb, world.asset, claimed_share_percent="12.5")
        assert share.json()["claimed_share_percent"] == "12.5000"

    def test_decided_once(self, gb, world) -> None:
        claim_id = file_claim(gb, world.asset).json()["id"]
        assert decide(gb, claim_id, "dismissed").status_code == 200
        again = decide(gb, claim_id, "upheld")
        assert again.status_code == 409
        assert again["Content-Type"] == "application/problem+json"

    def test_a_decision_is_dated_after_filing_and_not_in_the_future(self, gb, world) -> None:
        claim_id = file_claim(gb, world.asset).json()["id"]
        assert problem_attrs(decide(gb, claim_id, "upheld", decided_on=days(-6))) == {
            "decided_on": "before_filing"
        }
        assert problem_attrs(decide(gb, claim_id, "upheld", decided_on=days(2))) == {
            "decided_on": "in_future"
        }

    def test_partly_upheld_names_what_was_upheld(self, gb, world) -> None:
        claim_id = file_claim(gb, world.asset).json()["id"]
        assert problem_attrs(decide(gb, claim_id, "partly_upheld")) == {"upheld_amount": "required"}
        whole = decide(gb, claim_id, "partly_upheld", upheld_amount=money("150000.00"))
        assert problem_attrs(whole) == {"upheld_amount.amount": "range"}
        part = decide(gb, claim_id, "partly_upheld", upheld_amount=money("40000.00"))
        assert part.json()["upheld_amount"] == {"amount": "40000.00", "currency": "USD"}
        assert problem_attrs(
            decide(
                gb, file_claim(gb, world.asset).json()["id"], "upheld", upheld_amount=money("1.00")
            )
        ) == {"upheld_amount": "not_applicable"}

    def test_only_the_team_records_and_decides(self, gb, world, personas, client_for) -> None:
        claim_id = file_claim(gb, world.asset).json()["id"]
        for persona in ("prosecutor2_gb", "admin_gb", "liaison_fr"):
            client = client_for(getattr(personas, persona))
            assert file_claim(client, world.asset).status_code == 403, persona
            assert decide(client, claim_id, "upheld").status_code == 403, persona
        assert ThirdPartyClaim.objects.get(pk=claim_id).status == ClaimStatus.FILED

    def test_partners_see_claims_on_assets_they_see(self, gb, world, personas, client_for):
        seen = file_claim(gb, world.asset).json()["id"]
        unseen = file_claim(gb, world.restricted_asset).json()["id"]
        restricted = file_claim(gb, world.asset, restricted=True).json()["id"]
        fr = client_for(personas.liaison_fr)
        assert [row["id"] for row in fr.get("/api/v1/third-party-claims/").json()["results"]] == [
            seen
        ]
        for claim_id in (unseen, restricted):
            assert fr.get(f"/api/v1/third-party-claims/{claim_id}/").status_code == 404
        for persona in ("liaison_ch", "liaison_us", "prosecutor_ng"):
            client = client_for(getattr(personas, persona))
            assert client.get(f"/api/v1/third-party-claims/{seen}/").status_code == 404


class TestTheCarveOut:
    def test_an_upheld_claim_is_not_returned(self, gb, world) -> None:
        # Confiscated USD 500 000 (the conftest's confiscation); a USD 150 000 claim upheld.
        asset = drive(gb, world.asset, "confiscated")
        claim_id = file_claim(gb, asset).json()["id"]
        assert decide(gb, claim_id, "upheld").status_code == 200
        over = repatriate(gb, asset, "350000.01")
        assert problem_attrs(over) == {"amount": "exceeds_after_claims"}
        assert "150000.00 USD" in over.json()["errors"][0]["detail"]
        # Expenses kept (57(4)) count too.
        with_expenses = repatriate(gb, asset, "340000.00", deducted_expenses=money("10000.01"))
        assert problem_attrs(with_expenses) == {"amount": "exceeds_after_claims"}
        assert repatriate(gb, asset, "350000.00").status_code == 200

    def test_a_filed_or_dismissed_claim_carves_nothing(self, gb, world) -> None:
        asset = drive(gb, world.asset, "confiscated")
        file_claim(gb, asset)
        dismissed = file_claim(gb, asset, claimant="A cousin").json()["id"]
        decide(gb, dismissed, "dismissed")
        assert repatriate(gb, asset, "500000.00").status_code == 200

    def test_a_partly_upheld_share_carves_its_share(self, gb, world) -> None:
        asset = drive(gb, world.asset, "confiscated")
        claim_id = file_claim(gb, asset, claimed_share_percent="50").json()["id"]
        decided = decide(gb, claim_id, "partly_upheld", upheld_share_percent="20")
        assert decided.status_code == 200, decided.json()
        # 20 % of USD 500 000 is the third party's: USD 400 000 may go back.
        assert problem_attrs(repatriate(gb, asset, "400000.01")) == {
            "amount": "exceeds_after_claims"
        }
        assert repatriate(gb, asset, "400000.00").status_code == 200

    def test_a_claim_decided_after_a_first_tranche_limits_the_next(self, gb, world) -> None:
        asset = drive(gb, world.asset, "confiscated")
        assert repatriate(gb, asset, "300000.00").status_code == 200
        claim_id = file_claim(gb, asset).json()["id"]
        decide(gb, claim_id, "upheld")
        assert problem_attrs(repatriate(gb, asset, "50000.01")) == {
            "amount": "exceeds_after_claims"
        }
        assert repatriate(gb, asset, "50000.00").status_code == 200

    def test_a_share_carve_out_rounds_up_to_a_minor_unit(self) -> None:
        claim = ThirdPartyClaim(status=ClaimStatus.UPHELD, claimed_share_percent=Decimal("33.3333"))
        carved = carve_out([claim], {"USD": Decimal("100.00"), "JPY": Decimal("1000")})
        assert carved == {"USD": Decimal("33.34"), "JPY": Decimal("334")}
