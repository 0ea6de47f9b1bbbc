"""The web application's end-to-end suite (frontend/e2e, Vitest + playwright-core + axe-core).

The API runs as its own process under production settings on PostgreSQL, with the demo loaded
(`seed_demo`), and serves the built SPA at /; the suite drives Debian's chromium against it as
prosecutor_gb and liaison_fr. The demo signs in with passwords alone (MFA_REQUIRED_ROLES empty, as
`make run` sets it); the second factor in the browser is test_spa_flow's subject.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.core.management import call_command

from cases.models import User
from tests.browser.conftest import ROOT, running_api

DEMO_PASSWORD = "demo passphrase for the e2e suite"
FRONTEND = ROOT / "frontend"


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_web_application_end_to_end(chromium_path, spa_dist, tmp_path, monkeypatch) -> None:
    npx = shutil.which("npx")
    if npx is None or not (FRONTEND / "node_modules" / ".bin" / "vitest").exists():
        message = "Node.js and frontend/node_modules are needed: `make frontend`"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    monkeypatch.setenv("DEMO_PASSWORD", DEMO_PASSWORD)
    call_command("seed_demo", verbosity=0)
    # The server hashes as production does; the suite's own hasher is a fast one.
    hashed = PBKDF2PasswordHasher().encode(DEMO_PASSWORD, "e2edemosalt")
    User.objects.update(password=hashed)

    with running_api({"MFA_REQUIRED_ROLES": ""}, tmp_path / "media") as origin:
        started = time.monotonic()
        run = subprocess.run(
            [npx, "--no-install", "vitest", "run", "--config", "vitest.e2e.config.ts"],
            cwd=FRONTEND,
            env={
                **os.environ,
                "E2E_BASE_URL": origin,
                "E2E_PASSWORD": DEMO_PASSWORD,
                "CHROMIUM": chromium_path,
                "E2E_SCREENSHOTS": os.environ.get("E2E_SCREENSHOTS", ""),
                "NO_COLOR": "1",
            },
            capture_output=True,
            text=True,
            timeout=540,
            check=False,
        )
        elapsed = time.monotonic() - started
    # The suite's own report, shown with -s or on failure.
    print(run.stdout[-20000:])
    print(f"e2e suite: {elapsed:.1f} s")
    assert run.returncode == 0, run.stdout[-20000:] + run.stderr[-5000:]
