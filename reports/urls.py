from django.urls import path

from reports.api import exports, ftm, summary

urlpatterns = [
    path("reports/summary/", summary.SummaryReportView.as_view(), name="report-summary"),
    # List exports: cases/export.csv, cases/export.xlsx, assets/..., mla-requests/...
    *(path(route, view, name=name) for route, name, view in exports.export_routes()),
    path(
        "cases/<uuid:case_id>/export/ftm/",
        ftm.CaseFtmExportView.as_view(),
        name="case-export-ftm",
    ),
]
