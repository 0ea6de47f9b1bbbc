# ruff: noqa: S603, S608 (benchmark only: fixed commands, SQL from constants of this file)
"""`make bench [SCALE=S|L]`: the benchmark of issue 9, through the full Django stack.

Every scenario is a request through `django.test.Client` (URL routing, middleware, session
authentication, permission filtering, serialization, JSON rendering), timed over many requests,
with its query count taken on one more request. Beside each list run, in the same process and on
the same data:
- the floor: one hand-written SQL statement returning the same page (and the count), whose ids
  are checked against the API's page;
- for the liaison's case list, the textbook way (`bench/textbook.py`).

Writes `bench/results.json` (results of each scale kept side by side, so that S to L growth is
computed when both were run) and `bench/results.md` (the table), and prints the table.
The process running the requests is the "web process" whose RSS is reported: the database is
migrated and seeded in child processes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# One database per scale, so that S and L stay loaded side by side (S to L growth in one sitting).
DEFAULT_DATABASE_URLS = {
    "S": "postgres://postgres@127.0.0.1:5432/asset_recovery_s_bench",
    "L": "postgres://postgres@127.0.0.1:5432/asset_recovery_l_bench",
}
DEFAULT_DATABASE_URL = DEFAULT_DATABASE_URLS["L"]
# The planner's cost of a random page read for storage where it costs about what a sequential one
# does (SSD, or a data set in RAM as here): the production setting (docker/compose.yaml). With the
# default of 4, PostgreSQL prefers a parallel scan of all 1,000,000 assets (138 ms) to the index
# per shared case (38 ms) for a liaison's asset count.
RANDOM_PAGE_COST = "1.1"
# And no JIT compilation, as on the production server (docker/compose.yaml).
ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "bench.settings",
    "DEBUG": "0",
    "SECRET_KEY": "bench-only-secret-key-not-for-production-0123456789abcdef",
    "CELERY_BROKER_URL": "memory://",
    "ALLOWED_HOSTS": "testserver",
    "SECURE_SSL_REDIRECT": "0",
    "SESSION_COOKIE_SECURE": "0",
    "CSRF_COOKIE_SECURE": "0",
    "THROTTLE_USER": "100000000/min",
    # And per address: every request of the load test comes from 127.0.0.1, and at 3,000 a
    # minute per worker the textbook's run was answered 429 (7,981 of 8,073, session 14).
    "THROTTLE_ADDRESS": "100000000/min",
    "LOG_LEVEL": "WARNING",
    # As in the test settings: the benchmark signs in with force_login, past any second factor.
    "MFA_REQUIRED_ROLES": "",
}
LIST_PAGE = 50
FIXED_COST = "fixed cost of a request (GET /api/v1/auth/me/)"


def prepare_environment(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    for name, value in ENVIRONMENT.items():
        os.environ.setdefault(name, value)


def ensure_database(database_url: str) -> None:
    import psycopg

    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
        conn.execute(f'ALTER DATABASE "{name}" SET random_page_cost = {RANDOM_PAGE_COST}')
        conn.execute(f'ALTER DATABASE "{name}" SET jit = off')


def manage(*args: str) -> None:
    subprocess.run([sys.executable, str(ROOT / "manage.py"), *args], check=True, cwd=ROOT)


# -- measuring --------------------------------------------------------------------------------


def measure(requests: int, call: Callable[[], Any], warmup: int = 3) -> dict[str, Any]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(warmup):
        call()
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as captured:
        call()
    times.sort()
    return {
        "requests": requests,
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[min(len(times) - 1, int(len(times) * 0.95))], 2),
        "queries": len(captured),
    }


def page_ids(response: Any) -> list[str]:
    assert response.status_code == 200, (response.status_code, response.content[:500])
    return [row["id"] for row in response.json()["results"]]


# -- the floors: hand-written SQL returning the same rows -------------------------------------

CASE_COLUMNS = (
    "c.id, c.reference, c.title, c.summary, c.status, c.owner_state_id, c.origin_state_id, "
    "c.offence_category, c.opened_on, c.closed_on, c.updated_at, u.id, u.username, u.name"
)
OWNER_EXTRAS = (
    ", c.internal_notes, c.created_at, c.version"
    ", (SELECT json_agg(json_build_object('id', t.id, 'username', t.username, 'name', t.name))"
    "   FROM cases_case_team ct JOIN cases_user t ON t.id = ct.user_id WHERE ct.case_id = c.id)"
    ", (SELECT json_agg(json_build_object('state', j.state_id, 'role', j.role))"
    "   FROM cases_casejurisdiction j WHERE j.case_id = c.id)"
)
SHARE_IN_FORCE = (
    "s.state_id = %(state)s AND s.revoked_at IS NULL "
    "AND (s.expires_on IS NULL OR s.expires_on >= %(today)s)"
)
FLOOR_LIAISON_CASES = f"""
SELECT (SELECT count(*) FROM cases_caseshare s WHERE {SHARE_IN_FORCE}), {CASE_COLUMNS}
FROM cases_caseshare s
JOIN cases_case c ON c.id = s.case_id
JOIN cases_user u ON u.id = c.lead_prosecutor_id
WHERE {SHARE_IN_FORCE}
ORDER BY s.case_created_at DESC, s.case_id DESC
LIMIT {LIST_PAGE}
"""
FLOOR_OWNER_CASES = f"""
SELECT (SELECT count(*) FROM cases_case c WHERE c.owner_state_id = %(state)s),
       {CASE_COLUMNS} {OWNER_EXTRAS}
