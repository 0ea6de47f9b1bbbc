"""UNCAC Art. 57(3) as written (issue 19): the tier of a return follows from the offence the asset
is the proceeds of, and each tier returns on what the article says.

57(3)(a): "In the case of embezzlement of public funds or of laundering of embezzled public
funds as referred to in articles 17 and 23 ..., when confiscation was executed in accordance
with article 55 and on the basis of a final judgement in the requesting State Party, a
requirement that can be waived by the requested State Party, return the confiscated property to
the requesting State Party."
57(3)(b): "In the case of proceeds of any other offence covered by this Convention, when ... on
the basis of a final judgement in the requesting State Party, a requirement that can be waived
by the requested State Party, return the confiscated property to the requesting State Party,
when the requesting State Party reasonably establishes its prior ownership of such confiscated
property to the requested State Party or when the requested State Party recognizes damage to the
requesting State Party as a basis for returning the confiscated property."
57(3)(c): "In all other cases, give priority consideration to returning confiscated property to
the requesting State Party, returning such property to its prior legitimate owners or
compensating the victims of the crime."
57(5): agreements "on a case-by-case basis, for the final disposal of confiscated property".
"""

from __future__ import annotations

from typing import Any

import pytest

from cases.models import Case, OffenceCategory
from cases.models.cases import ART_57_TIER, Art57Tier
from tests.workflows.conftest import drive, payload, post_act, problem_attrs, transitions_url

pytestmark = pytest.mark.django_db

JUDGMENT = "Federal High Court Abuja, FHC/ABJ/CR/12/2025, final"


def repatriate_without_judgment(**fields: Any) -> dict[str, Any]:
    body = payload("repatriate")
    del body["final_judgment"]
    return {**body, **fields}


def set_case_offence(case: Case, offence: str) -> None:
    Case.objects.filter(pk=case.pk).update(offence_category=offence)


def unchanged(asset: Any) -> tuple[int, int]:
    asset.refresh_from_db()
    return asset.version, asset.transitions.count()


# --- The tier belongs to the asset's offence ------------------------------------------------------


def test_the_tier_table_reads_as_article_57_3() -> None:
    assert ART_57_TIER == {
        # (a) embezzlement of public funds, or laundering of embezzled public funds
        "embezzlement": Art57Tier.A,
        "laundering_embezzled": Art57Tier.A,
        # (b) proceeds of any other offence covered by the Convention
        "bribery": Art57Tier.B,
        "laundering": Art57Tier.B,
        # (c) all other cases
        "other": Art57Tier.C,
    }
    assert set(ART_57_TIER) == set(OffenceCategory.values)


def test_an_asset_is_the_proceeds_of_its_cases_offence_unless_it_names_its_own(world, gb) -> None:
    set_case_offence(world.case, OffenceCategory.OTHER)
    url = f"/api/v1/assets/{world.asset.pk}/"
    shown = gb.get(url)
    assert shown.json()["offence_category"] == ""
    world.asset.refresh_from_db()
    assert world.asset.art57_tier == Art57Tier.C

    changed = gb.patch(
        url,
        {"offence_category": "laundering_embezzled"},
        format="json",
        HTTP_IF_MATCH=shown["ETag"],
    )
    assert changed.status_code == 200, changed.content
    assert changed.json()["offence_category"] == "laundering_embezzled"
    world.asset.refresh_from_db()
    assert world.asset.art57_tier == Art57Tier.A


def test_laundering_of_embezzled_public_funds_returns_under_57_3_a(world, gb) -> None:
    """In a case of other laundering (b), an asset laundered from embezzled public funds returns
    under (a): it needs the final judgment (or its waiver), and no proof of ownership."""
    set_case_offence(world.case, OffenceCategory.LAUNDERING)
    world.asset.offence_category = OffenceCategory.LAUNDERING_OF_EMBEZZLED
    world.asset.save(update_fields=["offence_category"])
    asset = drive(gb, world.asset, "confiscated")
    before = unchanged(asset)
    refused = post_act(gb, asset, repatriate_without_judgment())
    assert problem_attrs(refused) == {"final_judgment": "required"}
    assert "57(3)(a)" in refused.json()["errors"][0]["detail"]
    assert unchanged(asset) == before

    response = post_act(gb, asset, payload("repatriate"))
    assert response.status_code == 200, response.content
    assert asset.transitions.get(action="repatriate").art57_tier == "a"


def test_other_laundering_returns_under_57_3_b(world, gb) -> None:
    set_case_offence(world.case, OffenceCategory.LAUNDERING)
    asset = drive(gb, world.asset, "confiscated")
    refused = post_act(gb, asset, payload("repatriate"))
    assert problem_attrs(refused) == {
        "entitlement": "required",
        "entitlement_evidence": "required",
    }


# --- (a): a final judgment in the requesting state, or its waiver ---------------------------------


