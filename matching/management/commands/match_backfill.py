"""`manage.py match_backfill`: (re)index every subject and asset of the existing cases.

Idempotent (each record's keys are rewritten whole), in batches, with a progress bar. With
`--hits`, each record is also compared with other states' (hit/no-hit), as a new one would be:
the teams of the hit cases are told once per record and state.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db.models import Model, QuerySet
from tqdm import tqdm

from audit import trail
from cases.models import Asset, Subject
from matching import hits, index
from matching.models import MatchKey


class Command(BaseCommand):
    help = "Index the subjects and assets of all cases for cross-case matching."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch-size", type=int, default=1000)
        parser.add_argument("--hits", action="store_true", help="Also run hit/no-hit.")
        parser.add_argument("--no-progress", action="store_true")

    def _batches(self, queryset: QuerySet[Any], size: int) -> Any:
        """Keyset pages by primary key: no OFFSET, so the last page costs what the first does."""
        last = None
        while True:
            page = queryset.order_by("pk")
            if last is not None:
                page = page.filter(pk__gt=last)
            batch = list(page[:size])
            if not batch:
                return
            yield batch
            last = batch[-1].pk

    def _run(self, model: type[Model], options: dict[str, Any], bar: tqdm[Any]) -> int:
        queryset = model._default_manager.select_related("case")
        written = 0
        for batch in self._batches(queryset, options["batch_size"]):
            if model is Subject:
                written += index.subjects_index_many(subjects=batch)
            else:
                written += index.assets_index_many(assets=batch)
            if options["hits"]:
                field = "subject" if model is Subject else "asset"
                for record in batch:
                    rows = list(MatchKey.objects.filter(**{field: record}).select_related(field))
                    hits.cross_state_hits(rows=rows, case=record.case)
            bar.update(len(batch))
        return written

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.monotonic()
        total = Subject.objects.count() + Asset.objects.count()
        with (
            trail.acting_as(label="command:match_backfill"),
            tqdm(
                total=total, unit="record", disable=options["no_progress"], file=self.stderr
            ) as bar,
        ):
            keys = self._run(Subject, options, bar) + self._run(Asset, options, bar)
        elapsed = time.monotonic() - started
        self.stdout.write(f"Indexed {total} records ({keys} keys) in {elapsed:.1f}s.")
