"""`GET /api/v1/reports/summary.csv` and `.xlsx`: the summary's figures as one table.

The same query (`as_of`, `currency`) and the same figures as `GET /api/v1/reports/summary/` for
the same caller, one row per figure (long format, which every spreadsheet pivots): the table it
belongs to, the group (a stage, a state, a year: `all` for the totals), the figure, its value in
the reporting currency with whether every currency had a rate, and the count behind it. The
rates used have rows of their own. Audited like the list exports.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.request import Request
from rest_framework.views import APIView

from audit import trail
from cases.api.base import current_user
from reports.api.exports import (
    BOOLEAN,
    CSV,
    FORMAT_NOTES,
    FORMAT_PARAMETERS,
    INTEGER,
    MEDIA_TYPES,
    MONEY,
    XLSX,
    Column,
    csv_response,
    recorded_filters,
    wants_bom,
    xlsx_response,
)
from reports.api.ftm import JsonForErrors
from reports.api.summary import SummaryQuerySerializer, report_asked
from reports.summary import FIGURES

# `value` is an amount in the row's currency, a count, a number of days or a date (which stays
# text in an XLSX: the column is numeric otherwise).
COLUMNS = [
    Column("table"),
    Column("group"),
    Column("figure"),
    Column("value", kind=MONEY, currency_column=4),
    Column("currency"),
    Column("complete", kind=BOOLEAN),
    Column("count", kind=INTEGER),
]
ASSET_GROUPS = {
    "by_stage": "stage",
    "by_jurisdiction": "jurisdiction",
    "by_owner_state": "owner_state",
    "by_origin_state": "origin_state",
}
MLA_FIGURES = (
    "total",
    "open",
    "overdue",
    "refused",
    "median_days_to_acknowledgement",
    "median_days_to_execution",
)


def _converted(
    table: str, group: str, figure: str, value: Mapping[str, Any], count: Any
) -> list[Any]:
    converted = value["converted"]
    return [
        table,
        group,
        figure,
        converted["amount"],
        converted["currency"],
        converted["complete"],
        count,
    ]


def summary_rows(report: Mapping[str, Any]) -> Iterator[list[Any]]:
    """The summary's figures, one row each, in the order the report shows them."""
    assets = report["assets"]
    for table, group in (("assets", None), *ASSET_GROUPS.items()):
        groups = [assets["total"]] if group is None else assets[table]
        for item in groups:
            name = "all" if group is None else item[group]
            for figure in FIGURES:
                yield _converted(
                    table if group else "assets_total",
                    name,
                    figure,
                    item["figures"][figure],
                    item["count"],
                )
    for act in report["acts_by_year"]:
        yield _converted("acts_by_year", str(act["year"]), act["action"], act, act["count"])
    mla = report["mla_requests"]
    for item in [{"requested_state": "all", **mla["total"]}, *mla["by_requested_state"]]:
        for figure in MLA_FIGURES:
            yield ["mla_requests", item["requested_state"], figure, item[figure], "", "", ""]
    for item in report["freezes_expiring"]["by_jurisdiction"]:
        yield [
            "freezes_expiring",
            item["jurisdiction"],
            "next_expiry",
            item["next_expiry"],
            "",
            "",
            item["count"],
        ]
    rates = {
        (rate["currency"], rate["rate_date"]): rate["per_eur"]
        for item in [assets["total"]]
        for figure in FIGURES
        for rate in item["figures"][figure]["converted"]["rates"]
    }
    for (currency, rate_date), per_eur in sorted(rates.items()):
        yield ["rates_used", currency, f"per_eur on {rate_date}", per_eur, currency, "", ""]


class SummaryExportView(APIView):
    content_negotiation_class = JsonForErrors
    file_format = CSV

    def get(self, request: Request) -> Any:
        report = report_asked(request)
        bom = wants_bom(request) if self.file_format == CSV else False
        user = current_user(request)
        trail.record(
            "export.report_summary",
            object_type="report-summary",
            actor=user,
            changes={"format": self.file_format, "filters": recorded_filters(request)},
        )
        rows = summary_rows(report)
        filename = (
            f"report-summary-{report['as_of']}-{timezone.now():%Y%m%d-%H%M%S}.{self.file_format}"
        )
        if self.file_format == XLSX:
            return xlsx_response(
                COLUMNS,
                rows,
                filename=filename,
                sheet="summary",
                creator=user.get_full_name() or user.username,
                title=f"Report summary as of {report['as_of']}",
            )
        return csv_response(COLUMNS, rows, filename=filename, bom=bom)


def _documented(file_format: str) -> Any:
    schema = extend_schema(
        operation_id=f"report_summary_export_{file_format}",
        summary=f"The report summary as {file_format.upper()}",
        description=(
            "The figures of GET /api/v1/reports/summary/ for the same `as_of` and `currency` "
            "and the same caller, one row per figure: table, group, figure, value (in the "
            "reporting currency for amounts), currency, complete (every currency had a rate), "
            "count. Audited. " + FORMAT_NOTES[file_format]
        ),
        parameters=[SummaryQuerySerializer, *FORMAT_PARAMETERS[file_format]],
        responses={
            (200, MEDIA_TYPES[file_format].split(";")[0]): OpenApiResponse(OpenApiTypes.BINARY)
        },
    )

    def get(self: SummaryExportView, request: Request) -> Any:
        return SummaryExportView.get(self, request)

    attributes = {"file_format": file_format, "get": schema(get)}
    return type(f"SummaryExport{file_format.title()}View", (SummaryExportView,), attributes)


SUMMARY_EXPORTS = {file_format: _documented(file_format) for file_format in (CSV, XLSX)}