FROM cases_case c
JOIN cases_user u ON u.id = c.lead_prosecutor_id
WHERE c.owner_state_id = %(state)s
ORDER BY c.created_at DESC, c.id DESC
LIMIT {LIST_PAGE}
"""
# UPPER(...) LIKE UPPER(...): the expression the trigram index on subject names serves.
SEARCH_WHERE = """c.owner_state_id = %(state)s AND (
    c.reference ILIKE %(term)s OR c.title ILIKE %(term)s
    OR EXISTS (SELECT 1 FROM cases_subject j
               WHERE j.case_id = c.id AND UPPER(j.name::text) LIKE UPPER(%(term)s)))"""
FLOOR_OWNER_SEARCH = f"""
SELECT (SELECT count(*) FROM cases_case c WHERE {SEARCH_WHERE}), {CASE_COLUMNS} {OWNER_EXTRAS}
FROM cases_case c
JOIN cases_user u ON u.id = c.lead_prosecutor_id
WHERE {SEARCH_WHERE}
ORDER BY c.created_at DESC, c.id DESC
LIMIT {LIST_PAGE}
"""
ASSET_COLUMNS = """a.id, a.case_id, a.kind, a.description, a.details, a.jurisdiction_id,
    a.holder_id, a.beneficial_owner_id, a.estimated_value_amount, a.estimated_value_currency,
    a.stage, a.freeze_expires_on, a.updated_at,
    (SELECT json_agg(t) FROM cases_assetrecoverytotal t WHERE t.asset_id = a.id)"""
FLOOR_LIAISON_ASSETS = f"""
SELECT (SELECT count(*) FROM cases_asset a JOIN cases_caseshare s ON s.case_id = a.case_id
        WHERE {SHARE_IN_FORCE} AND a.stage = %(stage)s AND NOT a.restricted),
       {ASSET_COLUMNS}
FROM cases_asset a JOIN cases_caseshare s ON s.case_id = a.case_id
WHERE {SHARE_IN_FORCE} AND a.stage = %(stage)s AND NOT a.restricted
ORDER BY a.created_at DESC, a.id DESC
LIMIT {LIST_PAGE}
"""
FLOOR_OWNER_ASSETS = f"""
SELECT (SELECT count(*) FROM cases_asset a
        WHERE a.owner_state_id = %(state)s AND a.stage = %(stage)s),
       {ASSET_COLUMNS}, a.source, a.restricted, a.internal_notes, a.created_at, a.version
