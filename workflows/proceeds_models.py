"""Value-based confiscation, the sharing of confiscated proceeds between states, and the claims
of third parties on an asset: records of a case, beside the asset stages of `asset_rules`.

- `ValueOrder`: a confiscation order for an *amount* (UNCAC Art. 31(1)(a), CETS 198 Art. 3(1):
  "property the value of which corresponds to such proceeds"), against a subject of the case or
  the case as a whole, satisfied (`ValueOrderSatisfaction`) from several restrained assets.
- `SharingAgreement`: how the proceeds of a confiscated asset or of a value order are split
  between the executing and the issuing state (EU 2018/1805 Art. 30; CETS 198 Art. 25(3)).
- `ThirdPartyClaim`: a bona fide third party's claim on an asset (UNCAC Art. 31(9), 55(9)); an
  upheld claim carves its amount out of what the state may take from the asset.

Each is a case child (`CaseChild`): restricted to the owning state when flagged, versioned for
If-Match, read only through `visible_to(user)`, and what derives from a hidden object (an order
against a restricted subject, a claim on a restricted asset) is hidden with it.
Written only by `workflows.services.value_orders`, `.sharing_agreements`, `.third_party_claims`.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import F, Q

from cases.models.assets import Asset
from cases.models.base import CaseChild
from cases.models.subjects import Subject
from cases.models.users import User
from cases.visibility import CaseChildQuerySet, Reference, visible_ids
from core.money import AMOUNT_DIGITS, AMOUNT_PLACES

# A percentage to 4 places (33.3333 %).
PERCENT_DIGITS, PERCENT_PLACES = 7, 4


class ProceedsRecord(CaseChild):
    """What a value order, a sharing agreement and a third-party claim have beyond a case child:
    the team's note (partners never read it) and who recorded it."""

    note = models.TextField(max_length=5000, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        abstract = True


class LegalOrderFields(models.Model):
    """The legal order behind a record: who made it, where, its reference and date."""

    order_authority = models.CharField(max_length=300)
    order_jurisdiction = models.ForeignKey(
        "cases.State", on_delete=models.PROTECT, related_name="+"
    )
    order_reference = models.CharField(max_length=200)
    order_issued_on = models.DateField()

    class Meta:
        abstract = True


# --- Value-based confiscation -------------------------------------------------------------------


class ValueOrderQuerySet(CaseChildQuerySet["ValueOrder"]):
    visible_references = {"subject": Reference("cases.Subject", "pk", "subject_id")}

    def narrow_for_partner(self, user: User) -> ValueOrderQuerySet:
        """An order against a person the partner may not see is not theirs to see either."""
        return self.filter(
            Q(subject__isnull=True) | Q(subject__in=visible_ids(Subject.objects.all(), user))
        )


class ValueOrder(ProceedsRecord, LegalOrderFields):
    """An order to pay the state an amount (value-based confiscation), with its legal order."""

    # The person (a subject of the case) the order is made against; none: the case as a whole.
    subject = models.ForeignKey(
        "cases.Subject", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    amount = models.DecimalField(max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES)
    currency = models.CharField(max_length=3)
    # conviction-based or not (workflows.models.ConfiscationBasis), and whether it is final:
    # only a final order is enforced against assets (a satisfaction needs it).
    basis = models.CharField(max_length=16, blank=True)
    final = models.BooleanField(default=False)

    objects = ValueOrderQuerySet.as_manager()

    class Meta:
        ordering = ["-order_issued_on", "-created_at", "id"]
        indexes = [models.Index(fields=["case", "-order_issued_on"], name="value_order_case_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(amount__gt=0), name="value_order_amount_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.order_reference}: {self.amount} {self.currency}"


class ValueOrderSatisfactionQuerySet(CaseChildQuerySet["ValueOrderSatisfaction"]):
    """Seen when both its order and its asset are."""

    case_path = "value_order__case"
    restricted_path = "value_order__restricted"
    owner_state_path = "value_order__case__owner_state_id"

    def narrow_for_partner(self, user: User) -> ValueOrderSatisfactionQuerySet:
        return self.filter(
            value_order__in=visible_ids(ValueOrder.objects.all(), user),
            asset__in=visible_ids(Asset.objects.all(), user),
        )


class ValueOrderSatisfaction(models.Model):
    """Part of a value order paid from one asset, in the order's currency."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    value_order = models.ForeignKey(
        ValueOrder, on_delete=models.PROTECT, related_name="satisfactions"
    )
    asset = models.ForeignKey(
        "cases.Asset", on_delete=models.PROTECT, related_name="value_satisfactions"
    )
    amount = models.DecimalField(max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES)
    note = models.TextField(max_length=5000, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    objects = ValueOrderSatisfactionQuerySet.as_manager()

    class Meta:
        ordering = ["recorded_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount__gt=0), name="value_satisfaction_amount_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.value_order_id} <- {self.asset_id}: {self.amount}"


# --- Sharing of confiscated proceeds ------------------------------------------------------------


class SharingRule(models.TextChoices):
    EU_2018_1805_DEFAULT = (
        "eu_2018_1805_default",
        "EU 2018/1805 Art. 30(7): all to the executing state up to EUR 10 000, half above",
    )
    AGREED_SHARE = "agreed_share", "An agreed share (CETS 198 Art. 25(3), EU 2018/1805 Art. 30)"


class SharingAgreementQuerySet(CaseChildQuerySet["SharingAgreement"]):
    visible_references = {
        "asset": Reference("cases.Asset", "pk", "asset_id"),
        "value_order": Reference("workflows.ValueOrder", "pk", "value_order_id"),
    }

    def narrow_for_partner(self, user: User) -> SharingAgreementQuerySet:
        """A liaison sees the agreements their state is party to (never which other states a
        case involves), on an asset or order they see."""
        return self.filter(
            Q(executing_state_id=user.state_id) | Q(issuing_state_id=user.state_id),
            Q(asset__isnull=True) | Q(asset__in=visible_ids(Asset.objects.all(), user)),
            Q(value_order__isnull=True)
            | Q(value_order__in=visible_ids(ValueOrder.objects.all(), user)),
        )


class SharingAgreement(ProceedsRecord):
    """The split of what was obtained from a confiscation between two states."""

    asset = models.ForeignKey(
        "cases.Asset", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    value_order = models.ForeignKey(
        ValueOrder, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # The state that executed the confiscation (holds the money) and the one that asked for it.
    executing_state = models.ForeignKey("cases.State", on_delete=models.PROTECT, related_name="+")
    issuing_state = models.ForeignKey("cases.State", on_delete=models.PROTECT, related_name="+")
    rule = models.CharField(max_length=24, choices=SharingRule.choices)
    # An agreed share: the issuing state's percentage, and the agreement (reference, date).
    issuing_share_percent = models.DecimalField(
        max_digits=PERCENT_DIGITS, decimal_places=PERCENT_PLACES, null=True, blank=True
    )
    agreement_reference = models.CharField(max_length=200, blank=True)
    concluded_on = models.DateField(null=True, blank=True)
    # The amount obtained and shared, in its currency; its euro value for Art. 30(7)'s threshold.
    amount = models.DecimalField(max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES)
    currency = models.CharField(max_length=3)
    eur_value = models.DecimalField(
        max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES, null=True, blank=True
    )
    # The computed split (workflows.proceeds_split), in the amount's currency.
    executing_state_amount = models.DecimalField(
        max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES
    )
    issuing_state_amount = models.DecimalField(
        max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES
    )

    objects = SharingAgreementQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(asset__isnull=False) & Q(value_order__isnull=True))
                | (Q(asset__isnull=True) & Q(value_order__isnull=False)),
                name="sharing_on_an_asset_or_an_order",
            ),
            models.CheckConstraint(
                condition=~Q(executing_state=F("issuing_state")), name="sharing_two_states"
            ),
            models.CheckConstraint(
                condition=Q(amount__gte=0)
                & Q(executing_state_amount__gte=0)
                & Q(issuing_state_amount__gte=0)
                & Q(amount=F("executing_state_amount") + F("issuing_state_amount")),
                name="sharing_split_adds_up",
            ),
            models.CheckConstraint(
                condition=(Q(rule="agreed_share") & Q(issuing_share_percent__isnull=False))
                | (~Q(rule="agreed_share") & Q(issuing_share_percent__isnull=True)),
                name="sharing_agreed_share_has_percent",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.executing_state_id}/{self.issuing_state_id} {self.rule}"


# --- Third-party claims ------------------------------------------------------------------------


class ClaimStatus(models.TextChoices):
    FILED = "filed", "Filed"
    UPHELD = "upheld", "Upheld"
    PARTLY_UPHELD = "partly_upheld", "Partly upheld"
    DISMISSED = "dismissed", "Dismissed"


# A decided claim's status; an upheld or partly upheld one carves out of the asset.
DECISIONS = (ClaimStatus.UPHELD, ClaimStatus.PARTLY_UPHELD, ClaimStatus.DISMISSED)
CARVING_OUT = (ClaimStatus.UPHELD, ClaimStatus.PARTLY_UPHELD)


class ThirdPartyClaimQuerySet(CaseChildQuerySet["ThirdPartyClaim"]):
    visible_references = {"asset": Reference("cases.Asset", "pk", "asset_id")}

    def narrow_for_partner(self, user: User) -> ThirdPartyClaimQuerySet:
        return self.filter(asset__in=visible_ids(Asset.objects.all(), user))

    def carving_out(self) -> ThirdPartyClaimQuerySet:
        return self.filter(status__in=CARVING_OUT)


class ThirdPartyClaim(ProceedsRecord):
    """A third party's claim on an asset, for an amount or a share of it, and its decision."""

    asset = models.ForeignKey("cases.Asset", on_delete=models.PROTECT, related_name="+")
    claimant = models.CharField(max_length=300, help_text="The third party, by name.")
    grounds = models.TextField(max_length=5000, blank=True)
    filed_on = models.DateField()
    # What is claimed: an amount in a currency, or a share (percent) of the asset.
    claimed_amount = models.DecimalField(
        max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES, null=True, blank=True
    )
    currency = models.CharField(max_length=3, blank=True)
    claimed_share_percent = models.DecimalField(
        max_digits=PERCENT_DIGITS, decimal_places=PERCENT_PLACES, null=True, blank=True
    )
    status = models.CharField(max_length=16, choices=ClaimStatus.choices, default=ClaimStatus.FILED)
    # The decision: who decided and when; a partly upheld claim's upheld amount or share.
    decision_authority = models.CharField(max_length=300, blank=True)
    decided_on = models.DateField(null=True, blank=True)
    upheld_amount = models.DecimalField(
        max_digits=AMOUNT_DIGITS, decimal_places=AMOUNT_PLACES, null=True, blank=True
    )
    upheld_share_percent = models.DecimalField(
        max_digits=PERCENT_DIGITS, decimal_places=PERCENT_PLACES, null=True, blank=True
    )

    objects = ThirdPartyClaimQuerySet.as_manager()

    class Meta:
        ordering = ["filed_on", "created_at", "id"]
        indexes = [
            models.Index(
                fields=["asset"], name="claim_carving_out_idx", condition=Q(status__in=CARVING_OUT)
            )
        ]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(claimed_amount__isnull=False)
                    & ~Q(currency="")
                    & Q(claimed_share_percent__isnull=True)
                )
                | (Q(claimed_amount__isnull=True) & Q(claimed_share_percent__isnull=False)),
                name="claim_amount_or_share",
            ),
            models.CheckConstraint(
                condition=Q(status="filed") | Q(decided_on__isnull=False),
                name="claim_decision_dated",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.claimant} on {self.asset_id} ({self.status})"
