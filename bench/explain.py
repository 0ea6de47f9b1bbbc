"""Print the plan of every query the API runs for one list request (EXPLAIN ANALYZE, BUFFERS).

    BENCH_DATABASE_URL=... python bench/explain.py [username] [path]

Defaults: the benchmark's FR liaison and `/api/v1/cases/?page_size=50`, on a seeded database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.run import DEFAULT_DATABASE_URL, prepare_environment


def main() -> None:
    prepare_environment(os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from cases.models import User
    from demo.management.commands.seed_scale import BENCH_LIAISON

    username = sys.argv[1] if len(sys.argv) > 1 else BENCH_LIAISON
    path = sys.argv[2] if len(sys.argv) > 2 else "/api/v1/cases/?page_size=50"
    client = Client()
    client.force_login(User.objects.get(username=username))
    client.get(path)  # warm the caches, as a served list would be
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, response.content[:300]
    for query in captured.captured_queries:
        sql = query["sql"]
        if "django_session" in sql or "otp_" in sql or '"cases_user"."id" = ' in sql:
            continue  # authentication, the same for every endpoint
        print(f"-- {query['time']}s: {sql}\n")
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
            print("\n".join(row[0] for row in cursor.fetchall()))
        print()


if __name__ == "__main__":
    main()
