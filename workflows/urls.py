from django.urls import path
from rest_framework.routers import SimpleRouter

from workflows.api import (
    deadlines,
    exports,
    feed_tokens,
    mla,
    notifications,
    reports,
    shares,
    views,
)

router = SimpleRouter()
router.register("notifications", notifications.NotificationViewSet, basename="notification")
# Before the deadlines, whose detail route would otherwise read "feed-tokens" as an id.
router.register(
    "deadlines/feed-tokens", feed_tokens.CalendarFeedTokenViewSet, basename="deadline-feed-token"
)
router.register("deadlines", deadlines.DeadlineViewSet, basename="deadline")
router.register("mla-requests", mla.MlaRequestViewSet, basename="mla-request")

urlpatterns: list = [
    path("cases/<uuid:case_id>/shares/", shares.CaseSharesView.as_view(), name="case-shares"),
    path(
        "cases/<uuid:case_id>/shares/<str:code>/",
        shares.CaseShareDetailView.as_view(),
        name="case-share-detail",
    ),
    path(
        "assets/transitions/bulk/",
        views.AssetTransitionsBulkView.as_view(),
        name="asset-transitions-bulk",
    ),
    path(
        "assets/<uuid:asset_id>/transitions/",
        views.AssetTransitionsView.as_view(),
        name="asset-transitions",
    ),
    path(
        "assets/<uuid:asset_id>/actions/",
        views.AssetActionsView.as_view(),
        name="asset-actions",
    ),
    path(
        "mla-requests/<uuid:request_id>/transitions/",
        mla.MlaTransitionsView.as_view(),
        name="mla-request-transitions",
    ),
    path("reports/summary/", reports.SummaryReportView.as_view(), name="report-summary"),
    # List exports: cases/export.csv, cases/export.xlsx, assets/..., mla-requests/...
    *(path(route, view, name=name) for route, name, view in exports.export_routes()),
    # Before the router, whose deadline detail route would otherwise read "deadlines.ics".
    path("deadlines.ics", deadlines.DeadlineCalendarView.as_view(), name="deadline-calendar"),
    *router.urls,
]

__all__ = ["path", "urlpatterns"]
