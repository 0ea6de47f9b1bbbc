"""A real browser against the live API: Debian's chromium, driven by Playwright.

The API runs as its own process (production settings) on 127.0.0.1:A against the test database,
and serves the built web application (frontend/dist) at /. The same build is also served from
127.0.0.1:B (`spa_elsewhere`), another origin of the same site, pointed at the API by its
api-base <meta>, as a deployment with the SPA on its own host would. Where chromium or the build
is missing the tests skip locally and fail in CI (CI=true), where .ci/run installs chromium and
`make test` builds the SPA first.
"""

from __future__ import annotations

import functools
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPA_DIST = ROOT / "frontend" / "dist"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def chromium_path() -> str:
    if Path(CHROMIUM).exists():
        return CHROMIUM
    message = f"{CHROMIUM} is missing: apt-get install chromium (.ci/run does)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def missing(message: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def spa_dist() -> Path:
    if not (SPA_DIST / "index.html").exists():
        missing("frontend/dist is missing: `make frontend` builds the web application")
    return SPA_DIST


@pytest.fixture
def browser(chromium_path: str) -> Any:
    """`with browser() as chromium:` a headless Chromium for the block.

    Playwright's sync API runs an event loop in this thread while it is open, and Django keeps
    database connections per context: touch the database before and after the block, not in it.
    """

    @contextmanager
    def launched() -> Iterator[Any]:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(
                executable_path=chromium_path, args=CHROMIUM_ARGS, headless=True
            )
            try:
                yield chromium
            finally:
                chromium.close()

    return launched


def database_url(settings_dict: dict[str, Any]) -> str:
    user = settings_dict.get("USER") or ""
    password = settings_dict.get("PASSWORD") or ""
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or 5432
    return f"postgres://{auth}{host}:{port}/{settings_dict['NAME']}"


@contextmanager
def running_api(env: dict[str, str], media_root: Path) -> Iterator[str]:
    """The app under production settings, on a free port of 127.0.0.1, until the block ends."""
    from django.db import connection

    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("SECURE_", "SESSION_", "CSRF_", "CORS_", "MFA_", "DJANGO_", "PYTEST"))
    }
    environment.update(
        {
            "DJANGO_SETTINGS_MODULE": "asset_recovery.settings",
            "DEBUG": "0",
            "SECRET_KEY": "browser-test-" + "s" * 50,
            "DATABASE_URL": database_url(connection.settings_dict),
            "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
            "ALLOWED_HOSTS": "127.0.0.1",
            "MEDIA_ROOT": str(media_root),
            # Plain HTTP on the loopback: no TLS here, so no redirect to it and no cookie that
            # only travels over it. Everything else is as production sets it.
            "SECURE_SSL_REDIRECT": "0",
            "SESSION_COOKIE_SECURE": "0",
            "CSRF_COOKIE_SECURE": "0",
            "PYTHONUNBUFFERED": "1",
            # No connection outlives its request, so the test database can be dropped at the end.
            "DB_CONN_MAX_AGE": "0",
            **env,
        }
    )
    log = media_root / "server.log"
    media_root.mkdir(parents=True, exist_ok=True)
    with log.open("w") as output:
        # runserver --insecure also serves the bundled docs assets, as the production image's
        # collected static files would be.
        server = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "runserver",
                f"127.0.0.1:{port}",
                "--noreload",
                "--insecure",
            ],
            cwd=ROOT,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    urllib.request.urlopen(f"{origin}/api/v1/auth/csrf/", timeout=2)  # noqa: S310
                    break
                except OSError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("the API did not start:\n" + log.read_text()) from None
                    time.sleep(0.2)
            yield origin
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


class SpaHandler(SimpleHTTPRequestHandler):
    """frontend/dist as a static host serves it: files, and index.html for every other path."""

    api_origin = ""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path.startswith("/spa-assets/"):
            super().do_GET()
            return
        page = (SPA_DIST / "index.html").read_text()
        page = page.replace(
            '<meta name="api-base" content="" />',
            f'<meta name="api-base" content="{self.api_origin}" />',
        )
        body = page.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class SpaElsewhere:
    """The built SPA from 127.0.0.1 on a port of its own: another origin, the same site. Its
    `origin` is known before the API starts (for the API's CORS settings); set `api_origin` once
    the API runs, and the page it serves points there."""

    def __init__(self, dist: Path) -> None:
        self.handler = type("Handler", (SpaHandler,), {"api_origin": ""})
        self.server = ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(self.handler, directory=str(dist))
        )
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def api_origin(self) -> str:
        return str(self.handler.api_origin)

    @api_origin.setter
    def api_origin(self, value: str) -> None:
        self.handler.api_origin = value


@pytest.fixture
def spa_elsewhere(spa_dist: Path) -> Iterator[SpaElsewhere]:
    host = SpaElsewhere(spa_dist)
    thread = threading.Thread(target=host.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield host
    finally:
        host.server.shutdown()
        host.server.server_close()
