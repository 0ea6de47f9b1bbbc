from django.urls import path
from rest_framework.routers import SimpleRouter

from workflows.api import (
    asset_transitions,
    mla,
    shares,
    sharing_agreements,
    third_party_claims,
    value_orders,
)

router = SimpleRouter()
router.register("mla-requests", mla.MlaRequestViewSet, basename="mla-request")
router.register("value-orders", value_orders.ValueOrderViewSet, basename="value-order")
router.register(
    "sharing-agreements", sharing_agreements.SharingAgreementViewSet, basename="sharing-agreement"
)
router.register(
    "third-party-claims", third_party_claims.ThirdPartyClaimViewSet, basename="third-party-claim"
)

urlpatterns: list = [
    path("cases/<uuid:case_id>/shares/", shares.CaseSharesView.as_view(), name="case-shares"),
    path(
        "cases/<uuid:case_id>/shares/<str:code>/",
        shares.CaseShareDetailView.as_view(),
        name="case-share-detail",
    ),
    path(
        "assets/transitions/bulk/",
        asset_transitions.AssetTransitionsBulkView.as_view(),
        name="asset-transitions-bulk",
    ),
    path(
        "assets/<uuid:asset_id>/transitions/",
        asset_transitions.AssetTransitionsView.as_view(),
        name="asset-transitions",
    ),
    path(
        "assets/<uuid:asset_id>/restraint-orders/",
        asset_transitions.AssetRestraintOrdersView.as_view(),
        name="asset-restraint-orders",
    ),
    path("asset-actions/", asset_transitions.AssetsActionsView.as_view(), name="assets-actions"),
    path(
        "assets/<uuid:asset_id>/actions/",
        asset_transitions.AssetActionsView.as_view(),
        name="asset-actions",
    ),
    path(
        "mla-requests/<uuid:request_id>/transitions/",
        mla.MlaTransitionsView.as_view(),
        name="mla-request-transitions",
    ),
    *router.urls,
]

__all__ = ["path", "urlpatterns"]
