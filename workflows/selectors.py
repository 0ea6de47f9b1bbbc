"""Reads of the asset lifecycle. Every queryset starts from `cases.visibility`."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch, QuerySet, Sum

from cases.models import Asset, Case, User
from cases.models.assets import RECOVERY_FIGURES, AssetRecoveryTotal
from cases.visibility import visible
from workflows.models import AssetTransition


def assets_visible_to(user: User | AnonymousUser | None) -> QuerySet[Asset]:
    return visible(Asset.objects.select_related("case"), user)


def asset_history(asset: Asset) -> QuerySet[AssetTransition]:
    """The acts recorded on an asset, oldest first, with who recorded them and their corrections.

    A fixed number of queries whatever the length of the history (the corrections in one).
    Call it only with an asset the caller may see (`assets_visible_to`).
    """
    return (
        AssetTransition.objects.filter(asset=asset)
        .select_related("performed_by")
        .prefetch_related(
            Prefetch(
                "corrections",
                queryset=AssetTransition.objects.only("id", "corrects_id", "sequence").order_by(
                    "sequence"
                ),
            )
        )
        .order_by("sequence")
    )


def case_recovery_totals(*, case: Case, user: User | AnonymousUser | None) -> list[dict[str, Any]]:
    """The figures of a case per currency, over the assets `user` may see (one query).

    A partner state's liaison gets the sums over the non-restricted assets only, so the figures
    never reveal a restricted asset.
    """
    assets = visible(Asset.objects.filter(case=case), user).values("pk")
    return list(
        AssetRecoveryTotal.objects.filter(asset__in=assets)
        .values("currency")
        .annotate(**{name: Sum(name) for name in RECOVERY_FIGURES})
        .order_by("currency")
    )
