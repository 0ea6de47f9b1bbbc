"""`manage.py match_evaluate`: precision and recall on the labelled set (matching.evaluation)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.db import connection

from matching.evaluation import evaluate, labelled_pairs


class Command(BaseCommand):
    help = "Precision and recall of cross-case name matching on a labelled set."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--threshold", type=float, default=None)
        parser.add_argument("--verbose-pairs", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        threshold = options["threshold"] or settings.MATCHING_THRESHOLD

        def similarity(one: str, other: str) -> float:
            with connection.cursor() as cursor:
                cursor.execute("SELECT similarity(%s, %s)", [one, other])
                return float(cursor.fetchone()[0])

        pairs = list(labelled_pairs())
        figures, rows = evaluate(pairs, threshold=threshold, similarity=similarity)
        for pair, score, candidate in rows:
            found = candidate and score >= threshold
            if options["verbose_pairs"] or found != pair.same:
                mark = "ok " if found == pair.same else "ERR"
                self.stdout.write(
                    f"{mark} {pair.kind:22} {score:.2f} cand={candidate!s:5} "
                    f"{pair.left!r} ~ {pair.right!r}"
                )
        same = sum(pair.same for pair in pairs)
        self.stdout.write(
            f"{len(pairs)} pairs ({same} same, {len(pairs) - same} different), threshold "
            f"{threshold}: precision {figures.precision:.3f}, recall {figures.recall:.3f} "
            f"(tp {figures.true_positive}, fp {figures.false_positive}, "
            f"fn {figures.false_negative}, tn {figures.true_negative})"
        )
