from django.urls import path
from rest_framework.routers import SimpleRouter

from cases.api import activity, assets, auth, cases, documents, ftm, mfa, states, subjects

router = SimpleRouter()
router.register("auth/tokens", auth.ApiTokenViewSet, basename="api-token")
router.register("states", states.StateViewSet, basename="state")
router.register("cases", cases.CaseViewSet, basename="case")
router.register("subjects", subjects.SubjectViewSet, basename="subject")
router.register("assets", assets.AssetViewSet, basename="asset")
router.register("documents", documents.DocumentViewSet, basename="document")

urlpatterns = [
    path("auth/csrf/", auth.CsrfView.as_view(), name="auth-csrf"),
    path("auth/login/", auth.LoginView.as_view(), name="auth-login"),
    path("auth/logout/", auth.LogoutView.as_view(), name="auth-logout"),
    path("auth/me/", auth.MeView.as_view(), name="auth-me"),
    path("auth/mfa/", mfa.MfaStatusView.as_view(), name="mfa-status"),
    path("auth/mfa/totp/", mfa.TotpView.as_view(), name="mfa-totp"),
    path("auth/mfa/totp/confirm/", mfa.TotpConfirmView.as_view(), name="mfa-totp-confirm"),
    path("auth/mfa/recovery-codes/", mfa.RecoveryCodesView.as_view(), name="mfa-recovery-codes"),
    path(
        "cases/<uuid:case_id>/export/ftm/",
        ftm.CaseFtmExportView.as_view(),
        name="case-export-ftm",
    ),
    path(
        "cases/<uuid:case_id>/activity/",
        activity.CaseActivityView.as_view(),
        name="case-activity",
    ),
    *router.urls,
]
