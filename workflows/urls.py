from core import routes
from workflows.api.asset_transitions import (
    AssetActionsView,
    AssetRestraintOrdersView,
    AssetsActionsView,
    AssetTransitionsBulkView,
    AssetTransitionsView,
)
from workflows.api.mla import MlaRequestViewSet, MlaTransitionsView
from workflows.api.shares import CaseShareDetailView, CaseSharesView
from workflows.api.sharing_agreements import SharingAgreementViewSet
from workflows.api.third_party_claims import ThirdPartyClaimViewSet
from workflows.api.value_orders import ValueOrderViewSet

router = routes.router(
    ("mla-requests", MlaRequestViewSet, "mla-request"),
    ("value-orders", ValueOrderViewSet, "value-order"),
    ("sharing-agreements", SharingAgreementViewSet, "sharing-agreement"),
    ("third-party-claims", ThirdPartyClaimViewSet, "third-party-claim"),
)

urlpatterns = [
    *routes.views(
        ("cases/<uuid:case_id>/shares/", CaseSharesView, "case-shares"),
        ("cases/<uuid:case_id>/shares/<str:code>/", CaseShareDetailView, "case-share-detail"),
        ("assets/transitions/bulk/", AssetTransitionsBulkView, "asset-transitions-bulk"),
        ("assets/<uuid:asset_id>/transitions/", AssetTransitionsView, "asset-transitions"),
        (
            "assets/<uuid:asset_id>/restraint-orders/",
            AssetRestraintOrdersView,
            "asset-restraint-orders",
        ),
        ("asset-actions/", AssetsActionsView, "assets-actions"),
        ("assets/<uuid:asset_id>/actions/", AssetActionsView, "asset-actions"),
        (
            "mla-requests/<uuid:request_id>/transitions/",
            MlaTransitionsView,
            "mla-request-transitions",
        ),
    ),
    *router.urls,
]
