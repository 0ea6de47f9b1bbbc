"""PostgreSQL restarted under the running app: 503 problems while it is down (fast, no hang),
and recovery without restarting the app.

The app runs as it does in production: gunicorn, in its own process, on a throwaway cluster of
its own (so that stopping it harms no other test), spoken to over HTTP.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.postgres_server import PostgresServer
from tests.support.redis_server import free_port

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
pytestmark = pytest.mark.slow


def app_env(database_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": database_url,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DB_CONNECT_TIMEOUT": "2",
        "THROTTLE_USER": "100000/min",
        "THROTTLE_ADDRESS": "100000/min",
        "THROTTLE_ANON": "100000/min",
    }


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def database() -> Iterator[PostgresServer]:
    server = PostgresServer()
    try:
        server.create()
        yield server
    finally:
        server.remove()


@pytest.fixture(scope="module")
def app(database: PostgresServer) -> Iterator[tuple[str, str]]:
    """(base URL, personal token) of a gunicorn serving the app on the throwaway cluster."""
    env = app_env(database.url)
    manage(env, "migrate", "--noinput", "-v", "0")
    key = manage(
        env,
        "shell",
        "-c",
        "from cases.models import User; from accounts.services.tokens import api_token_create; "
        "u = User.objects.create_user(username='prosecutor_gb', password='x' * 20, "
        "role='prosecutor', state_id='GB'); "
        "print(api_token_create(user=u, name='restart', expires_at=None)[1])",
    ).split()[-1]  # the shell may print a banner first
    port = free_port()
    gunicorn = Path(PYTHON).parent / "gunicorn"
    process = subprocess.Popen(
        [str(gunicorn), "asset_recovery.wsgi", "-b", f"127.0.0.1:{port}", "-w", "1", "-t", "60"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if call(base, "GET", "/api/v1/health/")[0] in (200, 503):
                    break
            except OSError:
                time.sleep(0.2)
        else:
            raise AssertionError("gunicorn did not start")
        yield base, key
    finally:
        process.terminate()
        process.wait(timeout=30)


def call(
    base: str, method: str, path: str, token: str | None = None, body: Any = None
) -> tuple[int, dict[str, str], Any]:
    headers = {"Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Token {token}"
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    url = base + path  # our own app, over http
    request = urllib.request.Request(url, data=data, method=method, headers=headers)  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - our app
            status, answer_headers, raw = response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        status, answer_headers, raw = error.code, dict(error.headers), error.read()
    return status, answer_headers, json.loads(raw) if raw else None


CASE = {"title": "Restart", "origin_state": "GB", "offence_category": "bribery"}


def test_503_while_postgres_is_down_and_recovery_without_restarting_the_app(
    database: PostgresServer, app: tuple[str, str]
) -> None:
    base, token = app
    assert call(base, "GET", "/api/v1/states/", token)[0] == 200
    assert call(base, "POST", "/api/v1/cases/", token, CASE)[0] == 201

    database.stop()
    try:
        for method, path, body in [
            ("GET", "/api/v1/states/", None),
            ("GET", "/api/v1/cases/", None),
            ("POST", "/api/v1/cases/", CASE),
            ("GET", "/api/v1/auth/me/", None),
        ]:
            started = time.monotonic()
            status, headers, problem = call(base, method, path, token, body)
            assert time.monotonic() - started < 10, path
            assert status == 503, (path, status, problem)
            assert headers["Content-Type"] == "application/problem+json"
            assert problem["status"] == 503
            assert "Traceback" not in json.dumps(problem)
        health = call(base, "GET", "/api/v1/health/")
        assert health[0] == 503
        assert health[2]["checks"]["database"] == "unavailable"
    finally:
        database.start()

    # The same gunicorn worker, with no restart: back as soon as the database is.
    deadline = time.monotonic() + 30
    while call(base, "GET", "/api/v1/states/", token)[0] != 200:
        assert time.monotonic() < deadline, "the app did not recover"
        time.sleep(0.2)
    assert call(base, "POST", "/api/v1/cases/", token, CASE)[0] == 201
    cases = call(base, "GET", "/api/v1/cases/", token)
    assert cases[0] == 200
    assert cases[2]["count"] == 2  # the write refused during the outage did not half-happen
    assert call(base, "GET", "/api/v1/health/")[0] in (200, 503)  # broker is the suite's own
