"""A process's first comparison loads logic-v2's name tables (seconds); the Celery workers make
it as they start, so that no indexing or screening waits for it. The web workers do not (issue
22: ~370 MB each): tests/matching/test_web_memory.py."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys

import pytest

from asset_recovery import celery as celery_wiring

PROBE = """
import json, time
import django
django.setup()
from followthemoney import model
from matching import scoring
warmed = scoring.warm_up()
a = model.make_entity("Person"); a.id = "a"; a.add("name", "Mykola Yanovych Azarov")
b = model.make_entity("Person"); b.id = "b"; b.add("name", "Азаров Микола Янович")
started = time.monotonic()
value, _ = scoring.score(a, b)
print(json.dumps({"warm_up": warmed, "next": time.monotonic() - started, "score": value}))
"""


@pytest.mark.slow
def test_after_the_warm_up_a_comparison_takes_no_time() -> None:
    run = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    assert figures["warm_up"] > 10 * figures["next"], figures  # the load was the warm-up's
    assert figures["next"] < 0.5, figures
    assert figures["score"] > 0.7, figures  # a real comparison, the transliteration matches


def test_celery_workers_warm_up_as_they_start_and_web_workers_do_not(monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    # gunicorn's configuration sets the metrics directory of the process it configures: here,
    # one of this test's own, taken back after it (no other test's process may inherit it).
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    gunicorn_config = importlib.import_module("asset_recovery.gunicorn_config")
    started: list[str] = []
    monkeypatch.setattr("matching.scoring.warm_up_in_background", lambda: started.append("warm-up"))
    assert not hasattr(gunicorn_config, "post_worker_init")
    celery_wiring.warm_up_matching()
    assert started == ["warm-up"]


def test_the_algorithm_named_is_the_one_that_scores() -> None:
    from nomenklatura.matching import LogicV2

    from matching import scoring

    assert scoring.ALGORITHM == LogicV2.NAME
