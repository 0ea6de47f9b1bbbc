"""List exports: same rows, filters and columns as the lists; CSV and XLSX; audited; safe cells."""

from __future__ import annotations

import codecs
import csv
import io
from datetime import UTC, date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

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
    assert {
        "restricted",
        "internal_notes",
        "estimated_value_amount",
        "recovery_frozen_amount",
        "recovery_frozen_currency",
    } <= set(owner_rows[0])
    frozen = next(r for r in owner_rows if str(r["id"]) == str(world["open"].pk))
    assert frozen["estimated_value_currency"] == "GBP"
    # Every recovery figure is an amount and a currency, as the other amounts are.
    assert "recovery_frozen" not in frozen
    assert frozen["recovery_frozen_currency"] == "USD"
    assert str(frozen["recovery_frozen_amount"]) in {"1000.00", "1000"}  # CSV text, XLSX number
    assert frozen["recovery_seized_amount"] in ("", None)
    assert frozen["recovery_seized_currency"] in ("", None)


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


def xlsx_sheet(response: Any) -> tuple[Any, Any]:
    """The workbook and its sheet, loaded in full (styles, freeze, filter and widths)."""
    assert response.status_code == 200, response.content
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    return workbook, workbook.worksheets[0]


def cell_of(sheet: Any, header: str, row: int) -> Any:
    (column,) = [cell.column for cell in sheet[1] if cell.value == header]
    return sheet.cell(row=row, column=column)


@pytest.mark.django_db
def test_xlsx_cells_are_typed_and_the_sheet_is_dressed(world, personas, client_for) -> None:
    gb = personas.prosecutor_gb
    make_asset(
        case=world["hidden"],
        description="Yen account " + "x" * 200,
        estimated_value_amount=Decimal("1500000"),
        estimated_value_currency="JPY",
    )
    workbook, sheet = xlsx_sheet(client_for(gb).get("/api/v1/assets/export.xlsx"))
    assert workbook.properties.creator == (gb.get_full_name() or gb.username)
    assert workbook.properties.title == "Assets export"
    assert workbook.properties.created is not None
    header = [cell.value for cell in sheet[1]]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(header))}{sheet.max_row}"
    assert sheet.max_row == 1 + 4  # the header and the owner's four assets
    rows = range(2, sheet.max_row + 1)
    by_id = {str(cell_of(sheet, "id", row).value): row for row in rows}
    frozen = by_id[str(world["open"].pk)]
    amount = cell_of(sheet, "estimated_value_amount", frozen)
    assert amount.data_type == "n"
    assert amount.value == 5000
    assert amount.number_format == "#,##0.00"  # GBP has two minor units
    (yen,) = [row for row in rows if cell_of(sheet, "estimated_value_currency", row).value == "JPY"]
    assert cell_of(sheet, "estimated_value_amount", yen).value == 1500000
    assert cell_of(sheet, "estimated_value_amount", yen).number_format == "#,##0"
    assert cell_of(sheet, "estimated_value_currency", frozen).value == "GBP"
    restricted = cell_of(sheet, "restricted", by_id[str(world["restricted"].pk)])
    assert restricted.data_type == "b"
    assert restricted.value is True
    assert cell_of(sheet, "restricted", frozen).value is False
    expires = cell_of(sheet, "freeze_expires_on", frozen)
    assert expires.is_date
    assert expires.number_format == "yyyy-mm-dd"
    assert expires.value.date() == world["open"].freeze_expires_on
    created = cell_of(sheet, "created_at", frozen)
    assert created.is_date
    assert created.value.tzinfo is None  # UTC, naive: Excel has no time zones
    world["open"].refresh_from_db()
    expected = world["open"].created_at.astimezone(UTC).replace(tzinfo=None)
    assert abs(created.value - expected) < timedelta(milliseconds=1)
    version = cell_of(sheet, "version", frozen)
    assert version.data_type == "n"
    assert isinstance(version.value, int)
    assert cell_of(sheet, "description", frozen).data_type == "s"
    # Widths: the header or the longest value, capped.
    widths = {
        name: sheet.column_dimensions[get_column_letter(index)].width
        for index, name in enumerate(header, 1)
    }
    assert widths["description"] == 60
    assert len("estimated_value_currency") < widths["estimated_value_currency"] < 60
    assert widths["id"] >= 36  # a UUID


@pytest.mark.django_db
def test_xlsx_text_cells_stay_safe_and_clean(world, personas, client_for) -> None:
    world["hidden"].title = "-1 \x07bell"
    world["hidden"].save(update_fields=["title"])
    _workbook, sheet = xlsx_sheet(
        client_for(personas.prosecutor_gb).get("/api/v1/cases/export.xlsx")
    )
    titles = {cell_of(sheet, "title", row).value for row in range(2, sheet.max_row + 1)}
    assert titles == {'\'=HYPERLINK("http://x")', "'-1 bell"}  # text, not a formula or a number
    opened = cell_of(sheet, "opened_on", 2)
    assert opened.is_date
    assert opened.number_format == "yyyy-mm-dd"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/v1/cases/export.csv", "/api/v1/reports/summary.csv"])
