"""A web worker does not hold matching's name tables, nor the libraries only some requests use
(issue 22: a web worker under 250 MB after the load run; it was 545-595 MB).

logic-v2's name tables (~260 MB, built on the first comparison), nomenklatura's import (~105 MB:
scikit-learn, SciPy, SQLAlchemy), followthemoney (~30 MB), rigour's name tools and openpyxl are
loaded by the requests that use them (a subject's matches, an FtM or XLSX export), not by the
URLconf, not by the workload of the load test, and not as a gunicorn worker starts
(asset_recovery/gunicorn_config.py has no warm-up any more). A fresh process is needed to see
it: this test process has imported all of them already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from tests.factories import make_asset, make_case, make_subject, share

pytestmark = pytest.mark.django_db(transaction=True)  # the process below reads the rows

ROOT = Path(__file__).resolve().parents[2]

HEAVY = ["nomenklatura", "followthemoney", "rigour.names", "openpyxl", "sklearn", "scipy"]

PROBE = """
import json, sys
import django
django.setup()
from django.test import Client
from django.urls import get_resolver
from cases.models import Case, User
from matching import scoring

get_resolver().url_patterns  # the whole URLconf, as a gunicorn worker imports it
statuses = {}
for username in ("prosecutor_gb", "liaison_fr"):
    client = Client()
    client.force_login(User.objects.get(username=username))
    case = Case.objects.get()
    for path in ("/api/v1/cases/", f"/api/v1/cases/{case.pk}/", "/api/v1/assets/",
                 "/api/v1/deadlines/", "/api/v1/reports/summary/", "/api/v1/subjects/"):
        statuses[f"{username} {path}"] = client.get(path).status_code
rss = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS"))
print(json.dumps({
    "statuses": statuses,
    "loaded": [name for name in HEAVY if name in sys.modules],
    "logic_v2_loaded": scoring.loaded(),
    "rss_mb": rss / 1024,
}))
""".replace("HEAVY", repr(HEAVY))


def database_url() -> str:
    settings = connection.settings_dict
    host = settings["HOST"] or "127.0.0.1"
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    return f"postgres://{settings['USER']}{password}@{host}:{settings['PORT'] or 5432}/{settings['NAME']}"


def test_serving_the_load_tests_requests_loads_no_name_tables(personas) -> None:
    case = make_case(by=personas.prosecutor_gb)
    make_subject(case=case, name="Viktor Yanukovych")
    make_asset(case=case)
    share(case, "FR")
    run = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.settings",
            "DATABASE_URL": database_url(),
            "ALLOWED_HOSTS": "testserver",
        },
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    assert set(figures["statuses"].values()) == {200}, figures["statuses"]
    assert figures["loaded"] == [], figures
    assert figures["logic_v2_loaded"] is False
    # ~130 MB here (95 MB of it Django's setup); it was ~300 MB with the URLconf's imports alone.
    assert figures["rss_mb"] < 200, figures
