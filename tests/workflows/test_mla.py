"""MLA requests: drafting, sending, the requested state's answers, the rules table walked."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from cases.models import CaseShare
from core import engine
from deadlines.models import Deadline, DeadlineKind
from tests.factories import make_asset, make_case, share
from workflows.mla_models import MlaRequest, MlaStatus, MlaTransition
from workflows.mla_rules import (
    MLA_RULES,
    MLA_RULES_BY_DIRECTION,
    REQUESTED_SIDE,
    REQUESTING_SIDE,
)

pytestmark = pytest.mark.django_db


def due() -> str:
    return (timezone.now().date() + timedelta(days=30)).isoformat()


@pytest.fixture
def case(personas):
    return make_case(by=personas.prosecutor_gb)


def draft(client, case, **extra):
    body = {
        "case": str(case.pk),
        "kind": "freeze",
        "requested_state": "FR",
        "due_on": due(),
        "description": "Freeze the Paris apartment",
        **extra,
    }
    response = client.post("/api/v1/mla-requests/", body, format="json")
    assert response.status_code == 201, response.content
    return response.json()


def act(client, request_id, action, **extra):
    return client.post(
        f"/api/v1/mla-requests/{request_id}/transitions/",
        {"action": action, **extra},
        format="json",
    )


def test_draft_offers_the_share_or_performs_it(case, personas, client_for) -> None:
    team = client_for(personas.prosecutor_gb)
    offered = draft(team, case)
    assert offered["requested_state_sees_case"] is False
    assert offered["requesting_state"] == "GB"
    assert not CaseShare.objects.filter(case=case).exists()
    shared = draft(team, case, share_with_requested_state=True)
    assert shared["requested_state_sees_case"] is True
    assert CaseShare.objects.active().filter(case=case, state_id="FR").exists()


def test_life_of_a_request(case, personas, client_for) -> None:
    team = client_for(personas.prosecutor_gb)
    liaison = client_for(personas.liaison_fr)
    request = draft(team, case, share_with_requested_state=True)
    rid = request["id"]
    assert liaison.get(f"/api/v1/mla-requests/{rid}/").status_code == 404  # a draft is internal
    sent = act(team, rid, "send")
    assert sent.status_code == 200
    assert sent.json()["status"] == "sent"
    deadline = Deadline.objects.get(kind=DeadlineKind.MLA_RESPONSE, source_id=rid)
    assert deadline.open
    assert deadline.acting_state_id == "FR"

    seen = liaison.get(f"/api/v1/mla-requests/{rid}/")
    assert seen.status_code == 200
    assert "internal_notes" not in seen.json()
    assert act(liaison, rid, "acknowledge").json()["status"] == "acknowledged"
    assert (
        act(liaison, rid, "request_info", note="Which account numbers?", reply_due_on=due()).json()[
            "status"
        ]
        == "info_requested"
    )
    assert act(team, rid, "provide_info", note="IBAN FR14...").json()["status"] == "acknowledged"
    assert act(liaison, rid, "start_execution").json()["status"] == "in_execution"
    done = act(liaison, rid, "execute", note="Frozen by order of the juge d'instruction")
    assert done.json()["status"] == "executed"
    deadline.refresh_from_db()
    assert not deadline.open
    history = team.get(f"/api/v1/mla-requests/{rid}/transitions/").json()
    assert [t["action"] for t in history["results"]] == [
        "send",
        "acknowledge",
        "request_info",
        "provide_info",
        "start_execution",
        "execute",
    ]


def test_requirements_and_conflicts(case, personas, client_for) -> None:
    team = client_for(personas.prosecutor_gb)
    liaison = client_for(personas.liaison_fr)
    request = draft(team, case, share_with_requested_state=True, due_on=None)
    rid = request["id"]
    missing_due = act(team, rid, "send")
    assert missing_due.status_code == 400
    assert missing_due.json()["errors"][0]["attr"] == "due_on"
    team.patch(f"/api/v1/mla-requests/{rid}/", {"due_on": due()}, format="json")
    act(team, rid, "send")
    refusal = act(liaison, rid, "refuse")
    assert refusal.status_code == 400
    assert refusal.json()["errors"][0]["attr"] == "reason"
    wrong = act(liaison, rid, "execute")
    assert wrong.status_code == 409
    assert wrong.json()["current_status"] == "sent"
    assert set(wrong.json()["allowed_actions"]) == set(
        engine.allowed_actions(MLA_RULES_BY_DIRECTION["outgoing"], "sent")
    )
    no_grounds = act(liaison, rid, "refuse", reason="Dual criminality not met")
    assert no_grounds.status_code == 400
    assert no_grounds.json()["errors"][0]["attr"] == "refusal_grounds"
    refused = act(
        liaison,
        rid,
        "refuse",
        reason="Dual criminality not met",
        refusal_grounds=["dual_criminality_46_9"],
    )
    assert refused.json()["refusal_reason"] == "Dual criminality not met"
    assert refused.json()["refusal_grounds"] == ["dual_criminality_46_9"]


def test_only_the_right_side_acts(case, personas, client_for) -> None:
    team = client_for(personas.prosecutor_gb)
    request = draft(team, case, share_with_requested_state=True)
    rid = request["id"]
    assert act(client_for(personas.liaison_fr), rid, "send").status_code == 404  # a draft
    assert act(client_for(personas.prosecutor2_gb), rid, "send").status_code == 403
    assert act(client_for(personas.prosecutor_ng), rid, "send").status_code == 404
    act(team, rid, "send")
    assert act(team, rid, "acknowledge").status_code == 403
    share(case, "CH")
    # CH sees the case but not a request addressed to FR.
    assert client_for(personas.liaison_ch).get(f"/api/v1/mla-requests/{rid}/").status_code == 404
    assert act(client_for(personas.liaison_ch), rid, "acknowledge").status_code == 404
    # A share that does not allow answering: the liaison reads but may not answer.
    CaseShare.objects.filter(case=case, state_id="FR").update(allows_mla_answers=False)
    assert client_for(personas.liaison_fr).get(f"/api/v1/mla-requests/{rid}/").status_code == 200
    assert act(client_for(personas.liaison_fr), rid, "acknowledge").status_code == 403


def test_stale_if_match(case, personas, client_for) -> None:
    team = client_for(personas.prosecutor_gb)
    rid = draft(team, case, share_with_requested_state=True)["id"]
    etag = team.get(f"/api/v1/mla-requests/{rid}/")["ETag"]
    assert (
        team.post(
            f"/api/v1/mla-requests/{rid}/transitions/",
            {"action": "send"},
            format="json",
            HTTP_IF_MATCH=etag,
        ).status_code
        == 200
    )
    assert (
        team.post(
            f"/api/v1/mla-requests/{rid}/transitions/",
            {"action": "withdraw"},
            format="json",
            HTTP_IF_MATCH=etag,
        ).status_code
        == 412
    )
    assert MlaRequest.objects.get(pk=rid).status == "sent"


def test_assets_must_be_of_the_case_and_restricted_ones_stay_hidden(
    case, personas, client_for
) -> None:
    team = client_for(personas.prosecutor_gb)
    other = make_asset(case=make_case(by=personas.prosecutor_gb))
    refused = team.post(
        "/api/v1/mla-requests/",
        {
            "case": str(case.pk),
            "kind": "freeze",
            "requested_state": "FR",
            "assets": [str(other.pk)],
        },
        format="json",
    )
    assert refused.status_code == 400
    open_asset = make_asset(case=case)
    hidden = make_asset(case=case, restricted=True)
    request = draft(
        team, case, share_with_requested_state=True, assets=[str(open_asset.pk), str(hidden.pk)]
    )
    act(team, request["id"], "send")
    assert sorted(request["assets"]) == sorted([str(open_asset.pk), str(hidden.pk)])
    seen = client_for(personas.liaison_fr).get(f"/api/v1/mla-requests/{request['id']}/").json()
    assert seen["assets"] == [str(open_asset.pk)]
    listed = client_for(personas.liaison_fr).get("/api/v1/mla-requests/").json()["results"][0]
    assert listed["assets"] == [str(open_asset.pk)]


RULE_CASES = [
    pytest.param(direction, rule, state, id=f"{direction}-{state}-{rule.action}")
    for direction, rules in MLA_RULES_BY_DIRECTION.items()
    for rule in rules
    for state in rule.from_states
]

# Who stands for each side, by direction (the table in workflows.mla_rules): GB's team and FR's
# liaison, for a request from GB to FR (outgoing) or from FR to GB (incoming).
SIDE_ACTOR = {
    ("outgoing", REQUESTING_SIDE): "prosecutor_gb",
    ("outgoing", REQUESTED_SIDE): "liaison_fr",
    ("incoming", REQUESTING_SIDE): "liaison_fr",
    ("incoming", REQUESTED_SIDE): "prosecutor_gb",
}
# What each action needs besides the note and reason (`mla_rules.REQUIREMENTS`).
EXTRA = {
    "request_info": lambda: {"reply_due_on": due()},
    "refuse": lambda: {"refusal_grounds": ["uncac_46_21"]},
}


def request_between_gb_and_fr(case, direction, status, by, **fields):
    outgoing = direction == "outgoing"
    return MlaRequest.objects.create(
        case=case,
        kind="evidence",
        direction=direction,
        requesting_state_id="GB" if outgoing else "FR",
        requested_state_id="FR" if outgoing else "GB",
        status=status,
        created_by=by,
        **fields,
    )


def consulted(request, by) -> None:
    MlaTransition.objects.create(
        request=request,
        sequence=1,
        action="consult",
        from_status=request.status,
        to_status=request.status,
        note="Consulted by video call",
        performed_by=by,
    )


@pytest.mark.parametrize(("direction", "rule", "state"), RULE_CASES)
def test_every_row_of_the_table_in_both_directions(
    direction, rule, state, case, personas, client_for
) -> None:
    share(case, "FR")
    request = request_between_gb_and_fr(
        case,
        direction,
        state,
        personas.prosecutor_gb,
        due_on=timezone.now().date() + timedelta(days=10),
    )
    if "consulted" in rule.requires:
        consulted(request, personas.prosecutor_gb)
    # A draft is the team's alone: it records an incoming request received, or withdrawn.
    name = "prosecutor_gb" if state == MlaStatus.DRAFT else SIDE_ACTOR[(direction, rule.who)]
    actor = getattr(personas, name)
    extra = EXTRA.get(rule.action, dict)()
    response = act(client_for(actor), request.pk, rule.action, note="n", reason="r", **extra)
    assert response.status_code == 200, response.content
    assert response.json()["status"] == rule.target(state)
    assert MlaTransition.objects.filter(request=request, action=rule.action).count() == 1


@pytest.mark.parametrize(("direction", "rule", "state"), RULE_CASES)
def test_the_other_side_may_not(direction, rule, state, case, personas, client_for) -> None:
    """The side that does not own the row is refused (403; a liaison does not see a draft:
    404). The team records an incoming request's requesting side from its letters, so there
    only the liaison's refusal is checked."""
    share(case, "FR")
    request = request_between_gb_and_fr(
        case, direction, state, personas.prosecutor_gb, due_on=timezone.now().date()
    )
    others = {"prosecutor_gb", "liaison_fr"} - {SIDE_ACTOR[(direction, rule.who)]}
    if direction == "incoming":
        others.discard("prosecutor_gb")
    for name in others:
        extra = EXTRA.get(rule.action, dict)()
        response = act(
            client_for(getattr(personas, name)),
            request.pk,
            rule.action,
            note="n",
            reason="r",
            **extra,
        )
        assert response.status_code == (404 if state == MlaStatus.DRAFT else 403), name
    assert not MlaTransition.objects.filter(request=request).exists()


