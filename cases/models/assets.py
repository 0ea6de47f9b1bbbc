from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from django.db import models
from django.db.models import F, Q

from cases.models.base import OwnedCaseChild
from cases.models.cases import ART_57_TIER, Art57Tier, OffenceCategory
from cases.visibility import CaseChildQuerySet, Reference
from core.crypto_units import HOLDING_DIGITS, HOLDING_PLACES
from core.money import AMOUNT_DIGITS, AMOUNT_PLACES
from core.state_time import date_passed, date_passed_q


class AssetKind(models.TextChoices):
    BANK_ACCOUNT = "bank_account", "Bank account"
    REAL_ESTATE = "real_estate", "Real estate"
    COMPANY_SHARES = "company_shares", "Company shares"
    SECURITIES = "securities", "Securities"
    VEHICLE = "vehicle", "Vehicle"
    VESSEL = "vessel", "Vessel"
    AIRCRAFT = "aircraft", "Aircraft"
    CRYPTO_WALLET = "crypto_wallet", "Crypto wallet"
    CASH = "cash", "Cash"
    VALUABLES = "valuables", "Art or valuables"
    OTHER = "other", "Other"


class AssetStage(models.TextChoices):
    """Where an asset stands in recovery (DOMAIN.md, 'The stages of one asset')."""

    IDENTIFIED = "identified", "Identified"
    FROZEN = "frozen", "Frozen"
    SEIZED = "seized", "Seized"
    # A first-instance confiscation order open to or under appeal: not yet title (the asset
    # stays restrained), and nothing is returned from it until the order is final.
    UNDER_APPEAL = "under_appeal", "Confiscated, under appeal"
    CONFISCATED = "confiscated", "Confiscated"
    REPATRIATED = "repatriated", "Repatriated"
    RELEASED = "released", "Released"


def freeze_lapsed_on(stage: str, freeze_expires_on: date | None, jurisdiction: str) -> date | None:
    """The day a frozen asset's freeze lapsed (the day after its expiry, where the asset sits),
    or None while it is in force or the asset is not frozen. A lapsed freeze restrains nothing: it
    cannot be renewed or confiscated on, and a new freeze is a new order (workflows.asset_rules)."""
    if stage != AssetStage.FROZEN or freeze_expires_on is None:
        return None
    if not date_passed(freeze_expires_on, jurisdiction):
        return None
    return freeze_expires_on + timedelta(days=1)


def freeze_lapsed_q() -> Q:
    """Assets whose freeze has lapsed (`freeze_lapsed_on` as a query: one comparison per local
    date in the world now)."""
    return Q(stage=AssetStage.FROZEN) & date_passed_q(
        date_field="freeze_expires_on", state_field="jurisdiction_id"
    )


class AssetQuerySet(CaseChildQuerySet["Asset"]):
    # The asset's own copy of the owning state: the owning state's list reads one index.
    owner_state_path = "owner_state_id"
    visible_references = {
        "holder": Reference("cases.Subject", "pk", "holder_id"),
        "beneficial_owner": Reference("cases.Subject", "pk", "beneficial_owner_id"),
    }


class AssetRecoveryTotalQuerySet(CaseChildQuerySet["AssetRecoveryTotal"]):
    """An asset's figures: seen exactly when the asset is."""

    case_path = "asset__case"
    restricted_path = "asset__restricted"
    owner_state_path = "asset__owner_state_id"


