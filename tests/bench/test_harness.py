"""The benchmark's pieces on a tiny scale, so that `make bench` cannot rot between its long runs:
the verdicts on made-up figures, the load generator for 2 s against a loopback server, the
reminder sweep with 50 deadlines on two real workers and a real Redis."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from bench import load, report, sweep, verdicts
from demo.management.commands import seed_scale
from tests.browser.conftest import database_url
from tests.support.redis_server import broker_of_its_own


def scale_run(scale: str, **figures: Any) -> dict[str, Any]:
    row = {
        "scenario": "case list",
        "who": "liaison FR",
        "median_ms": figures.get("median", 8.0),
        "floor_median_ms": figures.get("floor", 2.0),
        "ratio_to_floor": round(figures.get("median", 8.0) / figures.get("floor", 2.0), 2),
        "p95_ms": 9.0,
        "queries": 4,
    }
    summary = {
        "scenario": "report summary",
        "who": "prosecutor GB",
        "median_ms": figures.get("summary", 120.0),
        "p95_ms": 130.0,
        "queries": 8,
    }
    return {"scale": scale, "cases": 10, "rows": [row, summary]}


def by_target(rows: list[dict[str, Any]], start: str) -> dict[str, Any]:
    found = [row for row in rows if row["target"].startswith(start)]
    assert len(found) == 1, (start, [row["target"] for row in rows])
    return found[0]


def test_verdicts_pass_fail_and_not_measured() -> None:
    small = scale_run("S", median=6.0, floor=2.0)
    large = scale_run("L", median=10.0, floor=2.0, summary=180.0)
    rows = verdicts.compute(large, {"S": small, "L": large})
    floor = by_target(rows, "case list (liaison FR): median / SQL floor")
    assert floor["figure"] == 5.0
    assert floor["passed"] is False
    growth = by_target(rows, "case list (liaison FR): S to L")
    assert growth["figure"] == pytest.approx(1.67)
    assert growth["passed"] is False
    assert by_target(rows, "report summary (prosecutor GB)")["passed"] is False
    # Nothing measured is never a pass.
    for start in ("load:", "reminder sweep", "web process RSS", "SPA:", "matching"):
        assert all(r["passed"] is None for r in rows if r["target"].startswith(start)), start

    alone = verdicts.compute(small, {"S": small})
    growth = by_target(alone, "case list (liaison FR): S to L")
    assert growth["passed"] is None
    assert "results-L.json" in growth["note"]
    assert by_target(alone, "case list (liaison FR): median / SQL floor")["passed"] is True
    assert by_target(alone, "report summary (prosecutor GB)")["passed"] is True


def test_load_verdicts_compare_the_same_requests_and_count_failures() -> None:
    def wrk(rps: float, p99: float, errors: int = 0) -> dict[str, Any]:
        return {"rps": rps, "p50_ms": p99 / 3, "p99_ms": p99, "errors": errors}

    good = {
        "mixed": wrk(300, 80),
        "textbook_subset": wrk(500, 40),
        "textbook": wrk(50, 400),
        "rss_after_mb": 200.0,
    }
    rows = verdicts.load_verdicts(good)
    assert by_target(rows, "load: throughput")["figure"] == 10.0
    assert all(row["passed"] for row in rows)
    assert verdicts.rss_verdict(good)["passed"] is True
    failing = {**good, "mixed": wrk(300, 80, errors=3)}
    assert not any(row["passed"] for row in verdicts.load_verdicts(failing))


def test_sweep_verdict_needs_exactly_once_and_the_full_count() -> None:
    figures = {
        "deadlines": 10_000,
        "reminders": 20_000,
        "notifications": 20_000,
        "emails": 20_000,
        "seconds": 20.0,
        "exactly_once": True,
    }
    assert verdicts.sweep_verdict(figures)["passed"] is True
    assert verdicts.sweep_verdict({**figures, "seconds": 31.0})["passed"] is False
    assert verdicts.sweep_verdict({**figures, "deadlines": 50})["passed"] is False
    twice = {**figures, "exactly_once": False, "problems": ["2 emails for 1"]}
    assert "2 emails for 1" in verdicts.sweep_verdict(twice)["note"]


def test_results_are_kept_per_scale_and_tabled(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    report.save(out, scale_run("S", median=6.0))
    results = report.save(out, scale_run("L", median=6.6))
    assert set(results["scales"]) == {"S", "L"}
    assert (tmp_path / "results-S.json").exists()
    growth = by_target(results["scales"]["L"]["verdicts"], "case list (liaison FR): S to L")
    assert growth["passed"] is True
    text = report.table(results, "L")
    assert (
        "| case list (liaison FR): S to L growth of the median | ≤ 1.5 x | 1.1 x | **pass**" in text
    )
    assert "1.10x" in text


class Recorder(BaseHTTPRequestHandler):
    seen: Counter[tuple[str, str]] = Counter()

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self.seen[(self.path, self.headers.get("Authorization", ""))] += 1
        status = 500 if self.path == "/broken" else 200
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # wrk drops its connections mid-response when its time is up


@pytest.fixture
def loopback() -> Iterator[str]:
    if shutil.which("wrk") is None:
        pytest.skip("wrk is missing: apt-get install -y wrk (make bench-tools)")
    Recorder.seen = Counter()
    server = QuietServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_the_load_generator_rotates_tokens_and_paths(loopback: str) -> None:
    requests = [("/a?page_size=50", "token-one"), ("/b/", "token-two"), ("/c", "token-one")]
    result = load.run_wrk(loopback, requests, seconds=2, connections=2)
    assert result["requests"] > 30
    assert result["errors"] == 0
    assert result["rps"] > 0
    assert 0 < result["p50_ms"] <= result["p99_ms"] <= result["max_ms"]
    # Every pair sent, each path with its own token, in turn (no pair more than twice another).
    sent = dict(Recorder.seen)
    assert set(sent) == {(path, f"Token {token}") for path, token in requests}
    assert max(sent.values()) <= 2 * min(sent.values()) + 2


def test_the_load_generator_counts_failed_requests(loopback: str) -> None:
    result = load.run_wrk(loopback, [("/broken", "t"), ("/fine", "t")], seconds=2, connections=1)
    assert result["non_2xx"] > 0
    assert result["errors"] >= result["non_2xx"]


@pytest.mark.slow
@pytest.mark.timeout(300)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_sweep_delivers_50_reminders_once_with_two_workers(settings, tmp_path) -> None:
    from django.db import connection

    call_command("seed_scale", cases=50, due=50, any_database=True, no_progress=True, verbosity=0)
    with broker_of_its_own(settings) as broker:
        result = sweep.measure(
            now=seed_scale.BENCH_NOW,
            expected=50,
            broker_url=broker.url,
            worker_env={
                "DJANGO_SETTINGS_MODULE": "tests.settings",
                "DATABASE_URL": database_url(connection.settings_dict),
                "REDIS_URL": broker.url,
                "TEST_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
                "TEST_EMAIL_FILE_PATH": str(tmp_path),
            },
            mail_dir=tmp_path,
            timeout=120,
        )
    assert result["problems"] == []
    assert result["exactly_once"]
    assert result["deadlines"] == 50
    assert result["reminders"] >= 50
    assert result["notifications"] == result["reminders"] - result["skipped"]
    assert result["emails"] > 0
    assert result["workers"] == 2


def test_cpu_per_request_alone_is_the_servers_own(loopback: str) -> None:
    # The loopback server runs in this process: its CPU time is this process's.
    burner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.3)
        before = load.cpu_seconds([burner.pid])
        time.sleep(1)
        # It burns what it gets of a core (the machine may be busy with others' work).
        assert load.cpu_seconds([burner.pid]) - before > 0.05
    finally:
        burner.kill()
        burner.wait()
    cpu: dict[str, float] = {}
    requests = [("/a", "t"), ("/b/00000000-0000-0000-0000-000000000000/", "t")]
    alone = load.check_requests(loopback, requests, times=3, server_pids=[os.getpid()], cpu_ms=cpu)
    assert set(alone) == set(cpu) == {"/a", "/b/{id}/"}
    assert all(0 <= ms < 1000 for ms in cpu.values())
