"""Scoring a pair of FtM entities with nomenklatura's `logic-v2` (nomenklatura 4.16.0)."""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import threading
import time
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy
from nomenklatura.matching import LogicV2
from nomenklatura.matching.types import ScoringConfig

ALGORITHM = LogicV2.NAME  # "logic-v2"


@functools.cache
def _config() -> ScoringConfig:
    return ScoringConfig.defaults()


def _content_keyed(entity: EntityProxy) -> EntityProxy:
    """A copy whose id changes with its content.

    logic-v2 memoises the names of an entity by `EntityProxy.__hash__`, which is its id alone
    (nomenklatura.matching.logic_v2.names.analysis): a subject renamed in a long-running worker
    would be scored with its old name. Keyed by content, a changed record is a new entity.
    """
    properties = json.dumps(entity.to_dict()["properties"], sort_keys=True, ensure_ascii=False)
    fingerprint = hashlib.sha256(f"{entity.id}\x00{properties}".encode()).hexdigest()[:24]
    copy = entity.clone()
    copy.id = f"{entity.id}.{fingerprint}"
    return copy


def score(query: EntityProxy, candidate: EntityProxy) -> tuple[float, dict[str, Any]]:
    """The score (0 to 1) and its explanation: each feature that counted, with its detail."""
    result = LogicV2.compare(_content_keyed(query), _content_keyed(candidate), _config())
    explanation = {
        name: {"score": round(feature.score, 4), "detail": feature.detail}
        for name, feature in result.explanations.items()
        if feature.score
    }
    return float(result.score), explanation


logger = logging.getLogger(__name__)


def warm_up() -> float:
    """Make the first comparison of this process, which loads what logic-v2 reads (its name
    tables: 9 s here), and return how long it took. A process that does not would keep the first
    user who opens a person's matches waiting for it."""
    started = time.monotonic()
    pair = []
    for number, name in enumerate(("Viktor Fedorovych Yanukovych", "Янукович Віктор Федорович")):
        person = model.make_entity("Person")
        person.id = f"warm-up-{number}"
        person.add("name", name)
        pair.append(person)
    score(*pair)
    elapsed = time.monotonic() - started
    logger.info("matching: warmed up in %.1f s", elapsed)
    return elapsed


def warm_up_in_background() -> threading.Thread:
    """`warm_up` beside the process's own work (gunicorn's and Celery's worker processes call
    it once as they start): requests are served meanwhile, the first match only sooner."""
    thread = threading.Thread(target=warm_up, name="matching-warm-up", daemon=True)
    thread.start()
    return thread
