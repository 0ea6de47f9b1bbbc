"""`/api/v1/assets/`: what was traced, where it sits, who holds it, and its stage."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any, cast

import django_filters
from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import OuterRef, QuerySet, TextField
from django.db.models.functions import Cast, JSONObject
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cases.api.base import CASE_CHILD_OWNER_FIELDS, CaseFileViewSet, VisibleCaseField, current_user
from cases.api.fields import (
    HoldingSerializer,
    MoneySerializer,
    ObjectIdField,
    StateCodeField,
    StateCodeIdField,
    VisibleRefField,
    holding,
    money,
)
from cases.api.rows import Row, Rows, grouped, iso_date, iso_datetime, related_in_row, uuid_or_none
from cases.asset_kinds import describe_kinds
from cases.models import Asset, AssetKind, AssetStage, Case, OffenceCategory, Subject
from cases.models.assets import RECOVERY_FIGURES, AssetRecoveryTotal, freeze_lapsed_on
from cases.services.case_file import asset_create, asset_update
from cases.visibility import sees_restricted
from core import api_docs
from core.filters import StateCodeFilter
from core.money import format_amount
from core.pagination import BoundedCountPagination
from core.serializers import ReadOnlyModelSerializer


def _field_list(kind: dict[str, Any]) -> str:
    return ", ".join(f["name"] + ("*" if f["required"] else "") for f in kind["fields"])


DETAILS_HELP = "Identifying fields of each kind (* required): " + "; ".join(
    f"{kind['kind']}: {_field_list(kind)}" for kind in describe_kinds()
)


class RecoverySerializer(serializers.Serializer[Any]):
    """What was frozen, seized, confiscated and returned, one money per currency (never summed
    across currencies). `outstanding` is confiscated less returned less deducted expenses."""

    frozen = MoneySerializer(many=True, read_only=True)
    seized = MoneySerializer(many=True, read_only=True)
    confiscated = MoneySerializer(many=True, read_only=True)
    returned = MoneySerializer(many=True, read_only=True)
    deducted_expenses = MoneySerializer(
        many=True, read_only=True, help_text="UNCAC Art. 57(4): expenses the requested state kept."
    )
    outstanding = MoneySerializer(many=True, read_only=True)


def recovery_figures(rows: Iterable[Any]) -> dict[str, list[dict[str, str]]]:
    """Figures per currency (`AssetRecoveryTotal` rows or dicts of them) as lists of money."""
    figures: dict[str, list[dict[str, str]]] = {
        name: [] for name in (*RECOVERY_FIGURES, "outstanding")
    }
    for row in sorted(rows, key=lambda r: _get(r, "currency")):
        currency = _get(row, "currency")
        values = {name: _get(row, name) or Decimal(0) for name in RECOVERY_FIGURES}
        values["outstanding"] = (
            values["confiscated"] - values["returned"] - values["deducted_expenses"]
        )
        for name, amount in values.items():
            if amount:
                figures[name].append(
                    {"amount": format_amount(amount, currency), "currency": currency}
                )
    return figures


def _get(row: Any, name: str) -> Any:
    return row[name] if isinstance(row, dict) else getattr(row, name)


class AssetPartnerSerializer(ReadOnlyModelSerializer[Asset]):
    """A partner state's view of a non-restricted asset: no internal notes, no source."""

    case: serializers.PrimaryKeyRelatedField[Case] = serializers.PrimaryKeyRelatedField(
        read_only=True
    )
    jurisdiction = StateCodeIdField()
    holder: serializers.Field[Any, Any, Any, Any] = VisibleRefField()
    beneficial_owner: serializers.Field[Any, Any, Any, Any] = VisibleRefField()
    estimated_value = serializers.SerializerMethodField()
    not_yet_valued = serializers.BooleanField(
        read_only=True, help_text="No estimated value is known yet (`estimated_value` is null)."
    )
    holding = serializers.SerializerMethodField(
        help_text="A crypto wallet's holding in its own unit (exact), beside the fiat estimate."
    )
    details = serializers.DictField(child=serializers.CharField(), read_only=True)
    freeze_lapsed_on = serializers.DateField(
        read_only=True,
        allow_null=True,
        help_text=(
            "The day the freeze lapsed (its expiry passed where the asset sits, unrenewed): it "
            "restrains nothing and cannot be renewed; null while it is in force or not frozen."
        ),
    )
    recovery = serializers.SerializerMethodField()

    class Meta:
        model = Asset
        fields = [
            "id",
            "case",
            "kind",
            "description",
            "details",
            "jurisdiction",
            "holder",
            "beneficial_owner",
            "estimated_value",
            "not_yet_valued",
            "holding",
            "offence_category",
            "stage",
            "freeze_expires_on",
            "freeze_lapsed_on",
            "recovery",
        ]

    @extend_schema_field(MoneySerializer(allow_null=True))
    def get_estimated_value(self, asset: Asset) -> dict[str, str] | None:
        return money(asset.estimated_value_amount, asset.estimated_value_currency)

    @extend_schema_field(HoldingSerializer(allow_null=True))
    def get_holding(self, asset: Asset) -> dict[str, str] | None:
        return holding(asset.holding_amount, asset.holding_unit)

    @extend_schema_field(RecoverySerializer)
    def get_recovery(self, asset: Asset) -> dict[str, list[dict[str, str]]]:
        totals: Iterable[AssetRecoveryTotal] = asset.recovery_totals.all()  # prefetched
        return recovery_figures(totals)


