"""Reads of the asset lifecycle. Every queryset starts from `cases.visibility`."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.db.models import Prefetch, QuerySet

from cases.models import Asset, User
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
