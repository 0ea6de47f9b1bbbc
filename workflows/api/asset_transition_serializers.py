"""Input and output shapes of the asset transitions API (API.md, 'An asset transition')."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cases.api.assets import AssetSerializer
from cases.api.cases import UserRefSerializer
from cases.api.fields import (
    MoneySerializer,
    StateCodeField,
    StateCodeIdField,
    StrictInputMixin,
    money,
)
from cases.models import Asset, AssetStage
from core import engine
from core.dates import BoundedDateField
from core.serializers import ReadOnlyModelSerializer
from workflows.asset_position import RestraintOrder, restraint_orders
from workflows.asset_rules import REQUIREMENTS, RESTRAINED, accepted_fields
from workflows.models import (
    AssetAction,
    AssetTransition,
    ConfiscationBasis,
    Entitlement,
    PartialReleaseReason,
    Recipient,
)
from workflows.services.asset_transitions import BULK_ACTIONS, MAX_BULK_ASSETS

# A term in hours is an urgent measure's: a year of hours is surely a mistake.
MAX_TERM_HOURS = 24 * 366


class OrderSerializer(StrictInputMixin, serializers.Serializer[Any]):
    """The legal order (or decision) behind an act."""

    authority = serializers.CharField(max_length=300, help_text="The issuing authority.")
    jurisdiction = StateCodeField(help_text="The state whose authority issued it.")
    subdivision = serializers.CharField(
        max_length=8,
        required=False,
        allow_blank=True,
        help_text="Where in that state the authority sits (ISO 3166-2 without the country: SCT, "
        "ZH, NY, BY): its holidays count for the freeze's lapse. Empty: the state's default "
        "(GB: England and Wales).",
    )
    reference = serializers.CharField(max_length=200, help_text="The order's reference.")
    issued_on = BoundedDateField()
    issued_at = serializers.TimeField(
        required=False,
        allow_null=True,
        help_text="The time of issue, local time in the issuing jurisdiction (HH:MM); needed "
        "with `term_hours`.",
    )
    expires_on = BoundedDateField(
        required=False,
        allow_null=True,
        help_text="Freezes (freeze, renew_freeze) only: the last day the freeze is in force. "
        "One term only: `expires_on`, `term_hours` or `without_term`.",
    )
    term_hours = serializers.IntegerField(
        required=False,
        allow_null=True,
        min_value=1,
        max_value=MAX_TERM_HOURS,
        help_text="Freezes only: an urgent measure's term in hours from `issued_at` (48).",
    )
    without_term = serializers.BooleanField(
        required=False,
        help_text="Freezes only: the order has no fixed term (a UK restraint order, many EU "
        "2018/1805 freezing orders): in force until released.",
    )


class AssetTransitionInputSerializer(StrictInputMixin, serializers.Serializer[Any]):
    """One act; which fields it needs is the rules table's `requires` (docs/asset-lifecycle.md)."""

    action = serializers.ChoiceField(choices=AssetAction.choices)
    order = OrderSerializer(required=False)
    amount = MoneySerializer(
        required=False,
        help_text="Frozen or seized (optional), confiscated, or returned by this tranche.",
    )
    basis = serializers.ChoiceField(
        choices=ConfiscationBasis.choices,
        required=False,
        help_text="confiscate, confiscate_under_appeal",
    )
    final = serializers.BooleanField(
        required=False, help_text="confiscate: the order is final (required to be true)."
    )
    recipient = serializers.ChoiceField(
        choices=Recipient.choices, required=False, help_text="repatriate"
    )
    recipient_state = StateCodeField(
        required=False,
        allow_null=True,
        help_text="repatriate, to the requesting state: the state that asked for the asset.",
    )
    final_judgment = serializers.CharField(
        max_length=300,
        required=False,
        allow_blank=True,
        help_text="repatriate: the final judgment in the requesting state (court, reference, "
        "date) the return rests on; UNCAC Art. 57(3)(a), (b).",
    )
    final_judgment_waived = serializers.BooleanField(
        required=False,
        allow_null=True,
        help_text="repatriate: the requested state waived the final judgment (57(3)(a), (b)).",
    )
    entitlement = serializers.ChoiceField(
        choices=Entitlement.choices,
        required=False,
        allow_blank=True,
        help_text="repatriate under 57(3)(b): the requesting state's prior ownership, or the "
        "damage to it the requested state recognises.",
    )
    entitlement_evidence = serializers.CharField(
        max_length=300,
        required=False,
        allow_blank=True,
        help_text="repatriate under 57(3)(b): what establishes the ownership or the damage.",
    )
    deducted_expenses = MoneySerializer(
        required=False, help_text="repatriate: UNCAC Art. 57(4), in the tranche's currency."
    )
    disposal_agreement = serializers.CharField(
        max_length=200, required=False, allow_blank=True, help_text="repatriate: Art. 57(5)."
    )
    corrects = serializers.UUIDField(
        required=False, help_text="correct_record: the earlier act of this asset it corrects."
    )
    release_reason = serializers.ChoiceField(
        choices=PartialReleaseReason.choices, required=False, help_text="release_part: why."
    )
    restraint_order = serializers.UUIDField(
        required=False,
        help_text="renew_freeze: the freeze order it renews (optional when the asset has one); "
        "release_order: the order it lifts. An order's id is that of the act that made it "
        "(GET /api/v1/assets/{asset_id}/restraint-orders/).",
    )
    sold_on = BoundedDateField(
        required=False,
        help_text="sell_before_judgment: the day of the sale (the `order` is its authorisation, "
        "the `amount` its price).",
    )
    note = serializers.CharField(max_length=5000, required=False, allow_blank=True)


