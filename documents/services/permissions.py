"""Who may attach a document to a case: the one rule (with its MLA hook)."""

from __future__ import annotations

from typing import Any

from cases.models import Case, User
from cases.visibility import can_edit_case
from workflows.mla_models import OPEN_STATUSES
from workflows.services.mla import may_act, partner_side


def can_upload(user: User, case: Case, mla_request: Any | None) -> bool:
    """Whether `user` may attach a document to `case` (the caller already sees the case).

    - The case team (lead and members, prosecutors of the owning state) may.
    - Liaisons may only with the MLA requests of their state (API.md, 'Who may do what'): the
      answer to one addressed to it, or the further information for an incoming one it sent;
      those documents belong to the case and are visible to its team.

    A liaison's document needs: the request is of this case, the liaison stands for their
    state's side of it (the case's share with that state is in force and allows MLA answers),
    and the request is still open.
    """
    if can_edit_case(user, case):
        return True
    if mla_request is None or mla_request.case_id != case.pk:
        return False
    return mla_request.status in OPEN_STATUSES and may_act(
        user, mla_request, partner_side(mla_request)
    )
