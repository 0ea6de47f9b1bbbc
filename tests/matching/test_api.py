"""The matches endpoints and decisions: who sees which match, who decides, what is recorded."""

from __future__ import annotations

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.models import AuditEvent
from matching.models import CaseLink, MatchDecision
from tests.factories import make_asset, make_case, make_subject, share
from tests.matching.conftest import indexed, only_result

pytestmark = pytest.mark.django_db

NAME = "Viktor Fedorovych Yanukovych"
CYRILLIC = "Янукович Віктор Федорович"
PINNED_QUERIES = 7
LINKS_PINNED_QUERIES = 5


@pytest.fixture
def world(personas):  # type: ignore[no-untyped-def]
    gb = personas.prosecutor_gb
    first, second = make_case(by=gb), make_case(by=gb)
    share(first, "FR")
    ng_case = make_case(by=personas.prosecutor_ng)
    subject = indexed(make_subject(case=first, name=NAME))
    other = indexed(make_subject(case=second, name=CYRILLIC))
    ng_subject = indexed(make_subject(case=ng_case, name=NAME))
    return {"subject": subject, "other": other, "ng_subject": ng_subject, "second": second}


def _url(subject) -> str:  # type: ignore[no-untyped-def]
    return f"/api/v1/subjects/{subject.pk}/matches/"


def test_the_list_names_the_matched_subject_case_and_explanation(
    world, personas, client_for
) -> None:  # type: ignore[no-untyped-def]
    match = only_result(client_for(personas.prosecutor_gb), _url(world["subject"]))
    assert match["matched"] == {
        "id": str(world["other"].pk),
        "kind": "person",
        "name": CYRILLIC,
        "case": str(world["second"].pk),
        "case_reference": world["second"].reference,
    }
    assert match["algorithm"] == "logic-v2"
    assert match["score"] >= 0.7
    assert "name_match" in match["explanation"]
    assert match["judgement"] is None


def test_an_ng_prosecutor_gets_404_for_a_gb_subject_and_no_gb_match(
    world, personas, client_for
) -> None:  # type: ignore[no-untyped-def]
    ng = client_for(personas.prosecutor_ng)
    assert ng.get(_url(world["subject"])).status_code == 404
    body = ng.get(_url(world["ng_subject"])).json()
    assert body["count"] == 0
    text = str(body)
    assert str(world["subject"].case_id) not in text


def test_a_liaison_sees_no_match_outside_their_shared_cases(world, personas, client_for) -> None:  # type: ignore[no-untyped-def]
    fr = client_for(personas.liaison_fr)
    assert fr.get(_url(world["subject"])).json()["count"] == 0  # the other case is not shared
    assert fr.get(_url(world["other"])).status_code == 404
    share(world["second"], "FR")
    assert fr.get(_url(world["subject"])).json()["count"] == 1
    assert client_for(personas.liaison_ch).get(_url(world["subject"])).status_code == 404


def test_the_list_runs_a_constant_number_of_queries(world, personas, client_for) -> None:  # type: ignore[no-untyped-def]
    client = client_for(personas.prosecutor_gb)
    client.get(_url(world["subject"]))  # sign-in and first-use costs
    with CaptureQueriesContext(connection) as one:
        assert client.get(_url(world["subject"])).json()["count"] == 1
    for _ in range(3):
        indexed(make_subject(case=make_case(by=personas.prosecutor_gb), name=NAME))
    with CaptureQueriesContext(connection) as four:
        assert client.get(_url(world["subject"])).json()["count"] == 4
    # The same for one match or four: the subject, the candidates, their nationalities and
    # the decisions are one query each, whatever their number.
    assert len(one) == len(four)
    assert len(one) == PINNED_QUERIES


def test_a_positive_decision_links_the_cases_and_is_audited(world, personas, client_for) -> None:  # type: ignore[no-untyped-def]
    client = client_for(personas.prosecutor_gb)
    (match,) = client.get(_url(world["subject"])).json()["results"]
    url = f"{_url(world['subject'])}{match['id']}/decision/"
    response = client.post(url, {"judgement": "positive"}, format="json")
    assert response.status_code == 200
    assert response.json()["linked_case"] == str(world["second"].pk)
    link = CaseLink.objects.get()
    assert (link.case_id, link.other_case_id) == (world["subject"].case_id, world["second"].pk)
    event = AuditEvent.objects.get(action="match.decided")
    assert event.case_id == world["subject"].case_id
    assert event.restricted
    assert event.changes["after"]["judgement"] == "positive"
    # Seen from the other side, the same match carries the decision.
    (back,) = client.get(_url(world["other"])).json()["results"]
    assert back["id"] == match["id"]
    assert back["judgement"] == "positive"
    # Changing one's mind takes the link away.
    assert client.post(url, {"judgement": "negative"}, format="json").status_code == 200
    assert not CaseLink.objects.exists()
    assert MatchDecision.objects.get().judgement == "negative"
    assert AuditEvent.objects.filter(action="match.decided").count() == 2


