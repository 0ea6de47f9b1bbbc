"""Settings come from the environment, and production refuses to start without a real secret."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from asset_recovery.env import ImproperlyConfiguredEnv, envbool, envint, envints, envlist

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "asset_recovery.settings",
    "DEBUG": "0",
    "SECRET_KEY": "k" * 30 + "-a-real-random-production-secret-" + "z" * 20,
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/asset_recovery",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "ALLOWED_HOSTS": "recovery.example.org",
}


def clean_environ() -> dict[str, str]:
    """The parent's environment without anything the test suite set for itself."""
    return {
        k: v
        for k, v in os.environ.items()
        if k not in PRODUCTION_ENV and not k.startswith(("SECURE_", "SESSION_", "CSRF_"))
    }


def run_django(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean_environ(), **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


SETUP = "import django; django.setup(); print('started')"


def test_production_starts_with_a_real_secret() -> None:
    result = run_django(SETUP, PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


@pytest.mark.parametrize(
    "secret",
    [None, "", "insecure-development-key-do-not-use-in-production", "django-insecure-abc"],
)
def test_production_refuses_a_missing_or_default_secret(secret: str | None) -> None:
    env = dict(PRODUCTION_ENV)
    if secret is None:
        del env["SECRET_KEY"]
    else:
        env["SECRET_KEY"] = secret
    result = run_django(SETUP, env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
    assert "started" not in result.stdout


def test_debug_runs_on_embedded_defaults_without_a_secret() -> None:
    result = run_django(
        SETUP + "; from django.conf import settings; "
        "print(settings.DATABASES['default']['ENGINE'], settings.CELERY_BROKER_URL)",
        {"DJANGO_SETTINGS_MODULE": "asset_recovery.settings", "DEBUG": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "sqlite3 filesystem://" in result.stdout


def test_check_deploy_reports_nothing_in_production() -> None:
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        cwd=ROOT,
        env={**clean_environ(), **PRODUCTION_ENV},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_cookies_and_transport_security() -> None:
    code = (
        SETUP + "; from django.conf import settings as s; "
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, "
        "s.SECURE_HSTS_SECONDS, s.SECURE_SSL_REDIRECT, s.DEBUG)"
    )
    result = run_django(code, PRODUCTION_ENV)
    assert result.stdout.split()[-6:] == ["True", "True", "True", "31536000", "True", "False"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1", True), ("true", True), ("YES", True), ("0", False), ("off", False), ("", False)],
)
def test_envbool(raw: str, expected: bool) -> None:
    assert envbool("X", not expected, {"X": raw}) is expected


def test_env_helpers_reject_malformed_values() -> None:
    with pytest.raises(ImproperlyConfiguredEnv, match="X must be a boolean"):
        envbool("X", False, {"X": "maybe"})
    with pytest.raises(ImproperlyConfiguredEnv, match="Y must be an integer"):
        envint("Y", 1, {"Y": "ten"})
    with pytest.raises(ImproperlyConfiguredEnv):
        envints("Z", (1,), {"Z": "1,two"})


def test_env_helpers_defaults_and_lists() -> None:
    assert envint("Y", 7, {}) == 7
    assert envlist("L", ["a"], {"L": " https://a.example, ,https://b.example "}) == [
        "https://a.example",
        "https://b.example",
    ]
    assert envints("Z", (14, 7), {}) == (14, 7)
