"""The match index, the team's decisions on matches, the links they make, and hit/no-hit.

- `MatchKey`: the keys (matching.keys) of one subject or asset, with a copy of its case and
  owning state, and the keyed hash of each key for the comparison across states.
- `MatchDecision`: a team's judgement (nomenklatura's vocabulary) on one pair.
- `CaseLink`: two cases linked by a confirmed (positive) match.
- `StateParticipation`: whether a state takes part in hit/no-hit (a state without a row does).
- `CrossStateHit`: that state X's record hit one of state Y's subjects or assets; kept so Y's
  team is told once, and never shown to X.
- `WatchList`, `WatchListVersion`, `WatchListEntry`, `WatchListKey`: imported PEP and sanctions
  lists (FtM JSON lines), their versions, the entries of the current one and their keys.
- `WatchListHit`: a subject that scores against a list entry, with the team's judgement.
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


class WatchList(models.Model):
    """A list that every case's subjects are screened against (a PEP or sanctions list in
    FollowTheMoney JSON lines, OpenSanctions' format). `current` is the version in force: the
    only one whose entries are kept."""

    name = models.CharField(max_length=200, unique=True)
    source_url = models.CharField(max_length=500, blank=True)
    current = models.OneToOneField(
        "WatchListVersion", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class WatchListVersion(models.Model):
    """One imported file of a list. Versions stay as the list's history; only the current
    one keeps its entries."""

    watch_list = models.ForeignKey(WatchList, on_delete=models.CASCADE, related_name="versions")
    label = models.CharField(max_length=100)
    imported_at = models.DateTimeField(auto_now_add=True)
    entity_count = models.PositiveIntegerField(default=0)
    sha256 = models.CharField(max_length=64)

    class Meta:
        indexes = [models.Index(fields=["watch_list", "sha256"], name="watchlistversion_sha_idx")]

    def __str__(self) -> str:
        return f"{self.watch_list_id} {self.label}"


class WatchListEntry(models.Model):
    """One Person, Organization, Company or LegalEntity of a list version, as FtM has it."""

    version = models.ForeignKey(WatchListVersion, on_delete=models.CASCADE, related_name="entries")
    entity_id = models.CharField(max_length=255)
    schema = models.CharField(max_length=40)
    caption = models.CharField(max_length=500)
    properties = models.JSONField(default=dict)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["version", "entity_id"], name="watchlistentry_once_per_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.entity_id}: {self.caption}"


class WatchListKey(models.Model):
    """One key (matching.keys) of one entry: the same schemes and normalisation as `MatchKey`,
    so the same lookups (equality, trigram similarity on names) find an entry's candidates."""

    entry = models.ForeignKey(WatchListEntry, on_delete=models.CASCADE, related_name="keys")
    scheme = models.CharField(max_length=24)
    value = models.CharField(max_length=300)

    class Meta:
        indexes = [
            models.Index(fields=["scheme", "value"], name="watchlistkey_scheme_value_idx"),
            GinIndex(
                fields=["value"],
                opclasses=["gin_trgm_ops"],
                name="watchlistkey_name_trgm_idx",
                condition=Q(scheme="name"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.scheme}:{self.value}"


class WatchListHit(models.Model):
    """A subject that logic-v2 scores at or above the matching threshold against a list entry,
    with the case team's judgement. One row per subject and entry: a re-screen updates it."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    subject = models.ForeignKey("cases.Subject", on_delete=models.CASCADE, related_name="+")
    entry = models.ForeignKey(WatchListEntry, on_delete=models.CASCADE, related_name="hits")
    score = models.FloatField()
    explanation = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    screened_at = models.DateTimeField(auto_now=True)
    judgement = models.CharField(max_length=10, choices=Judgement.choices, null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["subject", "-score"], name="watchlisthit_subject_idx")]
        constraints = [
            models.UniqueConstraint(fields=["subject", "entry"], name="watchlisthit_once_per_entry")
        ]

    def __str__(self) -> str:
        return f"{self.subject_id} ~ {self.entry_id}: {self.score:.2f}"
