"""Several web processes' request figures add up in one scrape (prometheus-client's multiprocess
mode, set up for gunicorn by asset_recovery/gunicorn_config.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from prometheus_client.parser import text_string_to_metric_families

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "metrics-token-for-the-test-suite-0123456789"

REQUESTS = (
    "import django; django.setup(); from django.test import Client; c = Client(); "
    "[c.get('/api/metrics/') for _ in range(3)]"
)
SCRAPE = (
    "import django, sys; django.setup(); from django.test import Client; "
    f"r = Client().get('/api/metrics/', HTTP_AUTHORIZATION='Bearer {TOKEN}'); "
    "assert r.status_code == 200, r.content; sys.stdout.write(r.content.decode())"
)


def run(code: str, env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.django_db
@pytest.mark.slow
def test_two_web_processes_add_up_in_one_scrape(tmp_path) -> None:
    settings_dict = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "PROMETHEUS_MULTIPROC_DIR": str(tmp_path),
        "METRICS_TOKEN": TOKEN,
        "ALLOWED_HOSTS": "testserver",
        # The scrape reads the reminders' backlog from the test database.
        "DATABASE_URL": (
            f"postgres://{settings_dict['USER']}@{settings_dict['HOST']}:"
            f"{settings_dict['PORT']}/{settings_dict['NAME']}"
        ),
    }
    # gunicorn's master empties the directory before the workers start.
    (tmp_path / "stale_0.db").write_bytes(b"left over from a previous run")
    gunicorn_config = run(
        "from asset_recovery import gunicorn_config as g; g.on_starting(None); "
        "print(g.MULTIPROC_DIR)",
        env,
    )
    assert gunicorn_config.strip() == str(tmp_path)
    assert list(tmp_path.iterdir()) == []

    for _ in range(2):  # two workers, three requests each
        run(REQUESTS, env)
    page = run(SCRAPE, env)
    counted = {
        sample.labels["view"]: sample.value
        for family in text_string_to_metric_families(page)
        for sample in family.samples
        if sample.name == "django_http_responses_total_by_status_view_method_total"
        and sample.labels.get("status") == "404"
    }
    assert counted.get("metrics") == 6
