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


def post_worker_init(worker: Any) -> None:
    """Each worker loads matching's name tables as it starts, not on its first match request."""
    from matching.scoring import warm_up_in_background

    warm_up_in_background()
