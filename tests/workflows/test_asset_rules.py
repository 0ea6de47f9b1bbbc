"""The engine, the asset rules table as data, the fold of a history, and the doc that shows them."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from cases.models import AssetStage
from core import engine
from core.engine import Rule, TransitionNotAllowed
from workflows.asset_position import fold
from workflows.asset_rules import (
    ASSET_RULES,
    LAPSED,
    REQUIREMENTS,
    RESTRAINED,
    WHO,
    markdown_table,
    mermaid_diagram,
)
from workflows.models import AssetAction
from workflows.services.asset_transitions import CHECKS

DOC = Path(__file__).resolve().parents[2] / "docs" / "asset-lifecycle.md"

# A table of another kind, to show the engine knows nothing of assets (the MLA statuses reuse it).
MLA_LIKE = (
    Rule(("draft",), "send", "sent", "requesting_team", requires=("note",)),
    Rule(("sent",), "acknowledge", "acknowledged", "requested_liaison"),
    Rule(("sent", "acknowledged"), "refuse", "refused", "requested_liaison", ("reason",)),
    Rule(("sent", "acknowledged"), "remind", None, "requesting_team"),
)


class TestEngine:
    def test_find_rule_and_allowed_actions(self) -> None:
        assert engine.find_rule(MLA_LIKE, "sent", "refuse").to_state == "refused"
        assert engine.allowed_actions(MLA_LIKE, "sent") == ["acknowledge", "refuse", "remind"]
        assert engine.allowed_actions(MLA_LIKE, "refused") == []
        assert engine.actions_of(MLA_LIKE) == ["send", "acknowledge", "refuse", "remind"]

    def test_unchanged_target(self) -> None:
        rule = engine.find_rule(MLA_LIKE, "acknowledged", "remind")
        assert rule.target("acknowledged") == "acknowledged"
        assert rule.target("sent") == "sent"

    def test_not_allowed_names_the_state_and_the_allowed_actions(self) -> None:
        with pytest.raises(TransitionNotAllowed) as caught:
            engine.find_rule(MLA_LIKE, "draft", "refuse")
        assert caught.value.state == "draft"
        assert caught.value.action == "refuse"
        assert caught.value.allowed == ["send"]
        assert "'refuse' is not allowed from 'draft'" in str(caught.value)

    def test_check_table_refuses_ambiguity_and_typos(self) -> None:
        states = ["draft", "sent", "acknowledged", "refused"]
        who = ["requesting_team", "requested_liaison"]
        engine.check_table(MLA_LIKE, states=states, who=who, requirements=["note", "reason"])
        twice = (*MLA_LIKE, Rule(("sent",), "refuse", "draft", "requesting_team"))
        bad_tables = [
            (twice, "two rows"),
            ((Rule(("draft",), "send", "sant", "requesting_team"),), "unknown states"),
            ((Rule(("draft",), "send", "sent", "nobody"),), "unknown actor"),
            ((Rule(("draft",), "send", "sent", "requesting_team", ("oath",)),), "requirements"),
            ((Rule((), "send", "sent", "requesting_team"),), "no from-state"),
        ]
        for table, message in bad_tables:
            with pytest.raises(ValueError, match=message):
                engine.check_table(table, states=states, who=who, requirements=["note", "reason"])

    def test_markdown_escapes_pipes(self) -> None:
        table = (Rule(("a",), "go", "b", "x", ("r",)),)
        text = engine.markdown_table(table, describe_requirement={"r": "this | that"})
        assert "this \\| that" in text


class TestAssetRules:
    def test_the_table_is_unambiguous_and_complete(self) -> None:
        engine.check_table(
            ASSET_RULES,
            states=[*AssetStage.values, LAPSED, RESTRAINED],
            who=WHO,
            requirements=REQUIREMENTS,
        )
        assert set(engine.actions_of(ASSET_RULES)) == set(AssetAction.values)
        # Every requirement the table names has a check in the service, and no check is unused.
        assert set(CHECKS) == set(REQUIREMENTS)
        assert {name for rule in ASSET_RULES for name in rule.requires} == set(REQUIREMENTS)

    def test_every_stage_but_identified_can_be_reached(self) -> None:
        reachable = {rule.target(s) for rule in ASSET_RULES for s in rule.from_states}
        # `lapsed` is reached by the calendar (a freeze's expiry passing), not by an act;
        # `restrained` is frozen or seized, as the orders in force say.
        assert reachable == {*AssetStage.values, LAPSED, RESTRAINED}

    @pytest.mark.parametrize(
        ("stage", "allowed"),
        [
            ("identified", ["freeze", "decide_not_to_freeze", "seize"]),
            (
                "frozen",
                [
                    "freeze",
                    "renew_freeze",
                    "seize",
                    "confiscate",
                    "confiscate_under_appeal",
                    "release",
                    "release_order",
                    "release_part",
                    "apply_to_value_order",
                    "sell_before_judgment",
                    "correct_record",
                ],
            ),
            (
                "seized",
                [
                    "seize",
                    "confiscate",
                    "confiscate_under_appeal",
                    "release",
                    "release_order",
                    "release_part",
                    "apply_to_value_order",
                    "sell_before_judgment",
                    "correct_record",
                ],
            ),
            (
                "under_appeal",
                [
                    "renew_freeze",
                    "confirm_confiscation",
                    "quash_confiscation",
                    "quash_keeping_restraint",
                    "sell_before_judgment",
                    "correct_record",
                ],
            ),
            ("confiscated", ["quash_confiscation", "repatriate", "correct_record"]),
            ("repatriated", ["repatriate", "correct_record"]),
            ("released", ["freeze", "seize", "correct_record"]),
            (
                "lapsed",
                [
                    "freeze",
                    "renew_freeze",
                    "seize",
                    "confiscate",
                    "confiscate_under_appeal",
                    "release",
                    "release_order",
                    "correct_record",
                ],
            ),
        ],
    )
    def test_allowed_actions_per_stage(self, stage: str, allowed: list[str]) -> None:
        assert engine.allowed_actions(ASSET_RULES, stage) == allowed

    def test_confiscation_needs_a_final_order(self) -> None:
        confiscate = engine.find_rule(ASSET_RULES, "seized", "confiscate")
        assert "final_order" in confiscate.requires
        assert {"order", "basis", "amount"} <= set(confiscate.requires)

    def test_freezes_need_a_term(self) -> None:
        """A date, hours, or an explicit none: a freeze is never recorded without saying."""
        for action in ("freeze", "renew_freeze"):
            rule = next(r for r in ASSET_RULES if r.action == action)
            assert "order_term" in rule.requires


def section(name: str) -> str:
    text = DOC.read_text()
    match = re.search(rf"<!-- {name}:start -->\n(.*?)<!-- {name}:end -->", text, re.S)
    assert match, f"{DOC} has no {name} section"
    return match.group(1)


def test_the_doc_shows_exactly_the_rules_table() -> None:
    assert section("rules-table") == markdown_table(), (
        "docs/asset-lifecycle.md is out of date; paste workflows.asset_rules.markdown_table()"
    )


def test_the_doc_shows_exactly_the_state_diagram() -> None:
    assert section("state-diagram") == f"```mermaid\n{mermaid_diagram()}```\n"


@dataclass
class Record:
    """A transition as the fold reads it, without a database."""

    sequence: int
    action: str
    to_stage: str
    amount: Decimal | None = None
    amount_currency: str = ""
    order_reference: str = "REF"
    order_issued_on: date | None = None
    order_expires_on: date | None = None
    deducted_expenses_amount: Decimal | None = None
    deducted_expenses_currency: str = ""
    corrects_id: uuid.UUID | None = None
    id: uuid.UUID | None = None
    basis: str = ""
    final: bool | None = None
    recipient: str = ""
    recipient_state_id: str | None = None
    disposal_agreement: str = ""

    def __post_init__(self) -> None:
        self.id = self.id or uuid.uuid4()


def usd(value: str) -> tuple[Decimal, str]:
    return Decimal(value), "USD"


class TestFold:
    def test_empty_history_is_identified(self) -> None:
        position = fold([])
        assert (position.stage, position.freeze_expires_on, position.totals) == (
            "identified",
            None,
            {},
        )

    def test_freeze_renew_confiscate_and_tranches(self) -> None:
        history = [
            Record(1, "freeze", "frozen", *usd("900"), order_expires_on=date(2027, 1, 1)),
            Record(2, "renew_freeze", "frozen", order_expires_on=date(2027, 6, 1)),
        ]
        position = fold(history)
        assert position.freeze_expires_on == date(2027, 6, 1)
        assert position.totals["USD"]["frozen"] == Decimal("900")
        history += [
            Record(3, "confiscate", "confiscated", *usd("800")),
            Record(4, "repatriate", "repatriated", *usd("300")),
            Record(
                5,
                "repatriate",
                "repatriated",
                *usd("200"),
                deducted_expenses_amount=Decimal("50"),
                deducted_expenses_currency="USD",
            ),
        ]
        position = fold(history)
        assert position.stage == "repatriated"
        assert position.freeze_expires_on is None
        usd_totals = position.totals["USD"]
        assert usd_totals["frozen"] == Decimal("900")  # kept when the asset moves on
        assert usd_totals["confiscated"] == Decimal("800")
        assert usd_totals["returned"] == Decimal("500")
        assert usd_totals["deducted_expenses"] == Decimal("50")
        assert position.exceeding_currencies() == []

    def test_currencies_are_kept_apart(self) -> None:
        history = [
            Record(1, "seize", "seized", Decimal("10"), "EUR"),
            Record(2, "confiscate", "confiscated", Decimal("10"), "EUR"),
            Record(3, "repatriate", "repatriated", Decimal("5"), "USD"),
        ]
        position = fold(history)
        assert set(position.totals) == {"EUR", "USD"}
        assert position.exceeding_currencies() == ["USD"]

    def test_corrections_apply_to_the_act_they_correct(self) -> None:
        freeze = Record(1, "freeze", "frozen", *usd("900"), order_expires_on=date(2027, 1, 1))
        history = [
            freeze,
            Record(2, "correct_record", "frozen", *usd("950"), corrects_id=freeze.id),
            Record(
                3,
                "correct_record",
                "frozen",
                order_expires_on=date(2027, 2, 1),
                corrects_id=freeze.id,
            ),
        ]
        position = fold(history)
        assert position.totals["USD"]["frozen"] == Decimal("950")
        assert position.freeze_expires_on == date(2027, 2, 1)

    def test_a_new_freeze_replaces_the_old_figure(self) -> None:
        history = [
            Record(1, "freeze", "frozen", *usd("900"), order_expires_on=date(2027, 1, 1)),
            Record(2, "release", "released"),
            Record(3, "freeze", "frozen", Decimal("70"), "EUR", order_expires_on=date(2028, 1, 1)),
        ]
        position = fold(history)
        assert position.totals == {
            "EUR": {
                "frozen": Decimal("70"),
                "seized": Decimal("0"),
                "confiscated": Decimal("0"),
                "returned": Decimal("0"),
                "deducted_expenses": Decimal("0"),
            }
        }
