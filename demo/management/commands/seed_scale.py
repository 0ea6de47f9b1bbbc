"""`manage.py seed_scale`: a large, realistic, synthetic data set for benchmarks (issue 9).

Scale L: 100,000 cases over 190 owning states, 400,000 subjects, 1,000,000 assets at every stage
with their transitions and recovery totals, 300,000 MLA requests with their deadlines, 2,000
users, each case shared with 0 to 3 states (a few states receive thousands of shares). Scale S is
L divided by 10. The randomness is seeded, so one seed always gives the same data.

Rows are generated in one pass over the cases (`demo.scale`, one module per concern) into one
temporary file per table (PostgreSQL's COPY text format), then copied in foreign-key order in one
transaction: nothing is disabled, the constraints and triggers all run, and a failure leaves the
database as it was.

Known rows the benchmark relies on (`bench/run.py`):
- `bench_prosecutor_gb`: a prosecutor of GB (the largest owning state), lead of many GB cases;
- `bench_liaison_fr`: a liaison of FR, which receives about 5.5% of all cases as shares;
- exactly `--due` deadlines (1,000 by default) are due at `BENCH_NOW`, none before
  `BENCH_QUIET` (`BENCH_NOW - 3 days`).

Synthetic data only: the command refuses a database whose name does not end in `_bench` unless
`--any-database` is given, and `--reset` empties the case-file tables first (a disposable
database only: the audit table refuses TRUNCATE otherwise).
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction

from cases.models import Case
from demo.scale.generate import world_generate
from demo.scale.tables import KEPT_BY_TRIGGERS, RESET_ALSO, TABLES, Tables, tables_copy
from demo.scale.world import (  # noqa: F401 (read by bench/ and the tests as seed_scale.<name>)
    ASSETS_PER_CASE,
    BENCH_LIAISON,
    BENCH_NOW,
    BENCH_PROSECUTOR,
    BENCH_QUIET,
    LIAISON_STATE,
    PROSECUTOR_STATE,
    SCALES,
    SEARCH_TERM,
    SUBJECTS_PER_CASE,
    Seed,
    reference_load,
)


class Command(BaseCommand):
    help = "Load a large synthetic data set (scale S or L) for benchmarks, with COPY."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scale", choices=sorted(SCALES), default=None)
        parser.add_argument("--cases", type=int, default=None, help="Number of cases (or --scale)")
        parser.add_argument("--seed", type=int, default=9)
        parser.add_argument("--due", type=int, default=1000, help="Deadlines due at BENCH_NOW")
        parser.add_argument("--reset", action="store_true", help="Empty the case-file tables")
        parser.add_argument(
            "--any-database",
            action="store_true",
            help="Allow a database whose name does not end in _bench",
        )
        parser.add_argument(
            "--skip-if-loaded",
            action="store_true",
            help="Do nothing when the database already holds exactly this many cases",
        )
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        self.check_database(any_database=options["any_database"])
        cases = options["cases"] or SCALES[options["scale"] or "S"]
        if options["skip_if_loaded"] and Case.objects.count() == cases:
            self.stdout.write(f"seed_scale: {cases:,} cases already loaded")
            return
        started = time.monotonic()
        progress = not options["no_progress"]
        rng = random.Random(options["seed"])  # noqa: S311 (synthetic data, reproducible by seed)
        with tempfile.TemporaryDirectory(prefix="seed_scale_") as tmp:
            tables = Tables(Path(tmp))
            with transaction.atomic():
                if options["reset"]:
                    self.reset()
                elif Case.objects.exists():
                    raise CommandError("The database already holds cases: use --reset.")
                seed = Seed(rng=rng, reference=reference_load(rng), tables=tables)
                world_generate(seed, cases=cases, due=options["due"], progress=progress)
                tables_copy(tables, progress=progress)
            self.analyze()
        self.stdout.write(f"seed_scale: {cases:,} cases in {time.monotonic() - started:.0f}s")
        self.stdout.write(tables.counts())

    def check_database(self, *, any_database: bool) -> None:
        database = connection.settings_dict["NAME"]
        if connection.vendor != "postgresql":
            raise CommandError("seed_scale needs PostgreSQL (it writes with COPY).")
        if not str(database).endswith("_bench") and not any_database:
            raise CommandError(
                f"Refusing to load synthetic data into {database!r}: use a database whose name "
                "ends in _bench, or --any-database."
            )

    def reset(self) -> None:
        with connection.cursor() as cursor:
            # The audit and transition tables refuse TRUNCATE except on a disposable database,
            # and only inside this transaction (SET LOCAL).
            cursor.execute("SET LOCAL asset_recovery.disposable_database = on")
            tables = ", ".join((*TABLES, *RESET_ALSO, *KEPT_BY_TRIGGERS))
            cursor.execute(f"TRUNCATE {tables} CASCADE")

    def analyze(self) -> None:
        # Fresh statistics and visibility maps, as autovacuum would leave them (index-only scans).
        with connection.cursor() as cursor:
            for table in (*TABLES, *KEPT_BY_TRIGGERS):
                cursor.execute(f"VACUUM ANALYZE {table}")