FROM cases_asset a
WHERE a.owner_state_id = %(state)s AND a.stage = %(stage)s
ORDER BY a.created_at DESC, a.id DESC
LIMIT {LIST_PAGE}
"""


def floor(sql: str, params: dict[str, Any]) -> Callable[[], list[str]]:
    from django.db import connection

    def run() -> list[str]:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [str(row[1]) for row in cursor.fetchall()]

    return run


# -- the run ----------------------------------------------------------------------------------


def run_benchmark(
    scale: str, requests: int, sweep_requests: int, report_requests: int, partial: Path
) -> dict[str, Any]:
    import django

    django.setup()
    from django.db import connection, transaction
    from django.test import Client
    from django.urls import Resolver404, resolve
    from django.utils import timezone

    from cases.models import Asset, Case, CaseStatus, Role, User
    from deadlines import reminders
    from demo.management.commands import seed_scale

    prosecutor = User.objects.get(username=seed_scale.BENCH_PROSECUTOR)
    liaison = User.objects.get(username=seed_scale.BENCH_LIAISON)
    as_prosecutor, as_liaison = Client(), Client()
    as_prosecutor.force_login(prosecutor)
    as_liaison.force_login(liaison)
    today = timezone.now().date()
    term = seed_scale.SEARCH_TERM
    rows: list[dict[str, Any]] = []

    def scenario(name: str, who: str, call: Callable[[], Any], n: int = requests, **extra: Any):
        print(f"  {name} ({who}) x{n} ...", flush=True)
        row = {"scenario": name, "who": who, **measure(n, call), **extra}
        rows.append(row)
        # Kept as it goes: a long run stopped halfway still shows what it measured.
        partial.write_text(json.dumps({"scale": scale, "rows": rows}, indent=2, default=str))
        return row

    def list_scenario(
        name: str,
        who: str,
        client: Client,
        url: str,
        sql: str,
        params: dict[str, Any],
        textbook: str | None = None,
    ) -> None:
        api_ids = page_ids(client.get(url))
        floor_call = floor(sql, params)
        assert floor_call() == api_ids, f"{name}: the floor's rows differ from the API's page"
        row = scenario(name, who, lambda: page_ids(client.get(url)))
        row["rows"] = len(api_ids)
        row["total"] = client.get(url).json()["count"]
        floor_row = measure(requests, floor_call)
        row["floor_median_ms"] = floor_row["median_ms"]
        row["floor_p95_ms"] = floor_row["p95_ms"]
        row["ratio_to_floor"] = round(row["median_ms"] / floor_row["median_ms"], 2)
        if textbook:
            assert page_ids(client.get(textbook)) == api_ids, "textbook rows differ"
            book = measure(requests, lambda: page_ids(client.get(textbook)))
            row["textbook_median_ms"] = book["median_ms"]
            row["textbook_p95_ms"] = book["p95_ms"]
            row["textbook_queries"] = book["queries"]
            row["textbook_speedup"] = round(book["median_ms"] / row["median_ms"], 2)

    page = f"page_size={LIST_PAGE}"
    gb, fr = seed_scale.PROSECUTOR_STATE, seed_scale.LIAISON_STATE
    print(f"bench at scale {scale}: {Case.objects.count():,} cases", flush=True)
    # What every request pays before its own work: routing, middleware, the session and user
    # lookups, DRF's dispatch and rendering. A floor (one SQL statement) pays none of it.
    fixed = scenario(
        FIXED_COST,
        f"prosecutor {gb}",
        lambda: _ok(as_prosecutor.get("/api/v1/auth/me/")),
    )
    list_scenario(
        "case list",
        f"prosecutor {gb}",
        as_prosecutor,
        f"/api/v1/cases/?{page}",
        FLOOR_OWNER_CASES,
        {"state": gb},
    )
    list_scenario(
        "case list",
        f"liaison {fr}",
        as_liaison,
        f"/api/v1/cases/?{page}",
        FLOOR_LIAISON_CASES,
        {"state": fr, "today": today},
        textbook=f"/bench/textbook/cases/?{page}",
    )
    list_scenario(
        f"case list, q={term}",
        f"prosecutor {gb}",
        as_prosecutor,
        f"/api/v1/cases/?{page}&q={term}",
        FLOOR_OWNER_SEARCH,
        {"state": gb, "term": f"%{term}%"},
    )
    list_scenario(
        "asset list, stage=frozen",
        f"prosecutor {gb}",
        as_prosecutor,
        f"/api/v1/assets/?{page}&stage=frozen",
        FLOOR_OWNER_ASSETS,
        {"state": gb, "stage": "frozen"},
    )
    list_scenario(
        "asset list, stage=frozen",
        f"liaison {fr}",
        as_liaison,
        f"/api/v1/assets/?{page}&stage=frozen",
        FLOOR_LIAISON_ASSETS,
        {"state": fr, "today": today, "stage": "frozen"},
    )

    # An open case: an archived one refuses every transition of its assets (400).
    case = (
        Case.objects.filter(lead_prosecutor=prosecutor, status=CaseStatus.OPEN)
        .order_by("-created_at")
        .first()
    )
    assert case is not None
    scenario(
        "case detail",
        f"prosecutor {gb}",
        lambda: as_prosecutor.get(f"/api/v1/cases/{case.pk}/").json()["id"],
    )
    asset = Asset.objects.filter(case=case, stage="identified", restricted=False).first()
    if asset is None:
        asset = Asset.objects.filter(
            case__lead_prosecutor=prosecutor,
            case__status=CaseStatus.OPEN,
            stage="identified",
            restricted=False,
        ).first()
    assert asset is not None
    seize = {
        "action": "seize",
        "order": {
            "authority": "Crown Court",
            "jurisdiction": gb,
            "reference": "BENCH-1",
            "issued_on": seed_scale.BENCH_NOW.date().isoformat(),
        },
        "note": "benchmark (rolled back)",
    }

    def transition() -> None:
        with transaction.atomic():
            response = as_prosecutor.post(
                f"/api/v1/assets/{asset.pk}/transitions/", seize, content_type="application/json"
            )
            assert response.status_code == 200, response.content[:500]
            transaction.set_rollback(True)

    scenario("asset transition (seize, rolled back)", f"prosecutor {gb}", transition)

    def sweep(now: Any, expected: int) -> Callable[[], None]:
        def run() -> None:
            with transaction.atomic():
                result = reminders.sweep(now=now)
                assert result.deadlines == expected, result
                transaction.set_rollback(True)

        return run

    from deadlines.models import Deadline

    due = Deadline.objects.filter(open=True, next_fire_at__lte=seed_scale.BENCH_NOW).count()
    scenario("reminder sweep, nothing due", "beat task", sweep(seed_scale.BENCH_QUIET, 0))
    scenario(
        f"reminder sweep, {due:,} due (rolled back)",
        "beat task",
        sweep(seed_scale.BENCH_NOW, due),
        n=sweep_requests,
    )

    try:
        resolve("/api/v1/reports/summary/")
        has_report = True
    except Resolver404:
        has_report = False
    if has_report:
        for who, client in ((f"prosecutor {gb}", as_prosecutor), (f"liaison {fr}", as_liaison)):
            scenario(
                "report summary",
                who,
                lambda client=client: _ok(client.get("/api/v1/reports/summary/")),
                n=report_requests,
            )
    else:
        rows.append({"scenario": "report summary", "who": "-", "todo": "route not built yet"})

    for row in rows:
        if "floor_median_ms" in row:
            row["ratio_to_floor_beyond_fixed"] = round(
                (row["median_ms"] - fixed["median_ms"]) / row["floor_median_ms"], 2
            )
    usage = resource.getrusage(resource.RUSAGE_SELF)
    current = _current_rss_mb()
    connection.close()
    return {
        "scale": scale,
        "cases": Case.objects.count(),
        "liaison_cases": next(row.get("total") for row in rows if row["who"].startswith("liaison")),
        "users": {"prosecutor": prosecutor.username, "liaison": liaison.username},
        "roles": [r.value for r in Role],
        "rows": rows,
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),
        "rss_after_run_mb": current,
        "finished_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }


def _ok(response: Any) -> Any:
    assert response.status_code == 200, (response.status_code, response.content[:300])
    return response


def _current_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


# -- the other parts: each in its own module, each failure reported, not fatal ---------------


def server_environment() -> dict[str, str]:
    """What the benchmark's own process runs under, for the servers it starts."""
    return {name: os.environ[name] for name in (*ENVIRONMENT, "DATABASE_URL")}


