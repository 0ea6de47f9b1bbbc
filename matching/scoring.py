"""Scoring a pair of FtM entities with nomenklatura's `logic-v2` (nomenklatura 4.16.0)."""

from __future__ import annotations

import functools
from typing import Any

from followthemoney.proxy import EntityProxy
from nomenklatura.matching import LogicV2
from nomenklatura.matching.types import ScoringConfig

ALGORITHM = LogicV2.NAME  # "logic-v2"


@functools.cache
def _config() -> ScoringConfig:
    return ScoringConfig.defaults()


def score(query: EntityProxy, candidate: EntityProxy) -> tuple[float, dict[str, Any]]:
    """The score (0 to 1) and its explanation: each feature that counted, with its detail."""
    result = LogicV2.compare(query, candidate, _config())
    explanation = {
        name: {"score": round(feature.score, 4), "detail": feature.detail}
        for name, feature in result.explanations.items()
        if feature.score
    }
    return float(result.score), explanation
