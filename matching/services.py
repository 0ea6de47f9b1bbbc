"""The team's decisions on matches (services)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from audit import trail
from cases.models import Asset, Subject, User
from matching.candidates import Match
from matching.models import CaseLink, MatchDecision, WatchListHit

DECIDED_ACTION = "match.decided"
WATCHLIST_DECIDED_ACTION = "watchlist_hit.decided"


@transaction.atomic
def match_decide(
    *, record: Subject | Asset, match: Match, judgement: str, by: User
) -> MatchDecision:
    """Record the team's judgement on a match of `record`, audited on its case's trail.

    A positive judgement links the two cases (`CaseLink`); any other takes the link away.
    The caller has checked that `by` is on the case team and that `match` is one of the
    record's matches that `by` may see.
    """
    existing = MatchDecision.objects.select_for_update().filter(pk=match.id).first()
    sides = (
        {"subject": record, "asset": None, "other_subject": match.matched, "other_asset": None}
        if isinstance(record, Subject)
        else {"subject": None, "asset": record, "other_subject": None, "other_asset": match.matched}
    )
    decision, _ = MatchDecision.objects.update_or_create(
        pk=match.id,
        defaults={**sides, "judgement": judgement, "score": match.score, "decided_by": by},
    )
    if judgement == "positive":
        CaseLink.objects.update_or_create(
            decision=decision,
            defaults={"case_id": record.case_id, "other_case_id": match.matched.case_id},
        )
    else:
        CaseLink.objects.filter(decision=decision).delete()
    _audit_decision(
        DECIDED_ACTION,
        case_id=record.case_id,
        object_type="match",
        object_id=match.id,
        prior=existing.judgement if existing is not None else None,
        judgement=judgement,
        score=match.score,
        about={
            "record": str(record.pk),
            "matched": str(match.matched.pk),
            "matched_case": str(match.matched.case_id),
        },
        by=by,
    )
    return decision


@transaction.atomic
def watchlist_hit_decide(*, hit: WatchListHit, judgement: str, by: User) -> WatchListHit:
    """Record the team's judgement on a watch-list hit of one of its subjects, audited on the
    case's trail like a match decision. The caller has checked that `by` is on the case team
    and that the hit is of a subject `by` may see."""
    locked = (
        WatchListHit.objects.select_for_update(of=("self",))
        .select_related("subject", "entry__version__watch_list")
        .get(pk=hit.pk)
    )
    prior = locked.judgement or None
    locked.judgement = judgement
    locked.decided_by = by
    locked.decided_at = timezone.now()
    locked.save(update_fields=["judgement", "decided_by", "decided_at"])
    entry = locked.entry
    _audit_decision(
        WATCHLIST_DECIDED_ACTION,
        case_id=locked.subject.case_id,
        object_type="watchlist_hit",
        object_id=locked.pk,
        prior=prior,
        judgement=judgement,
        score=locked.score,
        about={
            "subject": str(locked.subject_id),
            "watch_list": entry.version.watch_list.name,
            "version": entry.version.label,
            "entity_id": entry.entity_id,
            "caption": entry.caption,
        },
        by=by,
    )
    return locked


def _audit_decision(
    action: str,
    *,
    case_id: Any,
    object_type: str,
    object_id: Any,
    prior: str | None,
    judgement: str,
    score: float,
    about: dict[str, Any],
    by: User,
) -> None:
    """One decision on a scored pair in its case's trail: the judgement before (if any) and
    after, with the score it was given on and what the pair is."""
    trail.record(
        action,
        case=case_id,
        object_type=object_type,
        object_id=str(object_id),
        changes={
            "before": {"judgement": prior} if prior else {},
            "after": {"judgement": judgement, "score": round(score, 4), **about},
        },
        # The team's work on its own case: partner states never see it in the trail.
        restricted=True,
        actor=by,
    )
