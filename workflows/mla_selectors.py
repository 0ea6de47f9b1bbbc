"""Which MLA requests a user may see: the case-file rule of cases.visibility, narrowed for
partner states to what concerns them."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from cases.models import Role
from cases.visibility import visible
from workflows.mla_models import MlaRequest, MlaStatus


def mla_requests_visible_to(user: Any) -> QuerySet[MlaRequest]:
    """A liaison sees the requests addressed to their own state once sent (a draft is the
    requesting team's working paper), never those to other states: a request to another state
    would tell which states are involved, and the requesting state may ask that the fact of a
    request stay confidential."""
    queryset = visible(MlaRequest.objects.all(), user)
    if getattr(user, "role", None) == Role.LIAISON:
        queryset = queryset.filter(requested_state_id=user.state_id).exclude(status=MlaStatus.DRAFT)
    return queryset