def test_csv_byte_order_mark_only_when_asked(path, world, personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)

    def body(**query: str) -> bytes:
        response = client.get(path, query)
        assert response.status_code == 200, response.content
        return b"".join(response.streaming_content)

    assert not body().startswith(codecs.BOM_UTF8)
    assert not body(bom="0").startswith(codecs.BOM_UTF8)
    assert not body(bom="").startswith(codecs.BOM_UTF8)
    with_bom = body(bom="1")
    assert with_bom.startswith(codecs.BOM_UTF8)
    assert with_bom[len(codecs.BOM_UTF8) :] == body()  # nothing else changes
    assert body(bom="true").startswith(codecs.BOM_UTF8)
    bad = client.get(path, {"bom": "maybe"})
    assert bad.status_code == 400
    assert bad["Content-Type"] == "application/problem+json"


@pytest.mark.django_db
def test_an_exports_query_count_does_not_grow_with_its_rows(world, personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)

    def queries(path: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
            b"".join(response.streaming_content)
        return len(captured)

    paths = [
        f"/api/v1/{kind}/export.{fmt}" for kind in ("cases", "assets") for fmt in ("csv", "xlsx")
    ]
    for path in paths:  # warms what a first request caches (reference tables)
        queries(path)
    before = {path: queries(path) for path in paths}
    for index in range(3):
        case = make_case(by=personas.prosecutor_gb, title=f"More {index}")
        staged_asset(case, "frozen")
    assert {path: queries(path) for path in paths} == before


RECOVERY_COLUMNS = [
    f"recovery_{figure}_{part}"
    for figure in (
        "frozen",
        "seized",
        "confiscated",
        "returned",
        "deducted_expenses",
        "outstanding",
    )
    for part in ("amount", "currency")
]


@pytest.mark.django_db
def test_recovery_figures_are_amount_and_currency_columns(world, personas, client_for) -> None:
    from cases.models.assets import AssetRecoveryTotal

    client = client_for(personas.prosecutor_gb)
    kwd_case = make_case(by=personas.prosecutor_gb, title="Dinars")
    dinars = staged_asset(kwd_case, "repatriated", amount=Decimal("1234.567"), currency="KWD")
    # A figure in two currencies (an order in USD, a later one in EUR): never summed.
    AssetRecoveryTotal.objects.create(asset=world["open"], currency="EUR", frozen=Decimal("250"))

    rows = read_csv(client.get("/api/v1/assets/export.csv"))
    header = list(rows[0])
    assert [name for name in header if name.startswith("recovery_")] == RECOVERY_COLUMNS
    by_id = {r["id"]: r for r in rows}
    kwd = by_id[str(dinars.pk)]
    assert (kwd["recovery_confiscated_amount"], kwd["recovery_confiscated_currency"]) == (
        "1234.567",
        "KWD",
    )
    two = by_id[str(world["open"].pk)]
    # Listed in the same order in both columns, one per currency.
    assert (two["recovery_frozen_amount"], two["recovery_frozen_currency"]) == (
        "250.00; 1000.00",
        "EUR; USD",
    )
    assert (two["recovery_outstanding_amount"], two["recovery_outstanding_currency"]) == ("", "")

    _workbook, sheet = xlsx_sheet(client.get("/api/v1/assets/export.xlsx"))
    rows_of = {str(cell_of(sheet, "id", row).value): row for row in range(2, sheet.max_row + 1)}
    kwd_row = rows_of[str(dinars.pk)]
    confiscated = cell_of(sheet, "recovery_confiscated_amount", kwd_row)
    assert confiscated.data_type == "n"
    assert Decimal(str(confiscated.value)) == Decimal("1234.567")  # read back as a float
    assert confiscated.number_format == "#,##0.000"  # KWD has three minor units
    assert cell_of(sheet, "recovery_confiscated_currency", kwd_row).value == "KWD"
    returned = cell_of(sheet, "recovery_returned_amount", kwd_row)
    assert returned.data_type == "n"
    assert returned.number_format == "#,##0.000"
    frozen_row = rows_of[str(world["restricted"].pk)]  # seized at 1000 USD
    seized = cell_of(sheet, "recovery_seized_amount", frozen_row)
    assert (seized.data_type, seized.value, seized.number_format) == ("n", 1000, "#,##0.00")
    two_row = rows_of[str(world["open"].pk)]
    several = cell_of(sheet, "recovery_frozen_amount", two_row)
    assert (several.data_type, several.value) == ("s", "250.00; 1000.00")
    assert several.number_format == "General"
    assert cell_of(sheet, "recovery_frozen_currency", two_row).value == "EUR; USD"
    assert cell_of(sheet, "recovery_seized_amount", two_row).value is None
