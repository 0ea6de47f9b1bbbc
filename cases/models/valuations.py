"""Dated valuations of an asset: what it was worth on a day, by what method or source.

An asset's value moves (a flat's market, a yacht that depreciates, an account's interest, a
sale before judgment that turns property into cash: `workflows.asset_rules`), and practitioners
report what it was worth when. Each valuation is a record of its own, append-only; the asset's
`estimated_value_*` fields hold the latest one (by `valued_on`, then by when it was recorded),
rewritten in the same transaction (`cases.services.valuations`), so that every report and list
that reads the asset's estimate needs no change.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q

from cases.visibility import CaseChildQuerySet
from core.money import AMOUNT_DIGITS, AMOUNT_PLACES


class AssetValuationQuerySet(CaseChildQuerySet["AssetValuation"]):
    """A valuation of an asset: seen exactly when the asset is."""

    case_path = "asset__case"
    restricted_path = "asset__restricted"
    owner_state_path = "asset__owner_state_id"


class AssetValuation(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    asset = models.ForeignKey("cases.Asset", on_delete=models.PROTECT, related_name="valuations")
    valued_on = models.DateField()
    amount = models.DecimalField(max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES)
    currency = models.CharField(max_length=3)
    # How the figure was reached, or who gave it: "bank statement of 30 June", "RICS valuation
    # by Knight Frank", "sale before judgment authorised by ...".
    method = models.CharField(max_length=500)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    objects = AssetValuationQuerySet.as_manager()

    class Meta:
        ordering = ["-valued_on", "-recorded_at", "-id"]
        indexes = [
            models.Index(
                fields=["asset", "-valued_on", "-recorded_at"], name="valuation_asset_latest_idx"
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gte=0) & ~Q(currency=""), name="valuation_amount_has_currency"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.asset_id} on {self.valued_on}: {self.amount} {self.currency}"
