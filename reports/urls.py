from django.urls import path

from reports.api import exports, ftm, summary
from reports.api.summary_export import SUMMARY_EXPORTS

urlpatterns = [
    path("reports/summary/", summary.SummaryReportView.as_view(), name="report-summary"),
    *(
        path(f"reports/summary.{file_format}", view.as_view(), name=f"report-summary-{file_format}")
        for file_format, view in SUMMARY_EXPORTS.items()
    ),
    # List exports: cases/export.csv, cases/export.xlsx, assets/..., mla-requests/...
    *(path(route, view, name=name) for route, name, view in exports.export_routes()),
    path(
        "cases/<uuid:case_id>/export/ftm/",
        ftm.CaseFtmExportView.as_view(),
        name="case-export-ftm",
    ),
]
