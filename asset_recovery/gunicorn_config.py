"""gunicorn's configuration (`--config python:asset_recovery.gunicorn_config`): Prometheus
figures of all the web workers together.

Each gunicorn worker is a process of its own, so each counts its own requests; a scrape reaches
one of them. In prometheus-client's multiprocess mode every worker writes its figures to files in
PROMETHEUS_MULTIPROC_DIR and the scrape (asset_recovery/metrics.py) adds them all up. The
directory is set here, in the master, before any worker starts (the workers inherit it), emptied
at start-up (figures of a previous run would count again), and a dead worker's live gauges are
dropped.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

MULTIPROC_DIR = Path(
    os.environ.setdefault(
        "PROMETHEUS_MULTIPROC_DIR", str(Path(tempfile.gettempdir()) / "asset-recovery-prometheus")
    )
)


def on_starting(server: Any) -> None:
    shutil.rmtree(MULTIPROC_DIR, ignore_errors=True)
    MULTIPROC_DIR.mkdir(parents=True, exist_ok=True)


def child_exit(server: Any, worker: Any) -> None:
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


# No `post_worker_init` warm-up of matching's name tables here (there was one): they take ~370 MB
# of each web worker (nomenklatura's import and logic-v2's tables, issue 22: a web worker under
# 250 MB), and building them held a starting worker busy for 10 to 60 s while it already took
# requests. The Celery worker, which indexes and screens, warms up as it starts
# (asset_recovery/celery.py); a web worker loads them on its first request that scores a pair
# (the matches of a subject or an asset, matching.scoring), and only then.
