"""Which MLA requests a user may see: `MlaRequest.objects.visible_to` (the case rule, narrowed
for partner states in `MlaRequestQuerySet.narrow_for_partner`)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from workflows.mla_models import MlaRequest


def mla_requests_visible_to(user: Any) -> QuerySet[MlaRequest]:
    return MlaRequest.objects.visible_to(user)
