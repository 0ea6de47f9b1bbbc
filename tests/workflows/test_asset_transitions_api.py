"""Asset transitions over the API: every row of the table, every requirement, the figures,
corrections, permissions, If-Match, audit, and the append-only history."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.db import DatabaseError, transaction

from audit.models import AuditEvent
from cases.models import Asset, CaseStatus
from cases.models.assets import AssetRecoveryTotal
from core import engine
from tests.factories import make_asset, make_case
from tests.workflows.conftest import (
    PATH_TO,
    RULES_STAGES,
    assert_consistent,
    body_for,
    days,
    drive,
    money,
    order,
    payload,
    post_act,
    prepare,
    problem_attrs,
    stored_stage,
    transitions_url,
)
from workflows.asset_rules import ASSET_RULES, CASE_TEAM
from workflows.models import AssetTransition
from workflows.services import asset_transitions

pytestmark = pytest.mark.django_db

# The rows the case's team records through this endpoint (a value order's satisfaction records
# its own act: tests/workflows/test_value_orders.py).
ALLOWED = [
    pytest.param(stage, rule.action, rule.target(stage), id=f"{stage}-{rule.action}")
    for rule in ASSET_RULES
    if rule.who == CASE_TEAM
    for stage in rule.from_states
]
REFUSED = [
    pytest.param(stage, action, id=f"{stage}-{action}")
    for stage in RULES_STAGES
    for action in engine.actions_of(ASSET_RULES)
    if action not in engine.allowed_actions(ASSET_RULES, stage)
]


class TestTheTable:
    @pytest.mark.parametrize(("stage", "action", "target"), ALLOWED)
    def test_every_allowed_row(self, gb, world, stage, action, target) -> None:
        asset = prepare(gb, drive(gb, world.asset, stage), stage, action)
        before = asset.transitions.count()
        response = post_act(gb, asset, body_for(asset, action), HTTP_IF_MATCH=f'"{asset.version}"')
        assert response.status_code == 200, response.json()
        body = response.json()
        assert body["id"] == str(asset.pk)
        assert body["stage"] == stored_stage(target)
        assert response["ETag"] == f'"{asset.version + 1}"'
        assert response["Content-Location"] == f"/api/v1/assets/{asset.pk}/"
        latest = asset.transitions.latest("sequence")
        assert (latest.action, latest.from_stage, latest.to_stage) == (
            action,
            stored_stage(stage),
            stored_stage(target),
        )
        assert latest.sequence == before + 1
        assert_consistent(asset)

    @pytest.mark.parametrize(("stage", "action"), REFUSED)
    def test_every_refused_pair(self, gb, world, stage, action) -> None:
        asset = drive(gb, world.asset, stage)
        before = asset.transitions.count()
        body = {"action": action, "note": "x"} if action == "correct_record" else payload(action)
        response = post_act(gb, asset, body)
        assert response.status_code == 409, response.content
        assert response["Content-Type"] == "application/problem+json"
        problem = response.json()
        assert problem["current_stage"] == stage
        assert problem["allowed_actions"] == engine.allowed_actions(ASSET_RULES, stage)
        assert action in problem["detail"]
        assert asset.transitions.count() == before
        asset.refresh_from_db()
        assert asset.stage == stored_stage(stage)

    def test_unknown_action_is_invalid_input(self, gb, world) -> None:
        response = post_act(gb, world.asset, {"action": "forfeit"})
        assert problem_attrs(response) == {"action": "invalid_choice"}


class TestRequirements:
    def test_freeze_without_expiry(self, gb, world) -> None:
        response = post_act(gb, world.asset, payload("freeze", order=order()))
        assert problem_attrs(response) == {"order.expires_on": "required"}
        assert not AssetTransition.objects.exists()

    def test_freeze_expiring_before_issue(self, gb, world) -> None:
        bad = order(expires_in=-40)  # issued 30 days ago
        response = post_act(gb, world.asset, payload("freeze", order=bad))
        assert problem_attrs(response) == {"order.expires_on": "not_after_issue"}

    def test_freeze_without_order_and_order_parts(self, gb, world) -> None:
        response = post_act(gb, world.asset, {"action": "freeze"})
        assert problem_attrs(response) == {"order": "required"}
        partial = {"authority": "Court", "issued_on": days(-1)}
        response = post_act(gb, world.asset, {"action": "freeze", "order": partial})
        assert problem_attrs(response) == {
            "order.jurisdiction": "required",
            "order.reference": "required",
        }

    def test_order_from_the_future(self, gb, world) -> None:
        future = {**order(expires_in=400), "issued_on": days(3)}
        response = post_act(gb, world.asset, payload("freeze", order=future))
        assert problem_attrs(response) == {"order.issued_on": "in_future"}

    def test_renewal_must_expire_later(self, gb, world) -> None:
        drive(gb, world.asset, "frozen")  # expires in 180 days
        response = post_act(gb, world.asset, payload("renew_freeze", order=order(expires_in=90)))
        assert problem_attrs(response) == {"order.expires_on": "not_later"}
        ok = post_act(gb, world.asset, payload("renew_freeze"))
        assert ok.json()["freeze_expires_on"] == days(365)

    def test_only_freezes_have_an_expiry(self, gb, world) -> None:
        response = post_act(gb, world.asset, payload("seize", order=order(expires_in=10)))
        assert problem_attrs(response) == {"order.expires_on": "not_applicable"}

    def test_fields_an_act_does_not_carry_are_refused(self, gb, world) -> None:
        response = post_act(gb, world.asset, payload("freeze", basis="conviction", final=True))
        assert problem_attrs(response) == {"basis": "not_applicable", "final": "not_applicable"}
        unknown = post_act(gb, world.asset, payload("freeze", expires_on=days(10)))
        assert problem_attrs(unknown) == {"expires_on": "unknown"}
        inner = post_act(gb, world.asset, payload("freeze", order={**order(expires_in=9), "x": 1}))
        assert problem_attrs(inner) == {"order.x": "unknown"}

    def test_confiscation_needs_a_final_order_a_basis_and_an_amount(self, gb, world) -> None:
        drive(gb, world.asset, "seized")
        not_final = post_act(gb, world.asset, payload("confiscate", final=False))
        assert problem_attrs(not_final) == {"final": "not_final"}
        bare = post_act(gb, world.asset, {"action": "confiscate", "order": order()})
        assert problem_attrs(bare) == {
            "final": "required",
            "basis": "required",
            "amount": "required",
        }
        assert Asset.objects.get(pk=world.asset.pk).stage == "seized"

    def test_repatriation_before_confiscation_is_a_conflict(self, gb, world) -> None:
        drive(gb, world.asset, "frozen")
        response = post_act(gb, world.asset, payload("repatriate"))
        assert response.status_code == 409
        problem = response.json()
        assert problem["current_stage"] == "frozen"
        assert "repatriate" not in problem["allowed_actions"]
        assert "confiscate" in problem["allowed_actions"]

    @pytest.mark.parametrize("currency", ["usd", "US", "XYZ", "EURO", "", 840])
    def test_wrong_currency_format(self, gb, world, currency) -> None:
        body = payload("freeze", amount={"amount": "100.00", "currency": currency})
        response = post_act(gb, world.asset, body)
        assert set(problem_attrs(response)) == {"amount.currency"}

    @pytest.mark.parametrize(
        ("amount", "code"),
        [("1.005", "max_decimal_places"), ("-1.00", "min_value"), (1.5, "not_a_string")],
    )
    def test_amounts_are_decimal_strings(self, gb, world, amount, code) -> None:
        body = payload("freeze", amount={"amount": amount, "currency": "USD"})
        response = post_act(gb, world.asset, body)
        assert problem_attrs(response) == {"amount.amount": code}

    def test_zero_amount(self, gb, world) -> None:
        response = post_act(gb, world.asset, payload("freeze", amount=money("0.00")))
        assert problem_attrs(response) == {"amount.amount": "not_positive"}

    def test_decision_not_to_freeze_needs_reasons(self, gb, world) -> None:
        response = post_act(gb, world.asset, {"action": "decide_not_to_freeze"})
        assert problem_attrs(response) == {"note": "required"}
        ok = post_act(gb, world.asset, payload("decide_not_to_freeze"))
        assert ok.json()["stage"] == "identified"

    def test_repatriation_needs_its_recipient(self, gb, world) -> None:
        drive(gb, world.asset, "confiscated")
        no_state = post_act(gb, world.asset, payload("repatriate", recipient_state=None))
        assert problem_attrs(no_state) == {"recipient_state": "required"}
        nobody = post_act(gb, world.asset, payload("repatriate", recipient=None))
        assert problem_attrs(nobody) == {"recipient": "null"}

    def test_archived_case_takes_no_acts(self, gb, world) -> None:
        world.case.status = CaseStatus.ARCHIVED
        world.case.save()
        response = post_act(gb, world.asset, payload("freeze"))
        assert problem_attrs(response) == {"case": "archived"}


class TestRepatriation:
    def confiscated(self, gb, world, amount: str = "1000.00", currency: str = "USD") -> Asset:
        drive(gb, world.asset, "frozen")
        body = payload("confiscate", amount=money(amount, currency))
        assert post_act(gb, world.asset, body).status_code == 200
        return world.asset

    def tranche(self, gb, asset, amount: str, currency: str = "USD", **extra: Any) -> Any:
        return post_act(gb, asset, payload("repatriate", amount=money(amount, currency), **extra))

    def test_tranches_add_up_to_the_confiscated_amount(self, gb, world) -> None:
        asset = self.confiscated(gb, world)
        first = self.tranche(gb, asset, "400.00", deducted_expenses=money("50.00"))
        assert first.status_code == 200
        recovery = first.json()["recovery"]
        assert recovery["returned"] == [money("400.00")]
        assert recovery["deducted_expenses"] == [money("50.00")]
        assert recovery["outstanding"] == [money("550.00")]
        assert self.tranche(gb, asset, "300.00").json()["stage"] == "repatriated"
        last = self.tranche(gb, asset, "250.00")
        assert last.status_code == 200
        recovery = last.json()["recovery"]
        assert recovery["confiscated"] == [money("1000.00")]
        assert recovery["returned"] == [money("950.00")]
        assert recovery["outstanding"] == []  # nothing left
        assert recovery["frozen"] == [money("900000.00")]  # what the freeze covered
        assert_consistent(asset)
        over = self.tranche(gb, asset, "0.01")
        assert problem_attrs(over) == {"amount": "exceeds_confiscated"}
        assert asset.transitions.filter(action="repatriate").count() == 3

    def test_returned_above_confiscated(self, gb, world) -> None:
        asset = self.confiscated(gb, world)
        response = self.tranche(gb, asset, "1000.01")
        assert problem_attrs(response) == {"amount": "exceeds_confiscated"}
        assert "1000.00 USD" in response.json()["errors"][0]["detail"]
        asset.refresh_from_db()
        assert asset.stage == "confiscated"
        assert asset.recovery_totals.get().returned == 0

    def test_expenses_count_against_the_confiscated_amount(self, gb, world) -> None:
        asset = self.confiscated(gb, world)
        response = self.tranche(gb, asset, "990.00", deducted_expenses=money("20.00"))
        assert problem_attrs(response) == {"deducted_expenses": "exceeds_confiscated"}
        other_currency = self.tranche(gb, asset, "100.00", deducted_expenses=money("5.00", "CHF"))
        assert problem_attrs(other_currency) == {"deducted_expenses.currency": "currency_mismatch"}

    def test_amounts_keep_their_currency(self, gb, world) -> None:
        # The asset is valued in GBP; the freeze was in USD, the confiscation in EUR.
        asset = self.confiscated(gb, world, "700.00", "EUR")
        in_usd = self.tranche(gb, asset, "100.00", "USD")
        assert problem_attrs(in_usd) == {"amount": "exceeds_confiscated"}
        assert "never converted" in in_usd.json()["errors"][0]["detail"]
        in_eur = self.tranche(gb, asset, "100.00", "EUR")
        recovery = in_eur.json()["recovery"]
        assert recovery["frozen"] == [money("900000.00", "USD")]
        assert recovery["confiscated"] == [money("700.00", "EUR")]
        assert recovery["returned"] == [money("100.00", "EUR")]
        assert recovery["outstanding"] == [money("600.00", "EUR")]
        assert in_eur.json()["estimated_value"]["currency"] == "GBP"
        assert set(asset.recovery_totals.values_list("currency", flat=True)) == {"USD", "EUR"}

    def test_art57_tier_comes_from_the_offence(self, gb, world, personas) -> None:
        asset = self.confiscated(gb, world)
        # Embezzlement: Art. 57(3)(a), back to the requesting state unless agreed otherwise.
        victims = self.tranche(gb, asset, "10.00", recipient="victims", recipient_state=None)
        assert problem_attrs(victims) == {"recipient": "not_for_tier"}
        agreed = self.tranche(
            gb,
            asset,
            "10.00",
            recipient="victims",
            recipient_state=None,
            disposal_agreement="MoU 2026/3",
        )
        assert agreed.status_code == 200
        record = asset.transitions.latest("sequence")
        assert (record.art57_tier, record.recipient, record.disposal_agreement) == (
            "a",
            "victims",
            "MoU 2026/3",
        )
        other = make_case(by=personas.prosecutor_gb, offence_category="other")
        elsewhere = make_asset(case=other)
        drive(gb, elsewhere, "confiscated")
        tier_c = self.tranche(
            gb, elsewhere, "10.00", recipient="prior_owners", recipient_state=None
        )
        assert tier_c.status_code == 200
        assert elsewhere.transitions.latest("sequence").art57_tier == "c"

    def test_history_records_every_part_of_the_act(self, gb, world) -> None:
        asset = self.confiscated(gb, world)
        self.tranche(
            gb,
            asset,
            "400.00",
            deducted_expenses=money("50.00"),
            disposal_agreement="MoU 2026/1",
            note="First tranche.",
        )
        history = gb.get(transitions_url(asset)).json()
        assert history["count"] == 3
        assert [t["sequence"] for t in history["results"]] == [1, 2, 3]  # oldest first
        freeze, confiscation, tranche = history["results"]
        assert freeze["order"]["expires_on"] == days(180)
        assert freeze["order"]["jurisdiction"] == "CH"
        assert confiscation["basis"] == "conviction"
        assert confiscation["final"] is True
        assert tranche["action"] == "repatriate"
        assert (tranche["from_stage"], tranche["to_stage"]) == ("confiscated", "repatriated")
        assert tranche["amount"] == money("400.00")
        assert tranche["deducted_expenses"] == money("50.00")
        assert tranche["art57_tier"] == "a"
        assert (tranche["recipient"], tranche["recipient_state"]) == ("requesting_state", "NG")
        assert tranche["disposal_agreement"] == "MoU 2026/1"
        assert tranche["note"] == "First tranche."
        assert tranche["performed_by"]["username"] == "prosecutor_gb"
        assert tranche["performed_at"]
        assert tranche["order"]["reference"] == "RET-1"


class TestCorrections:
    def test_a_mistaken_amount_is_corrected_by_a_new_act(self, gb, world) -> None:
        drive(gb, world.asset, "confiscated")
        confiscation = world.asset.transitions.get(action="confiscate")
        body = payload(
            "correct_record",
            corrects=str(confiscation.pk),
            amount=money("450000.00"),
            note="The order says 450,000.",
        )
        response = post_act(gb, world.asset, body)
        assert response.status_code == 200, response.json()
        assert response.json()["stage"] == "confiscated"
        assert response.json()["recovery"]["confiscated"] == [money("450000.00")]
        confiscation.refresh_from_db()
        assert confiscation.amount == Decimal("500000.00")  # the original stays as it was
        history = gb.get(transitions_url(world.asset)).json()["results"]
        correction = history[-1]
        assert correction["corrects"] == str(confiscation.pk)
        assert history[1]["corrected_by"] == [correction["id"]]
        assert_consistent(world.asset)

    def test_a_correction_cannot_go_below_what_was_returned(self, gb, world) -> None:
        drive(gb, world.asset, "repatriated")  # 500,000 confiscated, 100,000 returned
        confiscation = world.asset.transitions.get(action="confiscate")
        body = payload("correct_record", corrects=str(confiscation.pk), amount=money("99999.99"))
        response = post_act(gb, world.asset, body)
        assert problem_attrs(response) == {"amount": "exceeds_confiscated"}

    def test_a_freeze_expiry_corrected(self, gb, world) -> None:
        drive(gb, world.asset, "frozen")
        freeze = world.asset.transitions.get()
        restated = order("FRZ-1", expires_in=60)
        body = payload("correct_record", corrects=str(freeze.pk), order=restated)
        response = post_act(gb, world.asset, body)
        assert response.json()["freeze_expires_on"] == days(60)
        no_expiry = payload("correct_record", corrects=str(freeze.pk), order=order("FRZ-1"))
        assert problem_attrs(post_act(gb, world.asset, no_expiry)) == {
            "order.expires_on": "required"
        }

    def test_what_a_correction_may_not_do(self, gb, world, new_asset) -> None:
        post_act(gb, world.asset, payload("decide_not_to_freeze"))
        drive(gb, world.asset, "frozen")
        decision, freeze = world.asset.transitions.order_by("sequence")
        other = new_asset()
        drive(gb, other, "frozen")

        def attempt(**body: Any) -> dict[str | None, str]:
            return problem_attrs(post_act(gb, world.asset, payload("correct_record", **body)))

        restate = {"amount": money("1.00")}
        assert attempt(**restate) == {"corrects": "required"}
        foreign = str(other.transitions.get().pk)
        assert attempt(corrects=foreign, **restate) == {"corrects": "does_not_exist"}
        assert attempt(corrects=str(decision.pk), **restate) == {"corrects": "nothing_to_correct"}
        assert attempt(corrects=str(freeze.pk)) == {None: "nothing_restated"}
        assert attempt(corrects=str(freeze.pk), note="", **restate) == {"note": "required"}
        assert attempt(corrects=str(freeze.pk), deducted_expenses=money("1.00")) == {
            "deducted_expenses": "not_applicable"
        }
        assert attempt(corrects=str(freeze.pk), basis="conviction", **restate) == {
            "basis": "not_applicable"
        }
        ok = post_act(
            gb, world.asset, payload("correct_record", corrects=str(freeze.pk), **restate)
        )
        assert ok.status_code == 200
        correction = world.asset.transitions.latest("sequence")
        assert attempt(corrects=str(correction.pk), **restate) == {"corrects": "is_correction"}


class TestAppendOnly:
    def test_the_database_refuses_to_rewrite_history(self, gb, world) -> None:
        drive(gb, world.asset, "frozen")
        record = world.asset.transitions.get()
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            AssetTransition.objects.filter(pk=record.pk).update(note="rewritten")
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            AssetTransition.objects.filter(pk=record.pk).delete()
        record.note = "rewritten"
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            record.save()
        assert AssetTransition.objects.get(pk=record.pk).note == ""

    def test_there_is_no_endpoint_to_change_or_delete_an_act(self, gb, world) -> None:
        url = transitions_url(world.asset)
        assert gb.put(url, {}, format="json").status_code == 405
        assert gb.patch(url, {}, format="json").status_code == 405
        assert gb.delete(url).status_code == 405


class TestPermissions:
    @pytest.mark.parametrize(
        ("persona", "read", "write", "read_restricted", "write_restricted"),
        [
            ("prosecutor_gb", 200, 200, 200, 200),
            ("prosecutor2_gb", 200, 403, 200, 403),
            ("admin_gb", 200, 403, 200, 403),
            ("prosecutor_ng", 404, 404, 404, 404),
            ("liaison_fr", 200, 403, 404, 404),
            ("liaison_ch", 404, 404, 404, 404),
            ("liaison_us", 404, 404, 404, 404),
        ],
    )
    def test_who_reads_and_who_acts(
        self, personas, client_for, world, persona, read, write, read_restricted, write_restricted
    ) -> None:
        client = client_for(getattr(personas, persona))
        for asset, read_status, write_status in (
            (world.asset, read, write),
            (world.restricted_asset, read_restricted, write_restricted),
        ):
            assert client.get(transitions_url(asset)).status_code == read_status
            response = post_act(client, asset, payload("freeze"))
            assert response.status_code == write_status, response.content
            assert response["Content-Type"] == (
                "application/json" if write_status == 200 else "application/problem+json"
            )
        expected = 2 if persona == "prosecutor_gb" else 0
        assert AssetTransition.objects.count() == expected

    def test_anonymous(self, api, world) -> None:
        assert api.get(transitions_url(world.asset)).status_code == 401
        assert post_act(api, world.asset, payload("freeze")).status_code == 401

    def test_invisible_assets_answer_like_random_ids(self, personas, client_for, world) -> None:
        import uuid

        client = client_for(personas.liaison_fr)
        random_id = str(uuid.uuid4())
        for method in ("get", "post"):
            hidden = getattr(client, method)(transitions_url(world.restricted_asset))
            missing = getattr(client, method)(transitions_url(random_id))
            assert (hidden.status_code, hidden.json()) == (missing.status_code, missing.json())

    def test_partners_do_not_see_notes_or_who_acted(self, gb, personas, client_for, world) -> None:
        post_act(gb, world.asset, payload("freeze", note="Informant says the money moves soon."))
        owner = gb.get(transitions_url(world.asset)).json()["results"][0]
        partner = client_for(personas.liaison_fr).get(transitions_url(world.asset)).json()
        seen = partner["results"][0]
        assert "note" not in seen
        assert "performed_by" not in seen
        assert owner["note"] == "Informant says the money moves soon."
        assert {k: v for k, v in owner.items() if k not in ("note", "performed_by")} == seen

    def test_a_non_team_prosecutor_is_refused_before_the_body_is_read(
        self, personas, client_for, world
    ) -> None:
        client = client_for(personas.prosecutor2_gb)
        assert post_act(client, world.asset, {"action": "nonsense"}).status_code == 403
        world.case.team.add(personas.prosecutor2_gb)
        assert post_act(client, world.asset, payload("freeze")).status_code == 200


class TestIfMatch:
    def test_stale_etag(self, gb, world) -> None:
        etag = gb.get(f"/api/v1/assets/{world.asset.pk}/")["ETag"]
        first = post_act(gb, world.asset, payload("freeze"), HTTP_IF_MATCH=etag)
        assert first.status_code == 200
        assert first["ETag"] == gb.get(f"/api/v1/assets/{world.asset.pk}/")["ETag"]
        stale = post_act(gb, world.asset, payload("seize"), HTTP_IF_MATCH=etag)
        assert stale.status_code == 412
        assert stale["Content-Type"] == "application/problem+json"
        for garbage in ['W/"2"', "abc", '"99999999999"']:
            response = post_act(gb, world.asset, payload("seize"), HTTP_IF_MATCH=garbage)
            assert response.status_code == 412
        fresh = post_act(gb, world.asset, payload("seize"), HTTP_IF_MATCH=first["ETag"])
        assert fresh.status_code == 200
        assert world.asset.transitions.count() == 2

    def test_an_edit_of_the_asset_makes_the_etag_stale_too(self, gb, world) -> None:
        etag = gb.get(f"/api/v1/assets/{world.asset.pk}/")["ETag"]
        gb.patch(f"/api/v1/assets/{world.asset.pk}/", {"description": "x"}, format="json")
        assert post_act(gb, world.asset, payload("freeze"), HTTP_IF_MATCH=etag).status_code == 412


class TestAudit:
    def test_one_event_per_transition(self, gb, world) -> None:
        drive(gb, world.asset, "confiscated")
        drive(gb, world.restricted_asset, "frozen")
        events = AuditEvent.objects.filter(action="asset.transition").order_by("sequence")
        assert [(e.object_id, e.restricted) for e in events] == [
            (str(world.asset.pk), False),
            (str(world.asset.pk), False),
            (str(world.restricted_asset.pk), True),
        ]
        confiscation = events[1]
        assert confiscation.case_id == world.case.pk
        assert confiscation.changes["before"]["stage"] == "frozen"
        assert confiscation.changes["after"]["stage"] == "confiscated"
        assert confiscation.changes["after"]["recovery_totals"]["USD"]["confiscated"] == "500000.00"
        transition = world.asset.transitions.get(action="confiscate")
        assert confiscation.changes["transition"]["id"] == str(transition.pk)

    def test_the_act_and_its_audit_entry_commit_together(self, world, personas, monkeypatch):
        def broken(*args: Any, **kwargs: Any) -> None:
            raise RuntimeError("audit store unavailable")

        monkeypatch.setattr(asset_transitions.trail, "record", broken)
        data = {
            "order": {
                "authority": "Court",
                "jurisdiction": world.case.owner_state,
                "reference": "R",
                "issued_on": world.case.opened_on,
                "expires_on": world.case.opened_on.replace(year=world.case.opened_on.year + 1),
            },
            "amount": {"amount": Decimal("5.00"), "currency": "USD"},
        }
        with pytest.raises(RuntimeError):
            asset_transitions.asset_transition(
                asset=world.asset, by=personas.prosecutor_gb, action="freeze", data=data
            )
        asset = Asset.objects.get(pk=world.asset.pk)
        assert (asset.stage, asset.version, asset.freeze_expires_on) == ("identified", 1, None)
        assert not AssetTransition.objects.exists()
        assert not AssetRecoveryTotal.objects.exists()


class TestFiguresOnAssetsAndCases:
    def test_asset_views_show_the_figures(self, gb, personas, client_for, world) -> None:
        drive(gb, world.asset, "repatriated")
        for client in (gb, client_for(personas.liaison_fr)):
            asset = client.get(f"/api/v1/assets/{world.asset.pk}/").json()
            assert asset["recovery"]["confiscated"] == [money("500000.00")]
            assert asset["recovery"]["returned"] == [money("100000.00")]
            assert asset["recovery"]["outstanding"] == [money("400000.00")]
            listed = client.get("/api/v1/assets/", {"stage": "repatriated"}).json()["results"]
            assert [a["recovery"] for a in listed] == [asset["recovery"]]

    def test_case_figures_hide_restricted_assets_from_partners(
        self, gb, personas, client_for, world
    ) -> None:
        drive(gb, world.asset, "repatriated")
        drive(gb, world.restricted_asset, "confiscated")
        owner = gb.get(f"/api/v1/cases/{world.case.pk}/").json()["recovery"]
        assert owner["confiscated"] == [money("1000000.00")]
        assert owner["frozen"] == [money("1800000.00")]
        assert owner["returned"] == [money("100000.00")]
        assert owner["outstanding"] == [money("900000.00")]
        partner = client_for(personas.liaison_fr).get(f"/api/v1/cases/{world.case.pk}/").json()
        assert partner["recovery"]["confiscated"] == [money("500000.00")]
        assert partner["recovery"]["outstanding"] == [money("400000.00")]
        case_list = gb.get("/api/v1/cases/").json()["results"]
        assert "recovery" not in case_list[0]

    def test_case_figures_are_summed_per_currency_in_one_query(
        self, gb, personas, world, new_asset, django_assert_num_queries
    ) -> None:
        from cases.selectors import case_recovery_totals

        for currency in ("USD", "EUR", "USD"):
            asset = new_asset()
            drive(gb, asset, "seized")
            correction = payload(
                "correct_record",
                corrects=str(asset.transitions.get().pk),
                amount=money("10.00", currency),
            )
            assert post_act(gb, asset, correction).status_code == 200
        with django_assert_num_queries(1):
            rows = case_recovery_totals(case=world.case, user=personas.prosecutor_gb)
        assert [(r["currency"], r["seized"]) for r in rows] == [
            ("EUR", Decimal("10.00")),
            ("USD", Decimal("20.00")),
        ]


class TestHistoryList:
    def test_query_count_is_constant(self, gb, world, django_assert_num_queries) -> None:
        url = transitions_url(world.asset)
        drive(gb, world.asset, "frozen")
        with django_assert_num_queries(6):  # session, user, asset, count, page, corrections
            assert gb.get(url).json()["count"] == 1
        freeze = world.asset.transitions.get()
        for index in range(10):
            restate = payload(
                "correct_record", corrects=str(freeze.pk), amount=money(f"{index}.50")
            )
            assert post_act(gb, world.asset, restate).status_code == 200
        assert post_act(gb, world.asset, payload("seize")).status_code == 200
        with django_assert_num_queries(6):
            body = gb.get(url, {"page_size": 200}).json()
        assert body["count"] == 12
        assert len(body["results"][0]["corrected_by"]) == 10

    def test_pagination(self, gb, world) -> None:
        drive(gb, world.asset, "repatriated")
        page = gb.get(transitions_url(world.asset), {"page_size": 2}).json()
        assert page["count"] == 3
        assert [t["action"] for t in page["results"]] == ["freeze", "confiscate"]
        assert page["next"] is not None


def test_paths_to_every_stage_are_valid(gb, world, new_asset) -> None:
    for stage in PATH_TO:
        asset = drive(gb, new_asset(), stage)
        assert_consistent(asset)
