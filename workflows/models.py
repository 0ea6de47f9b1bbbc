from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from cases.models.assets import AssetStage
from cases.models.cases import Art57Tier
from cases.visibility import CaseChildQuerySet
from core.money import AMOUNT_DIGITS, AMOUNT_PLACES


class AssetAction(models.TextChoices):
    """What can be done to an asset; which action is allowed when is `asset_rules.ASSET_RULES`."""

    FREEZE = "freeze", "Freeze"
    RENEW_FREEZE = "renew_freeze", "Renew the freeze"
    DECIDE_NOT_TO_FREEZE = "decide_not_to_freeze", "Decide not to freeze"
    SEIZE = "seize", "Seize"
    CONFISCATE = "confiscate", "Confiscate"
    CONFISCATE_UNDER_APPEAL = "confiscate_under_appeal", "Confiscate at first instance (appealable)"
    CONFIRM_CONFISCATION = "confirm_confiscation", "The confiscation becomes final"
    QUASH_CONFISCATION = "quash_confiscation", "The confiscation is quashed on appeal"
    QUASH_KEEPING_RESTRAINT = (
        "quash_keeping_restraint",
        "The confiscation is quashed on appeal; the restraint stays in force",
    )
    REPATRIATE = "repatriate", "Repatriate (a tranche)"
    RELEASE = "release", "Release"
    RELEASE_ORDER = "release_order", "Release one order (the others stay in force)"
    RELEASE_PART = "release_part", "Release part of the restrained value"
    APPLY_TO_VALUE_ORDER = (
        "apply_to_value_order",
        "Applied in part to a value order (realised)",
    )
    SELL_BEFORE_JUDGMENT = (
        "sell_before_judgment",
        "Sale before judgment (restrained property turned into cash)",
    )
    CORRECT_RECORD = "correct_record", "Correct the record of an earlier act"


class ConfiscationBasis(models.TextChoices):
    CONVICTION = "conviction", "Conviction-based"
    NON_CONVICTION = "non_conviction", "Non-conviction-based (NCB)"


class PartialReleaseReason(models.TextChoices):
    """Why part of a restrained value is released (UNCAC Art. 31(9) and 55(9): third parties'
    rights; EU 2018/1805 Art. 33, and national law, for the owner's living and legal costs)."""

    LIVING_EXPENSES = "living_expenses", "Living expenses of the owner or family"
    LEGAL_EXPENSES = "legal_expenses", "Legal expenses"
    OTHER = "other", "Other (see the note)"


class Recipient(models.TextChoices):
    """Who receives returned assets (UNCAC Art. 57(3))."""

    REQUESTING_STATE = "requesting_state", "The requesting state"
    VICTIMS = "victims", "Victims"
    PRIOR_OWNERS = "prior_owners", "Prior legitimate owners"


class Entitlement(models.TextChoices):
    """What a return under UNCAC Art. 57(3)(b) rests on, besides the final judgment."""

    PRIOR_OWNERSHIP = (
        "prior_ownership",
        "The requesting state reasonably established its prior ownership",
    )
    RECOGNISED_DAMAGE = (
        "recognised_damage",
        "The requested state recognises damage to the requesting state",
    )


class AssetTransitionQuerySet(CaseChildQuerySet["AssetTransition"]):
    """An act on an asset: seen exactly when the asset is."""

    case_path = "asset__case"
    restricted_path = "asset__restricted"
    owner_state_path = "asset__owner_state_id"


