from django.contrib import admin
from django.urls import include, path, re_path
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerSplitView,
)

from asset_recovery.metrics import metrics_view
from core import spa
from core.health import HealthView

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    # Both docs pages run under a Content-Security-Policy without inline scripts: Swagger UI's
    # init script is served as a file, Redoc's page loads no web fonts (cases/templates/api_docs).
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="swagger-ui"),
    path(
        "api/redoc/",
        SpectacularRedocView.as_view(url_name="schema", template_name="api_docs/redoc.html"),
        name="redoc",
    ),
    path("api/v1/health/", HealthView.as_view(), name="health"),
    # Prometheus, with its bearer token only (404 to everyone else); not part of the public API.
    path("api/metrics/", metrics_view, name="metrics"),
    *(
        path("api/v1/", include(f"{app}.urls"))
        for app in (
            "accounts",
            "cases",
            "documents",
            "notifications",
            "deadlines",
            "workflows",
            "tasks",
            "matching",
            "reports",
        )
    ),
    # The web application, after everything else: its hashed assets, then every other address
    # (a screen, as a deep link) answers its page. Never /api/, /admin/ or /static/: a wrong
    # address there stays a 404 of its own kind.
    re_path(r"^spa-assets/(?P<path>.+)$", spa.asset, name="spa-asset"),
    re_path(r"^(?!api/|admin/|static/|spa-assets/)(?P<route>.*)$", spa.index, name="spa-index"),
]

handler400 = "core.problems.handler400"
handler403 = "core.problems.handler403"
handler404 = "core.problems.handler404"
handler500 = "core.problems.handler500"
