"""The case file over the API: create, edit with If-Match, search; invisible to other states."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from audit.models import AuditEvent
from cases.models import Asset, Case, Subject
from tests.factories import make_asset, make_case, make_subject

pytestmark = pytest.mark.django_db


def create(client: APIClient, path: str, body: dict[str, Any]) -> dict[str, Any]:
    response = client.post(path, body, format="json")
    assert response.status_code == 201, response.json()
    return response.json()


def problem_attrs(response) -> set[str]:
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    return {error["attr"] for error in response.json()["errors"]}


@pytest.fixture
def gb(personas, client_for) -> APIClient:
    return client_for(personas.prosecutor_gb)


def build_case_file(gb: APIClient, personas) -> dict[str, Any]:
    """The acceptance walk of issue 3, as prosecutor_gb, over the API only."""
    case = create(
        gb,
        "/api/v1/cases/",
        {
            "title": "Petroleum ministry embezzlement",
            "summary": "Diverted crude oil revenue, 2011-2015.",
            "origin_state": "NG",
            "offence_category": "embezzlement",
            "team": [str(personas.prosecutor2_gb.id)],
            "jurisdictions": [
                {"state": "NG", "role": "origin"},
                {"state": "CH", "role": "asset_location"},
                {"state": "AE", "role": "transit"},
            ],
        },
    )
    official = create(
        gb,
        "/api/v1/subjects/",
        {
            "case": case["id"],
            "kind": "person",
            "role": "official",
            "name": "Alhaji Example Minister",
            "aliases": ["A. E. Minister"],
            "date_of_birth": "1960-12-06",
            "nationalities": ["NG"],
            "identifiers": [{"type": "passport", "value": "A01234567", "country": "NG"}],
            "occupancies": [
                {
                    "position": "Minister of Petroleum Resources",
                    "institution": "Federal Government",
                    "country": "NG",
                    "start_date": "2010-04-06",
                    "end_date": "2015-05-29",
                }
            ],
        },
    )
    relative = create(
        gb,
        "/api/v1/subjects/",
        {
            "case": case["id"],
            "kind": "person",
            "role": "family",
            "name": "Junior Example",
            "related_to": official["id"],
            "relationship": "son",
        },
    )
    company = create(
        gb,
        "/api/v1/subjects/",
        {
            "case": case["id"],
            "kind": "organization",
            "role": "corporate_vehicle",
            "name": "Atlantic Holdings Ltd",
            "organization_type": "company",
            "incorporation_state": "VG",
            "identifiers": [{"type": "company_number", "value": "1876543", "country": "VG"}],
            "related_to": official["id"],
            "relationship": "nominee vehicle",
        },
    )
    assets = [
        create(
            gb,
            "/api/v1/assets/",
            {
                "case": case["id"],
                "kind": "bank_account",
                "description": "Private banking account, Geneva",
                "details": {"iban": "CH93 0076 2011 6238 5295 7", "bank_name": "Example Bank SA"},
                "jurisdiction": "CH",
                "source": "Bank records",
                "holder": company["id"],
                "beneficial_owner": official["id"],
                "estimated_value": {"amount": "15300000.00", "currency": "USD"},
            },
        ),
        create(
            gb,
            "/api/v1/assets/",
            {
                "case": case["id"],
                "kind": "real_estate",
                "description": "Flat, Kensington",
                "details": {"address": "1 Example Gardens, London W8", "title_number": "NGL12345"},
                "jurisdiction": "GB",
                "source": "Bank records",
                "holder": company["id"],
                "estimated_value": {"amount": "4750000.00", "currency": "GBP"},
            },
        ),
        create(
            gb,
            "/api/v1/assets/",
            {
                "case": case["id"],
                "kind": "vessel",
                "description": "Motor yacht",
                "details": {
                    "name": "GALACTICA EXAMPLE",
                    "imo_number": "9074729",
                    "flag_state": "MT",
                },
                "jurisdiction": "MT",
                "source": "Bank records",
                "holder": relative["id"],
                "estimated_value": {"amount": "80000000.00", "currency": "EUR"},
            },
        ),
        create(
            gb,
            "/api/v1/assets/",
            {
                "case": case["id"],
                "kind": "securities",
                "description": "Equity portfolio",
                "details": {"isin": "US0378331005", "custodian": "Example Custody"},
                "jurisdiction": "US",
                "source": "Bank records",
                "not_yet_valued": True,
                "holder": official["id"],
                "restricted": True,
            },
        ),
    ]
    return {"case": case, "subjects": [official, relative, company], "assets": assets}


def test_prosecutor_builds_a_case_file(gb, personas) -> None:
    built = build_case_file(gb, personas)
    case = built["case"]
    assert case["reference"].startswith("GB-")
    assert case["owner_state"] == "GB"
    assert case["origin_state"] == "NG"
    assert case["uncac_art57_tier"] == "a"
    assert {m["username"] for m in case["team"]} == {"prosecutor_gb", "prosecutor2_gb"}
    assert {(j["state"], j["role"]) for j in case["jurisdictions"]} == {
        ("NG", "origin"),
        ("CH", "asset_location"),
        ("AE", "transit"),
    }
    official = built["subjects"][0]
    assert official["occupancies"][0]["position"] == "Minister of Petroleum Resources"
    assert official["nationalities"] == ["NG"]
    account = built["assets"][0]
    assert account["details"]["iban"] == "CH9300762011623852957"
    assert account["estimated_value"] == {"amount": "15300000.00", "currency": "USD"}
    assert account["stage"] == "identified"

    # Every write left one audit event in the case's chain.
    assert AuditEvent.objects.filter(case_id=case["id"]).count() == 1 + 3 + 4


def test_edit_with_if_match_and_stale_etag(gb, personas) -> None:
    case = make_case(by=personas.prosecutor_gb)
    url = f"/api/v1/cases/{case.id}/"
    etag = gb.get(url)["ETag"]
    assert etag == '"1"'

    changed = gb.patch(url, {"title": "Renamed"}, format="json", HTTP_IF_MATCH=etag)
    assert changed.status_code == 200
    assert changed.json()["title"] == "Renamed"
    assert changed["ETag"] == '"2"'

    stale = gb.patch(url, {"title": "Lost update"}, format="json", HTTP_IF_MATCH=etag)
    assert stale.status_code == 412
    assert stale["Content-Type"] == "application/problem+json"
    assert Case.objects.get(pk=case.pk).title == "Renamed"

    for garbage in ['W/"2"', "abc", '"99999999999"']:
        assert (
            gb.patch(url, {"title": "x"}, format="json", HTTP_IF_MATCH=garbage).status_code == 412
        )


@pytest.mark.parametrize(
    ("path", "make"),
    [
        ("subjects", lambda case: make_subject(case=case)),
        ("assets", lambda case: make_asset(case=case)),
    ],
)
def test_children_have_etags_too(gb, personas, path, make) -> None:
    obj = make(make_case(by=personas.prosecutor_gb))
    url = f"/api/v1/{path}/{obj.id}/"
    etag = gb.get(url)["ETag"]
    ok = gb.patch(url, {"restricted": True}, format="json", HTTP_IF_MATCH=etag)
    assert ok.status_code == 200
    assert (
        gb.patch(url, {"restricted": False}, format="json", HTTP_IF_MATCH=etag).status_code == 412
    )


def test_search_finds_by_reference_title_and_subject_name(gb, personas) -> None:
    built = build_case_file(gb, personas)
    make_case(by=personas.prosecutor_gb, title="Unrelated bribery case")
    reference = built["case"]["reference"]
    for term in [reference, "petroleum", "Atlantic Holdings", "junior"]:
        found = gb.get("/api/v1/cases/", {"q": term}).json()
        assert [c["reference"] for c in found["results"]] == [reference], term
    subjects = gb.get("/api/v1/subjects/", {"q": "A. E. Minister"}).json()
    assert [s["name"] for s in subjects["results"]] == ["Alhaji Example Minister"]


def test_other_states_see_nothing_of_it(gb, personas, client_for) -> None:
    built = build_case_file(gb, personas)
    objects = [
        ("cases", built["case"]["id"]),
        *[("subjects", s["id"]) for s in built["subjects"]],
        *[("assets", a["id"]) for a in built["assets"]],
    ]
    for outsider in (personas.prosecutor_ng, personas.liaison_fr, personas.liaison_us):
        client = client_for(outsider)
        for path, object_id in objects:
            response = client.get(f"/api/v1/{path}/{object_id}/")
            assert response.status_code == 404, (outsider.username, path)
            patched = client.patch(f"/api/v1/{path}/{object_id}/", {"title": "x"}, format="json")
            assert patched.status_code == 404
        for path in ("cases", "subjects", "assets"):
            listing = client.get(f"/api/v1/{path}/").json()
            assert listing["count"] == 0
            assert listing["results"] == []
            assert client.get(f"/api/v1/{path}/", {"q": "Example"}).json()["count"] == 0
        assert client.get("/api/v1/cases/", {"q": built["case"]["reference"]}).json()["count"] == 0


def test_same_state_prosecutor_outside_the_team_reads_but_cannot_change(personas, client_for):
    case = make_case(by=personas.prosecutor_gb)
    asset = make_asset(case=case)
    other = client_for(personas.prosecutor2_gb)
    assert other.get(f"/api/v1/cases/{case.id}/").status_code == 200
    assert (
        other.patch(f"/api/v1/cases/{case.id}/", {"title": "x"}, format="json").status_code == 403
    )
    assert (
        other.patch(f"/api/v1/assets/{asset.id}/", {"description": "x"}, format="json").status_code
        == 403
    )
    denied = other.post(
        "/api/v1/subjects/",
        {"case": str(case.id), "kind": "person", "role": "official", "name": "X"},
        format="json",
    )
    assert denied.status_code == 403
    assert Subject.objects.filter(case=case).count() == 0


def test_liaisons_and_admins_cannot_open_cases(personas, client_for) -> None:
    body = {"title": "x", "origin_state": "NG", "offence_category": "bribery"}
    for user in (personas.liaison_fr, personas.admin_gb):
        assert client_for(user).post("/api/v1/cases/", body, format="json").status_code == 403
    assert Case.objects.count() == 0


def test_cases_are_never_deleted(gb, personas) -> None:
    case = make_case(by=personas.prosecutor_gb)
    assert gb.delete(f"/api/v1/cases/{case.id}/").status_code == 405
    archived = gb.patch(f"/api/v1/cases/{case.id}/", {"status": "archived"}, format="json")
    assert archived.status_code == 200
    assert archived.json()["closed_on"] is not None
    assert Case.objects.filter(pk=case.pk).exists()


def test_archived_case_takes_no_new_children(gb, personas) -> None:
    case = make_case(by=personas.prosecutor_gb)
    gb.patch(f"/api/v1/cases/{case.id}/", {"status": "archived"}, format="json")
    response = gb.post(
        "/api/v1/subjects/",
        {"case": str(case.id), "kind": "person", "role": "official", "name": "X"},
        format="json",
    )
    assert problem_attrs(response) == {"case"}


class TestValidation:
    def test_unknown_currency_and_negative_amount(self, gb, personas) -> None:
        case = make_case(by=personas.prosecutor_gb)
        base = {
            "case": str(case.id),
            "kind": "cash",
            "description": "Cash",
            "jurisdiction": "GB",
            "source": "Bank records",
            "not_yet_valued": True,
            "details": {"location": "Safe deposit box"},
        }
        bad_currency = gb.post(
            "/api/v1/assets/",
            {**base, "estimated_value": {"amount": "1.00", "currency": "XYZ"}},
            format="json",
        )
        assert problem_attrs(bad_currency) == {"estimated_value.currency"}
        negative = gb.post(
            "/api/v1/assets/",
            {**base, "estimated_value": {"amount": "-5.00", "currency": "USD"}},
            format="json",
        )
        assert problem_attrs(negative) == {"estimated_value.amount"}
        float_like = gb.post(
            "/api/v1/assets/",
            {**base, "estimated_value": {"amount": "1.005", "currency": "USD"}},
            format="json",
        )
        assert problem_attrs(float_like) == {"estimated_value.amount"}
        assert Asset.objects.count() == 0

    def test_unknown_state_codes(self, gb, personas) -> None:
        response = gb.post(
            "/api/v1/cases/",
            {
                "title": "x",
                "origin_state": "XX",
                "offence_category": "bribery",
                "jurisdictions": [{"state": "Q1", "role": "transit"}],
            },
            format="json",
        )
        assert problem_attrs(response) == {"origin_state", "jurisdictions.0.state"}

    def test_occupancy_end_before_start(self, gb, personas) -> None:
        case = make_case(by=personas.prosecutor_gb)
        response = gb.post(
            "/api/v1/subjects/",
            {
                "case": str(case.id),
                "kind": "person",
                "role": "official",
                "name": "X",
                "occupancies": [
                    {
                        "position": "Minister",
                        "country": "NG",
                        "start_date": "2015-01-01",
                        "end_date": "2014-01-01",
                    }
                ],
            },
            format="json",
        )
        assert problem_attrs(response) == {"occupancies.0.end_date"}

    def test_case_closed_before_opened(self, gb, personas) -> None:
        case = make_case(by=personas.prosecutor_gb)
        response = gb.patch(
            f"/api/v1/cases/{case.id}/",
            {"status": "closed", "opened_on": "2026-01-10", "closed_on": "2026-01-01"},
            format="json",
        )
        assert problem_attrs(response) == {"closed_on"}

    def test_holder_from_another_case(self, gb, personas) -> None:
        case = make_case(by=personas.prosecutor_gb)
        other_case = make_case(by=personas.prosecutor_gb)
        stranger = make_subject(case=other_case)
        response = gb.post(
            "/api/v1/assets/",
            {
                "case": str(case.id),
                "kind": "cash",
                "description": "Cash",
                "jurisdiction": "GB",
                "source": "Bank records",
                "not_yet_valued": True,
                "details": {"location": "Vault"},
                "holder": str(stranger.id),
            },
            format="json",
        )
        assert problem_attrs(response) == {"holder"}
        relation = gb.post(
            "/api/v1/subjects/",
            {
                "case": str(case.id),
                "kind": "person",
                "role": "family",
                "name": "X",
                "related_to": str(stranger.id),
            },
            format="json",
        )
        assert problem_attrs(relation) == {"related_to"}
        assert Asset.objects.count() == 0

    def test_team_member_from_another_state(self, gb, personas) -> None:
        response = gb.post(
            "/api/v1/cases/",
            {
                "title": "x",
                "origin_state": "NG",
                "offence_category": "bribery",
                "team": [str(personas.prosecutor_ng.id)],
            },
            format="json",
        )
        assert problem_attrs(response) == {"team"}
        liaison = gb.post(
            "/api/v1/cases/",
            {
                "title": "x",
                "origin_state": "NG",
                "offence_category": "bribery",
                "lead_prosecutor": str(personas.liaison_fr.id),
            },
            format="json",
        )
        assert problem_attrs(liaison) == {"lead_prosecutor"}

    def test_strings_too_long(self, gb, personas) -> None:
        response = gb.post(
            "/api/v1/cases/",
            {"title": "x" * 201, "origin_state": "NG", "offence_category": "bribery"},
            format="json",
        )
        assert problem_attrs(response) == {"title"}
        too_long_search = gb.get("/api/v1/cases/", {"q": "x" * 201})
        assert problem_attrs(too_long_search) == {"q"}

    def test_asset_details_are_checked_per_kind(self, gb, personas) -> None:
        case = make_case(by=personas.prosecutor_gb)
        response = gb.post(
            "/api/v1/assets/",
            {
                "case": str(case.id),
                "kind": "bank_account",
                "description": "Account",
                "jurisdiction": "CH",
                "source": "Bank records",
                "not_yet_valued": True,
                "details": {"iban": "CH9300762011623852958", "bank_name": "B"},
            },
            format="json",
        )
        assert problem_attrs(response) == {"details.iban"}

    def test_wrong_types_are_400_not_500(self, gb, personas) -> None:
        for body in [
            [],
            "string",
            {"title": ["list"]},
            {"team": "not-a-list"},
            {"origin_state": 5},
        ]:
            response = gb.post("/api/v1/cases/", body, format="json")
            assert response.status_code == 400, body