class AssetSerializer(AssetPartnerSerializer):
    class Meta(AssetPartnerSerializer.Meta):
        fields = [
            *AssetPartnerSerializer.Meta.fields,
            "source",
            *CASE_CHILD_OWNER_FIELDS,
        ]


# The list's rows (`cases.api.rows`): the columns of `AssetPartnerSerializer` and, for the
# owning state, of `AssetSerializer`; `tests/cases/test_list_rows.py` holds them equal.
ASSET_LIST_COLUMNS = (
    "id",
    "case_id",
    "kind",
    "description",
    "details",
    "jurisdiction_id",
    # The visible references `Asset.objects.visible_to` annotates (`VisibleRefField`).
    "visible_holder_id",
    "visible_beneficial_owner_id",
    "estimated_value_amount",
    "estimated_value_currency",
    "not_yet_valued",
    "holding_amount",
    "holding_unit",
    "offence_category",
    "stage",
    "freeze_expires_on",
)
ASSET_OWNER_COLUMNS = ("source", *CASE_CHILD_OWNER_FIELDS)


def _asset_partner_row(row: Row, totals: Rows) -> Row:
    return {
        "id": str(row["id"]),
        "case": str(row["case_id"]),
        "kind": row["kind"],
        "description": row["description"],
        "details": {str(name): str(value) for name, value in row["details"].items()},
        "jurisdiction": row["jurisdiction_id"],
        "holder": uuid_or_none(row["visible_holder_id"]),
        "beneficial_owner": uuid_or_none(row["visible_beneficial_owner_id"]),
        "estimated_value": money(row["estimated_value_amount"], row["estimated_value_currency"]),
        "not_yet_valued": row["not_yet_valued"],
        "holding": holding(row["holding_amount"], row["holding_unit"]),
        "offence_category": row["offence_category"],
        "stage": row["stage"],
        "freeze_expires_on": iso_date(row["freeze_expires_on"]),
        "freeze_lapsed_on": iso_date(
            freeze_lapsed_on(row["stage"], row["freeze_expires_on"], row["jurisdiction_id"])
        ),
        "recovery": recovery_figures(totals),
    }


def _asset_owner_row(row: Row, totals: Rows) -> Row:
    return {
        **_asset_partner_row(row, totals),
        "source": row["source"],
        "restricted": row["restricted"],
        "internal_notes": row["internal_notes"],
        "created_at": iso_datetime(row["created_at"]),
        "updated_at": iso_datetime(row["updated_at"]),
        "version": row["version"],
    }


