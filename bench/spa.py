"""The web application's timings in Chromium (playwright, /usr/bin/chromium), against gunicorn
serving the built SPA (frontend/dist) and the API on the benchmark's database.

- First screen: a new browser context (nothing cached) opens `/` until the sign-in form is
  usable (its Username field shown), as the end-to-end suite measures it (frontend/e2e/auth).
  The first screen is the sign-in form, the same on the demo and on any data.
- Its JavaScript: every script the browser fetched until then, gzip-compressed (level 6, a
  reverse proxy's usual setting; the application serves the files as they are).
- The liaison's case list: signed in as the benchmark's FR liaison, the time from a click on
  "Cases" in the navigation until the table shows its first row (the shared cases of FR: 5,101
  at L). The sign-in itself (password hashing included) is reported beside it.
Each figure is the median of `rounds` fresh contexts.
"""

from __future__ import annotations

import gzip
import os
import statistics
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "frontend" / "dist"
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
PASSWORD = "benchmark passphrase, synthetic data only"  # noqa: S105 (the benchmark's own users)


def gzip_kb(paths: list[str], dist: Path = DIST) -> float:
    """The gzip size (level 6) of these URL paths' files in `dist`, in KB."""
    total = 0
    for path in sorted(set(paths)):
        total += len(gzip.compress((dist / path.lstrip("/")).read_bytes(), compresslevel=6))
    return round(total / 1024, 1)


def set_password(username: str) -> None:
    """The benchmark's user signs in with a known password (hashed as production does)."""
    from cases.models import User

    user = User.objects.get(username=username)
    user.set_password(PASSWORD)
    user.save(update_fields=["password"])


def measure(origin: str, username: str, rounds: int = 5) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    if not (DIST / "index.html").exists():
        return {"error": "frontend/dist is missing: bash scripts/build_frontend.sh"}
    if not Path(CHROMIUM).exists():
        return {"error": f"{CHROMIUM} is missing: apt-get install chromium"}
    first, signin, cases, scripts = [], [], [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        try:
            for _ in range(rounds):
                context = browser.new_context(base_url=origin)
                page = context.new_page()
                fetched: list[str] = []
                page.on(
                    "response",
                    lambda response, fetched=fetched: (
                        fetched.append(urlsplit(response.url).path)
                        if response.request.resource_type == "script"
                        else None
                    ),
                )
                started = time.perf_counter()
                page.goto("/")
                page.get_by_label("Username").wait_for()
                first.append((time.perf_counter() - started) * 1000)
                scripts = list(fetched)

                page.get_by_label("Username").fill(username)
                page.get_by_label("Password", exact=True).fill(PASSWORD)
                started = time.perf_counter()
                page.get_by_role("button", name="Sign in").click()
                navigation = page.get_by_role("navigation")
                navigation.wait_for()
                signin.append((time.perf_counter() - started) * 1000)

                started = time.perf_counter()
                navigation.get_by_role("link", name="Cases", exact=True).click()
                page.get_by_role("table").get_by_role("row").nth(1).wait_for()
                cases.append((time.perf_counter() - started) * 1000)
                context.close()
        finally:
            browser.close()
    return {
        "rounds": rounds,
        "first_screen_ms": round(statistics.median(first), 1),
        "first_screen_runs_ms": [round(t, 1) for t in first],
        "sign_in_ms": round(statistics.median(signin), 1),
        "liaison_cases_ms": round(statistics.median(cases), 1),
        "liaison_cases_runs_ms": [round(t, 1) for t in cases],
        "first_screen_scripts": sorted(set(scripts)),
        "first_screen_js_gzip_kb": gzip_kb(scripts),
        "user": username,
    }
