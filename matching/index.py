"""Writing the match index: the keys of one subject or asset, rewritten whole (idempotent)."""

from __future__ import annotations

import functools
import hashlib
import hmac

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet

from cases.models import Asset, Subject
from matching import keys
from matching.models import MatchKey


@functools.cache
def _secret(configured: str, fallback: str) -> bytes:
    if configured:
        return configured.encode()
    # A key of its own, derived from SECRET_KEY: the hashes are not the session signatures'.
    return hmac.new(fallback.encode(), b"asset-recovery.matching", hashlib.sha256).digest()


def hmac_secret() -> bytes:
    return _secret(settings.MATCHING_HMAC_KEY, settings.SECRET_KEY)


def _rows(
    pairs: set[tuple[str, str]], *, subject: Subject | None = None, asset: Asset | None = None
) -> list[MatchKey]:
    record = subject if subject is not None else asset
    assert record is not None
    case = record.case
    secret = hmac_secret()
    return [
        MatchKey(
            subject=subject,
            asset=asset,
            case_id=case.pk,
            owner_state_id=case.owner_state_id,
            scheme=scheme,
            value=value,
            digest=keys.digest(secret, scheme, value),
        )
        for scheme, value in sorted(pairs)
    ]


def _subject_rows(subject: Subject) -> list[MatchKey]:
    """The keys of a subject: its names and aliases, its identifiers."""
    pairs = keys.subject_keys(
        name=subject.name, aliases=subject.aliases, identifiers=subject.identifiers
    )
    return _rows(pairs, subject=subject)


def _asset_rows(asset: Asset) -> list[MatchKey]:
    """The keys of an asset: the identifiers of its details (IBAN, ISIN, IMO, ...)."""
    return _rows(keys.asset_keys(kind=asset.kind, details=asset.details), asset=asset)


def _rewrite_many(stale: QuerySet[MatchKey], rows: list[MatchKey]) -> int:
    """A batch's keys replaced (the backfill): one delete and one insert for all."""
    stale.delete()
    MatchKey.objects.bulk_create(rows, batch_size=2000)
    return len(rows)


@transaction.atomic
def subject_index(*, subject: Subject) -> list[MatchKey]:
    """(Re)write the keys of a subject."""
    Subject.objects.select_for_update().filter(pk=subject.pk).first()  # one indexer at a time
    MatchKey.objects.filter(subject=subject).delete()
    return MatchKey.objects.bulk_create(_subject_rows(subject))


@transaction.atomic
def asset_index(*, asset: Asset) -> list[MatchKey]:
    """(Re)write the keys of an asset."""
    Asset.objects.select_for_update().filter(pk=asset.pk).first()
    MatchKey.objects.filter(asset=asset).delete()
    return MatchKey.objects.bulk_create(_asset_rows(asset))


@transaction.atomic
def subjects_index_many(*, subjects: list[Subject]) -> int:
    """`subject_index` for a batch."""
    stale = MatchKey.objects.filter(subject__in=subjects)
    return _rewrite_many(stale, [row for subject in subjects for row in _subject_rows(subject)])


@transaction.atomic
def assets_index_many(*, assets: list[Asset]) -> int:
    """`asset_index` for a batch."""
    stale = MatchKey.objects.filter(asset__in=assets)
    return _rewrite_many(stale, [row for asset in assets for row in _asset_rows(asset)])
