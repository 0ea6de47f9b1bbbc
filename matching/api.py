"""`/api/v1/subjects/{id}/matches/`, `/api/v1/assets/{id}/matches/` and their decisions; a
subject's watch-list hits (`/api/v1/subjects/{id}/watchlist-hits/`) and their decisions."""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from django.http import Http404
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import exceptions, generics, serializers
from rest_framework.request import Request
from rest_framework.response import Response

from cases.api.base import current_user, visible_or_404
from cases.models import Asset, Case, Subject
from cases.visibility import can_edit_case, cases_visible_to
from core import api_docs
from core.pagination import PageNumberPagination, paginated
from matching import candidates, scoring
from matching.models import CaseLink, Judgement, WatchListHit
from matching.services import match_decide, watchlist_hit_decide


class MatchedSubjectSerializer(serializers.Serializer[Subject]):
    id = serializers.UUIDField()
    kind = serializers.CharField()
    name = serializers.CharField()
    case = serializers.UUIDField(source="case_id")
    case_reference = serializers.CharField(source="case.reference")


class MatchedAssetSerializer(serializers.Serializer[Asset]):
    id = serializers.UUIDField()
    kind = serializers.CharField()
    description = serializers.CharField()
    case = serializers.UUIDField(source="case_id")
    case_reference = serializers.CharField(source="case.reference")


class FeatureSerializer(serializers.Serializer[Any]):
    score = serializers.FloatField(help_text="The feature's contribution, 0 to 1.")
    detail = serializers.CharField(allow_null=True, help_text="What was compared, in words.")


# A pair scored by logic-v2, with the team's judgement on it: a match or a watch-list hit.
class _ScoredSerializer(serializers.Serializer[Any]):
    score = serializers.FloatField(help_text="logic-v2 score, 0 to 1.")
    algorithm = serializers.SerializerMethodField()
    explanation = serializers.DictField(
        child=FeatureSerializer(), help_text="The features that made the score, by name."
    )
    judgement = serializers.ChoiceField(
        choices=Judgement.choices, allow_null=True, help_text="The team's decision, if any."
    )
    decided_at = serializers.DateTimeField(allow_null=True)

    def get_algorithm(self, scored: Any) -> str:
        return scoring.ALGORITHM


class _MatchSerializer(_ScoredSerializer):
    id = serializers.UUIDField(help_text="The match: the same id from either side of the pair.")


class SubjectMatchSerializer(_MatchSerializer):
    matched = MatchedSubjectSerializer(help_text="The subject of another case that matches.")


class AssetMatchSerializer(_MatchSerializer):
    matched = MatchedAssetSerializer(help_text="The asset of another case that matches.")


class DecisionInputSerializer(serializers.Serializer[Any]):
    judgement = serializers.ChoiceField(choices=Judgement.choices)


DECISION_EXAMPLES = api_docs.request_examples(
    {
        "the same entity (links the two cases)": {"judgement": "positive"},
        "not the same": {"judgement": "negative"},
    }
)


class DecisionSerializer(serializers.Serializer[Any]):
    id = serializers.UUIDField(help_text="The match decided on.")
    judgement = serializers.ChoiceField(choices=Judgement.choices)
    decided_at = serializers.DateTimeField()
    linked_case = serializers.UUIDField(
        allow_null=True, help_text="The other case, now linked to this one (positive only)."
    )


def _subject(request: Request, subject_id: UUID) -> Subject:
    user = current_user(request)
    queryset = Subject.objects.visible_to(user, references=False).select_related("case")
    return visible_or_404(queryset.prefetch_related("nationalities"), subject_id, user)


def _asset(request: Request, asset_id: UUID) -> Asset:
    user = current_user(request)
    queryset = Asset.objects.visible_to(user, references=False).select_related("case")
    return visible_or_404(queryset, asset_id, user)


def _subject_matches(request: Request, subject_id: UUID) -> tuple[Subject, list[candidates.Match]]:
    subject = _subject(request, subject_id)
    return subject, candidates.subject_matches(subject=subject, user=current_user(request))


def _asset_matches(request: Request, asset_id: UUID) -> tuple[Asset, list[candidates.Match]]:
    asset = _asset(request, asset_id)
    return asset, candidates.asset_matches(asset=asset, user=current_user(request))


