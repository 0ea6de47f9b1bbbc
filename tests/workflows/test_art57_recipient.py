"""UNCAC Art. 57(3) as written (issue 19): what is returned "to the requesting State" goes to the
state that asked for it, and victims and prior owners carry no state.

The requesting state is the sender of an MLA request (DOMAIN.md, glossary): the state whose
request for the confiscation of this case's assets, the enforcement of its order, or their return
(UNCAC 55(1), 57) was sent, naming this asset or none in particular: a partner's request the
owning state received, or the owning state's own request to the state where the asset sits. With
no such request recorded, the victim state the funds came from (the case's origin). Never the
state that returns the asset: where it sits, or whose court confiscated it.

In the `world` fixture the asset sits in GB (the owning state) and the orders are CH's courts'.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from cases.models import State
from tests.factories import make_asset
from tests.workflows.conftest import drive, payload, post_act, problem_attrs
from workflows.mla_models import MlaDirection, MlaRequest
from workflows.services.mla import mla_request_create, mla_request_transition

pytestmark = pytest.mark.django_db


def asked(world: Any, personas: Any, kind: str, *, sent: bool = True, **fields: Any) -> MlaRequest:
    """A request for the case's assets, received (incoming) or sent (outgoing) unless `sent` is
    False (a draft)."""
    fields.setdefault("direction", MlaDirection.INCOMING)
    for name in ("requesting_state", "requested_state"):
        if isinstance(fields.get(name), str):
            fields[name] = State.objects.get(code=fields[name])
    today = timezone.now().date()
    request, _ = mla_request_create(
        case=world.case,
        by=personas.prosecutor_gb,
        kind=kind,
        due_on=today + timedelta(30),
        **fields,
    )
    if sent:
        incoming = fields["direction"] == MlaDirection.INCOMING
        mla_request_transition(
            request_id=request.pk,
            by=personas.prosecutor_gb,
            action="receive" if incoming else "send",
            sent_on=today - timedelta(days=3),
        )
    return request


def test_the_victim_state_the_funds_came_from_receives(world, gb) -> None:
    drive(gb, world.asset, "confiscated")
    response = post_act(gb, world.asset, payload("repatriate", recipient_state="NG"))
    assert response.status_code == 200, response.content


def test_a_state_that_did_not_ask_is_not_the_requesting_state(world, gb) -> None:
    """FR only sees the case."""
    asset = drive(gb, world.asset, "confiscated")
    before = (asset.version, asset.transitions.count())
    response = post_act(gb, asset, payload("repatriate", recipient_state="FR"))
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert problem_attrs(response) == {"recipient_state": "not_requesting_state"}
    assert "NG" in response.json()["errors"][0]["detail"]
    asset.refresh_from_db()
    assert (asset.version, asset.transitions.count()) == before


@pytest.mark.parametrize("state", ["GB", "CH"])
def test_the_state_that_returns_the_asset_does_not_receive_it(world, gb, state) -> None:
    """GB is where the asset sits (and the owning state), CH's court confiscated it."""
    asset = drive(gb, world.asset, "confiscated")
    response = post_act(gb, asset, payload("repatriate", recipient_state=state))
    assert problem_attrs(response) == {"recipient_state": "returning_state"}


def test_not_even_the_victim_state_receives_what_it_returns_itself(world, gb, personas) -> None:
    """An asset of a case whose funds came from GB, sitting in GB: nobody asked for it."""
    world.case.origin_state_id = "GB"
    world.case.save(update_fields=["origin_state"])
    asset = drive(gb, world.asset, "confiscated")
    response = post_act(gb, asset, payload("repatriate", recipient_state="GB"))
    assert problem_attrs(response) == {"recipient_state": "returning_state"}


def test_the_owning_states_own_request_makes_it_the_requesting_state(world, gb, personas) -> None:
    """GB asked CH, where the asset sits, to enforce its confiscation order (UNCAC 55(1)): CH
    returns it to GB; NG, which did not ask, is not the requesting state of that return."""
    asset = make_asset(case=world.case, jurisdiction=State.objects.get(code="CH"))
    asked(world, personas, "enforcement", direction=MlaDirection.OUTGOING, requested_state="CH")
    drive(gb, asset, "confiscated")
    assert post_act(gb, asset, payload("repatriate", recipient_state="GB")).status_code == 200
    refused = post_act(gb, asset, payload("repatriate", recipient_state="NG"))
    assert problem_attrs(refused) == {"recipient_state": "not_requesting_state"}
    assert "is GB" in refused.json()["errors"][0]["detail"]


def test_the_owning_states_request_to_another_state_does_not_count(world, gb, personas) -> None:
    asset = make_asset(case=world.case, jurisdiction=State.objects.get(code="CH"))
    asked(world, personas, "return", direction=MlaDirection.OUTGOING, requested_state="FR")
    drive(gb, asset, "confiscated")
    refused = post_act(gb, asset, payload("repatriate", recipient_state="GB"))
    assert problem_attrs(refused) == {"recipient_state": "not_requesting_state"}


def test_a_request_that_names_other_assets_is_not_for_this_one(world, gb, personas) -> None:
    asked(world, personas, "return", requesting_state="FR", assets=[world.restricted_asset])
    drive(gb, world.asset, "confiscated")
    refused = post_act(gb, world.asset, payload("repatriate", recipient_state="FR"))
    assert problem_attrs(refused) == {"recipient_state": "not_requesting_state"}


def test_a_request_that_names_this_asset_is_for_it(world, gb, personas) -> None:
    asked(world, personas, "return", requesting_state="FR", assets=[world.asset])
    drive(gb, world.asset, "confiscated")
    response = post_act(gb, world.asset, payload("repatriate", recipient_state="FR"))
    assert response.status_code == 200, response.content


@pytest.mark.parametrize("status", ["draft", "withdrawn"])
def test_a_request_never_sent_or_withdrawn_asks_for_nothing(world, gb, personas, status) -> None:
    request = asked(world, personas, "return", requesting_state="FR", sent=status != "draft")
    if status == "withdrawn":
        mla_request_transition(request_id=request.pk, by=personas.prosecutor_gb, action="withdraw")
    drive(gb, world.asset, "confiscated")
    refused = post_act(gb, world.asset, payload("repatriate", recipient_state="FR"))
    assert problem_attrs(refused) == {"recipient_state": "not_requesting_state"}


@pytest.mark.parametrize("kind", ["return", "confiscation", "enforcement"])
def test_a_state_whose_request_for_the_assets_was_received_may_receive(
    world, gb, personas, kind
) -> None:
    asked(world, personas, kind, requesting_state="FR")
    drive(gb, world.asset, "confiscated")
    response = post_act(gb, world.asset, payload("repatriate", recipient_state="FR"))
    assert response.status_code == 200, response.content


def test_a_request_for_evidence_does_not_make_a_requesting_state_of_the_return(
    world, gb, personas
) -> None:
    asked(world, personas, "evidence", requesting_state="FR")
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
