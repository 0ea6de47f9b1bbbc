"""Corrections reach every field of a record (issue 19).

A `correct_record` restates what the corrected act carries: its order and amounts, and also a
confiscation's basis and finality, a tranche's recipient, recipient state and Art. 57(5) disposal
agreement. Each restated field is checked again by the rules of the corrected act (a confiscation
stays final, a return under 57(3)(a) still goes to the state that asked for it), a renewal never
ends up expiring before, or issued before, the order it renews, and the correction is audited
like every act.
"""

from __future__ import annotations

from typing import Any

import pytest

from audit.models import AuditEvent
from tests.workflows.conftest import (
    days,
    drive,
    money,
    order,
    payload,
    post_act,
    problem_attrs,
    transitions_url,
)
from workflows.asset_position import effective_acts
from workflows.models import AssetTransition

pytestmark = pytest.mark.django_db


def correct(client: Any, asset: Any, target: AssetTransition, **restated: Any) -> Any:
    body = payload("correct_record", corrects=str(target.pk), note="Misread.", **restated)
    return post_act(client, asset, body)


def effective(asset: Any, target: AssetTransition) -> Any:
    acts = effective_acts(AssetTransition.objects.filter(asset=asset))
    return next(act for act in acts if act.id == target.pk)


def unchanged(asset: Any) -> tuple[int, int]:
    asset.refresh_from_db()
    return asset.version, asset.transitions.count()


class TestConfiscation:
    def test_the_basis_is_restated(self, gb, world) -> None:
        drive(gb, world.asset, "confiscated")
        confiscation = world.asset.transitions.get(action="confiscate")
        response = correct(gb, world.asset, confiscation, basis="non_conviction")
        assert response.status_code == 200, response.content
        assert response.json()["stage"] == "confiscated"
        assert effective(world.asset, confiscation).basis == "non_conviction"
        confiscation.refresh_from_db()
        assert confiscation.basis == "conviction"  # the original stays as it was
        history = gb.get(transitions_url(world.asset)).json()["results"]
        assert history[-1]["basis"] == "non_conviction"

    def test_a_confiscation_stays_final(self, gb, world) -> None:
        drive(gb, world.asset, "confiscated")
        confiscation = world.asset.transitions.get(action="confiscate")
        before = unchanged(world.asset)
        response = correct(gb, world.asset, confiscation, final=False)
        assert problem_attrs(response) == {"final": "not_final"}
        assert unchanged(world.asset) == before
        assert correct(gb, world.asset, confiscation, final=True).status_code == 200

    def test_a_basis_is_not_invented_for_an_act_without_one(self, gb, world) -> None:
        drive(gb, world.asset, "repatriated")
        tranche = world.asset.transitions.get(action="repatriate")
        response = correct(gb, world.asset, tranche, basis="conviction", final=True)
        assert problem_attrs(response) == {"basis": "not_applicable", "final": "not_applicable"}


class TestRepatriation:
    def test_recipient_and_agreement_are_restated(self, gb, world) -> None:
        drive(gb, world.asset, "repatriated")
        tranche = world.asset.transitions.get(action="repatriate")
        # Tier (a) (the case's embezzlement): victims need a 57(5) disposal agreement.
        response = correct(gb, world.asset, tranche, recipient="victims")
        assert problem_attrs(response) == {"recipient": "not_for_tier"}
        response = correct(
            gb, world.asset, tranche, recipient="victims", disposal_agreement="MoU 2026/7"
        )
        assert response.status_code == 200, response.content
        act = effective(world.asset, tranche)
        assert (act.recipient, act.recipient_state_id, act.disposal_agreement) == (
            "victims",
            None,
            "MoU 2026/7",
        )

    def test_the_recipient_state_is_checked_again(self, gb, world) -> None:
        drive(gb, world.asset, "repatriated")
        tranche = world.asset.transitions.get(action="repatriate")
        before = unchanged(world.asset)
        # GB runs the case: it did not ask for the return, it returns (57(3): to the requesting
        # state), and a correction is held to that as the tranche was.
        response = correct(gb, world.asset, tranche, recipient_state="GB")
        assert problem_attrs(response) == {"recipient_state": "returning_state"}
        assert unchanged(world.asset) == before

    def test_victims_name_no_state(self, gb, world) -> None:
        drive(gb, world.asset, "repatriated")
        tranche = world.asset.transitions.get(action="repatriate")
        response = correct(
            gb,
            world.asset,
            tranche,
            recipient="victims",
            recipient_state="NG",
            disposal_agreement="MoU 2026/7",
        )
        assert problem_attrs(response) == {"recipient_state": "not_for_recipient"}

    def test_a_recipient_is_not_invented_for_a_freeze(self, gb, world) -> None:
        drive(gb, world.asset, "frozen")
        freeze = world.asset.transitions.get()
        response = correct(gb, world.asset, freeze, recipient="victims", disposal_agreement="x")
        assert problem_attrs(response) == {
            "recipient": "not_applicable",
            "disposal_agreement": "not_applicable",
        }