def _recovery_totals_column(user: Any) -> ArraySubquery:
    """An asset's recovery totals that `user` may see, as a column of its row: an array of JSON
    objects with the figures as decimal strings (a JSON number would be read as a float)."""
    totals = (
        AssetRecoveryTotal.objects.visible_to(user, references=False)
        .filter(asset_id=OuterRef("pk"))
        .order_by()
        .values(
            json=JSONObject(
                currency="currency",
                **{name: Cast(name, TextField()) for name in RECOVERY_FIGURES},
            )
        )
    )
    return ArraySubquery(totals)


def _decimal_figures(total: dict[str, Any]) -> Row:
    return {
        "currency": total["currency"],
        **{name: Decimal(total[name]) for name in RECOVERY_FIGURES},
    }


class AssetUpdateSerializer(serializers.Serializer[Any]):
    kind = serializers.ChoiceField(choices=AssetKind.choices, required=False)
    description = serializers.CharField(max_length=1000, required=False)
    details = serializers.DictField(
        child=serializers.CharField(max_length=500, allow_blank=True),
        required=False,
        help_text=DETAILS_HELP,
    )
    jurisdiction = StateCodeField(required=False)
    holder = ObjectIdField(queryset=Subject.objects.none(), required=False, allow_null=True)
    beneficial_owner = ObjectIdField(
        queryset=Subject.objects.none(), required=False, allow_null=True
    )
    estimated_value = MoneySerializer(
        required=False,
        allow_null=True,
        help_text="Required to create an asset, unless `not_yet_valued` is true.",
    )
    not_yet_valued = serializers.BooleanField(
        required=False,
        help_text="True when no estimated value is known yet (then `estimated_value` is null); "
        "giving an estimated value sets it false.",
    )
    holding = HoldingSerializer(
        required=False,
        allow_null=True,
        help_text="Crypto wallets only: the holding in its own unit, beside `estimated_value`.",
    )
    offence_category = serializers.ChoiceField(
        choices=OffenceCategory.choices,
        required=False,
        allow_blank=True,
        help_text="The offence the asset is the proceeds of, when not the case's (empty: the "
        "case's); the tier of UNCAC Art. 57(3) at its return follows from it.",
    )
    source = serializers.CharField(max_length=500, required=False, allow_blank=True)  # type: ignore[assignment]
    restricted = serializers.BooleanField(required=False)
    internal_notes = serializers.CharField(max_length=20000, required=False, allow_blank=True)

    def get_fields(self) -> dict[str, Any]:
        fields = super().get_fields()
        request = self.context.get("request")
        subjects = Subject.objects.visible_to(request.user if request else None)
        for name in ("holder", "beneficial_owner"):
            cast(serializers.PrimaryKeyRelatedField[Subject], fields[name]).queryset = subjects
        return fields

    def validate_details(self, value: dict[str, Any]) -> dict[str, Any]:
        if len(value) > 30:
            raise serializers.ValidationError("At most 30 fields.", code="too_many")
        return value

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if "estimated_value" in attrs:
            value = attrs.pop("estimated_value")
            attrs["estimated_value_amount"] = value["amount"] if value else None
            attrs["estimated_value_currency"] = value["currency"] if value else ""
        if "holding" in attrs:
            held = attrs.pop("holding")
            attrs["holding_amount"] = held["amount"] if held else None
            attrs["holding_unit"] = held["unit"] if held else ""
        return attrs


class AssetCreateSerializer(AssetUpdateSerializer):
    case = VisibleCaseField()
    kind = serializers.ChoiceField(choices=AssetKind.choices)
    description = serializers.CharField(max_length=1000)
    jurisdiction = StateCodeField()


