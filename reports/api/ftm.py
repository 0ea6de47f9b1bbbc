"""`/api/v1/cases/{id}/export/ftm/`: a case as FollowTheMoney entities, in JSON lines."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from uuid import UUID

from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.parsers import BaseParser
from rest_framework.renderers import BaseRenderer
from rest_framework.request import Request
from rest_framework.views import APIView

from audit import trail
from cases.api.base import current_user, visible_or_404
from cases.visibility import cases_visible_to
from reports.ftm import case_entities

MEDIA_TYPE = "application/x-ndjson"


class JsonForErrors(BaseContentNegotiation):
    """The body is JSON lines whatever the Accept header says; errors stay problem+json."""

    def select_parser(self, request: Request, parsers: Iterable[BaseParser]) -> BaseParser | None:
        return next(iter(parsers), None)

    def select_renderer(
        self, request: Request, renderers: Iterable[BaseRenderer], format_suffix: str | None = None
    ) -> tuple[BaseRenderer, str]:
        renderer = next(iter(renderers))
        return renderer, renderer.media_type


class CaseFtmExportView(APIView):
    content_negotiation_class = JsonForErrors

    @extend_schema(
        summary="The case as FollowTheMoney entities (JSON lines)",
        description=(
            "One FtM entity per line (`application/x-ndjson`): persons, companies and other "
            "organizations, positions and occupancies, family, associate, nominee and ownership "
            "links, and the assets (BankAccount, RealEstate, Company, Security, Vehicle, Vessel, "
            "Airplane, CryptoWallet, Asset) with their ownerships. Ids are stable "
            "(`ar-<uuid>`). A partner state's liaison gets only what they may see: no "
            "restricted subject or asset, and no link to one. Audited."
        ),
        responses={(200, MEDIA_TYPE): OpenApiResponse(OpenApiTypes.STR)},
    )
    def get(self, request: Request, case_id: UUID) -> StreamingHttpResponse:
        user = current_user(request)
        case = visible_or_404(cases_visible_to(user), case_id, user)
        trail.record("case.exported_ftm", obj=case, case=case, actor=user)

        def lines() -> Iterator[str]:
            for entity in case_entities(case=case, user=user):
                yield json.dumps(entity.to_dict(), ensure_ascii=False, sort_keys=True) + "\n"

        response = StreamingHttpResponse(lines(), content_type=MEDIA_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{case.reference}.ftm.jsonl"'
        return response
