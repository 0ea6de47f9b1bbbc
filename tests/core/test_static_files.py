"""/static/ is served by the application itself (WhiteNoise), with hashed, immutable names.

The image runs collectstatic with the production storage (CompressedManifestStaticFilesStorage):
every file gets a copy whose name carries a hash of its content, and WhiteNoise answers those with
a Cache-Control of years, `immutable`. Here the same happens into a temporary STATIC_ROOT.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client, override_settings

ROOT = Path(__file__).resolve().parents[2]
MANIFEST = "whitenoise.storage.CompressedManifestStaticFilesStorage"


def _max_age(cache_control: str) -> int:
    for part in cache_control.split(","):
        name, _, value = part.strip().partition("=")
        if name == "max-age":
            return int(value)
    return 0


@pytest.fixture(scope="module")
def collected(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("static")
    storages = {**settings.STORAGES, "staticfiles": {"BACKEND": MANIFEST}}
    with override_settings(STATIC_ROOT=root, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
    return root


@pytest.fixture
def production_static(collected: Path):
    storages = {**settings.STORAGES, "staticfiles": {"BACKEND": MANIFEST}}
    with override_settings(STATIC_ROOT=collected, STORAGES=storages, DEBUG=False):
        yield collected


@pytest.mark.slow
@pytest.mark.usefixtures("production_static")
def test_hashed_admin_css_is_served_immutable() -> None:
    url = static("admin/css/base.css")
    assert url != "/static/admin/css/base.css", "the production storage gives a hashed name"
    assert url.startswith("/static/admin/css/base."), url
    assert url.endswith(".css"), url
    response = Client().get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    cache_control = response["Cache-Control"]
    assert "immutable" in cache_control, cache_control
    assert _max_age(cache_control) >= 365 * 24 * 3600, cache_control
    body = b"".join(response.streaming_content)  # type: ignore[attr-defined]
    assert body == (Path(settings.STATIC_ROOT) / url.removeprefix("/static/")).read_bytes()


@pytest.mark.slow
@pytest.mark.usefixtures("production_static")
def test_compressed_copy_for_clients_that_accept_it() -> None:
    url = static("admin/css/base.css")
    response = Client().get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] in {"gzip", "br"}
    assert "Accept-Encoding" in response["Vary"]


@pytest.mark.slow
@pytest.mark.usefixtures("production_static")
def test_unhashed_name_is_not_cached_for_long() -> None:
    response = Client().get("/static/admin/css/base.css")
    assert response.status_code == 200
    assert "immutable" not in response["Cache-Control"]
    assert _max_age(response["Cache-Control"]) < 3600


@pytest.mark.slow
@pytest.mark.usefixtures("production_static")
def test_swagger_ui_assets_are_served() -> None:
    url = static("drf_spectacular_sidecar/swagger-ui-dist/swagger-ui.css")
    response = Client().get(url)
    assert response.status_code == 200
    assert "immutable" in response["Cache-Control"]


@pytest.mark.usefixtures("production_static")
def test_missing_static_file_is_404_not_the_spa() -> None:
    response = Client().get("/static/admin/css/no-such-file.css")
    assert response.status_code == 404


def test_whitenoise_runs_right_after_the_security_middleware() -> None:
    middleware = list(settings.MIDDLEWARE)
    security = middleware.index("django.middleware.security.SecurityMiddleware")
    assert middleware[security + 1] == "whitenoise.middleware.WhiteNoiseMiddleware"


@pytest.mark.parametrize(
    ("debug", "backend"),
    [("0", MANIFEST), ("1", "django.contrib.staticfiles.storage.StaticFilesStorage")],
)
def test_production_uses_hashed_names_and_the_demo_plain_ones(debug: str, backend: str) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"STATICFILES_BACKEND", "DJANGO_SETTINGS_MODULE", "DEBUG"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="asset_recovery.settings",
        DEBUG=debug,
        SECRET_KEY="k" * 30 + "-a-real-random-production-secret-" + "z" * 20,
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/asset_recovery",
        REDIS_URL="redis://127.0.0.1:6379/0",
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; print(settings.STORAGES['staticfiles']['BACKEND'])",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == backend
