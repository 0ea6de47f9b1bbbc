"""Who may attach a document to a case: the one rule (with its MLA hook)."""

from __future__ import annotations

from typing import Any

from cases.models import Case, User
from cases.visibility import can_edit_case
from workflows.mla_models import OPEN_STATUSES
from workflows.mla_rules import REQUESTED_LIAISON
from workflows.services.mla import may_act


def can_upload(user: User, case: Case, mla_request: Any | None) -> bool:
    """Whether `user` may attach a document to `case` (the caller already sees the case).

    - The case team (lead and members, prosecutors of the owning state) may.
    - Liaisons may only as answers to MLA requests addressed to their state (API.md, 'Who may do
      what'); those documents belong to the case and are visible to its team.

    A liaison's answer needs: the request is of this case, addressed to the liaison's state,
    the case's share with that state is in force and allows MLA answers, and the request is
    still open (an answer is owed).
    """
    if can_edit_case(user, case):
        return True
    if mla_request is None or mla_request.case_id != case.pk:
        return False
    return mla_request.status in OPEN_STATUSES and may_act(user, mla_request, REQUESTED_LIAISON)
