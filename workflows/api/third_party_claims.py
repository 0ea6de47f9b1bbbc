"""`/api/v1/third-party-claims/`: bona fide third parties' claims on a case's assets (UNCAC Art.
31(9), 55(9)), and `/api/v1/third-party-claims/{id}/decision/`: the decision on one."""

from __future__ import annotations

from typing import Any

import django_filters
from django.db.models import QuerySet
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response

from cases.api.base import CASE_CHILD_OWNER_FIELDS, CaseChildViewSet, VisibleCaseField, current_user
from cases.api.fields import MoneySerializer, VisibleIdField, VisibleRefField, money
from cases.models import Asset, Case
from core import api_docs
from core.dates import BoundedDateField
from core.idempotency import idempotent
from core.serializers import ReadOnlyModelSerializer
from workflows.api.asset_transition_serializers import StrictInputMixin
from workflows.api.proceeds_fields import IF_MATCH, nullable_money_schema, percent_field
from workflows.proceeds_models import DECISIONS, ClaimStatus, ThirdPartyClaim
from workflows.services.third_party_claims import claim_create, claim_decide, claim_update


class ThirdPartyClaimPartnerSerializer(ReadOnlyModelSerializer[ThirdPartyClaim]):
    case: serializers.PrimaryKeyRelatedField[Case] = serializers.PrimaryKeyRelatedField(
        read_only=True
    )
    asset: serializers.Field[Any, Any, Any, Any] = VisibleRefField()
    claimed_amount = serializers.SerializerMethodField()
    claimed_share_percent = percent_field(read_only=True, allow_null=True)
    upheld_amount = serializers.SerializerMethodField()
    upheld_share_percent = percent_field(read_only=True, allow_null=True)

    class Meta:
        model = ThirdPartyClaim
        fields = [
            "id",
            "case",
            "asset",
            "claimant",
            "grounds",
            "filed_on",
            "claimed_amount",
            "claimed_share_percent",
            "status",
            "decision_authority",
            "decided_on",
            "upheld_amount",
            "upheld_share_percent",
        ]

    @nullable_money_schema
    def get_claimed_amount(self, claim: ThirdPartyClaim) -> Any:
        return money(claim.claimed_amount, claim.currency)

    @nullable_money_schema
    def get_upheld_amount(self, claim: ThirdPartyClaim) -> Any:
        return money(claim.upheld_amount, claim.currency)


class ThirdPartyClaimSerializer(ThirdPartyClaimPartnerSerializer):
    class Meta(ThirdPartyClaimPartnerSerializer.Meta):
        fields = [*ThirdPartyClaimPartnerSerializer.Meta.fields, "note", *CASE_CHILD_OWNER_FIELDS]


class ThirdPartyClaimUpdateSerializer(StrictInputMixin, serializers.Serializer[Any]):
    claimant = serializers.CharField(max_length=300, required=False)
    grounds = serializers.CharField(max_length=5000, required=False, allow_blank=True)
    filed_on = BoundedDateField(required=False)
    note = serializers.CharField(max_length=5000, required=False, allow_blank=True)
    restricted = serializers.BooleanField(required=False)
    internal_notes = serializers.CharField(max_length=20000, required=False, allow_blank=True)


class ThirdPartyClaimCreateSerializer(ThirdPartyClaimUpdateSerializer):
    case = VisibleCaseField()
    asset = VisibleIdField(Asset)
    claimant = serializers.CharField(max_length=300)
    filed_on = BoundedDateField()
    claimed_amount = MoneySerializer(required=False, help_text="An amount claimed, or ...")
    claimed_share_percent = percent_field(required=False, help_text="... a share of the asset.")


