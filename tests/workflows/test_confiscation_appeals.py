"""Appeals and reversals (issue 19): a first-instance confiscation open to appeal is recorded, but
takes no title until it is final (DOMAIN.md: "confiscated: a final court decision takes title";
UNCAC 57(3): returns rest on a final judgment); it becomes final, or is quashed, which DOMAIN.md
calls released ("freeze or seizure lifted, or confiscation refused"). A final confiscation
quashed on a further appeal is released too.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.workflows.conftest import (
    assert_consistent,
    days,
    drive,
    money,
    order,
    payload,
    post_act,
    problem_attrs,
    transitions_url,
)

pytestmark = pytest.mark.django_db


def figures(client: Any, asset: Any) -> dict[str, Any]:
    return client.get(f"/api/v1/assets/{asset.pk}/").json()["recovery"]


def test_a_first_instance_confiscation_is_recorded_with_its_order_and_takes_no_title(
    world, gb
) -> None:
    asset = drive(gb, world.asset, "frozen")
    response = post_act(gb, asset, payload("confiscate_under_appeal"))
    assert response.status_code == 200, response.content
    shown = response.json()
    assert shown["stage"] == "under_appeal"
    # Not yet title: nothing counts as confiscated; what restrained it stays on record.
    assert shown["recovery"]["confiscated"] == []
    assert shown["recovery"]["frozen"] == [{"amount": "900000.00", "currency": "USD"}]
    act = gb.get(transitions_url(asset)).json()["results"][-1]
    assert (act["action"], act["to_stage"], act["basis"]) == (
        "confiscate_under_appeal",
        "under_appeal",
        "conviction",
    )
    assert act["order"]["reference"] == "CO-1"
    assert act["amount"] == {"amount": "500000.00", "currency": "USD"}
    assert_consistent(asset)


def test_the_stage_is_listed_and_filtered_like_the_others(world, gb) -> None:
    asset = drive(gb, world.asset, "under_appeal")
    listed = gb.get("/api/v1/assets/", {"stage": "under_appeal"}).json()["results"]
    assert [row["id"] for row in listed] == [str(asset.pk)]
    assert listed[0]["stage"] == "under_appeal"


def test_nothing_is_returned_from_a_confiscation_under_appeal(world, gb) -> None:
    asset = drive(gb, world.asset, "under_appeal")
    response = post_act(gb, asset, payload("repatriate"))
    assert response.status_code == 409
    assert "repatriate" not in response.json()["allowed_actions"]


def test_a_first_instance_order_says_nothing_of_finality(world, gb) -> None:
    asset = drive(gb, world.asset, "frozen")
    response = post_act(gb, asset, payload("confiscate_under_appeal", final=True))
    assert problem_attrs(response) == {"final": "not_applicable"}


def test_a_confiscation_under_appeal_rests_on_a_freeze_in_force(world, gb) -> None:
    """As a final confiscation does: an order issued after the freeze lapsed restrains nothing."""
    asset = drive(gb, world.asset, "lapsed")
    late = payload("confiscate_under_appeal", order={**order("CO-1"), "issued_on": days(0)})
    response = post_act(gb, asset, late)
    assert problem_attrs(response) == {"order.issued_on": "after_lapse"}


def test_it_becomes_final_with_the_first_instances_amount(world, gb) -> None:
    asset = drive(gb, world.asset, "under_appeal")
    response = post_act(gb, asset, payload("confirm_confiscation"))
    assert response.status_code == 200, response.content
    assert response.json()["stage"] == "confiscated"
    assert response.json()["recovery"]["confiscated"] == [
        {"amount": "500000.00", "currency": "USD"}
    ]
    assert_consistent(asset)
    # Now title: it can be returned.
    assert post_act(gb, asset, payload("repatriate")).status_code == 200


def test_it_becomes_final_with_the_amount_the_appeal_court_set(world, gb) -> None:
    asset = drive(gb, world.asset, "under_appeal")
    body = payload("confirm_confiscation", amount=money("350000.00"))
    response = post_act(gb, asset, body)
    assert response.json()["recovery"]["confiscated"] == [
        {"amount": "350000.00", "currency": "USD"}
    ]
    too_much = post_act(gb, asset, payload("repatriate", amount=money("400000.00")))
    assert problem_attrs(too_much) == {"amount": "exceeds_confiscated"}


def test_a_corrected_first_instance_amount_is_the_one_made_final(world, gb) -> None:
    asset = drive(gb, world.asset, "under_appeal")
    first = asset.transitions.get(action="confiscate_under_appeal")
    correction = payload(
        "correct_record", corrects=str(first.pk), amount=money("450000.00"), note="Misread."
    )
    assert post_act(gb, asset, correction).status_code == 200
    response = post_act(gb, asset, payload("confirm_confiscation"))
    assert response.json()["recovery"]["confiscated"] == [
        {"amount": "450000.00", "currency": "USD"}
    ]
    assert_consistent(asset)


def test_quashed_on_appeal_it_is_released_and_may_be_restrained_again(world, gb) -> None:
    asset = drive(gb, world.asset, "under_appeal")
    response = post_act(gb, asset, payload("quash_confiscation"))
    assert response.status_code == 200, response.content
    assert response.json()["stage"] == "released"
    assert response.json()["recovery"]["confiscated"] == []
    assert_consistent(asset)
    # A retrial's restraint is a fresh order.
    assert post_act(gb, asset, payload("freeze")).status_code == 200


def test_a_final_confiscation_quashed_on_appeal_is_released(world, gb) -> None:
    asset = drive(gb, world.asset, "confiscated")
    assert figures(gb, asset)["confiscated"] == [{"amount": "500000.00", "currency": "USD"}]
    response = post_act(gb, asset, payload("quash_confiscation"))
    assert response.status_code == 200, response.content
    assert response.json()["stage"] == "released"
    # The title it took is undone: nothing confiscated, nothing outstanding to return.
    assert response.json()["recovery"]["confiscated"] == []
    assert response.json()["recovery"]["outstanding"] == []
    assert_consistent(asset)
    assert post_act(gb, asset, payload("repatriate")).status_code == 409


def test_a_release_still_lifts_only_a_freeze_or_seizure(world, gb) -> None:
    asset = drive(gb, world.asset, "confiscated")
    response = post_act(gb, asset, payload("release"))
    assert response.status_code == 409
    assert "quash_confiscation" in response.json()["allowed_actions"]


def test_what_was_returned_is_not_quashed_here(world, gb) -> None:
    asset = drive(gb, world.asset, "repatriated")
    assert post_act(gb, asset, payload("quash_confiscation")).status_code == 409


@pytest.mark.parametrize("action", ["confirm_confiscation", "quash_confiscation"])
def test_the_appeals_decision_is_an_order(world, gb, action) -> None:
    asset = drive(gb, world.asset, "under_appeal")
    before = asset.transitions.count()
    response = post_act(gb, asset, {"action": action})
    assert problem_attrs(response) == {"order": "required"}
    assert asset.transitions.count() == before


def test_what_must_precede_a_confiscation_precedes_one_open_to_appeal(world, gb, settings):
    """Third parties are heard before the court orders the confiscation (UNCAC 31(9), 55(9)),
    appealable or not; the 57(5) agreement is due once the confiscation is final."""
    from tasks.models import Task, TaskStatus

    settings.TASK_TEMPLATES = True
    asset = drive(gb, world.asset, "frozen")
    held = post_act(gb, asset, payload("confiscate_under_appeal"))
    assert held.status_code == 409
    assert "Notify third parties" in held.json()["detail"]
    Task.objects.filter(asset=asset).update(status=TaskStatus.DONE)
    assert post_act(gb, asset, payload("confiscate_under_appeal")).status_code == 200
    assert not Task.objects.filter(asset=asset, template="agree_disposal_57_5").exists()
    assert post_act(gb, asset, payload("confirm_confiscation")).status_code == 200
    assert Task.objects.filter(asset=asset, template="agree_disposal_57_5").exists()


# --- The restraint through the appeal ------------------------------------------------------------
# A confiscation order is a *final* deprivation of property (EU 2018/1805 Art. 2(2); UNCAC Art.
# 2(g)): until the order is final, only the restraint holds the property, so it stays in force
# through the appeal, and a quash lifts it only when the court says so.


def orders_of(client: Any, asset: Any) -> dict[str, str]:
    """The asset's restraint orders: reference -> status."""
    listed = client.get(f"/api/v1/assets/{asset.pk}/restraint-orders/").json()
    return {o["reference"]: o["status"] for o in listed}


