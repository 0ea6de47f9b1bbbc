"""The labelled set's figures stay where they were measured (manage.py match_evaluate)."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from matching.evaluation import labelled_pairs

pytestmark = pytest.mark.django_db


def test_the_labelled_set_has_both_kinds_of_pair() -> None:
    pairs = list(labelled_pairs())
    kinds = {pair.kind for pair in pairs}
    assert {"script", "surname_first", "typo", "relative_or_namesake", "unrelated"} <= kinds
    assert sum(pair.same for pair in pairs) > 50
    assert sum(not pair.same for pair in pairs) > 40


def test_precision_and_recall_on_the_labelled_set(capsys) -> None:  # type: ignore[no-untyped-def]
    call_command("match_evaluate")
    summary = capsys.readouterr().out.strip().splitlines()[-1]
    precision = float(summary.split("precision ")[1].split(",")[0])
    recall = float(summary.split("recall ")[1].split(" ")[0])
    # Measured: precision 1.000, recall 0.937 at 0.7 (the misses: a dropped middle name of a
    # four-part name, a typo in a short name).
    assert precision >= 0.99
    assert recall >= 0.9
