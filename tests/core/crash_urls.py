"""URLs that fail on purpose, to prove that failures under /api/ never show a stack trace."""

from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.views import APIView


class CrashingApiView(APIView):
    permission_classes = [AllowAny]

    def get(self, request: Request) -> HttpResponse:
        raise RuntimeError("secret internal detail")


def crashing_django_view(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("secret internal detail")


urlpatterns = [
    path("api/v1/crash/", CrashingApiView.as_view()),
    path("api/v1/crash-plain/", crashing_django_view),
    path("", include("asset_recovery.urls")),
]
