from django.urls import path
from rest_framework.routers import SimpleRouter

from accounts.api import auth, mfa

router = SimpleRouter()
router.register("auth/tokens", auth.ApiTokenViewSet, basename="api-token")

urlpatterns = [
    path("auth/csrf/", auth.CsrfView.as_view(), name="auth-csrf"),
    path("auth/login/", auth.LoginView.as_view(), name="auth-login"),
    path("auth/logout/", auth.LogoutView.as_view(), name="auth-logout"),
    path("auth/me/", auth.MeView.as_view(), name="auth-me"),
    path("auth/mfa/", mfa.MfaStatusView.as_view(), name="mfa-status"),
    path("auth/mfa/totp/", mfa.TotpView.as_view(), name="mfa-totp"),
    path("auth/mfa/totp/confirm/", mfa.TotpConfirmView.as_view(), name="mfa-totp-confirm"),
    path("auth/mfa/recovery-codes/", mfa.RecoveryCodesView.as_view(), name="mfa-recovery-codes"),
    *router.urls,
]
