"""Reads of the case file that more than one endpoint shows. Every queryset starts from the
model's `visible_to`."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db.models import Sum

from cases.models import Case, User
from cases.models.assets import RECOVERY_FIGURES, AssetRecoveryTotal


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
