"""Reads of the asset lifecycle. Every queryset starts from `cases.visibility`."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch, QuerySet, Sum

from cases.models import Asset, Case, User
from cases.models.assets import RECOVERY_FIGURES, AssetRecoveryTotal
from workflows.models import AssetTransition


def assets_visible_to(user: User | AnonymousUser | None) -> QuerySet[Asset]:
    return Asset.objects.visible_to(user).select_related("case")


def asset_history(asset: Asset, user: User | AnonymousUser | None) -> QuerySet[AssetTransition]:
    """The acts recorded on an asset, oldest first, with who recorded them and their corrections.

    A fixed number of queries whatever the length of the history (the corrections in one).
    """
    return (
        AssetTransition.objects.visible_to(user)
        .filter(asset=asset)
        .select_related("performed_by")
        .prefetch_related(
            Prefetch(
                "corrections",
                queryset=AssetTransition.objects.visible_to(user, references=False)
                .only("id", "corrects_id", "sequence")
                .order_by("sequence"),
            )
        )
        .order_by("sequence")
    )


def case_recovery_totals(*, case: Case, user: User | AnonymousUser | None) -> list[dict[str, Any]]:
    """The figures of a case per currency, over the assets `user` may see (one query).

    A partner state's liaison gets the sums over the non-restricted assets only, so the figures
    never reveal a restricted asset.
    """
    return list(
        AssetRecoveryTotal.objects.visible_to(user, references=False)
        .filter(asset__case=case)
        .values("currency")
        .annotate(**{name: Sum(name) for name in RECOVERY_FIGURES})
        .order_by("currency")
    )