def test_only_the_case_team_decides(world, personas, client_for) -> None:  # type: ignore[no-untyped-def]
    (match,) = client_for(personas.prosecutor_gb).get(_url(world["subject"])).json()["results"]
    url = f"{_url(world['subject'])}{match['id']}/decision/"
    body = {"judgement": "positive"}
    assert client_for(personas.prosecutor2_gb).post(url, body, format="json").status_code == 403
    assert client_for(personas.liaison_fr).post(url, body, format="json").status_code == 403
    assert client_for(personas.prosecutor_ng).post(url, body, format="json").status_code == 404
    assert not MatchDecision.objects.exists()


def test_a_bad_judgement_or_an_unknown_match(world, personas, client_for) -> None:  # type: ignore[no-untyped-def]
    client = client_for(personas.prosecutor_gb)
    (match,) = client.get(_url(world["subject"])).json()["results"]
    url = f"{_url(world['subject'])}{match['id']}/decision/"
    response = client.post(url, {"judgement": "no_judgement"}, format="json")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    assert response.json()["errors"][0]["attr"] == "judgement"
    unknown = f"{_url(world['subject'])}{uuid.uuid4()}/decision/"
    assert client.post(unknown, {"judgement": "positive"}, format="json").status_code == 404
    # The match of an NG subject is no match of GB's, even by its id.
    ng_match = client_for(personas.prosecutor_ng).get(_url(world["ng_subject"])).json()
    assert ng_match["count"] == 0


def test_asset_matches_and_decision(personas, client_for) -> None:  # type: ignore[no-untyped-def]
    gb = personas.prosecutor_gb
    details = {"bank_name": "Example Bank", "currency": "GBP"}
    one = indexed(
        make_asset(
            case=make_case(by=gb),
            kind="bank_account",
            description="Account",
            details={**details, "iban": "GB82 WEST 1234 5698 7654 32"},
        )
    )
    other_case = make_case(by=gb)
    other = indexed(
        make_asset(
            case=other_case,
            kind="bank_account",
            description="Account",
            details={**details, "iban": "gb82west12345698765432"},
        )
    )
    client = client_for(gb)
    (match,) = client.get(f"/api/v1/assets/{one.pk}/matches/").json()["results"]
    assert match["matched"]["id"] == str(other.pk)
    assert match["matched"]["case_reference"] == other_case.reference
    response = client.post(
        f"/api/v1/assets/{one.pk}/matches/{match['id']}/decision/",
        {"judgement": "unsure"},
        format="json",
    )
    assert response.status_code == 200
    assert response.json()["linked_case"] is None
    assert (
        client_for(personas.prosecutor_ng).get(f"/api/v1/assets/{one.pk}/matches/").status_code
        == 404
    )


def test_a_confirmed_match_is_a_link_both_cases_show(world, personas, client_for) -> None:  # type: ignore[no-untyped-def]
    client = client_for(personas.prosecutor_gb)
    (match,) = client.get(_url(world["subject"])).json()["results"]
    client.post(
        f"{_url(world['subject'])}{match['id']}/decision/", {"judgement": "positive"}, format="json"
    )
    first = world["subject"].case
    body = client.get(f"/api/v1/cases/{first.pk}/links/").json()
    assert body["count"] == 1
    assert body["results"][0]["linked_case"]["reference"] == world["second"].reference
    assert body["results"][0]["match"] == match["id"]
    # Each side names its own record of the pair, where its link chart draws the link from.
    assert body["results"][0]["record"] == str(world["subject"].pk)
    back = client.get(f"/api/v1/cases/{world['second'].pk}/links/").json()
    assert back["results"][0]["linked_case"]["id"] == str(first.pk)
    assert back["results"][0]["record"] == str(world["other"].pk)
    # A partner state sees the (shared) case, but not the team's links; NG not even the case.
    assert (
        client_for(personas.liaison_fr).get(f"/api/v1/cases/{first.pk}/links/").json()["count"] == 0
    )
    assert (
        client_for(personas.prosecutor_ng).get(f"/api/v1/cases/{first.pk}/links/").status_code
        == 404
    )


def test_the_links_list_runs_a_constant_number_of_queries(world, personas, client_for) -> None:  # type: ignore[no-untyped-def]
    gb = personas.prosecutor_gb
    client = client_for(gb)
    first = world["subject"].case
    links_url = f"/api/v1/cases/{first.pk}/links/"

    def confirm_all() -> None:
        for match in client.get(_url(world["subject"])).json()["results"]:
            decision = f"{_url(world['subject'])}{match['id']}/decision/"
            client.post(decision, {"judgement": "positive"}, format="json")

    confirm_all()
    client.get(links_url)  # first-use costs
    with CaptureQueriesContext(connection) as one:
        assert client.get(links_url).json()["count"] == 1
    for _ in range(2):
        indexed(make_subject(case=make_case(by=gb), name=NAME))
    confirm_all()
    with CaptureQueriesContext(connection) as three:
        body = client.get(links_url).json()
    assert body["count"] == 3
    # The other case and the record of each link come with the links, whatever their number.
    assert len({row["record"] for row in body["results"]}) == 1
    assert len(one) == len(three)
    assert len(one) == LINKS_PINNED_QUERIES