class _PageView(generics.GenericAPIView[Any]):
    """A GET that answers a page of `serializer_class`, summed up by `schema_summary` and
    described by `schema_description`."""

    serializer_class: type[serializers.Serializer[Any]]
    pagination_class = PageNumberPagination
    schema_summary: ClassVar[str]
    schema_description: ClassVar[str]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        items = cls.serializer_class
        # The page's component is named as drf-spectacular names a list view's.
        name = f"Paginated{items.__name__.removesuffix('Serializer')}List"
        extend_schema_view(
            get=extend_schema(
                summary=cls.schema_summary,
                description=cls.schema_description,
                responses=paginated(name, items(many=True)),
            )
        )(cls)

    def page(self, rows: Any, **context: Any) -> Response:
        """A page of `rows` (a queryset or a list), each shown by `serializer_class` with the
        view's context and `context`."""
        page = self.paginate_queryset(rows)
        serializer = self.get_serializer(
            page, many=True, context={**self.get_serializer_context(), **context}
        )
        return self.get_paginated_response(serializer.data)


class SubjectMatchesView(_PageView):
    serializer_class = SubjectMatchSerializer
    schema_summary = "Matches of a subject in other cases"
    schema_description = (
        "Subjects of other cases that the caller may see and that the name-matching algorithm "
        "scores at or above the threshold: found by shared identifiers (passport, national id, "
        "tax and company numbers, LEI) and by names across scripts and transliterations. Best "
        "first, each with the features that made its score and the team's decision."
    )

    def get(self, request: Request, subject_id: UUID) -> Response:
        return self.page(_subject_matches(request, subject_id)[1])


class AssetMatchesView(_PageView):
    serializer_class = AssetMatchSerializer
    schema_summary = "Matches of an asset in other cases"
    schema_description = (
        "Assets of other cases that the caller may see with the same identifier (IBAN, BIC, "
        "ISIN, IMO, MMSI, VIN, registration mark, wallet address, title number), however it "
        "was written."
    )

    def get(self, request: Request, asset_id: UUID) -> Response:
        return self.page(_asset_matches(request, asset_id)[1])


class _DecisionView(generics.GenericAPIView[Any]):
    serializer_class = DecisionInputSerializer

    def decide(
        self, request: Request, record: Subject | Asset, matches: list[candidates.Match], pk: UUID
    ) -> Response:
        user = current_user(request)
        if not can_edit_case(user, record.case):
            raise exceptions.PermissionDenied("Only the case team decides on its matches.")
        match = next((match for match in matches if match.id == pk), None)
        if match is None:
            raise Http404
        data = DecisionInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        decision = match_decide(
            record=record, match=match, judgement=data.validated_data["judgement"], by=user
        )
        linked = match.matched.case_id if decision.judgement == Judgement.POSITIVE else None
        body = {
            "id": decision.id,
            "judgement": decision.judgement,
            "decided_at": decision.decided_at,
            "linked_case": linked,
        }
        return Response(DecisionSerializer(body).data)


# A subject's and an asset's decision endpoints differ only in their summary.
_DECISION_SCHEMA: dict[str, Any] = {
    "description": "The case team's judgement: `positive` (the same entity: the two cases "
    "become linked), `negative` (not the same) or `unsure`. Audited on the case's trail. Only "
    "the team of the record's case (prosecutors of the owning state) decides; a match the "
    "caller does not see is a 404.",
    "request": DecisionInputSerializer,
    "examples": DECISION_EXAMPLES,
    "responses": DecisionSerializer,
}


class SubjectMatchDecisionView(_DecisionView):
    @extend_schema(summary="Decide on a subject's match", **_DECISION_SCHEMA)
    def post(self, request: Request, subject_id: UUID, match_id: UUID) -> Response:
        return self.decide(request, *_subject_matches(request, subject_id), match_id)


class AssetMatchDecisionView(_DecisionView):
    @extend_schema(summary="Decide on an asset's match", **_DECISION_SCHEMA)
    def post(self, request: Request, asset_id: UUID, match_id: UUID) -> Response:
        return self.decide(request, *_asset_matches(request, asset_id), match_id)


class LinkedCaseSerializer(serializers.Serializer[Case]):
    id = serializers.UUIDField()
    reference = serializers.CharField()
    title = serializers.CharField()