class Asset(OwnedCaseChild):
    """Something of value traced to the officials of a case, wherever it sits."""

    kind = models.CharField(max_length=20, choices=AssetKind.choices)
    description = models.CharField(max_length=1000)
    # The identifying fields of the kind (IBAN, title number, ISIN, ...): see cases.asset_kinds.
    details = models.JSONField(default=dict, blank=True)
    jurisdiction = models.ForeignKey("cases.State", on_delete=models.PROTECT, related_name="+")
    holder = models.ForeignKey(
        "cases.Subject", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    beneficial_owner = models.ForeignKey(
        "cases.Subject", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    estimated_value_amount = models.DecimalField(
        max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES, null=True, blank=True
    )
    estimated_value_currency = models.CharField(max_length=3, blank=True)
    # DOMAIN.md: an identified asset has its estimated value, or says that none is known yet.
    not_yet_valued = models.BooleanField(default=False, db_default=False)
    # A crypto wallet's holding in its own unit (`core.crypto_units`), exact to the
    # satoshi or the wei, beside the fiat estimate above.
    holding_amount = models.DecimalField(
        max_digits=HOLDING_DIGITS, decimal_places=HOLDING_PLACES, null=True, blank=True
    )
    holding_unit = models.CharField(max_length=8, blank=True, default="", db_default="")
    source = models.CharField(
        max_length=500, blank=True, help_text="How the asset was traced (intelligence, records)."
    )
    # The offence this asset is the proceeds of, when it is not the case's (UNCAC Art. 57(3):
    # the tier of its return follows from it). Empty: the case's offence.
    offence_category = models.CharField(
        max_length=24, choices=OffenceCategory.choices, blank=True, default="", db_default=""
    )
    # Driven only by the transition engine (workflows); never written by the asset endpoints.
    stage = models.CharField(
        max_length=16, choices=AssetStage.choices, default=AssetStage.IDENTIFIED, editable=False
    )
    freeze_expires_on = models.DateField(null=True, blank=True, editable=False)

    objects = AssetQuerySet.as_manager()

    @property
    def offence(self) -> str:
        """The offence the asset is the proceeds of: its own, or else the case's."""
        return self.offence_category or self.case.offence_category

    @property
    def art57_tier(self) -> Art57Tier:
        """The tier of UNCAC Art. 57(3) under which it is returned (`ART_57_TIER`)."""
        return ART_57_TIER[OffenceCategory(self.offence)]

    @property
    def freeze_lapsed_on(self) -> date | None:
        return freeze_lapsed_on(self.stage, self.freeze_expires_on, self.jurisdiction_id)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["case", "stage"], name="asset_case_stage_idx"),
            # The asset list by stage, newest first, across the caller's cases: read in order
            # and stopped after a page, instead of sorting every asset of that stage (issue 9).
            models.Index(fields=["stage", "-created_at", "-id"], name="asset_stage_created_idx"),
            # The owning state's asset list, newest first, whole or by stage, and its counts.
            models.Index(
                fields=["owner_state", "-created_at", "-id"], name="asset_owner_created_idx"
            ),
            models.Index(
                fields=["owner_state", "stage", "-created_at", "-id"],
                name="asset_owner_stage_created_idx",
            ),
            # What partner states may see of a case's assets by stage: their list's count is read
            # from this index alone, case by shared case, instead of scanning every asset.
            models.Index(
                fields=["case", "stage"],
                name="asset_case_stage_shared_idx",
                condition=Q(restricted=False),
            ),
            models.Index(
                fields=["freeze_expires_on"],
                name="asset_freeze_expiry_idx",
                condition=Q(freeze_expires_on__isnull=False),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(estimated_value_amount__isnull=True) | Q(estimated_value_amount__gte=0),
                name="asset_value_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(estimated_value_amount__isnull=True) | ~Q(estimated_value_currency=""),
                name="asset_value_has_currency",
            ),
            models.CheckConstraint(
                condition=Q(estimated_value_amount__isnull=True, not_yet_valued=True)
                | Q(estimated_value_amount__isnull=False, not_yet_valued=False),
                name="asset_valued_or_not_yet",
            ),
            models.CheckConstraint(
                condition=Q(holding_amount__isnull=True, holding_unit="")
                | (Q(holding_amount__gte=0, kind=AssetKind.CRYPTO_WALLET) & ~Q(holding_unit="")),
                name="asset_holding_of_a_wallet_has_unit",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.description[:60]}"


# The figures of recovery kept per asset and currency (see AssetRecoveryTotal).
RECOVERY_FIGURES = ("frozen", "seized", "confiscated", "returned", "deducted_expenses")


class AssetRecoveryTotal(models.Model):
    """How much of one asset was frozen, seized, confiscated and returned, in one currency.

    Derived from the asset's transitions (workflows.AssetTransition) and rewritten only by the
    transition engine, under the asset's row lock, in the transaction that records the
    transition. One row per currency, because amounts keep the currency their order gave them:
    adding USD to EUR needs a dated exchange rate, which is a report's business, not the record's.
    A table rather than a JSON column so that case and report totals are one `GROUP BY currency`.

    - `frozen`, `seized`, `confiscated`: what the latest order of that kind covered (a renewal
      that names an amount replaces the frozen figure); kept when the asset moves on.
    - `returned`, `deducted_expenses`: the sums of the repatriation tranches (UNCAC Art. 57(4)
      for the expenses the requested state kept).
    """

    asset = models.ForeignKey(Asset, on_delete=models.CASCADE, related_name="recovery_totals")
    currency = models.CharField(max_length=3)
    frozen = models.DecimalField(max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES, default=0)
    seized = models.DecimalField(max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES, default=0)
    confiscated = models.DecimalField(
        max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES, default=0
    )
    returned = models.DecimalField(
        max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES, default=0
    )
    deducted_expenses = models.DecimalField(
        max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES, default=0
    )

    objects = AssetRecoveryTotalQuerySet.as_manager()

    class Meta:
        ordering = ["asset", "currency"]
        constraints = [
            models.UniqueConstraint(fields=["asset", "currency"], name="recovery_total_currency"),
            models.CheckConstraint(
                condition=Q(frozen__gte=0)
                & Q(seized__gte=0)
                & Q(confiscated__gte=0)
                & Q(returned__gte=0)
                & Q(deducted_expenses__gte=0),
                name="recovery_total_not_negative",
            ),
            # Nothing is returned (or kept for expenses) that was not confiscated.
            models.CheckConstraint(
                condition=Q(confiscated__gte=F("returned") + F("deducted_expenses")),
                name="recovery_total_returned_within_confiscated",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.asset_id} {self.currency}"

    @property
    def outstanding(self) -> Decimal:
        """Confiscated but neither returned nor kept for expenses yet."""
        return self.confiscated - self.returned - self.deducted_expenses