def freeze_deadline(asset: Any) -> Any:
    from deadlines.models import Deadline, DeadlineKind

    freeze = asset.transitions.get(action="freeze")
    return Deadline.objects.get(kind=DeadlineKind.FREEZE_EXPIRY, source_id=freeze.pk)


def test_the_restraint_stays_in_force_through_the_appeal(world, gb) -> None:
    asset = drive(gb, world.asset, "under_appeal")
    assert orders_of(gb, asset) == {"FRZ-1": "in_force"}
    shown = gb.get(f"/api/v1/assets/{asset.pk}/").json()
    assert shown["freeze_expires_on"] == days(180)
    # The team is still told before the freeze lapses.
    deadline = freeze_deadline(asset)
    assert (deadline.open, deadline.due_on.isoformat()) == (True, days(180))
    assert_consistent(asset)


def test_a_freeze_is_renewed_under_appeal_and_the_asset_stays_under_appeal(world, gb) -> None:
    asset = drive(gb, world.asset, "under_appeal")
    response = post_act(gb, asset, payload("renew_freeze", order=order("FRZ-2", expires_in=400)))
    assert response.status_code == 200, response.content
    assert response.json()["stage"] == "under_appeal"
    assert response.json()["freeze_expires_on"] == days(400)
    assert orders_of(gb, asset) == {"FRZ-1": "superseded", "FRZ-2": "in_force"}
    assert_consistent(asset)