def test_57_3_a_without_a_final_judgment_or_its_waiver_is_refused(world, gb) -> None:
    asset = drive(gb, world.asset, "confiscated")
    before = unchanged(asset)
    response = post_act(gb, asset, repatriate_without_judgment())
    assert response["Content-Type"] == "application/problem+json"
    assert problem_attrs(response) == {"final_judgment": "required"}
    assert unchanged(asset) == before


def test_57_3_a_the_requested_state_may_waive_the_final_judgment(world, gb, client_for, personas):
    asset = drive(gb, world.asset, "confiscated")
    response = post_act(gb, asset, repatriate_without_judgment(final_judgment_waived=True))
    assert response.status_code == 200, response.content
    # Shown on the act, to the team and to the partner state the case is shared with.
    for client in (gb, client_for(personas.liaison_fr)):
        tranche = client.get(transitions_url(asset)).json()["results"][-1]
        assert (tranche["art57_tier"], tranche["final_judgment_waived"]) == ("a", True)
        assert tranche["final_judgment"] == ""


def test_a_judgment_and_its_waiver_are_not_both_recorded(world, gb) -> None:
    asset = drive(gb, world.asset, "confiscated")
    response = post_act(gb, asset, payload("repatriate", final_judgment_waived=True))
    assert problem_attrs(response) == {"final_judgment_waived": "judgment_and_waiver"}


def test_57_3_a_the_final_judgment_is_shown_on_the_tranche(world, gb) -> None:
    asset = drive(gb, world.asset, "repatriated")
    tranche = gb.get(transitions_url(asset)).json()["results"][-1]
    assert (tranche["final_judgment"], tranche["final_judgment_waived"]) == (JUDGMENT, None)


def test_57_5_a_disposal_agreement_sets_its_own_terms(world, gb) -> None:
    asset = drive(gb, world.asset, "confiscated")
    body = repatriate_without_judgment(
        recipient="victims", recipient_state=None, disposal_agreement="MoU 2026/3"
    )
    response = post_act(gb, asset, body)
    assert response.status_code == 200, response.content


# --- (b): also prior ownership, or a damage recognised ----------------------------------------


@pytest.fixture
def bribery(world) -> None:
    set_case_offence(world.case, OffenceCategory.BRIBERY)


@pytest.mark.usefixtures("bribery")
def test_57_3_b_needs_the_final_judgment_too(world, gb) -> None:
    asset = drive(gb, world.asset, "confiscated")
    body = repatriate_without_judgment(
        entitlement="prior_ownership", entitlement_evidence="Land registry extracts"
    )
    assert problem_attrs(post_act(gb, asset, body)) == {"final_judgment": "required"}


@pytest.mark.usefixtures("bribery")
@pytest.mark.parametrize(
    ("entitlement", "judgment"),
    [
        ("prior_ownership", {"final_judgment": JUDGMENT}),
        ("recognised_damage", {"final_judgment_waived": True}),
    ],
)
def test_57_3_b_returns_on_prior_ownership_or_a_recognised_damage(
    world, gb, entitlement, judgment
) -> None:
    asset = drive(gb, world.asset, "confiscated")
    body = repatriate_without_judgment(
        entitlement=entitlement, entitlement_evidence="Treasury ledgers, 2019-2021", **judgment
    )
    response = post_act(gb, asset, body)
    assert response.status_code == 200, response.content
    tranche = gb.get(transitions_url(asset)).json()["results"][-1]
    assert (tranche["art57_tier"], tranche["entitlement"]) == ("b", entitlement)
    assert tranche["entitlement_evidence"] == "Treasury ledgers, 2019-2021"


@pytest.mark.usefixtures("bribery")
def test_57_3_b_an_unknown_ground_is_refused(world, gb) -> None:
    asset = drive(gb, world.asset, "confiscated")
    body = payload("repatriate", entitlement="sympathy", entitlement_evidence="none")
    assert problem_attrs(post_act(gb, asset, body)) == {"entitlement": "invalid_choice"}


# --- (c): priority consideration, no condition ------------------------------------------------


@pytest.mark.parametrize("recipient", ["requesting_state", "victims", "prior_owners"])
def test_57_3_c_needs_neither_judgment_nor_proof(world, gb, recipient) -> None:
    set_case_offence(world.case, OffenceCategory.OTHER)
    asset = drive(gb, world.asset, "confiscated")
    body = repatriate_without_judgment(recipient=recipient)
    if recipient != "requesting_state":
        body["recipient_state"] = None
    response = post_act(gb, asset, body)
    assert response.status_code == 200, response.content
    assert asset.transitions.get(action="repatriate").art57_tier == "c"


def test_only_a_repatriation_carries_a_judgment(world, gb) -> None:
    asset = drive(gb, world.asset, "frozen")
    response = post_act(gb, asset, payload("confiscate", final_judgment=JUDGMENT))
    assert problem_attrs(response) == {"final_judgment": "not_applicable"}
