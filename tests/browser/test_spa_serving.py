"""How Django serves the web application: every screen's address answers its page, never an API's.

No browser here: the page and assets of a stand-in build (a temporary SPA_DIST_DIR), as
core/spa.py serves any build of frontend/.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

PAGE = """<!doctype html><html><head>
<meta name="api-base" content="" />
<script type="module" crossorigin src="/spa-assets/index-abc123.js"></script>
</head><body><div id="root"></div></body></html>"""


@pytest.fixture
def dist(tmp_path: Path, settings) -> Path:
    (tmp_path / "spa-assets").mkdir()
    (tmp_path / "index.html").write_text(PAGE)
    (tmp_path / "spa-assets" / "index-abc123.js").write_text("console.log('app');")
    settings.SPA_DIST_DIR = tmp_path
    settings.SPA_API_BASE = ""
    return tmp_path


@pytest.mark.parametrize(
    "path",
    ["/", "/login", "/cases", "/cases/3b1f6a7e-0000-4000-8000-000000000000/assets", "/reports"],
)
def test_every_screen_is_a_deep_link_to_the_page(dist, path) -> None:
    response = Client().get(path, {"q": "oil"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert response["Cache-Control"] == "no-store"
    policy = response["Content-Security-Policy"]
    script_src = next(d for d in policy.split("; ") if d.startswith("script-src"))
    assert script_src == "script-src 'self'"
    assert "frame-ancestors 'none'" in policy
    assert b'<div id="root">' in response.content


def test_hashed_assets_are_immutable_and_confined_to_their_folder(dist) -> None:
    response = Client().get("/spa-assets/index-abc123.js")
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    assert response["Content-Type"].startswith("text/javascript")
    assert Client().get("/spa-assets/missing.js").status_code == 404
    assert Client().get("/spa-assets/../index.html").status_code == 404
    assert Client().get("/spa-assets/%2e%2e/index.html").status_code == 404


def test_the_api_admin_and_static_stay_theirs(dist) -> None:
    response = Client().get("/api/v1/no-such-thing/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert Client().get("/api/v1/auth/csrf/").status_code == 200
    assert Client().get("/admin/").status_code == 302  # the admin's own sign-in
    missing_static = Client().get("/static/nothing.css")
    assert missing_static.status_code == 404  # not the application's page
    assert b"root" not in missing_static.content


def test_the_api_base_is_a_runtime_setting(dist, settings) -> None:
    settings.SPA_API_BASE = "https://api.example.org"
    response = Client().get("/cases")
    assert b'<meta name="api-base" content="https://api.example.org" />' in response.content
    assert "connect-src 'self' https://api.example.org" in response["Content-Security-Policy"]


def test_the_page_is_read_only_and_says_when_it_is_not_built(dist, settings, tmp_path) -> None:
    assert Client().post("/cases").status_code == 405
    settings.SPA_DIST_DIR = tmp_path / "nothing-built"
    response = Client().get("/")
    assert response.status_code == 503
    assert b"make run" in response.content