class AssetTransition(models.Model):
    """One legal act on one asset: the order behind it, the amounts, who recorded it and when.

    Append-only (a PostgreSQL trigger refuses UPDATE, DELETE and TRUNCATE): a mistake is put
    right by a new `correct_record` transition whose `corrects` names the act it corrects.
    Written only by `workflows.services.asset_transitions`.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    asset = models.ForeignKey("cases.Asset", on_delete=models.PROTECT, related_name="transitions")
    # 1, 2, 3... per asset, in the order the acts were recorded.
    sequence = models.PositiveIntegerField()
    action = models.CharField(max_length=24, choices=AssetAction.choices)
    from_stage = models.CharField(max_length=16, choices=AssetStage.choices)
    to_stage = models.CharField(max_length=16, choices=AssetStage.choices)
    # The legal order (or decision) behind the act.
    order_authority = models.CharField(max_length=300, blank=True)
    order_jurisdiction = models.ForeignKey(
        "cases.State", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # Where in the jurisdiction the order was made (ISO 3166-2: SCT, ZH, NY, BY): its holidays
    # count for the freeze's lapse. Empty: the state's default (GB: England and Wales).
    order_subdivision = models.CharField(max_length=8, blank=True, default="", db_default="")
    order_reference = models.CharField(max_length=200, blank=True)
    order_issued_on = models.DateField(null=True, blank=True)
    order_expires_on = models.DateField(null=True, blank=True)  # freezes
    # An urgent measure's term counted in hours (48 hours) from its local time of issue in the
    # issuing jurisdiction. A freeze with neither this nor an expiry date has no fixed term.
    order_term_hours = models.PositiveIntegerField(null=True, blank=True)
    order_issued_at = models.TimeField(null=True, blank=True)
    # The restraint order a renewal renews or a `release_order` lifts: the act that made it.
    restraint_order = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # The amount the act concerns: frozen, seized, confiscated, or returned by this tranche.
    amount = models.DecimalField(
        max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES, null=True, blank=True
    )
    amount_currency = models.CharField(max_length=3, blank=True)
    # Confiscation
    basis = models.CharField(max_length=16, choices=ConfiscationBasis.choices, blank=True)
    final = models.BooleanField(null=True, blank=True)
    # Release of part of the restrained value: why.
    release_reason = models.CharField(
        max_length=16, choices=PartialReleaseReason.choices, blank=True, default="", db_default=""
    )
    # Sale before judgment (UNCAC Art. 31(3), EU 2018/1805 Art. 28): the day of the sale.
    sold_on = models.DateField(null=True, blank=True)
    # Repatriation (UNCAC Art. 57)
    art57_tier = models.CharField(max_length=1, choices=Art57Tier.choices, blank=True)
    recipient = models.CharField(max_length=20, choices=Recipient.choices, blank=True)
    recipient_state = models.ForeignKey(
        "cases.State", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # Art. 57(3)(a), (b): the final judgment in the requesting state the return rests on, or the
    # requested state's waiver of it; (b) also the requesting state's title to the property.
    final_judgment = models.CharField(max_length=300, blank=True, default="", db_default="")
    final_judgment_waived = models.BooleanField(null=True, blank=True)
    entitlement = models.CharField(
        max_length=20, choices=Entitlement.choices, blank=True, default="", db_default=""
    )
    entitlement_evidence = models.CharField(max_length=300, blank=True, default="", db_default="")
    # Art. 57(4): reasonable expenses the requested state kept from this tranche.
    deducted_expenses_amount = models.DecimalField(
        max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES, null=True, blank=True
    )
    deducted_expenses_currency = models.CharField(max_length=3, blank=True)
    # Art. 57(5): the case-by-case agreement on the disposal of the returned funds.
    disposal_agreement = models.CharField(max_length=200, blank=True)
    corrects = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="corrections"
    )
    # Transitions recorded together from one order (the bulk action) share a batch id.
    batch_id = models.UUIDField(null=True, blank=True)
    note = models.TextField(max_length=5000, blank=True)
    performed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    performed_at = models.DateTimeField(default=timezone.now)

    objects = AssetTransitionQuerySet.as_manager()

    class Meta:
        ordering = ["asset", "sequence"]
        indexes = [models.Index(fields=["batch_id"], name="transition_batch_idx")]
        constraints = [
            models.UniqueConstraint(fields=["asset", "sequence"], name="transition_asset_sequence"),
            models.CheckConstraint(
                condition=Q(amount__isnull=True) | (Q(amount__gte=0) & ~Q(amount_currency="")),
                name="transition_amount_has_currency",
            ),
            models.CheckConstraint(
                condition=Q(deducted_expenses_amount__isnull=True)
                | (Q(deducted_expenses_amount__gte=0) & ~Q(deducted_expenses_currency="")),
                name="transition_expenses_have_currency",
            ),
            models.CheckConstraint(
                condition=Q(order_expires_on__isnull=True)
                | Q(order_issued_on__isnull=True)
                | Q(order_expires_on__gt=F("order_issued_on")),
                name="transition_expiry_after_issue",
            ),
            models.CheckConstraint(
                condition=Q(order_term_hours__isnull=True)
                | (Q(order_issued_at__isnull=False) & Q(order_expires_on__isnull=True)),
                name="transition_term_in_hours_from_time_of_issue",
            ),
            models.CheckConstraint(
                condition=Q(corrects__isnull=True) | Q(action="correct_record"),
                name="transition_only_corrections_correct",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.asset_id} #{self.sequence} {self.action}"


# MLA requests live in their own module; imported here so Django registers them.
from workflows.mla_models import MlaRequest, MlaStatus, MlaTransition  # noqa: E402
from workflows.proceeds_models import (  # noqa: E402
    SharingAgreement,
    ThirdPartyClaim,
    ValueOrder,
    ValueOrderSatisfaction,
)

__all__ = [
    "AssetTransition",
    "MlaRequest",
    "MlaStatus",
    "MlaTransition",
    "SharingAgreement",
    "ThirdPartyClaim",
    "ValueOrder",
    "ValueOrderSatisfaction",
]
