"""Scoring a pair of FtM entities with nomenklatura's `logic-v2` (nomenklatura 4.16.0).

nomenklatura is imported on the first comparison, not with this module: importing
`nomenklatura.matching` alone takes ~105 MB (it pulls in scikit-learn, SciPy and SQLAlchemy for
the algorithms this service does not use), and logic-v2's name tables ~260 MB more on the first
comparison. The web workers import this module with the URLconf (the match views) but only the
requests that score a pair need those (issue 22: a web worker under 250 MB); the Celery worker,
which screens and indexes, loads them as it starts (`warm_up_in_background`).
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import threading
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from followthemoney.proxy import EntityProxy
    from nomenklatura.matching.logic_v2.model import LogicV2
    from nomenklatura.matching.types import ScoringConfig

#: `LogicV2.NAME`, written out so that reading it loads nothing (tests/matching keep them equal).
ALGORITHM = "logic-v2"


@functools.cache
def _logic_v2() -> tuple[type[LogicV2], ScoringConfig]:
    # Lazy for memory (see the module's docstring).
    from nomenklatura.matching.logic_v2.model import LogicV2
    from nomenklatura.matching.types import ScoringConfig

    return LogicV2, ScoringConfig.defaults()


def loaded() -> bool:
    """Whether this process has loaded logic-v2 (its import; its name tables come with the
    first comparison)."""
    return _logic_v2.cache_info().currsize > 0


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
    logic_v2, config = _logic_v2()
    result = logic_v2.compare(_content_keyed(query), _content_keyed(candidate), config)
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
    from followthemoney import model  # lazy for memory, as nomenklatura (module docstring)

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
    """`warm_up` beside the process's own work (Celery's worker processes call it once as they
    start; gunicorn's only when MATCHING_WARM_UP_WEB is set): work is served meanwhile, the
    first match only sooner."""
    thread = threading.Thread(target=warm_up, name="matching-warm-up", daemon=True)
    thread.start()
    return thread
