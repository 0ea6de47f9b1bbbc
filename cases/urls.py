from django.urls import path
from rest_framework.routers import SimpleRouter

from cases.api import activity, assets, cases, states, subjects, valuations

router = SimpleRouter()
router.register("states", states.StateViewSet, basename="state")
router.register("cases", cases.CaseViewSet, basename="case")
router.register("subjects", subjects.SubjectViewSet, basename="subject")
router.register("assets", assets.AssetViewSet, basename="asset")

urlpatterns = [
    path(
        "cases/<uuid:case_id>/activity/",
        activity.CaseActivityView.as_view(),
        name="case-activity",
    ),
    path(
        "assets/<uuid:asset_id>/valuations/",
        valuations.AssetValuationsView.as_view(),
        name="asset-valuations",
    ),
    *router.urls,
]
