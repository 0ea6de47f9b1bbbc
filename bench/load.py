# ruff: noqa: S603, S310 (benchmark only: fixed commands, loopback URLs of the server it started)
"""The load test: a mixed read workload from `wrk` on the loopback against gunicorn.

Why wrk: it is C and event-driven, so one thread of it sends thousands of requests a second for
a few percent of one core; on a 2-core machine a Python generator (the venv has requests only,
no asyncio HTTP client) would take a core from the server it measures. A Lua script rotates the
(path, token) pairs, so every request is a different user's or a different endpoint's, and
prints the figures as JSON at the end. `wrk` is Debian's package (`apt-get install -y wrk`).

Why gunicorn `gthread`, 3 workers x 2 threads on 2 cores: a request is mostly Python (the GIL:
one process runs on one core at a time), and part of it is waiting for PostgreSQL, which runs on
the same two cores. Two processes would leave a core idle while one waits; a third fills that
wait. More processes only add context switches and memory (each holds the whole application).
Two threads per process keep the keep-alive connections and let one request's database wait
overlap the other's Python. No `--max-requests` here (production recycles at 1,000): the RSS
after the run is that of a worker which served its whole share of the load.

Concurrency: as many connections as the server has threads (6): every process is busy, and no
request waits in gunicorn's own queue, so the p99 is the service time under full load.

The workload, for prosecutors and liaisons of three states each (personal API tokens of the
seeded users, created for the run and deleted after): the case list, a case file (the newest
case each sees), the asset list, the deadlines, the report summary. The textbook way
(`bench/textbook.py`) can serve only the liaisons' case list and case file (the seed writes
guardian's generic rows only for the partner states' liaison groups; the owning state's
prosecutors, the assets, the deadlines and the summary have no textbook form on this data), so
the throughput is compared on those requests, the product's and the textbook's, under the same
load; the mixed workload's own throughput and p50/p99 are reported beside them.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 3
THREADS = 2
CONNECTIONS = WORKERS * THREADS
TOKEN_NAME = "bench load test"  # noqa: S105 (the tokens' label, not a secret)
PAGE = "page_size=50"

LUA = r"""
local requests = REQUESTS
local counter = 0
local threads = {}

