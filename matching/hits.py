"""Hit/no-hit across states: a record of state X whose key hashes equal those of a record of
state Y that X may not see tells Y's case team that "state X has a possible match", and
nothing more; X is told nothing (no API answer, notification or activity of X changes).

Only `MatchKey.digest` (HMAC-SHA256 of the normalised key under the server's secret) is
compared here, never a key's clear text. A state that does not take part
(`StateParticipation`) neither sends nor receives. A record marked restricted (owning state
only) sends nothing: even a hit would tell another state that it exists.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet

from cases.models import Asset, Case, State, Subject, User
from cases.visibility import active_shares_for_state
from matching.models import CrossStateHit, MatchKey, StateParticipation
from notifications.services import notify

HIT_NOTIFICATION = "matching.cross_state_hit"


def participating_states() -> QuerySet[State]:
    """The states that take part in hit/no-hit now."""
    if settings.MATCHING_HIT_NO_HIT_DEFAULT:
        opted_out = StateParticipation.objects.filter(hit_no_hit=False).values("state_id")
        return State.objects.exclude(code__in=opted_out)
    opted_in = StateParticipation.objects.filter(hit_no_hit=True).values("state_id")
    return State.objects.filter(code__in=opted_in)


def participates(state_code: str) -> bool:
    return participating_states().filter(code=state_code).exists()


@transaction.atomic
def participation_set(*, state: State, hit_no_hit: bool) -> StateParticipation:
    participation, _ = StateParticipation.objects.update_or_create(
        state=state, defaults={"hit_no_hit": hit_no_hit}
    )
    return participation


def _case_team(case: Case) -> QuerySet[User]:
    return User.objects.filter(Q(pk=case.lead_prosecutor_id) | Q(team_cases=case)).distinct()


def _hit_title(from_state: str, record: Subject | Asset) -> str:
    own = record.name if isinstance(record, Subject) else record.description
    return f"State {from_state} has a possible match for {own[:200]}"


HIT_BODY = (
    "A record in a case of state {state} has identifiers or names whose keyed hashes equal "
    "those of this one. Nothing else of it is known here. The case team decides whether to "
    "share this case with {state} or to contact its central authority."
)


def cross_state_hits(*, rows: Sequence[MatchKey], case: Case) -> list[CrossStateHit]:
    """Compare the hashes of one record's keys (`rows`, just indexed) with other states'.

    Runs in the indexing task, after the commit of the change, never in the request: the
    caller's answer takes the same time and says the same with or without a hit.
    """
    if not rows:
        return []
    sender = case.owner_state_id
    first = rows[0]
    record: Subject | Asset | None = first.subject or first.asset
    if record is None or record.restricted or not participates(sender):
        return []
    # Cases the sending state's liaisons may already see are matched in the clear, as usual.
    shared_with_sender = active_shares_for_state(sender).values("case_id")
    found = (
        MatchKey.objects.filter(digest__in=[row.digest for row in rows])
        .exclude(owner_state_id=sender)
        .filter(owner_state__in=participating_states())
        .exclude(case_id__in=shared_with_sender)
        .values_list("subject_id", "asset_id", "case_id")
        .distinct()
    )
    created = []
    for subject_id, asset_id, case_id in found:
        try:
            with transaction.atomic():
                hit = CrossStateHit.objects.create(
                    from_state_id=sender, subject_id=subject_id, asset_id=asset_id, case_id=case_id
                )
        except IntegrityError:
            continue  # told already: one notification per record and state
        created.append(hit)
        hit_case = Case.objects.get(pk=case_id)
        target: Subject | Asset = (
            Subject.objects.get(pk=subject_id)
            if subject_id is not None
            else Asset.objects.get(pk=asset_id)
        )
        notify(
            recipients=_case_team(hit_case),
            kind=HIT_NOTIFICATION,
            title=_hit_title(sender, target),
            body=HIT_BODY.format(state=sender),
            case=hit_case,
        )
    return created