class VisibleAssetListField(serializers.ListField):
    """Asset ids of a bulk act, resolved in one query against what the caller may see.

    Each bad id is named by its index (`assets.N`); an asset the caller may not see answers
    exactly like an id that never existed.
    """

    child = serializers.UUIDField()
    default_error_messages = {
        **serializers.ListField.default_error_messages,
        "does_not_exist": "No object with this id.",
        "incorrect_type": "Give the object's id (a UUID).",
        "duplicate": "This asset is named twice.",
    }

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(min_length=1, max_length=MAX_BULK_ASSETS, **kwargs)

    def to_internal_value(self, data: Any) -> list[Asset]:
        if isinstance(data, (str, dict)) or not hasattr(data, "__iter__"):
            self.fail("not_a_list", input_type=type(data).__name__)
        items = list(data)
        if not items:
            self.fail("empty")
        if len(items) > MAX_BULK_ASSETS:
            self.fail("max_length", max_length=MAX_BULK_ASSETS)
        errors: dict[str, list[serializers.ErrorDetail]] = {}
        ids: dict[int, uuid.UUID] = {}
        for index, item in enumerate(items):
            if isinstance(item, bool) or not isinstance(item, str):
                errors[str(index)] = [self._error("incorrect_type")]
                continue
            try:
                ids[index] = uuid.UUID(item)
            except ValueError:
                errors[str(index)] = [self._error("does_not_exist")]
        request = self.context.get("request")
        found = Asset.objects.visible_to(request.user if request else None).select_related("case")
        assets = found.in_bulk(set(ids.values()))
        seen: set[uuid.UUID] = set()
        for index, asset_id in ids.items():
            if asset_id not in assets:
                errors[str(index)] = [self._error("does_not_exist")]
            elif asset_id in seen:
                errors[str(index)] = [self._error("duplicate")]
            seen.add(asset_id)
        if errors:
            raise serializers.ValidationError(errors)
        return [assets[asset_id] for asset_id in ids.values()]

    def _error(self, key: str) -> serializers.ErrorDetail:
        return serializers.ErrorDetail(str(self.error_messages[key]), code=key)


class AssetTransitionBulkInputSerializer(StrictInputMixin, serializers.Serializer[Any]):
    """One order for many assets: all recorded, or none."""

    assets = VisibleAssetListField(help_text=f"Ids of the assets (at most {MAX_BULK_ASSETS}).")
    action = serializers.ChoiceField(
        choices=AssetAction.choices,
        help_text="One of: " + ", ".join(BULK_ACTIONS) + " (acts with amounts go one by one).",
    )
    order = OrderSerializer(required=False)
    note = serializers.CharField(max_length=5000, required=False, allow_blank=True)

    def validate_action(self, value: str) -> str:
        if value not in BULK_ACTIONS:
            raise serializers.ValidationError(
                f"{value} is recorded one asset at a time.", code="not_bulk"
            )
        return value


