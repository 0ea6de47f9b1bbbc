"""Headers and cookies: what production settings set, no caching of API answers, a CSP on the
docs pages, CORS only for configured origins."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings
from rest_framework.test import APIClient

from tests.core.test_settings import PRODUCTION_ENV as SETTINGS_PRODUCTION_ENV
from tests.documents.samples import PDF, make_document
from tests.factories import TEST_PASSWORD, make_case

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]

# The production environment of the settings tests, with the SPA's origin allowed.
PRODUCTION_ENV = {**SETTINGS_PRODUCTION_ENV, "CORS_ALLOWED_ORIGINS": "https://spa.example.org"}
SETTINGS_SHOWN = [
    "SESSION_COOKIE_SECURE",
    "SESSION_COOKIE_HTTPONLY",
    "SESSION_COOKIE_SAMESITE",
    "CSRF_COOKIE_SECURE",
    "CSRF_COOKIE_SAMESITE",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_SSL_REDIRECT",
    "MFA_REQUIRED_ROLES",
    "CORS_ALLOWED_ORIGINS",
    "CORS_ALLOW_ALL_ORIGINS",
]


def settings_under(env: dict[str, str]) -> dict[str, str]:
    own = ("SECURE_", "SESSION_", "CSRF_", "MFA_", "CORS_", "DEBUG", "SECRET_KEY", "DATABASE_URL")
    base = {k: v for k, v in os.environ.items() if not k.startswith(own)}
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        f"[print(n, '=', repr(getattr(s, n, None))) for n in {SETTINGS_SHOWN!r}]"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return dict(line.split(" = ", 1) for line in result.stdout.splitlines() if " = " in line)


def test_production_settings() -> None:
    shown = settings_under(PRODUCTION_ENV)
    assert shown == {
        "SESSION_COOKIE_SECURE": "True",
        "SESSION_COOKIE_HTTPONLY": "True",
        "SESSION_COOKIE_SAMESITE": "'Lax'",
        "CSRF_COOKIE_SECURE": "True",
        "CSRF_COOKIE_SAMESITE": "'Lax'",
        "SECURE_HSTS_SECONDS": "31536000",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": "True",
        "SECURE_HSTS_PRELOAD": "True",
        "SECURE_SSL_REDIRECT": "True",
        "MFA_REQUIRED_ROLES": "['prosecutor', 'admin']",
        "CORS_ALLOWED_ORIGINS": "['https://spa.example.org']",
        "CORS_ALLOW_ALL_ORIGINS": "None",
    }


def test_the_demo_may_turn_the_second_factor_off() -> None:
    demo = settings_under({"DJANGO_SETTINGS_MODULE": "asset_recovery.settings", "DEBUG": "1"})
    assert demo["MFA_REQUIRED_ROLES"] == "[]"
    script = (ROOT / "scripts" / "run_demo.sh").read_text()
    assert 'MFA_REQUIRED_ROLES="${MFA_REQUIRED_ROLES-}"' in script


def test_unknown_roles_in_the_setting_refuse_to_start() -> None:
    with pytest.raises(subprocess.CalledProcessError) as failed:
        settings_under({**PRODUCTION_ENV, "MFA_REQUIRED_ROLES": "prosecuter"})
    assert "MFA_REQUIRED_ROLES" in failed.value.stderr


def test_cookies_as_production_sets_them(personas, settings) -> None:
    # The cookie settings that the production environment computes (not values of this test's
    # own), applied to this process: the cookies must then carry their flags.
    production = settings_under(PRODUCTION_ENV)
    settings.SESSION_COOKIE_SECURE = production["SESSION_COOKIE_SECURE"] == "True"
    settings.CSRF_COOKIE_SECURE = production["CSRF_COOKIE_SECURE"] == "True"
    client = APIClient()
    csrf = client.get("/api/v1/auth/csrf/").cookies["csrftoken"]
    assert csrf["secure"]
    assert csrf["samesite"] == "Lax"
    assert not csrf["httponly"]  # the SPA reads it to send X-CSRFToken
    session = client.post(
        "/api/v1/auth/login/",
        {"username": "prosecutor_gb", "password": TEST_PASSWORD},
        format="json",
    ).cookies["sessionid"]
    assert session["secure"]
    assert session["httponly"]
    assert session["samesite"] == "Lax"


def test_api_answers_are_never_cached(personas, client_for, settings, tmp_path) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    client = client_for(personas.prosecutor_gb)
    case = make_case(by=personas.prosecutor_gb)
    document = make_document(case=case, content=PDF)
    answers = {
        "json": client.get("/api/v1/cases/"),
        "problem": client.get("/api/v1/cases/00000000-0000-0000-0000-000000000000/"),
        "anonymous": APIClient().get("/api/v1/cases/"),
        "download": client.get(f"/api/v1/documents/{document.pk}/download/"),
        "calendar": client.get("/api/v1/deadlines.ics"),
        "login": APIClient().post("/api/v1/auth/login/", {}, format="json"),
    }
    for name, response in answers.items():
        assert response["Cache-Control"] == "no-store", name
        if response.streaming:
            b"".join(response.streaming_content)
    assert answers["download"].status_code == 200
    assert answers["calendar"].status_code == 200


def test_api_answers_may_load_and_run_nothing(personas, client_for) -> None:
    response = client_for(personas.prosecutor_gb).get("/api/v1/cases/")
    assert (
        response["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'; sandbox"
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("path", ["/api/docs/", "/api/redoc/"])
def test_docs_pages_have_a_content_security_policy(path: str) -> None:
    response = APIClient().get(path)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "default-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    html = response.content.decode()
    # No inline script for the policy to forbid, and nothing from another host.
    assert "<script>" not in html
    assert "https://" not in html


def test_swagger_ui_init_script_is_a_file() -> None:
    response = APIClient().get("/api/docs/?script=")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")


@override_settings(CORS_ALLOWED_ORIGINS=["https://spa.example.org"])
def test_cors_answers_only_configured_origins_with_credentials(personas) -> None:
    allowed = APIClient().options(
        "/api/v1/auth/login/",
        HTTP_ORIGIN="https://spa.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type,x-csrftoken",
    )
    assert allowed["Access-Control-Allow-Origin"] == "https://spa.example.org"
    assert allowed["Access-Control-Allow-Credentials"] == "true"
    assert "x-csrftoken" in allowed["Access-Control-Allow-Headers"]

    stranger = APIClient().options(
        "/api/v1/auth/login/",
        HTTP_ORIGIN="https://evil.example.net",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert "Access-Control-Allow-Origin" not in stranger
    assert "Access-Control-Allow-Credentials" not in stranger

    read = APIClient().get("/api/v1/health/", HTTP_ORIGIN="https://evil.example.net")
    assert "Access-Control-Allow-Origin" not in read
    read = APIClient().get("/api/v1/health/", HTTP_ORIGIN="https://spa.example.org")
    assert read["Access-Control-Allow-Origin"] == "https://spa.example.org"
    assert "ETag" in read["Access-Control-Expose-Headers"]