function setup(thread)
  thread:set("counter", #threads * 7)
  table.insert(threads, thread)
end

request = function()
  counter = counter + 1
  local r = requests[(counter % #requests) + 1]
  return wrk.format("GET", r[1], {["Authorization"] = "Token " .. r[2]})
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "connect": %d, "read": %d, "write": %d, ' ..
    '"status": %d, "timeout": %d, "p50_us": %.0f, "p90_us": %.0f, "p99_us": %.0f, ' ..
    '"max_us": %.0f}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))
end
"""


def wrk_path() -> str:
    found = shutil.which("wrk")
    if not found:
        raise SystemExit(
            "bench: wrk is missing (the load generator): `apt-get install -y wrk` (Debian), "
            "or run with --skip load"
        )
    return found


def lua_script(requests: list[tuple[str, str]]) -> str:
    """The wrk script sending `requests` ((path, token) pairs) in turn."""
    # JSON string literals of ASCII paths and tokens are Lua string literals too.
    table = ",\n  ".join(f"{{{json.dumps(path)}, {json.dumps(token)}}}" for path, token in requests)
    return LUA.replace("REQUESTS", "{\n  " + table + "\n}")


def parse_wrk(output: str) -> dict[str, Any]:
    """The figures of one wrk run, from the JSON line its script's `done` prints."""
    line = next((ln for ln in output.splitlines() if ln.startswith("BENCH_JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no figures:\n{output[-3000:]}")
    raw = json.loads(line.removeprefix("BENCH_JSON "))
    seconds = raw["duration_us"] / 1e6
    errors = sum(raw[k] for k in ("connect", "read", "write", "status", "timeout"))
    return {
        "requests": raw["requests"],
        "seconds": round(seconds, 1),
        "rps": round(raw["requests"] / seconds, 1) if seconds else 0.0,
        "p50_ms": round(raw["p50_us"] / 1000, 1),
        "p90_ms": round(raw["p90_us"] / 1000, 1),
        "p99_ms": round(raw["p99_us"] / 1000, 1),
        "max_ms": round(raw["max_us"] / 1000, 1),
        "errors": errors,
        "non_2xx": raw["status"],
    }


def run_wrk(
    origin: str,
    requests: list[tuple[str, str]],
    seconds: float,
    connections: int = CONNECTIONS,
) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(lua_script(requests))
    try:
        run = subprocess.run(
            [
                wrk_path(),
                "--threads",
                "1",
                "--connections",
                str(connections),
                "--duration",
                f"{max(1, round(seconds))}s",
                "--timeout",
                "10s",
                "--script",
                script.name,
                origin,
            ],
            capture_output=True,
            text=True,
            timeout=seconds + 60,
            check=False,
        )
    finally:
        Path(script.name).unlink()
    if run.returncode != 0:
        raise RuntimeError(f"wrk failed ({run.returncode}):\n{run.stdout}\n{run.stderr}")
    result = parse_wrk(run.stdout)
    result["connections"] = connections
    result["distinct_requests"] = len(requests)
    return result


# -- the server -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def gunicorn(
    env: dict[str, str], workers: int = WORKERS, threads: int = THREADS
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """gunicorn on a free loopback port, serving the application under `env`, until the block
    ends: yields its origin and its master process."""
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    metrics = tempfile.mkdtemp(prefix="bench_prometheus_")
    environment = {
        **os.environ,
        **env,
        "ALLOWED_HOSTS": "127.0.0.1",
        # gunicorn's configuration empties this directory at start: one of the run's own.
        "PROMETHEUS_MULTIPROC_DIR": metrics,
        "PYTHONUNBUFFERED": "1",
    }
    log_path = Path(tempfile.gettempdir()) / f"bench_gunicorn_{port}.log"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "asset_recovery.wsgi:application",
                f"--bind=127.0.0.1:{port}",
                "--worker-class=gthread",
                f"--workers={workers}",
                f"--threads={threads}",
                "--keep-alive=5",
                "--timeout=120",
                "--config=python:asset_recovery.gunicorn_config",
                "--error-logfile=-",
            ],
            cwd=ROOT,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_up(origin, server, log_path, workers)
            yield origin, server
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            shutil.rmtree(metrics, ignore_errors=True)


def wait_until_up(
    origin: str, server: subprocess.Popen[bytes], log: Path, workers: int, timeout: float = 120
) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(f"{origin}/api/v1/auth/csrf/", timeout=5)
            if len(worker_pids(server.pid)) >= workers:
                return
        except OSError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"gunicorn did not start:\n{log.read_text()[-5000:]}")
        time.sleep(0.3)


def worker_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    try:
        return [int(pid) for pid in children.read_text().split()]
    except OSError:
        return []


def memory_mb(pid: int) -> dict[str, float]:
    """The process's resident memory now (VmRSS) and at its peak (VmHWM), in MB."""
    figures = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            figures[name] = round(int(value.split()[0]) / 1024, 1)
    return {"rss_mb": figures.get("VmRSS", 0.0), "peak_mb": figures.get("VmHWM", 0.0)}


def cpu_seconds(pids: list[int]) -> float:
    """The CPU time (user + system) the processes have used so far, in seconds."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            # The fields after the command's name (which may hold spaces): utime is the 14th
            # field of the line, stime the 15th.
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / ticks


def check_requests(
    origin: str,
    requests: list[tuple[str, str]],
    times: int = 1,
    server_pids: list[int] | None = None,
    cpu_ms: dict[str, float] | None = None,
) -> dict[str, float]:
    """Every request of the workload answers 200 before it is measured (a 404 is fast). Returns
    the median time of each endpoint alone (no other load: where a slow p99 comes from).

    With `server_pids` and `cpu_ms`, also fills `cpu_ms` with the CPU time the server's workers
    spent per request of each endpoint (the requests go one at a time, so the workers' CPU is
    theirs): unlike the times, a figure that other work on the machine does not inflate much."""
    taken: dict[str, list[float]] = {}
    used: dict[str, list[float]] = {}
    for path, token in requests:
        request = urllib.request.Request(origin + path, headers={"Authorization": f"Token {token}"})
        for _ in range(times):
            cpu_before = cpu_seconds(server_pids) if server_pids else 0.0
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=60) as response:
                    response.read()
                    status = response.status
            except urllib.error.HTTPError as error:
                status = error.code
            if status != 200:
                raise RuntimeError(f"GET {path} answered {status}")
            taken.setdefault(endpoint(path), []).append((time.perf_counter() - started) * 1000)
            if server_pids:
                spent = (cpu_seconds(server_pids) - cpu_before) * 1000
                used.setdefault(endpoint(path), []).append(spent)
    if cpu_ms is not None:
        # The mean: the kernel counts CPU time in ticks (10 ms), so one request reads 0 or 10.
        cpu_ms.update({name: round(statistics.mean(values), 1) for name, values in used.items()})
    return {name: round(statistics.median(values), 1) for name, values in taken.items()}


def endpoint(path: str) -> str:
    """The path with its ids and query left out: /api/v1/cases/{id}/."""
    parts = path.split("?", 1)[0].split("/")
    return "/".join("{id}" if len(part) == 36 and part.count("-") == 4 else part for part in parts)


# -- the workload (in the benchmark's process, Django set up) ---------------------------------


def workload(states: int = 3) -> dict[str, Any]:
    """Tokens of prosecutors and liaisons of `states` states each, and the requests of each:
    {"mixed": [(path, token)], "product_subset": [...], "textbook": [...], "users": [...]}."""
    from django.db.models import Count

    from accounts.models import ApiToken
    from accounts.models.api_tokens import TOKEN_PREFIX_LENGTH, hash_token_key, new_token_key
    from cases.models import Case, CaseShare, Role, User
    from cases.visibility import cases_visible_to
    from demo.management.commands import seed_scale

    ApiToken.objects.filter(name=TOKEN_NAME).delete()
    owners = [seed_scale.PROSECUTOR_STATE] + [
        row["owner_state"]
        for row in Case.objects.exclude(owner_state=seed_scale.PROSECUTOR_STATE)
        .values("owner_state")
        .annotate(n=Count("id"))
        .order_by("-n", "owner_state")[: states - 1]
    ]
    partners = [seed_scale.LIAISON_STATE] + [
        row["state"]
        for row in CaseShare.objects.active()
        .exclude(state=seed_scale.LIAISON_STATE)
        .filter(state__in=User.objects.filter(role=Role.LIAISON).values("state"))
        .values("state")
        .annotate(n=Count("id"))
        .order_by("-n", "state")[: states - 1]
    ]
    people: list[User] = []
    for state in owners:
        known = User.objects.filter(username=seed_scale.BENCH_PROSECUTOR, state=state).first()
        lead = Case.objects.filter(owner_state=state).order_by("-created_at").first()
        people.append(known or User.objects.get(pk=lead.lead_prosecutor_id))  # type: ignore[union-attr]
    for state in partners:
        known = User.objects.filter(username=seed_scale.BENCH_LIAISON, state=state).first()
        people.append(
            known
            or User.objects.filter(role=Role.LIAISON, state=state, is_active=True)
            .order_by("username")
            .first()  # type: ignore[arg-type]
        )
    mixed, product_subset, textbook, users = [], [], [], []
    for user in people:
        key = new_token_key()
        ApiToken.objects.create(
            user=user,
            name=TOKEN_NAME,
            key_prefix=key[:TOKEN_PREFIX_LENGTH],
            key_hash=hash_token_key(key),
        )
        case = cases_visible_to(user).order_by("-created_at").first()
        assert case is not None, f"{user.username} sees no case"
        paths = [
            f"/api/v1/cases/?{PAGE}",
            f"/api/v1/cases/{case.pk}/",
            f"/api/v1/assets/?{PAGE}",
            f"/api/v1/deadlines/?{PAGE}",
            "/api/v1/reports/summary/",
        ]
        mixed.extend((path, key) for path in paths)
        users.append({"username": user.username, "role": user.role, "state": user.state_id})
        if user.role == Role.LIAISON:
            product_subset.extend((path, key) for path in paths[:2])
            textbook.append((f"/bench/textbook/cases/?{PAGE}", key))
            textbook.append((f"/bench/textbook/cases/{case.pk}/", key))
    return {
        "mixed": mixed,
        "product_subset": product_subset,
        "textbook": textbook,
        "users": users,
    }


def drop_tokens() -> None:
    from accounts.models import ApiToken

    ApiToken.objects.filter(name=TOKEN_NAME).delete()


def load_test(
    env: dict[str, str],
    seconds: float,
    warmup: float = 5,
    workers: int = WORKERS,
    threads: int = THREADS,
) -> dict[str, Any]:
    """The three runs (the mixed workload, the textbook's requests by the product, the same by the
    textbook) on one gunicorn, with the workers' memory read after the product's runs (before
    the textbook's, whose cost is not the product's)."""
    from django.db import connection

    plan = workload()
    connection.close()  # the server's workers, not this process, hold connections during the run
    try:
        with gunicorn(env, workers=workers, threads=threads) as (origin, server):
            check_requests(origin, plan["textbook"])
            pids = worker_pids(server.pid)
            cpu_alone: dict[str, float] = {}
            alone = check_requests(
                origin, plan["mixed"], times=10, server_pids=pids, cpu_ms=cpu_alone
            )
            result: dict[str, Any] = {
                "server": f"gunicorn gthread, {workers} workers x {threads} threads",
                "generator": "wrk, 1 thread, Lua script rotating tokens and paths",
                "users": plan["users"],
                "textbook_serves": "the liaisons' case list and case file",
                "alone_median_ms": alone,
                "alone_cpu_ms": cpu_alone,
                "load_average_before": [round(x, 2) for x in os.getloadavg()],
            }
            if warmup:
                run_wrk(origin, plan["mixed"], warmup)
            for name, requests in (
                ("mixed", plan["mixed"]),
                ("textbook_subset", plan["product_subset"]),
            ):
                cpu_before = cpu_seconds(pids)
                result[name] = run_wrk(origin, requests, seconds)
                spent = (cpu_seconds(pids) - cpu_before) * 1000
                result[name]["server_cpu_ms_per_request"] = round(
                    spent / max(result[name]["requests"], 1), 1
                )
            result["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
            memory = [memory_mb(pid) for pid in worker_pids(server.pid)]
            result["workers_memory_mb"] = memory
            result["rss_after_mb"] = max(m["rss_mb"] for m in memory)
            result["peak_rss_mb"] = max(m["peak_mb"] for m in memory)
            if warmup:
                run_wrk(origin, plan["textbook"], warmup)
            result["textbook"] = run_wrk(origin, plan["textbook"], seconds)
    finally:
        drop_tokens()
    return result
