"""UNCAC Art. 57(3) as written (issue 19): what is returned "to the requesting State" goes to the
state that asked for it, and victims and prior owners carry no state.

The state that asks for the return is the victim state the funds came from (the case's origin)
or a state whose request for confiscation or return of this case's assets the owning state
received (an incoming MLA request, UNCAC 55(1) and 57). Not the owning state that took the
confiscation on its own motion, nor the state where the asset sits, which returns it.
"""

from __future__ import annotations

import pytest

from cases.models import State
from tests.workflows.conftest import drive, payload, post_act, problem_attrs
from workflows.mla_models import MlaDirection
from workflows.services.mla import mla_request_create

pytestmark = pytest.mark.django_db


def test_the_victim_state_the_funds_came_from_receives(world, gb) -> None:
    drive(gb, world.asset, "confiscated")
    response = post_act(gb, world.asset, payload("repatriate", recipient_state="NG"))
    assert response.status_code == 200, response.content


@pytest.mark.parametrize("state", ["GB", "CH", "FR"])
def test_a_state_that_did_not_ask_is_not_the_requesting_state(world, gb, state) -> None:
    """GB runs the case (the owning state), CH is where the asset sits, FR only sees the case."""
    asset = drive(gb, world.asset, "confiscated")
    before = (asset.version, asset.transitions.count())
    response = post_act(gb, asset, payload("repatriate", recipient_state=state))
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert problem_attrs(response) == {"recipient_state": "not_requesting_state"}
    assert "NG" in response.json()["errors"][0]["detail"]
    asset.refresh_from_db()
    assert (asset.version, asset.transitions.count()) == before


@pytest.mark.parametrize("kind", ["return", "confiscation", "enforcement"])
def test_a_state_whose_request_for_the_assets_was_received_may_receive(
    world, gb, personas, kind
) -> None:
    mla_request_create(
        case=world.case,
        by=personas.prosecutor_gb,
        kind=kind,
        direction=MlaDirection.INCOMING,
        requesting_state=State.objects.get(code="FR"),
    )
    drive(gb, world.asset, "confiscated")
    response = post_act(gb, world.asset, payload("repatriate", recipient_state="FR"))
    assert response.status_code == 200, response.content


def test_a_request_for_evidence_does_not_make_a_requesting_state_of_the_return(
    world, gb, personas
) -> None:
    mla_request_create(
        case=world.case,
        by=personas.prosecutor_gb,
        kind="evidence",
        direction=MlaDirection.INCOMING,
        requesting_state=State.objects.get(code="FR"),
    )
    drive(gb, world.asset, "confiscated")
    response = post_act(gb, world.asset, payload("repatriate", recipient_state="FR"))
    assert problem_attrs(response) == {"recipient_state": "not_requesting_state"}


@pytest.mark.parametrize("recipient", ["victims", "prior_owners"])
def test_victims_and_prior_owners_carry_no_state(world, gb, recipient) -> None:
    drive(gb, world.asset, "confiscated")
    body = payload(
        "repatriate", recipient=recipient, recipient_state="NG", disposal_agreement="MoU 2026/3"
    )
    response = post_act(gb, world.asset, body)
    assert problem_attrs(response) == {"recipient_state": "not_for_recipient"}