class TransitionOrderSerializer(serializers.Serializer[Any]):
    authority = serializers.CharField(source="order_authority")
    jurisdiction = StateCodeIdField(source="order_jurisdiction")
    subdivision = serializers.CharField(source="order_subdivision")
    reference = serializers.CharField(source="order_reference")
    issued_on = BoundedDateField(source="order_issued_on")
    issued_at = serializers.TimeField(source="order_issued_at", allow_null=True)
    expires_on = BoundedDateField(source="order_expires_on", allow_null=True)
    term_hours = serializers.IntegerField(source="order_term_hours", allow_null=True)


class AssetTransitionPartnerSerializer(ReadOnlyModelSerializer[AssetTransition]):
    """An act as a partner state's liaison sees it: no note, not who recorded it."""

    order = serializers.SerializerMethodField()
    amount = serializers.SerializerMethodField()
    recipient_state = StateCodeIdField()
    deducted_expenses = serializers.SerializerMethodField()
    corrects: serializers.PrimaryKeyRelatedField[AssetTransition] = (
        serializers.PrimaryKeyRelatedField(read_only=True)
    )
    restraint_order: serializers.PrimaryKeyRelatedField[AssetTransition] = (
        serializers.PrimaryKeyRelatedField(
            read_only=True, help_text="The order a renewal renews or a release_order lifts."
        )
    )
    corrected_by = serializers.SerializerMethodField(
        help_text="Later acts that correct this one, in the order they were recorded."
    )

    class Meta:
        model = AssetTransition
        fields = [
            "id",
            "sequence",
            "action",
            "from_stage",
            "to_stage",
            "order",
            "amount",
            "basis",
            "final",
            "art57_tier",
            "recipient",
            "recipient_state",
            "final_judgment",
            "final_judgment_waived",
            "entitlement",
            "entitlement_evidence",
            "deducted_expenses",
            "disposal_agreement",
            "release_reason",
            "sold_on",
            "restraint_order",
            "corrects",
            "corrected_by",
            "batch_id",
            "performed_at",
        ]

    @extend_schema_field(TransitionOrderSerializer(allow_null=True))
    def get_order(self, transition: AssetTransition) -> dict[str, Any] | None:
        if not transition.order_reference:
            return None
        return dict(TransitionOrderSerializer(transition).data)

    @extend_schema_field(MoneySerializer(allow_null=True))
    def get_amount(self, transition: AssetTransition) -> dict[str, str] | None:
        return money(transition.amount, transition.amount_currency)

    @extend_schema_field(MoneySerializer(allow_null=True))
    def get_deducted_expenses(self, transition: AssetTransition) -> dict[str, str] | None:
        return money(transition.deducted_expenses_amount, transition.deducted_expenses_currency)

    @extend_schema_field(serializers.ListField(child=serializers.UUIDField()))
    def get_corrected_by(self, transition: AssetTransition) -> list[str]:
        return [str(c.pk) for c in transition.corrections.all()]  # prefetched


class AssetTransitionSerializer(AssetTransitionPartnerSerializer):
    """An act as the owning state sees it."""

    performed_by = UserRefSerializer(read_only=True)

    class Meta(AssetTransitionPartnerSerializer.Meta):
        fields = [*AssetTransitionPartnerSerializer.Meta.fields, "performed_by", "note"]


class AssetTransitionBulkResultSerializer(serializers.Serializer[Any]):
    batch_id = serializers.UUIDField(help_text="Shared by the transitions of this bulk act.")
    results = AssetSerializer(many=True, help_text="The assets after the act, by id.")


class RequirementSerializer(serializers.Serializer[Any]):
    name = serializers.CharField(help_text="The requirement's name in the rules table.")
    description = serializers.CharField(help_text="What it asks, as a lawyer reads it.")


