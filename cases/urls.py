from cases.api.activity import CaseActivityView
from cases.api.assets import AssetViewSet
from cases.api.cases import CaseViewSet
from cases.api.states import StateViewSet
from cases.api.subjects import SubjectViewSet
from cases.api.valuations import AssetValuationsView
from core import routes

router = routes.router(
    ("states", StateViewSet, "state"),
    ("cases", CaseViewSet, "case"),
    ("subjects", SubjectViewSet, "subject"),
    ("assets", AssetViewSet, "asset"),
)

urlpatterns = [
    *routes.views(
        ("cases/<uuid:case_id>/activity/", CaseActivityView, "case-activity"),
        ("assets/<uuid:asset_id>/valuations/", AssetValuationsView, "asset-valuations"),
    ),
    *router.urls,
]