def part(name: str, call: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """One part of the run; a part that breaks is reported as such, and the others still run."""
    print(f"  {name} ...", flush=True)
    started = time.monotonic()
    try:
        result = call()
    except Exception as error:  # reported in the results; the other parts still run
        print(f"  {name}: FAILED: {error}", flush=True)
        result = {"error": f"{type(error).__name__}: {str(error)[:2000]}"}
    result["part_seconds"] = round(time.monotonic() - started, 1)
    return result


def run_load(seconds: float) -> dict[str, Any]:
    from bench import load

    load.wrk_path()
    return load.load_test(server_environment(), seconds)


def run_spa() -> dict[str, Any]:
    from django.db import connection

    from bench import load, spa
    from demo.management.commands import seed_scale

    spa.set_password(seed_scale.BENCH_LIAISON)
    connection.close()
    with load.gunicorn(server_environment()) as (origin, _):
        return spa.measure(origin, seed_scale.BENCH_LIAISON)


def run_child(script: str, *args: str) -> dict[str, Any]:
    """A part that runs in a process of its own (another database, another broker), which
    writes its figures as JSON."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as out:
        path = Path(out.name)
    try:
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / script), *args, "--out", str(path)],
            check=True,
            cwd=ROOT,
        )
        return dict(json.loads(path.read_text()))
    finally:
        path.unlink(missing_ok=True)


def run_sweep(database_url: str, deadlines: int) -> dict[str, Any]:
    return run_child("sweep.py", "--database-url", database_url, "--deadlines", str(deadlines))


def run_matching(scale: str) -> dict[str, Any]:
    from matching.models import MatchKey

    if not MatchKey.objects.exists():
        return {
            "error": "not measured: matching is not backfilled on this database "
            f"(python bench/matching.py --scale {scale} backfills it, then make bench measures it)"
        }
    return run_child("matching.py", "--scale", scale, "--no-backfill")


def prepare_database(database_url: str, scale: str) -> None:
    """Create, migrate and seed the scale's database when it does not hold that scale yet."""
    ensure_database(database_url)
    manage("migrate", "--verbosity", "0")
    # A database named by BENCH_DATABASE_URL is the caller's choice of a disposable one.
    named = ["--any-database"] if os.environ.get("BENCH_DATABASE_URL") else []
    manage("seed_scale", "--scale", scale, "--reset", "--skip-if-loaded", *named)


PARTS = ("scenarios", "load", "spa", "sweep", "matching")


def main() -> None:
    from bench import report, verdicts

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", choices=("S", "L"), default=os.environ.get("SCALE", "L"))
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument(
        "--sweep-requests",
        type=int,
        default=30,
        help="Runs of the sweep with many deadlines due (each one rolled back)",
    )
    parser.add_argument(
        "--report-requests",
        type=int,
        default=30,
        help="Requests of the report summary (an aggregate over all visible cases, not a page)",
    )
    parser.add_argument("--load-seconds", type=float, default=30, help="Length of each wrk run")
    parser.add_argument(
        "--sweep-deadlines", type=int, default=verdicts.SWEEP_DEADLINES, help="Deadlines due"
    )
    parser.add_argument(
        "--skip", default="", help=f"Parts not to run, comma-separated: {', '.join(PARTS)}"
    )
    parser.add_argument("--no-seed", action="store_true", help="Use the data already loaded")
    parser.add_argument(
        "--table-only",
        action="store_true",
        help="Measure nothing: recompute the verdicts and the table from results-<scale>.json",
    )
    parser.add_argument("--out", default=str(ROOT / "bench" / "results.json"))
    args = parser.parse_args()
    skip = {name.strip() for name in args.skip.split(",") if name.strip()}
    if skip - set(PARTS):
        parser.error(f"--skip: unknown parts {sorted(skip - set(PARTS))}")
    out = Path(args.out)
    if args.table_only:
        kept = json.loads((out.parent / f"results-{args.scale}.json").read_text())
        results = report.save(out, kept)
        (out.parent / "results.md").write_text(report.table(results, args.scale))
        print(report.table(results, args.scale))
        return
    if "load" not in skip:
        from bench.load import wrk_path

        wrk_path()  # before the long part: a missing wrk fails at once, and says how to get it
    database_url = os.environ.get("BENCH_DATABASE_URL") or DEFAULT_DATABASE_URLS[args.scale]
    prepare_environment(database_url)
    if not args.no_seed:
        prepare_database(database_url, args.scale)
    if "scenarios" in skip:
        import django

        django.setup()
        run: dict[str, Any] = {"scale": args.scale, "rows": []}
    else:
        run = run_benchmark(
            args.scale,
            args.requests,
            args.sweep_requests,
            args.report_requests,
            Path(tempfile.gettempdir()) / f"bench_results_{args.scale}.partial.json",
        )
    run["database"] = urlsplit(database_url).path.lstrip("/")
    if "load" not in skip:
        run["load"] = part("load test (wrk against gunicorn)", lambda: run_load(args.load_seconds))
    if "spa" not in skip:
        run["spa"] = part("web application in Chromium", run_spa)
    if "sweep" not in skip:
        run["sweep"] = part(
            "reminder sweep with two workers", lambda: run_sweep(database_url, args.sweep_deadlines)
        )
    if "matching" not in skip:
        run["matching"] = part("matching", lambda: run_matching(args.scale))
    run["finished_at"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")  # the whole run's end
    run["load_average"] = [round(x, 2) for x in os.getloadavg()]

    results = report.save(out, run)
    markdown = report.table(results, args.scale)
    (out.parent / "results.md").write_text(markdown)
    print()
    print(markdown)


if __name__ == "__main__":
    main()