class AssetActionSerializer(serializers.Serializer[Any]):
    """One act the caller may record on the asset now, with what its form must ask."""

    action = serializers.ChoiceField(choices=AssetAction.choices)
    to_stage = serializers.ChoiceField(
        choices=[*AssetStage.choices, (RESTRAINED, "Frozen or seized, as the orders in force")],
        allow_null=True,
        help_text="The stage after the act; null when the act keeps the stage; `restrained`: "
        "back to seized while a seizure order is in force, else frozen.",
    )
    meaning = serializers.CharField()
    requires = RequirementSerializer(many=True, help_text="What the act must carry.")
    carries = serializers.ListField(
        child=serializers.CharField(),
        help_text="Every input field the act may carry (anything else is refused).",
    )
    bulk = serializers.BooleanField(
        help_text="Whether the act may be recorded on many assets under one order "
        "(POST /api/v1/assets/transitions/bulk/)."
    )

    @staticmethod
    def of(rule: engine.Rule) -> dict[str, Any]:
        return {
            "action": rule.action,
            "to_stage": rule.to_state,
            "meaning": rule.meaning,
            "requires": [
                {"name": name, "description": REQUIREMENTS[name]} for name in rule.requires
            ],
            "carries": sorted(accepted_fields(rule)),
            "bulk": rule.action in BULK_ACTIONS,
        }


MAX_ASSETS_ASKED = 100


class AssetsActionsQuerySerializer(serializers.Serializer[Any]):
    asset = serializers.ListField(
        child=serializers.UUIDField(), min_length=1, max_length=MAX_ASSETS_ASKED
    )


class AssetActionsOfSerializer(serializers.Serializer[Any]):
    asset = serializers.UUIDField()
    actions = AssetActionSerializer(many=True)


class RestraintOrderSerializer(serializers.Serializer[Any]):
    """A freeze or seizure order on an asset (`workflows.asset_position.RestraintOrder`)."""

    id = serializers.UUIDField(help_text="The act that made the order.")
    kind = serializers.ChoiceField(choices=[("freeze", "Freeze"), ("seizure", "Seizure")])
    authority = serializers.CharField()
    jurisdiction = serializers.CharField(allow_null=True)
    subdivision = serializers.CharField()
    reference = serializers.CharField()
    issued_on = BoundedDateField(allow_null=True)
    issued_at = serializers.TimeField(allow_null=True)
    expires_on = BoundedDateField(allow_null=True)
    term_hours = serializers.IntegerField(allow_null=True)
    renews = serializers.UUIDField(allow_null=True, help_text="The order this one renews.")
    status = serializers.ChoiceField(
        choices=[(s, s) for s in ("in_force", "lapsed", "released", "superseded")]
    )
    in_force = serializers.BooleanField()
    lapses_at = serializers.DateTimeField(
        allow_null=True,
        help_text="When it stops restraining unless renewed: the end of its expiry date where "
        "the asset sits, or its hours after its time of issue; null without a term.",
    )
    ended_by_act = serializers.UUIDField(
        allow_null=True, help_text="The release, renewal, seizure or confiscation that ended it."
    )

    @staticmethod
    def of(order: RestraintOrder, *, where: str, now: datetime) -> dict[str, Any]:
        status = order.status(where, now)
        return {
            **{
                name: getattr(order, name)
                for name in (
                    "id",
                    "kind",
                    "authority",
                    "jurisdiction",
                    "subdivision",
                    "reference",
                    "issued_on",
                    "issued_at",
                    "expires_on",
                    "term_hours",
                    "renews",
                    "ended_by_act",
                )
            },
            "status": status,
            "in_force": status == "in_force",
            "lapses_at": order.lapses_at(where),
        }


def asset_restraint_orders(
    asset: Asset, transitions: Iterable[AssetTransition], now: datetime
) -> list[dict[str, Any]]:
    """The asset's orders, newest first, as the API shows them."""
    orders = restraint_orders(transitions)
    where = asset.jurisdiction_id
    return [
        dict(RestraintOrderSerializer(RestraintOrderSerializer.of(o, where=where, now=now)).data)
        for o in reversed(orders)
    ]


class AssetWithOrdersSerializer(AssetSerializer):
    """The asset as its team sees it after an act, with its restraint orders."""

    restraint_orders = serializers.SerializerMethodField()

    class Meta(AssetSerializer.Meta):
        fields = [*AssetSerializer.Meta.fields, "restraint_orders"]

    @extend_schema_field(RestraintOrderSerializer(many=True))
    def get_restraint_orders(self, asset: Asset) -> list[dict[str, Any]]:
        request = self.context.get("request")
        visible = AssetTransition.objects.visible_to(
            request.user if request else None, references=False
        )
        history = visible.filter(asset=asset).order_by("sequence")
        return asset_restraint_orders(asset, history, timezone.now())
