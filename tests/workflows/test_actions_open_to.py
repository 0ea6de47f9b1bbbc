"""The acts the API offers a caller are exactly the acts it accepts from that caller.

The web application shows a button only for what `allowed_actions` (MLA requests) and
`GET /api/v1/assets/{id}/actions/` (assets) offer, so an offered act that then fails, or a
refused one that was not offered, is a button that lies. Each test walks every status or stage,
every act of the table and every kind of caller, and posts each act on a fresh object.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cases.models import AssetStage, CaseShare
from cases.services.case_file import case_update
from core import engine
from tests.factories import make_asset, make_case, share
from tests.workflows.conftest import (
    PATH_TO,
    RULES_STAGES,
    body_for,
    drive,
    post_act,
    prepare,
)
from workflows.asset_rules import ASSET_RULES, CASE_TEAM
from workflows.mla_models import MlaRequest, MlaStatus
from workflows.mla_rules import MLA_RULES

pytestmark = pytest.mark.django_db

# The callers who see a GB case shared with FR: the team's prosecutor, a GB prosecutor off the
# team, the GB admin, and the FR liaison (whose state the requests are addressed to).
SEEING = ("prosecutor_gb", "prosecutor2_gb", "admin_gb", "liaison_fr")


def mla_request(case, status, by):
    return MlaRequest.objects.create(
        case=case,
        kind="evidence",
        requesting_state_id="GB",
        requested_state_id="FR",
        status=status,
        due_on=timezone.now().date() + timedelta(days=10),
        created_by=by,
    )


# What an action needs besides the note and the reason (`workflows.mla_rules.REQUIREMENTS`).
MLA_EXTRA = {
    "request_info": {"reply_due_on": "2999-01-01"},
    "refuse": {"refusal_grounds": ["dual_criminality_46_9"]},
}


def offered_mla_actions(client, request):
    response = client.get(f"/api/v1/mla-requests/{request.pk}/")
    if response.status_code == 404:
        return None
    assert response.status_code == 200, response.content
    return response.json()["allowed_actions"]


@pytest.mark.parametrize("status", MlaStatus.values)
def test_mla_offers_exactly_what_it_accepts(status, personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb)
    share(case, "FR")
    for name in SEEING:
        client = client_for(getattr(personas, name))
        offered = offered_mla_actions(client, mla_request(case, status, personas.prosecutor_gb))
        if offered is None:
            assert (name, status) == ("liaison_fr", MlaStatus.DRAFT)  # drafts stay in-house
            continue
        refused_here = mla_request(case, status, personas.prosecutor_gb)
        for action in engine.actions_of(MLA_RULES):
            # A refusal changes nothing, so refusals share one request; an accepted act gets its own.
            request = (
                mla_request(case, status, personas.prosecutor_gb)
                if action in offered
                else refused_here
            )
            response = client.post(
                f"/api/v1/mla-requests/{request.pk}/transitions/",
                {"action": action, "note": "n", "reason": "r", **MLA_EXTRA.get(action, {})},
                format="json",
            )
            accepted = response.status_code == 200
            assert accepted == (action in offered), (name, status, action, response.content)
            if not accepted:
                # The other side's (403), not from this status (409), one that needs a
                # consultation first, or one only a value order's satisfaction records (400,
                # named).
                assert response.status_code in (400, 403, 409), response.content
                if response.status_code == 400:
                    codes = {e["code"] for e in response.json()["errors"]}
                    assert codes in ({"consultation_required"}, {"by_satisfaction_only"}), (
                        response.content
                    )
        refused_here.refresh_from_db()
        assert (refused_here.status, refused_here.version) == (status, 1)


def test_mla_offers_the_sides_their_own_moves(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb)
    share(case, "FR")
    sent = mla_request(case, MlaStatus.SENT, personas.prosecutor_gb)
    assert offered_mla_actions(client_for(personas.prosecutor_gb), sent) == ["withdraw"]
    assert offered_mla_actions(client_for(personas.liaison_fr), sent) == [
        "acknowledge",
        "request_info",
        "consult",
        "refuse",
    ]
    # Postponing needs a consultation first (UNCAC 46(26)): offered once one is recorded.
    act = client_for(personas.liaison_fr).post(
        f"/api/v1/mla-requests/{sent.pk}/transitions/",
        {"action": "consult", "note": "Asked GB whether a postponement harms its case"},
        format="json",
    )
    assert act.status_code == 200, act.content
    sent.refresh_from_db()
    assert offered_mla_actions(client_for(personas.liaison_fr), sent) == [
        "acknowledge",
        "request_info",
        "consult",
        "postpone",
        "refuse",
    ]
    assert offered_mla_actions(client_for(personas.admin_gb), sent) == []
    # A share that does not let FR answer: FR's liaison reads the request, and may not answer.
    CaseShare.objects.filter(case=case, state_id="FR").update(allows_mla_answers=False)
    assert offered_mla_actions(client_for(personas.liaison_fr), sent) == []


def test_mla_list_offers_the_same_as_the_detail_in_constant_queries(
    personas, client_for, django_assert_max_num_queries
) -> None:
    case = make_case(by=personas.prosecutor_gb)
    other = make_case(by=personas.prosecutor2_gb)  # prosecutor_gb is not on its team
    share(case, "FR")
    share(other, "FR")
    for status in MlaStatus.values:
        mla_request(case, status, personas.prosecutor_gb)
        mla_request(other, status, personas.prosecutor2_gb)
    for name in SEEING:
        client = client_for(getattr(personas, name))
        with django_assert_max_num_queries(8):
            listed = client.get("/api/v1/mla-requests/?page_size=100").json()["results"]
        assert listed
        for row in listed:
            detail = client.get(f"/api/v1/mla-requests/{row['id']}/").json()
            assert row["allowed_actions"] == detail["allowed_actions"], (name, row["status"])


def offered_asset_acts(client, asset):
    response = client.get(f"/api/v1/assets/{asset.pk}/actions/")
    assert response.status_code == 200, response.content
    return [act["action"] for act in response.json()]


@pytest.mark.parametrize("stage", RULES_STAGES)
def test_asset_offers_exactly_what_it_accepts(stage, personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb, origin="NG")
    share(case, "FR")
    team = client_for(personas.prosecutor_gb)
    for name in SEEING:
        client = client_for(getattr(personas, name))
        offered = offered_asset_acts(client, drive(team, make_asset(case=case), stage))
        # The team's acts (a value order's satisfaction records its own: not offered here).
        expected = engine.allowed_actions(ASSET_RULES, stage, who={CASE_TEAM})
        assert offered == (expected if name == "prosecutor_gb" else [])
        refused_here = drive(team, make_asset(case=case), stage)
        for action in engine.actions_of(ASSET_RULES):
            if action == "correct_record" and stage == AssetStage.IDENTIFIED:
                continue  # nothing recorded yet to correct: no body can be built
            # A refusal changes nothing, so refusals share one asset; an accepted act gets its own.
            asset = refused_here
            if action in offered:
                asset = prepare(team, drive(team, make_asset(case=case), stage), stage, action)
            response = post_act(client, asset, body_for(asset, action))
            accepted = response.status_code == 200
            assert accepted == (action in offered), (name, stage, action, response.content)
            if not accepted:
                # The other side's (403), not from this status (409), one that needs a
                # consultation first, or one only a value order's satisfaction records (400,
                # named).
                assert response.status_code in (400, 403, 409), response.content
                if response.status_code == 400:
                    codes = {e["code"] for e in response.json()["errors"]}
                    assert codes in ({"consultation_required"}, {"by_satisfaction_only"}), (
                        response.content
                    )
        assert refused_here.transitions.count() == len(PATH_TO[stage])


def test_asset_acts_say_what_their_form_asks(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb, origin="NG")
    asset = make_asset(case=case)
    acts = client_for(personas.prosecutor_gb).get(f"/api/v1/assets/{asset.pk}/actions/").json()
    freeze = next(act for act in acts if act["action"] == "freeze")
    assert freeze["to_stage"] == "frozen"
    assert [req["name"] for req in freeze["requires"]] == ["order", "order_term", "further_order"]
    assert {"order", "amount", "note"} <= set(freeze["carries"])
    assert freeze["bulk"] is True


def test_an_archived_case_offers_nothing(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb, origin="NG")
    share(case, "FR")
    asset = make_asset(case=case)
    sent = mla_request(case, MlaStatus.SENT, personas.prosecutor_gb)
    case_update(case=case, by=personas.prosecutor_gb, changes={"status": "archived"})
    assert offered_asset_acts(client_for(personas.prosecutor_gb), asset) == []
    for name in ("prosecutor_gb", "liaison_fr"):
        assert offered_mla_actions(client_for(getattr(personas, name)), sent) == []


def test_the_acts_of_many_assets_are_those_of_each(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb, origin="NG")
    share(case, "FR")
    team = client_for(personas.prosecutor_gb)
    assets = [drive(team, make_asset(case=case), stage) for stage in RULES_STAGES]
    hidden = make_asset(case=case, restricted=True)
    other_state = make_asset(case=make_case(by=personas.prosecutor_ng))
    asked = [*assets, hidden, other_state]
    query = "&".join(f"asset={asset.pk}" for asset in asked)
    for name in SEEING:
        client = client_for(getattr(personas, name))
        rows = client.get(f"/api/v1/asset-actions/?{query}").json()
        seen = [a for a in asked if client.get(f"/api/v1/assets/{a.pk}/").status_code == 200]
        assert [row["asset"] for row in rows] == [str(a.pk) for a in seen], name  # asked order
        for row in rows:
            one = client.get(f"/api/v1/assets/{row['asset']}/actions/").json()
            assert row["actions"] == one, (name, row["asset"])


def test_the_acts_of_many_assets_cost_the_same_for_one_or_a_page(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb, origin="NG")
    client = client_for(personas.prosecutor_gb)
    one = make_asset(case=case)
    many = [make_asset(case=make_case(by=personas.prosecutor_gb)) for _ in range(12)]

    def queries(assets) -> int:
        url = "/api/v1/asset-actions/?" + "&".join(f"asset={a.pk}" for a in assets)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    assert queries([one]) == queries(many)


def test_asking_too_many_or_none_is_a_clear_400(personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)
    for url in ("/api/v1/asset-actions/", "/api/v1/asset-actions/?asset=not-a-uuid"):
        response = client.get(url)
        assert response.status_code == 400
        assert response["Content-Type"] == "application/problem+json"
    too_many = "&".join(f"asset={uuid.uuid4()}" for _ in range(101))
    assert client.get(f"/api/v1/asset-actions/?{too_many}").status_code == 400
