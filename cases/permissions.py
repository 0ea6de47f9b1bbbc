"""Guardian's object permissions on cases, answered no wider than the share records.

A share writes guardian permissions for the partner state's liaison group (`cases.services.
sharing`), so that an operator can see who was granted a case. But a grant row knows nothing of
the share's expiry, and a row can outlive what it mirrors. So `user.has_perm(perm, case)` asks
guardian *and* the rule: it is true only while the case is visible to the user
(`cases_visible_to`, which reads the share records with their expiry) and, for answering MLA
requests, while the share in force allows it. Visibility itself never reads guardian's tables.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Model
from guardian.backends import ObjectPermissionBackend

from cases.models import Case, CaseShare, Role
from cases.visibility import cases_visible_to

ANSWER_MLA = "answer_mla_case"


class ShareBoundObjectPermissionBackend(ObjectPermissionBackend):
    def has_perm(self, user_obj: Any, perm: str, obj: Model | None = None) -> bool:
        if not super().has_perm(user_obj, perm, obj):
            return False
        if not isinstance(obj, Case):
            return True
        if not cases_visible_to(user_obj).filter(pk=obj.pk).exists():
            return False
        if perm.rpartition(".")[2] == ANSWER_MLA and user_obj.role == Role.LIAISON:
            return (
                CaseShare.objects.active()
                .filter(case=obj, state_id=user_obj.state_id, allows_mla_answers=True)
                .exists()
            )
        return True
