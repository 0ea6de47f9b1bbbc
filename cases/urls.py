from django.urls import path
from rest_framework.routers import SimpleRouter

from cases.api import auth, states

router = SimpleRouter()
router.register("auth/tokens", auth.ApiTokenViewSet, basename="api-token")
router.register("states", states.StateViewSet, basename="state")

urlpatterns = [
    path("auth/csrf/", auth.CsrfView.as_view(), name="auth-csrf"),
    path("auth/login/", auth.LoginView.as_view(), name="auth-login"),
    path("auth/logout/", auth.LogoutView.as_view(), name="auth-logout"),
    path("auth/me/", auth.MeView.as_view(), name="auth-me"),
    *router.urls,
]