def test_the_restraint_ends_when_the_confiscation_becomes_final(world, gb) -> None:
    asset = drive(gb, world.asset, "under_appeal")
    response = post_act(gb, asset, payload("confirm_confiscation"))
    assert response.json()["freeze_expires_on"] is None
    assert orders_of(gb, asset) == {"FRZ-1": "superseded"}
    assert freeze_deadline(asset).open is False
    assert_consistent(asset)


def test_a_quash_that_lifts_the_restraint_releases_the_orders(world, gb) -> None:
    asset = drive(gb, world.asset, "under_appeal")
    assert post_act(gb, asset, payload("quash_confiscation")).status_code == 200
    assert orders_of(gb, asset) == {"FRZ-1": "released"}
    assert freeze_deadline(asset).open is False


def test_a_quash_keeping_the_restraint_goes_back_to_frozen(world, gb) -> None:
    asset = drive(gb, world.asset, "under_appeal")
    response = post_act(gb, asset, payload("quash_keeping_restraint"))
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["stage"] == "frozen"
    assert body["freeze_expires_on"] == days(180)
    assert body["recovery"]["confiscated"] == []
    assert body["recovery"]["frozen"] == [{"amount": "900000.00", "currency": "USD"}]
    assert orders_of(gb, asset) == {"FRZ-1": "in_force"}
    assert freeze_deadline(asset).open is True
    assert_consistent(asset)
    # A retrial's confiscation rests on the same freeze.
    assert post_act(gb, asset, payload("confiscate", order=order("CO-2"))).status_code == 200


def test_a_quash_keeping_a_seizure_goes_back_to_seized(world, gb) -> None:
    asset = drive(gb, world.asset, "seized")
    assert post_act(gb, asset, payload("confiscate_under_appeal")).status_code == 200
    response = post_act(gb, asset, payload("quash_keeping_restraint"))
    assert response.json()["stage"] == "seized"
    assert orders_of(gb, asset) == {"SZ-1": "in_force"}
    assert_consistent(asset)


def test_no_restraint_is_kept_once_every_order_has_lapsed(world, gb) -> None:
    asset = drive(gb, world.asset, "lapsed")  # its freeze expired two days ago
    assert post_act(gb, asset, payload("confiscate_under_appeal")).status_code == 200
    response = post_act(gb, asset, payload("quash_keeping_restraint"))
    assert problem_attrs(response) == {None: "no_restraint_in_force"}
    assert post_act(gb, asset, payload("quash_confiscation")).status_code == 200


def test_a_final_confiscation_quashed_keeps_no_restraint(world, gb) -> None:
    """Its restraint ended when it became final: a retrial's is a fresh order."""
    asset = drive(gb, world.asset, "confiscated")
    response = post_act(gb, asset, payload("quash_keeping_restraint"))
    assert response.status_code == 409
