"""The report summary as CSV and XLSX: the JSON's figures, for the same query and caller."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.management import call_command

from audit.models import AuditEvent
from tests.factories import make_case, share
from tests.reports.conftest import staged_asset
from tests.reports.test_exports import read_csv, read_xlsx
from tests.reports.test_summary import SAMPLE_RATES

pytestmark = pytest.mark.django_db
QUERY = "as_of=2026-11-27&currency=EUR"


@pytest.fixture
def world(personas):
    call_command("load_fx_rates", str(SAMPLE_RATES), verbosity=0)
    shared = make_case(by=personas.prosecutor_gb)
    share(shared, "FR")
    staged_asset(shared, "frozen", amount=Decimal("100.00"))
    staged_asset(shared, "repatriated", amount=Decimal("2000.00"), currency="GBP")
    staged_asset(shared, "frozen", amount=Decimal("7000.00"), restricted=True)
    staged_asset(make_case(by=personas.prosecutor_gb), "seized", amount=Decimal("300.00"))


def row(rows, table, group, figure):
    (found,) = [r for r in rows if (r["table"], r["group"], r["figure"]) == (table, group, figure)]
    return found


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("persona", ["prosecutor_gb", "liaison_fr", "prosecutor_ng"])
def test_the_export_holds_the_summarys_figures(fmt, persona, world, personas, client_for) -> None:
    client = client_for(getattr(personas, persona))
    report = client.get(f"/api/v1/reports/summary/?{QUERY}").json()
    read = read_csv if fmt == "csv" else read_xlsx
    rows = read(client.get(f"/api/v1/reports/summary.{fmt}?{QUERY}"))
    total = report["assets"]["total"]
    for figure, value in total["figures"].items():
        exported = row(rows, "assets_total", "all", figure)
        # The XLSX holds a number (read back as an int or a float), the CSV its text.
        assert Decimal(str(exported["value"])) == Decimal(value["converted"]["amount"]), figure
        assert exported["currency"] == "EUR"
        assert str(exported["count"]) == str(total["count"])
    for group in report["assets"]["by_jurisdiction"]:
        frozen = row(rows, "by_jurisdiction", group["jurisdiction"], "frozen")
        assert Decimal(str(frozen["value"])) == Decimal(
            group["figures"]["frozen"]["converted"]["amount"]
        )
    jurisdictions = {r["group"] for r in rows if r["table"] == "by_jurisdiction"}
    assert jurisdictions == {g["jurisdiction"] for g in report["assets"]["by_jurisdiction"]}
    assert len([r for r in rows if r["table"] == "acts_by_year"]) == len(report["acts_by_year"])
    mla = row(rows, "mla_requests", "all", "total")
    assert str(mla["value"]) == str(report["mla_requests"]["total"]["total"])


def test_a_liaison_exports_only_what_they_see(world, personas, client_for) -> None:
    owner = read_csv(client_for(personas.prosecutor_gb).get(f"/api/v1/reports/summary.csv?{QUERY}"))
    liaison = read_csv(client_for(personas.liaison_fr).get(f"/api/v1/reports/summary.csv?{QUERY}"))
    assert row(owner, "assets_total", "all", "frozen")["count"] == "4"
    assert row(liaison, "assets_total", "all", "frozen")["count"] == "2"  # not the restricted one
    assert Decimal(row(liaison, "assets_total", "all", "frozen")["value"]) < Decimal(
        row(owner, "assets_total", "all", "frozen")["value"]
    )


def test_rates_used_are_listed_and_the_export_is_audited(world, personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)
    rows = read_csv(client.get(f"/api/v1/reports/summary.csv?{QUERY}"))
    rates = {r["group"] for r in rows if r["table"] == "rates_used"}
    assert "GBP" in rates
    event = AuditEvent.objects.filter(action="export.report_summary").latest("occurred_at")
    assert event.changes["format"] == "csv"
    assert event.changes["filters"] == {"as_of": ["2026-11-27"], "currency": ["EUR"]}


def test_a_bad_query_is_a_clear_400_and_records_nothing(personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)
    for query in ("currency=XX", "as_of=1066-10-14"):
        response = client.get(f"/api/v1/reports/summary.csv?{query}")
        assert response.status_code == 400
        assert response["Content-Type"] == "application/problem+json"
    assert not AuditEvent.objects.filter(action="export.report_summary").exists()
