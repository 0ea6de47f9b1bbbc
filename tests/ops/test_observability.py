"""Sentry and OpenTelemetry: off, and not even imported, unless their settings are set."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
# redis-py imports OpenTelemetry's API and metrics SDK by itself when they are installed
# (redis/observability: for its own, opt-in, metrics), which starts nothing; what must stay out
# is Sentry, the tracing SDK, the exporters and the instrumentations, and the global tracer
# provider must stay the API's no-op proxy.
PROBE = (
    "import json, sys, django; django.setup(); "
    "import asset_recovery.wsgi, asset_recovery.celery; "
    "from asset_recovery import observability; "
    "provider = type(sys.modules['opentelemetry.trace'].get_tracer_provider()).__name__ "
    "if 'opentelemetry.trace' in sys.modules else None; "
    "print(json.dumps({'modules': sorted(m for m in sys.modules "
    "if m.split('.')[0] == 'sentry_sdk' or m.startswith(('opentelemetry.sdk.trace', "
    "'opentelemetry.instrumentation', 'opentelemetry.exporter'))), "
    "'provider': provider, 'started': sorted(observability._started)}))"
)


def probe(**env: str) -> dict[str, Any]:
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SENTRY_DSN", "OTEL_EXPORTER_OTLP_ENDPOINT", "DJANGO_SETTINGS_MODULE"}
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env={**base, "DJANGO_SETTINGS_MODULE": "tests.settings", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    answer: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer


def test_unset_nothing_is_imported_or_started() -> None:
    answer = probe()
    assert answer["modules"] == []
    assert answer["started"] == []
    assert answer["provider"] in (None, "ProxyTracerProvider")


def test_sentry_starts_when_its_dsn_is_set() -> None:
    pytest.importorskip("sentry_sdk")
    answer = probe(SENTRY_DSN="https://public@127.0.0.1:9/1")
    assert answer["started"] == ["sentry"]
    assert "sentry_sdk.integrations.django" in answer["modules"]
    assert not [m for m in answer["modules"] if m.startswith("opentelemetry")]


def test_opentelemetry_starts_when_its_endpoint_is_set() -> None:
    pytest.importorskip("opentelemetry.instrumentation.django")
    answer = probe(OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:9")
    assert answer["started"] == ["otel"]
    assert answer["provider"] == "TracerProvider"
    assert "opentelemetry.instrumentation.django" in answer["modules"]
    assert not [m for m in answer["modules"] if m.startswith("sentry_sdk")]


def test_a_setting_without_its_package_is_refused(tmp_path) -> None:
    # A directory on the path where `sentry_sdk` cannot be imported, as in the base image.
    (tmp_path / "sentry_sdk").mkdir()
    (tmp_path / "sentry_sdk" / "__init__.py").write_text("raise ImportError('not installed')\n")
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.settings",
            "SENTRY_DSN": "https://public@127.0.0.1:9/1",
            "PYTHONPATH": str(tmp_path),
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "SENTRY_DSN is set but sentry-sdk is not installed" in result.stderr