class AssetFilter(django_filters.FilterSet):
    case = django_filters.UUIDFilter(field_name="case_id")
    stage = django_filters.ChoiceFilter(choices=AssetStage.choices)
    kind = django_filters.ChoiceFilter(choices=AssetKind.choices)
    jurisdiction = StateCodeFilter(field_name="jurisdiction_id", max_length=2)

    class Meta:
        model = Asset
        fields = ["case", "stage", "kind", "jurisdiction"]


class AssetViewSet(CaseFileViewSet):
    schema_noun, schema_plural = "asset", "assets"
    schema_list_notes = (
        "Each asset with its stage (`identified`, `frozen`, `seized`, `under_appeal`, "
        "`confiscated`, `repatriated`, `released`) and recovery totals. Filter with `case`, "
        "`stage`, `kind` and `jurisdiction`; order with `?ordering=`. "
        "`count` is exact up to 1,000 objects past the page's end and a lower bound beyond, "
        "which `count_is_lower_bound` says."
    )
    schema_create_notes = api_docs.join(
        "A new asset starts at the `identified` stage; its later stages are recorded as legal acts "
        "(`POST /api/v1/assets/{asset_id}/transitions/`), not by a PATCH.",
        api_docs.CASE_IN_BODY,
    )
    schema_create_examples = api_docs.request_examples(
        {
            "a bank account": {
                "case": api_docs.EXAMPLE_CASE_ID,
                "kind": "bank_account",
                "description": "Current account at Banque Léman, Geneva",
                "details": {
                    "iban": "CH9300762011623852957",
                    "bic": "BLEMCHGGXXX",
                    "bank_name": "Banque Léman",
                },
                "jurisdiction": "CH",
                "estimated_value": {"amount": "900000.00", "currency": "USD"},
                "source": "Bank's reply to MLA request GB-2026-00042-01",
            }
        }
    )
    owner_serializer_class = AssetSerializer
    partner_serializer_class = AssetPartnerSerializer
    create_serializer_class = AssetCreateSerializer
    update_serializer_class = AssetUpdateSerializer
    filterset_class = AssetFilter
    ordering_fields = ["created_at", "updated_at", "stage", "kind", "freeze_expires_on"]
    ordering = ["-created_at", "-id"]
    queryset = Asset.objects.none()
    # Long lists: counted exactly up to 1,000 objects past the page (API.md, `count`).
    pagination_class = BoundedCountPagination

    def get_queryset(self) -> QuerySet[Asset]:
        return Asset.objects.visible_to(current_user(self.request)).prefetch_related(
            "recovery_totals"
        )

    def case_of(self, obj: Any) -> Case:
        return obj.case

    def list_values(self, queryset: QuerySet[Asset]) -> QuerySet[Any]:
        user = current_user(self.request)
        columns = (*ASSET_LIST_COLUMNS, *(ASSET_OWNER_COLUMNS if sees_restricted(user) else ()))
        if not related_in_row():
            return queryset.values(*columns)
        return queryset.values(*columns, recovery_total_rows=_recovery_totals_column(user))

    def list_rows(self, page: Rows) -> Rows:
        user = current_user(self.request)
        if related_in_row():
            totals = {
                row["id"]: [_decimal_figures(t) for t in row["recovery_total_rows"]] for row in page
            }
        else:
            totals = grouped(
                AssetRecoveryTotal.objects.visible_to(user, references=False)
                .filter(asset_id__in=[row["id"] for row in page])
                .order_by()
                .values("asset_id", "currency", *RECOVERY_FIGURES),
                "asset_id",
            )
        if sees_restricted(user):
            return [_asset_owner_row(row, totals[row["id"]]) for row in page]
        return [_asset_partner_row(row, totals[row["id"]]) for row in page]

    def perform_create_service(self, data: dict[str, Any]) -> Asset:
        case = data.pop("case")
        self.check_can_edit(case)
        return asset_create(case=case, by=current_user(self.request), data=data)

    def perform_update_service(self, obj: Any, data: dict[str, Any]) -> Asset:
        return asset_update(asset=obj, by=current_user(self.request), changes=data)