NOT_ALLOWED = [
    pytest.param(direction, state, action, id=f"{direction}-{state}-{action}")
    for direction, rules in MLA_RULES_BY_DIRECTION.items()
    for state in MlaStatus.values
    for action in engine.actions_of(MLA_RULES)
    if action not in engine.allowed_actions(rules, state)
]


@pytest.mark.parametrize(("direction", "state", "action"), NOT_ALLOWED)
def test_everything_else_is_409(direction, state, action, case, personas, client_for) -> None:
    share(case, "FR")
    request = request_between_gb_and_fr(
        case, direction, state, personas.prosecutor_gb, due_on=timezone.now().date()
    )
    for actor in (personas.prosecutor_gb, personas.liaison_fr):
        response = act(client_for(actor), request.pk, action, note="n", reason="r")
        if state == MlaStatus.DRAFT and actor == personas.liaison_fr:
            assert response.status_code == 404  # drafts are not shown to partners
            continue
        assert response.status_code == 409
        assert response.json()["current_status"] == state
    assert not MlaTransition.objects.filter(request=request).exists()


def test_the_docs_show_exactly_the_rules_tables_of_both_directions() -> None:
    from workflows.rules_docs import rendered, sections

    for path, generated in sections().items():
        assert rendered(path, generated) == path.read_text(encoding="utf-8"), (
            f"{path.name} is out of date: run `python manage.py write_rules_docs`"
        )
    mla = (Path(__file__).resolve().parents[2] / "docs" / "mla-lifecycle.md").read_text()
    assert "`receive`" in mla.split("## Incoming requests")[1]
    assert "`receive`" not in mla.split("## Outgoing requests")[1].split("## Incoming")[0]
