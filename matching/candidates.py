"""The matches of one subject or asset among what the caller may see (selectors).

Candidates come from the index, never from a scan: the record's own keys (computed from it, so
a record not yet indexed has matches too) are looked up by equality (identifiers, the phonetic
name key) and by trigram similarity (`%` on the name key, pg_trgm's GIN index). The candidate
rows are read from `Subject.objects.visible_to(user)` / `Asset.objects.visible_to(user)`: the
permission is part of the query, so a candidate the caller may not see never leaves the
database. Then each candidate is scored with logic-v2 over the FtM entities of the pair.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db.models import Q, QuerySet

from cases.models import Asset, Case, Subject, User
from cases.visibility import cases_visible_to, sees_restricted
from matching import keys, scoring
from matching.entities import asset_entity, subject_entity
from matching.models import CaseLink, MatchDecision, MatchKey

#: At most this many candidates are scored for one record (the best keys first come first).
MAX_CANDIDATES = 200
_NAMESPACE = uuid.UUID("6f1c9d3e-2a4b-4c8e-9f0a-5b7d3e1c2a90")


def match_id(kind: str, one: Any, other: Any) -> uuid.UUID:
    """The id of the pair, the same from either side."""
    low, high = sorted((str(one), str(other)))
    return uuid.uuid5(_NAMESPACE, f"{kind}:{low}:{high}")


@dataclass(frozen=True)
class Match:
    id: uuid.UUID
    score: float
    explanation: dict[str, Any]
    matched: Subject | Asset
    judgement: str | None
    decided_at: Any


def _keys_q(pairs: set[tuple[str, str]]) -> Q:
    query = Q(pk__in=[])
    for scheme, value in pairs:
        if scheme == keys.NAME:
            query |= Q(scheme=keys.NAME, value__trigram_similar=value)
        else:
            query |= Q(scheme=scheme, value=value)
    return query


def _judged(
    found: Sequence[tuple[uuid.UUID, Subject | Asset, float, dict[str, Any]]],
) -> list[Match]:
    decisions = {
        decision.id: decision
        for decision in MatchDecision.objects.filter(pk__in=[row[0] for row in found])
    }
    matches = [
        Match(
            id=pk,
            score=value,
            explanation=explanation,
            matched=record,
            judgement=decisions[pk].judgement if pk in decisions else None,
            decided_at=decisions[pk].decided_at if pk in decisions else None,
        )
        for pk, record, value, explanation in found
    ]
    return sorted(matches, key=lambda match: (-match.score, str(match.matched.pk)))


def subject_matches(*, subject: Subject, user: User | AnonymousUser) -> list[Match]:
    """The subject's matches in other cases the caller may see, best first (4 queries)."""
    pairs = keys.subject_keys(
        name=subject.name, aliases=subject.aliases, identifiers=subject.identifiers
    )
    if not pairs:
        return []
    candidates = _candidates("subject", subject, pairs, user).prefetch_related("nationalities")
    return _scored("subject", subject, candidates, subject_entity)


def asset_matches(*, asset: Asset, user: User | AnonymousUser) -> list[Match]:
    """The asset's matches in other cases the caller may see, best first (3 queries)."""
    pairs = keys.asset_keys(kind=asset.kind, details=asset.details)
    if not pairs:
        return []

    def identifier_equal(candidate: Asset, value: float, explanation: dict[str, Any]) -> float:
        # Assets are found by an identifier: logic-v2 weighs names, so an identifier that is the
        # same is itself the match (the explanation says which).
        shared = pairs & keys.asset_keys(kind=candidate.kind, details=candidate.details)
        if not shared:
            return value
        explanation["identifier_equal"] = {
            "score": 1.0,
            "detail": ", ".join(sorted(f"{scheme} {value}" for scheme, value in shared)),
        }
        return max(value, 1.0)

    candidates = _candidates("asset", asset, pairs, user)
    return _scored("asset", asset, candidates, asset_entity, identifier_equal)


def _candidates(
    kind: str, record: Subject | Asset, pairs: set[tuple[str, str]], user: User | AnonymousUser
) -> QuerySet[Any]:
    """The records of `kind` in other cases, visible to `user`, that share a key with `pairs`."""
    model = Subject if kind == "subject" else Asset
    keyed = MatchKey.objects.filter(_keys_q(pairs), **{f"{kind}__isnull": False})
    return (
        model.objects.visible_to(user, references=False)
        .exclude(case_id=record.case_id)
        .filter(pk__in=keyed.values(f"{kind}_id"))
        .select_related("case")
    )


def _scored(
    kind: str,
    record: Any,
    candidates: QuerySet[Any],
    entity: Callable[[Any], Any],
    adjust: Callable[[Any, float, dict[str, Any]], float] = lambda candidate, value, _: value,
) -> list[Match]:
    """The candidates that logic-v2 (then `adjust`) scores at or above the threshold, judged."""
    query = entity(record)
    found = []
    for candidate in candidates.order_by("pk")[:MAX_CANDIDATES]:
        value, explanation = scoring.score(query, entity(candidate))
        value = adjust(candidate, value, explanation)
        if value >= settings.MATCHING_THRESHOLD:
            found.append((match_id(kind, record.pk, candidate.pk), candidate, value, explanation))
    return _judged(found)


def case_links(*, case: Case, user: User | AnonymousUser) -> QuerySet[CaseLink]:
    """The links of a case to other cases that the caller may see, from either side.

    Links are the owning state's work (its team's judgements): partner states see none.
    """
    if not sees_restricted(user):
        return CaseLink.objects.none()
    visible = cases_visible_to(user)
    return (
        CaseLink.objects.filter(Q(case=case) | Q(other_case=case))
        .filter(case__in=visible, other_case__in=visible)
        .select_related("case", "other_case", "decision")
        .order_by("-created_at", "id")
    )
