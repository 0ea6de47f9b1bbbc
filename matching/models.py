"""The match index, the team's decisions on matches, the links they make, and hit/no-hit.

- `MatchKey`: the keys (matching.keys) of one subject or asset, with a copy of its case and
  owning state, and the keyed hash of each key for the comparison across states.
- `MatchDecision`: a team's judgement (nomenklatura's vocabulary) on one pair.
- `CaseLink`: two cases linked by a confirmed (positive) match.
- `StateParticipation`: whether a state takes part in hit/no-hit (a state without a row does).
- `CrossStateHit`: that state X's record hit one of state Y's subjects or assets; kept so Y's
  team is told once, and never shown to X.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import Q


class Judgement(models.TextChoices):
    """nomenklatura.judgement.Judgement, without `no_judgement` (no decision is no row)."""

    POSITIVE = "positive", "Same entity"
    NEGATIVE = "negative", "Not the same"
    UNSURE = "unsure", "Unsure"


def _one_of_subject_or_asset(name: str) -> models.CheckConstraint:
    return models.CheckConstraint(
        condition=Q(subject__isnull=False, asset__isnull=True)
        | Q(subject__isnull=True, asset__isnull=False),
        name=name,
    )


class MatchKey(models.Model):
    """One key of one subject or asset. Rewritten whole each time its record is indexed.

    Candidate lists read these rows only joined to the caller's visible subjects or assets
    (`Subject.objects.visible_to`); `case` and `owner_state` are copies for the hit/no-hit
    comparison, which reads digests only.
    """

    subject = models.ForeignKey(
        "cases.Subject", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    asset = models.ForeignKey(
        "cases.Asset", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="+")
    owner_state = models.ForeignKey("cases.State", on_delete=models.PROTECT, related_name="+")
    scheme = models.CharField(max_length=24)
    value = models.CharField(max_length=300)
    digest = models.CharField(max_length=64)

    class Meta:
        indexes = [
            models.Index(fields=["scheme", "value"], name="matchkey_scheme_value_idx"),
            models.Index(fields=["digest"], name="matchkey_digest_idx"),
            models.Index(fields=["subject"], name="matchkey_subject_idx"),
            models.Index(fields=["asset"], name="matchkey_asset_idx"),
            # Fuzzy name candidates: `value % 'query'` reads this index (pg_trgm).
            GinIndex(
                fields=["value"],
                opclasses=["gin_trgm_ops"],
                name="matchkey_name_trgm_idx",
                condition=Q(scheme="name"),
            ),
        ]
        constraints = [_one_of_subject_or_asset("matchkey_subject_or_asset")]

    def __str__(self) -> str:
        return f"{self.scheme}:{self.value}"


class MatchDecision(models.Model):
    """The case team's judgement on one pair. `id` is the match's id (matching.candidates
    .match_id), the same from either side of the pair."""

    id = models.UUIDField(primary_key=True, editable=False)
    subject = models.ForeignKey(
        "cases.Subject", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    asset = models.ForeignKey(
        "cases.Asset", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    other_subject = models.ForeignKey(
        "cases.Subject", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    other_asset = models.ForeignKey(
        "cases.Asset", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    judgement = models.CharField(max_length=10, choices=Judgement.choices)
    score = models.FloatField()
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [_one_of_subject_or_asset("matchdecision_subject_or_asset")]

    def __str__(self) -> str:
        return f"{self.id}: {self.judgement}"


class CaseLink(models.Model):
    """Two cases joined by a confirmed match (`case` is the side the decision was made on)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="+")
    other_case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="+")
    decision = models.OneToOneField(MatchDecision, on_delete=models.CASCADE, related_name="link")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            models.Index(fields=["case"], name="caselink_case_idx"),
            models.Index(fields=["other_case"], name="caselink_other_case_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.case_id} <-> {self.other_case_id}"


class StateParticipation(models.Model):
    """A state's choice about hit/no-hit: off, it neither sends its keys' hashes nor receives
    hits. A state without a row takes part (settings.MATCHING_HIT_NO_HIT_DEFAULT)."""

    state = models.OneToOneField(
        "cases.State", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    hit_no_hit = models.BooleanField()
    changed_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.state_id}: {'on' if self.hit_no_hit else 'off'}"


class CrossStateHit(models.Model):
    """State `from_state`'s record has keys whose hashes equal those of this subject or asset of
    another state. Only the owning state of `subject`/`asset` ever reads these rows; nothing of
    the other side's record is kept."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    from_state = models.ForeignKey("cases.State", on_delete=models.PROTECT, related_name="+")
    subject = models.ForeignKey(
        "cases.Subject", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    asset = models.ForeignKey(
        "cases.Asset", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            _one_of_subject_or_asset("crossstatehit_subject_or_asset"),
            models.UniqueConstraint(
                fields=["from_state", "subject"], name="crossstatehit_once_per_subject"
            ),
            models.UniqueConstraint(
                fields=["from_state", "asset"], name="crossstatehit_once_per_asset"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.from_state_id} -> {self.subject_id or self.asset_id}"
