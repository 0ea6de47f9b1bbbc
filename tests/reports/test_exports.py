"""List exports: same rows, filters and columns as the lists; CSV and XLSX; audited; safe cells."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

import pytest
from openpyxl import load_workbook

from audit.models import AuditEvent
from reports.api.exports import safe_cell
from tests.factories import make_asset, make_case, share
from tests.reports.conftest import staged_asset


def read_csv(response: Any) -> list[dict[str, str]]:
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("text/csv")
    assert response.streaming
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def read_xlsx(response: Any) -> list[dict[str, Any]]:
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    sheet = load_workbook(io.BytesIO(body), read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    # An empty cell is not written: a row ends at its last value.
    return [
        dict(zip(rows[0], row + (None,) * (len(rows[0]) - len(row)), strict=True))
        for row in rows[1:]
    ]


@pytest.fixture
def world(personas):
    shared = make_case(by=personas.prosecutor_gb, title='=HYPERLINK("http://x")')
    share(shared, "FR")
    hidden = make_case(by=personas.prosecutor_gb, title="Unshared")
    open_asset = staged_asset(shared, "frozen")
    restricted = staged_asset(shared, "seized", restricted=True)
    other = make_asset(case=hidden, description="Elsewhere")
    return {
        "shared": shared,
        "hidden": hidden,
        "open": open_asset,
        "restricted": restricted,
        "other": other,
    }


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_assets_export_matches_the_list(fmt, world, personas, client_for) -> None:
    read = read_csv if fmt == "csv" else read_xlsx
    for persona, expected in (
        ("prosecutor_gb", {world["open"].pk, world["restricted"].pk, world["other"].pk}),
        ("liaison_fr", {world["open"].pk}),
        ("prosecutor_ng", set()),
    ):
        client = client_for(getattr(personas, persona))
        rows = read(client.get(f"/api/v1/assets/export.{fmt}"))
        listed = {
            r["id"] for r in client.get("/api/v1/assets/", {"page_size": 200}).json()["results"]
        }
        assert {str(r["id"]) for r in rows} == {str(pk) for pk in expected} == listed
    # The partner columns only: nothing owner-only reaches a liaison.
    liaison_rows = read(client_for(personas.liaison_fr).get(f"/api/v1/assets/export.{fmt}"))
    assert not {"restricted", "internal_notes", "source"} & set(liaison_rows[0])
    owner_rows = read(client_for(personas.prosecutor_gb).get(f"/api/v1/assets/export.{fmt}"))
    assert {"restricted", "internal_notes", "estimated_value_amount", "recovery_frozen"} <= set(
        owner_rows[0]
    )
    frozen = next(r for r in owner_rows if str(r["id"]) == str(world["open"].pk))
    assert frozen["recovery_frozen"] == "1000.00 USD"
    assert frozen["estimated_value_currency"] == "GBP"


@pytest.mark.django_db
def test_filters_and_ordering_are_the_lists(world, personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)
    rows = read_csv(client.get("/api/v1/assets/export.csv", {"stage": "frozen"}))
    assert [r["id"] for r in rows] == [str(world["open"].pk)]
    rows = read_csv(client.get("/api/v1/cases/export.csv", {"q": "Unshared"}))
    assert [r["reference"] for r in rows] == [world["hidden"].reference]
    bad = client.get("/api/v1/assets/export.csv", {"stage": "lost"})
    assert bad.status_code == 400
    assert bad["Content-Type"] == "application/problem+json"
    # An Accept header asking for something else changes nothing.
    assert client.get("/api/v1/cases/export.csv", HTTP_ACCEPT="text/html").status_code == 200


@pytest.mark.django_db
def test_cases_export_is_safe_and_audited(world, personas, client_for) -> None:
    client = client_for(personas.liaison_fr)
    rows = read_csv(client.get("/api/v1/cases/export.csv", {"status": "open"}))
    assert [r["title"] for r in rows] == ['\'=HYPERLINK("http://x")']
    assert "internal_notes" not in rows[0]
    assert "team" not in rows[0]
    event = AuditEvent.objects.filter(action="export.cases").latest("occurred_at")
    assert event.chain == "global"
    assert event.case_id is None
    assert event.actor_id == personas.liaison_fr.pk
    assert event.changes == {"format": "csv", "filters": {"status": ["open"]}}
    xlsx = read_xlsx(client_for(personas.prosecutor_gb).get("/api/v1/cases/export.xlsx"))
    assert {r["title"] for r in xlsx} == {'\'=HYPERLINK("http://x")', "Unshared"}


@pytest.mark.django_db
def test_mla_export(world, personas, client_for) -> None:
    from cases.models import State
    from workflows.services.mla import mla_request_create, mla_request_transition

    gb = personas.prosecutor_gb
    request, _ = mla_request_create(
        case=world["shared"],
        by=gb,
        requested_state=State.objects.get(code="FR"),
        kind="evidence",
        due_on=date(2030, 1, 1),
    )
    request.assets.set([world["open"], world["restricted"]])
    mla_request_transition(request_id=request.pk, by=gb, action="send")
    mla_request_create(
        case=world["shared"], by=gb, requested_state=State.objects.get(code="CH"), kind="freeze"
    )
    owner = read_csv(client_for(gb).get("/api/v1/mla-requests/export.csv"))
    assert len(owner) == 2
    liaison = read_csv(client_for(personas.liaison_fr).get("/api/v1/mla-requests/export.csv"))
    assert [r["id"] for r in liaison] == [str(request.pk)]
    assert liaison[0]["assets"] == str(world["open"].pk)  # never the restricted asset
    assert "internal_notes" not in liaison[0]
    filtered = read_xlsx(
        client_for(gb).get("/api/v1/mla-requests/export.xlsx", {"requested_state": "ch"})
    )
    assert [r["requested_state"] for r in filtered] == ["CH"]


@pytest.mark.django_db
def test_anonymous_gets_401(api) -> None:
    for path in ("cases", "assets", "mla-requests"):
        assert api.get(f"/api/v1/{path}/export.csv").status_code == 401


def test_safe_cell() -> None:
    assert safe_cell("=1+1") == "'=1+1"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("+44") == "'+44"
    assert safe_cell("-2") == "'-2"
    assert safe_cell("plain") == "plain"
    assert safe_cell({"amount": "1.00", "currency": "USD"}) == "1.00 USD"
    assert safe_cell(None) == ""
    assert safe_cell(["a", "b"]) == "a; b"
