"""What the audit trail costs a write: N case updates through the service, with `audit.record`
as it is and with it replaced by a no-op, on PostgreSQL.

Usage::

    .venv/bin/python scripts/bench_audit.py [--updates 2000] [--rounds 10]

Runs in a throwaway database of its own (`bench_audit_<pid>`, created from the migrations and
dropped at the end), on the server named by DATABASE_URL (default: the test settings' local
PostgreSQL). Each update is its own transaction, committed, as in a request: lock the case
(`lock_current`), `case_update(...)`. The two modes alternate in rounds so that drift of the
machine hits both alike. Prints the per-update median, mean and p95 of each mode, their ratio,
and the queries each update runs.

The snapshots the service takes for the event's before/after stay in both modes: they are the
service's own reads; the no-op removes only the writing of the event (chain head, hash, insert).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from audit import trail  # noqa: E402
from audit.models import AuditEvent  # noqa: E402
from cases.models import Case, OffenceCategory, Role, State, User  # noqa: E402
from cases.services.case_file import case_create, case_update  # noqa: E402
from cases.services.versioning import lock_current  # noqa: E402


def one_update(case_pk: Any, user: User, number: int) -> None:
    with transaction.atomic():
        case = lock_current(Case.objects.all(), case_pk, None)
        case_update(
            case=case,
            by=user,
            changes={"title": f"Benchmark title {number}", "summary": f"Summary {number}"},
        )


def no_record(*args: Any, **kwargs: Any) -> Any:
    return None


def timed(updates: int, run: Callable[[int], None], start: int) -> list[float]:
    times = []
    for number in range(start, start + updates):
        began = time.perf_counter()
        run(number)
        times.append(time.perf_counter() - began)
    return times


def summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "median": statistics.median(ordered) * 1000,
        "mean": statistics.fmean(ordered) * 1000,
        "p95": ordered[int(len(ordered) * 0.95) - 1] * 1000,
    }


def queries_per_update(run: Callable[[int], None]) -> int:
    with CaptureQueriesContext(connection) as captured:
        run(10**9)
    return len(captured)


def benchmark(updates: int, rounds: int) -> None:
    user = User.objects.create_user(
        username="bench_prosecutor", password=None, role=Role.PROSECUTOR, state_id="GB"
    )
    case = case_create(
        by=user,
        title="Benchmark case",
        origin_state=State.objects.get(code="NG"),
        offence_category=OffenceCategory.EMBEZZLEMENT,
        team=[],
        jurisdictions=[{"state": "CH", "role": "asset_location"}],
    )

    def run(number: int) -> None:
        one_update(case.pk, user, number)

    timed(50, run, 0)  # warm-up: connection, caches, plans
    per_round = max(1, updates // rounds)
    results: dict[str, list[float]] = {"audit": [], "no-op": []}
    real_record = trail.record
    for round_number in range(rounds):
        for mode in ("audit", "no-op") if round_number % 2 == 0 else ("no-op", "audit"):
            trail.record = real_record if mode == "audit" else no_record
            try:
                start = 1000 + len(results["audit"]) + len(results["no-op"])
                results[mode] += timed(per_round, run, start)
            finally:
                trail.record = real_record

    with_audit = queries_per_update(run)
    trail.record = no_record
    try:
        without_audit = queries_per_update(run)
    finally:
        trail.record = real_record

    on, off = summary(results["audit"]), summary(results["no-op"])
    print(f"{per_round * rounds} case updates per mode, {rounds} alternating rounds, PostgreSQL")
    print(f"{'':10}{'median ms':>12}{'mean ms':>12}{'p95 ms':>12}{'queries':>10}")
    print(f"{'audit':10}{on['median']:12.3f}{on['mean']:12.3f}{on['p95']:12.3f}{with_audit:10}")
    print(
        f"{'no-op':10}{off['median']:12.3f}{off['mean']:12.3f}{off['p95']:12.3f}{without_audit:10}"
    )
    print(
        f"ratio audit/no-op: median {on['median'] / off['median']:.2f}, "
        f"mean {on['mean'] / off['mean']:.2f}; "
        f"audit adds {on['median'] - off['median']:.3f} ms per update (median)"
    )
    events = AuditEvent.objects.filter(case=case).count()
    print(f"events recorded on the case's chain: {events}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--updates", type=int, default=2000, help="updates per mode")
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()

    test_settings = connection.settings_dict.setdefault("TEST", {})
    test_settings["NAME"] = f"bench_audit_{os.getpid()}"
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        benchmark(args.updates, args.rounds)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0, keepdb=False)


if __name__ == "__main__":
    main()