class TestRenewal:
    def renewed(self, gb, asset) -> tuple[AssetTransition, AssetTransition]:
        drive(gb, asset, "frozen")  # FRZ-1 issued 30 days ago, expires in 180 days
        response = post_act(gb, asset, payload("renew_freeze"))  # FRZ-2, expires in 365 days
        assert response.status_code == 200, response.content
        freeze, renewal = asset.transitions.order_by("sequence")
        return freeze, renewal

    def test_a_renewal_is_not_corrected_to_expire_before_the_freeze_it_renews(
        self, gb, world
    ) -> None:
        _, renewal = self.renewed(gb, world.asset)
        before = unchanged(world.asset)
        earlier = order("FRZ-2", expires_in=90)
        response = correct(gb, world.asset, renewal, order=earlier)
        assert problem_attrs(response) == {"order.expires_on": "not_later"}
        assert unchanged(world.asset) == before
        later = order("FRZ-2", expires_in=400)
        assert correct(gb, world.asset, renewal, order=later).status_code == 200
        world.asset.refresh_from_db()
        assert world.asset.freeze_expires_on.isoformat() == days(400)

    def test_nor_issued_before_it(self, gb, world) -> None:
        _, renewal = self.renewed(gb, world.asset)
        too_early = {**order("FRZ-2", expires_in=365), "issued_on": days(-31)}
        response = correct(gb, world.asset, renewal, order=too_early)
        assert problem_attrs(response) == {"order.issued_on": "before_freeze"}

    def test_the_freeze_is_not_corrected_past_its_renewal(self, gb, world) -> None:
        freeze, _ = self.renewed(gb, world.asset)
        past_renewal = order("FRZ-1", expires_in=500)
        response = correct(gb, world.asset, freeze, order=past_renewal)
        assert problem_attrs(response) == {"order.expires_on": "not_later"}
        assert "renew" in response.json()["errors"][0]["detail"]
        # Moved within the renewal's term, the correction stands; the renewal still governs.
        assert (
            correct(gb, world.asset, freeze, order=order("FRZ-1", expires_in=200)).status_code
            == 200
        )
        world.asset.refresh_from_db()
        assert world.asset.freeze_expires_on.isoformat() == days(365)

    def test_a_renewal_rests_on_a_freeze_in_force(self, gb, world) -> None:
        freeze, _ = self.renewed(gb, world.asset)
        # Corrected to have lapsed before the renewal was issued (30 days ago).
        lapsed_before = {**order("FRZ-1", expires_in=-40), "issued_on": days(-60)}
        response = correct(gb, world.asset, freeze, order=lapsed_before)
        assert problem_attrs(response) == {"order.expires_on": "after_lapse"}


def test_a_correction_is_audited_with_what_it_restates(gb, world) -> None:
    drive(gb, world.asset, "confiscated")
    confiscation = world.asset.transitions.get(action="confiscate")
    response = correct(
        gb, world.asset, confiscation, basis="non_conviction", amount=money("450000.00")
    )
    assert response.status_code == 200, response.content
    event = AuditEvent.objects.filter(action="asset.transition").order_by("sequence").last()
    assert event is not None
    recorded = event.changes["transition"]
    assert recorded["action"] == "correct_record"
    assert recorded["corrects_id"] == str(confiscation.pk)
    assert recorded["basis"] == "non_conviction"
    assert recorded["note"] == "Misread."
    # The figures it changed, before and after.
    assert event.changes["after"]["recovery_totals"]["USD"]["confiscated"] == "450000.00"