class CaseLinkSerializer(serializers.Serializer[CaseLink]):
    id = serializers.UUIDField()
    linked_case = serializers.SerializerMethodField(help_text="The case at the other end.")
    match = serializers.UUIDField(source="decision_id", help_text="The confirmed match.")
    record = serializers.SerializerMethodField(
        help_text="This case's subject or asset that the confirmed match is about (where the "
        "link chart draws the link from)."
    )
    created_at = serializers.DateTimeField()

    @extend_schema_field(LinkedCaseSerializer)
    def get_linked_case(self, link: CaseLink) -> dict[str, Any]:
        case_id = self.context["case_id"]
        other = link.other_case if link.case_id == case_id else link.case
        return dict(LinkedCaseSerializer(other).data)

    def get_record(self, link: CaseLink) -> UUID:
        # The decision was made on `link.case`'s side: its subject/asset are that case's.
        decision = link.decision
        if link.case_id == self.context["case_id"]:
            return decision.subject_id or decision.asset_id  # type: ignore[return-value]
        return decision.other_subject_id or decision.other_asset_id  # type: ignore[return-value]


class CaseLinksView(_PageView):
    serializer_class = CaseLinkSerializer
    schema_summary = "Cases linked to a case by confirmed matches"
    schema_description = (
        "The other cases that a positive judgement on a match linked to this one, newest first: "
        "what the case's link chart shows. The owning state's work: partner states see none."
    )

    def get(self, request: Request, case_id: UUID) -> Response:
        user = current_user(request)
        case = visible_or_404(cases_visible_to(user), case_id, user)
        return self.page(candidates.case_links(case=case, user=user), case_id=case.pk)


class WatchListHitSerializer(_ScoredSerializer):
    id = serializers.UUIDField()
    watch_list = serializers.CharField(source="entry.version.watch_list.name")
    version = serializers.CharField(
        source="entry.version.label", help_text="The list's version in force."
    )
    entity_id = serializers.CharField(source="entry.entity_id", help_text="The entry's FtM id.")
    caption = serializers.CharField(source="entry.caption", help_text="The entry's name.")
    schema = serializers.CharField(
        source="entry.schema", help_text="Person, Organization, Company or LegalEntity."
    )
    created_at = serializers.DateTimeField(help_text="When the subject first hit this entry.")
    screened_at = serializers.DateTimeField(help_text="When it was last scored.")


def _hits(subject: Subject) -> Any:
    """The hits of a subject the caller may see (`_subject` decided that), best first."""
    return (
        WatchListHit.objects.filter(subject=subject)
        .select_related("entry__version__watch_list")
        .order_by("-score", "id")
    )


class SubjectWatchListHitsView(_PageView):
    serializer_class = WatchListHitSerializer
    schema_summary = "Watch-list hits of a subject"
    schema_description = (
        "The entries of the PEP and sanctions lists in force that the name-matching algorithm "
        "scores at or above the matching threshold against this subject, best first, each with "
        "its list, version, features and the team's decision. A partner state's liaison sees "
        "the hits of the subjects of a shared case they may see; a subject the caller may not "
        "see is a 404."
    )

    def get(self, request: Request, subject_id: UUID) -> Response:
        return self.page(_hits(_subject(request, subject_id)))


class SubjectWatchListHitDecisionView(generics.GenericAPIView[Any]):
    serializer_class = DecisionInputSerializer

    @extend_schema(
        summary="Decide on a subject's watch-list hit",
        description="The case team's judgement on a hit: `positive` (the subject is the "
        "listed person or entity), `negative` (not the same) or `unsure`. Audited on the "
        "case's trail. Only the team of the subject's case decides; a hit the caller does not "
        "see is a 404.",
        request=DecisionInputSerializer,
        responses=WatchListHitSerializer,
    )
    def post(self, request: Request, subject_id: UUID, hit_id: UUID) -> Response:
        user = current_user(request)
        subject = _subject(request, subject_id)
        if not can_edit_case(user, subject.case):
            raise exceptions.PermissionDenied("Only the case team decides on its hits.")
        hit = _hits(subject).filter(pk=hit_id).first()
        if hit is None:
            raise Http404
        data = DecisionInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        decided = watchlist_hit_decide(hit=hit, judgement=data.validated_data["judgement"], by=user)
        return Response(WatchListHitSerializer(decided).data)
