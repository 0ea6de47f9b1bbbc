"""`python bench/matching.py [--scale S|L]`: cross-case matching at scale (issue 21).

On the benchmark's database of that scale (`make bench` builds it; this builds it too when it is
missing), in one sitting:
1. `manage.py match_backfill` over every subject and asset, timed (a child process, as an
   operator runs it);
2. a new subject in a case of the benchmark's GB prosecutor, named as a subject of another of the
   prosecutor's cases is named: the time the worker's task takes (index, hit/no-hit across
   states, watch-list screening), then the time until the API answers its matches, median of 20.
Writes `bench/matching-results.json` and prints it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import (  # noqa: E402
    DEFAULT_DATABASE_URLS,
    manage,
    prepare_database,
    prepare_environment,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", choices=("S", "L"), default=os.environ.get("SCALE", "L"))
    parser.add_argument("--no-backfill", action="store_true", help="The index is built already")
    parser.add_argument("--out", default=str(ROOT / "bench" / "matching-results.json"))
    args = parser.parse_args()
    database_url = os.environ.get("BENCH_DATABASE_URL") or DEFAULT_DATABASE_URLS[args.scale]
    prepare_environment(database_url)
    prepare_database(database_url, args.scale)
    result: dict[str, object] = {"scale": args.scale}
    if not args.no_backfill:
        started = time.monotonic()
        manage("match_backfill", "--no-progress")
        result["backfill_seconds"] = round(time.monotonic() - started, 1)

    import django

    django.setup()
    from django.test import Client

    from cases.models import Asset, Case, Subject, User
    from cases.services.case_file import subject_create
    from demo.management.commands import seed_scale
    from matching import scoring, tasks
    from matching.models import MatchKey

    result["subjects"] = Subject.objects.count()
    result["assets"] = Asset.objects.count()
    result["keys"] = MatchKey.objects.count()
    result["warm_up_seconds"] = round(scoring.warm_up(), 2)  # as a worker does when it starts
    prosecutor = User.objects.get(username=seed_scale.BENCH_PROSECUTOR)
    cases = Case.objects.filter(lead_prosecutor=prosecutor).order_by("reference")
    known = Subject.objects.filter(case__in=cases, kind="person").order_by("pk").first()
    assert known is not None, "the benchmark's prosecutor leads no case with a person in it"
    other_case = cases.exclude(pk=known.case_id).first()
    assert other_case is not None
    given, _, family = known.name.partition(" ")
    subject = subject_create(
        case=other_case,
        by=prosecutor,
        data={"kind": "person", "role": "official", "name": f"{family} {given}".strip()},
    )
    started = time.monotonic()
    tasks.index_subject(str(subject.pk))  # what the worker runs after the commit
    result["index_task_ms"] = round((time.monotonic() - started) * 1000, 1)
    client = Client()
    client.force_login(prosecutor)
    times = []
    for _ in range(20):
        started = time.monotonic()
        response = client.get(f"/api/v1/subjects/{subject.pk}/matches/")
        times.append((time.monotonic() - started) * 1000)
        assert response.status_code == 200, response.content
    matches = response.json()
    result["matches_median_ms"] = round(statistics.median(times), 1)
    result["matches_max_ms"] = round(max(times), 1)
    result["matches_found"] = matches["count"]
    result["known_subject_matched"] = any(
        row["matched"]["id"] == str(known.pk) for row in matches["results"]
    )
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