class TestArt57Conditions:
    """UNCAC Art. 57(3)(a), (b): a tranche rests on the final judgment in the requesting state
    or the requested state's waiver of it, and under (b) on the requesting state's prior
    ownership or a recognised damage, with what establishes it. A mistake in any of these is
    corrected as any other field: restated, checked again by the tranche's own rules, audited."""

    JUDGMENT = "Federal High Court Abuja, FHC/ABJ/CR/12/2025, final"

    def tranche(self, gb: Any, world: Any, **fields: Any) -> AssetTransition:
        drive(gb, world.asset, "confiscated")
        response = post_act(gb, world.asset, payload("repatriate", **fields))
        assert response.status_code == 200, response.content
        return world.asset.transitions.get(action="repatriate")

    def test_the_final_judgment_is_restated(self, gb, world) -> None:
        tranche = self.tranche(gb, world)
        corrected = "Federal High Court Abuja, FHC/ABJ/CR/12/2025 (appeal CA/A/7/2026), final"
        response = correct(gb, world.asset, tranche, final_judgment=corrected)
        assert response.status_code == 200, response.content
        assert effective(world.asset, tranche).final_judgment == corrected
        assert gb.get(transitions_url(world.asset)).json()["results"][-1]["final_judgment"] == (
            corrected
        )

    def test_a_waiver_replaces_the_judgment(self, gb, world) -> None:
        tranche = self.tranche(gb, world)
        assert correct(gb, world.asset, tranche, final_judgment_waived=True).status_code == 200
        standing = effective(world.asset, tranche)
        assert (standing.final_judgment, standing.final_judgment_waived) == ("", True)

    def test_a_tranche_never_ends_up_with_neither(self, gb, world) -> None:
        """57(3)(a): no judgment and no waiver is refused, as on the tranche itself."""
        fields = {"final_judgment": "", "final_judgment_waived": True}
        tranche = self.tranche(gb, world, **fields)
        before = unchanged(world.asset)
        response = correct(gb, world.asset, tranche, final_judgment_waived=False)
        assert problem_attrs(response) == {"final_judgment": "required"}
        assert unchanged(world.asset) == before

    def test_judgment_and_waiver_together_are_refused(self, gb, world) -> None:
        tranche = self.tranche(gb, world)
        response = correct(
            gb, world.asset, tranche, final_judgment=self.JUDGMENT, final_judgment_waived=True
        )
        assert problem_attrs(response) == {"final_judgment_waived": "judgment_and_waiver"}

    def test_the_entitlement_and_its_evidence_are_restated_under_57_3_b(self, gb, world) -> None:
        from cases.models import Case, OffenceCategory

        Case.objects.filter(pk=world.case.pk).update(offence_category=OffenceCategory.BRIBERY)
        tranche = self.tranche(
            gb, world, entitlement="prior_ownership", entitlement_evidence="Land registry"
        )
        response = correct(
            gb,
            world.asset,
            tranche,
            entitlement="recognised_damage",
            entitlement_evidence="Judgment on damages, FHC/ABJ/CS/4/2026",
        )
        assert response.status_code == 200, response.content
        standing = effective(world.asset, tranche)
        assert (standing.entitlement, standing.entitlement_evidence) == (
            "recognised_damage",
            "Judgment on damages, FHC/ABJ/CS/4/2026",
        )
        # What establishes the entitlement is never corrected away: a blank restates nothing.
        blank = correct(gb, world.asset, tranche, entitlement_evidence=" ")
        assert problem_attrs(blank) == {None: "nothing_restated"}

    def test_a_confiscation_carries_no_final_judgment(self, gb, world) -> None:
        drive(gb, world.asset, "confiscated")
        confiscation = world.asset.transitions.get(action="confiscate")
        response = correct(gb, world.asset, confiscation, final_judgment=self.JUDGMENT)
        assert problem_attrs(response) == {"final_judgment": "not_applicable"}

    def test_the_correction_is_audited_with_what_it_restates(self, gb, world) -> None:
        tranche = self.tranche(gb, world)
        assert correct(gb, world.asset, tranche, final_judgment_waived=True).status_code == 200
        event = AuditEvent.objects.filter(action="asset.transition").order_by("sequence").last()
        assert event is not None
        recorded = event.changes["transition"]
        assert (recorded["action"], recorded["corrects_id"]) == (
            "correct_record",
            str(tranche.pk),
        )
        assert recorded["final_judgment_waived"] is True