class ThirdPartyClaimDecisionSerializer(StrictInputMixin, serializers.Serializer[Any]):
    status = serializers.ChoiceField(choices=[(s.value, s.label) for s in DECISIONS])
    decision_authority = serializers.CharField(max_length=300)
    decided_on = BoundedDateField()
    upheld_amount = MoneySerializer(
        required=False, help_text="partly_upheld, of a claim for an amount: what was upheld."
    )
    upheld_share_percent = percent_field(
        required=False, help_text="partly_upheld, of a claim for a share: the share upheld."
    )


class ThirdPartyClaimFilter(django_filters.FilterSet):
    case = django_filters.UUIDFilter(field_name="case_id")
    asset = django_filters.UUIDFilter(field_name="asset_id")
    status = django_filters.MultipleChoiceFilter(choices=ClaimStatus.choices)

    class Meta:
        model = ThirdPartyClaim
        fields = ["case", "asset", "status"]


class ThirdPartyClaimViewSet(CaseChildViewSet):
    schema_noun, schema_plural = "third-party claim", "third-party claims"
    schema_list_notes = (
        "Claims of bona fide third parties on a case's assets (UNCAC Art. 31(9), 55(9)), for an "
        "amount or a share, with their status (`filed`, `upheld`, `partly_upheld`, `dismissed`) "
        "and decision. An upheld claim's amount is not confiscated or returned. Filter with "
        "`case`, `asset` and `status`."
    )
    schema_create_notes = api_docs.join(
        "A claim names an `asset` of the case and either `claimed_amount` or "
        "`claimed_share_percent`; it starts `filed`.",
        api_docs.CASE_IN_BODY,
    )
    schema_create_examples = api_docs.request_examples(
        {
            "a purchaser's claim on a flat": {
                "case": api_docs.EXAMPLE_CASE_ID,
                "asset": api_docs.EXAMPLE_ASSET_ID,
                "claimant": "Northbank Mortgages plc",
                "grounds": "Mortgage granted in good faith before the freeze.",
                "filed_on": "2026-09-15",
                "claimed_amount": {"amount": "180000.00", "currency": "GBP"},
            }
        }
    )
    owner_serializer_class = ThirdPartyClaimSerializer
    partner_serializer_class = ThirdPartyClaimPartnerSerializer
    create_serializer_class = ThirdPartyClaimCreateSerializer
    update_serializer_class = ThirdPartyClaimUpdateSerializer
    filterset_class = ThirdPartyClaimFilter
    ordering_fields = ["filed_on", "decided_on", "created_at", "updated_at"]
    ordering = ["filed_on", "created_at", "id"]
    queryset = ThirdPartyClaim.objects.none()
    create_service = claim_create

    def get_queryset(self) -> QuerySet[ThirdPartyClaim]:
        return ThirdPartyClaim.objects.visible_to(current_user(self.request)).select_related(
            "case", "asset"
        )

    def perform_update_service(self, obj: Any, data: dict[str, Any]) -> ThirdPartyClaim:
        return claim_update(claim=obj, by=current_user(self.request), changes=data)

    @api_docs.team_act(
        noun="claim",
        if_match=IF_MATCH,
        request=ThirdPartyClaimDecisionSerializer,
        answers=ThirdPartyClaimSerializer,
        summary="Record the decision on a third-party claim",
        what=(
            "Records the decision on a `filed` claim: `upheld`, `partly_upheld` (with the "
            "`upheld_amount`, in the claim's currency, or the `upheld_share_percent`) or "
            "`dismissed`, by `decision_authority` on `decided_on`. From then on what the claim "
            "won is carved out of what can be confiscated or returned from its asset. A claim "
            "already decided is 409."
        ),
    )
    @action(detail=True, methods=["post"])
    @idempotent
    def decision(self, request: Request, pk: Any = None) -> Response:
        def decide_locked(claim: ThirdPartyClaim, data: dict[str, Any]) -> ThirdPartyClaim:
            return claim_decide(claim=claim, by=current_user(request), data=data)

        return self.act_on_locked(request, ThirdPartyClaimDecisionSerializer, decide_locked)


__all__ = ["ThirdPartyClaimViewSet"]
