from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q, QuerySet
from django.utils import timezone
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase

from cases.models.users import Role
from core.state_time import date_passed, date_passed_q, today_in


class CaseShareQuerySet(QuerySet["CaseShare"]):
    def visible_to(self, user: Any) -> CaseShareQuerySet:
        """The shares of a case, for its owning state only: partner states never learn which
        other states see a case (nor their own share's terms from this list)."""
        if user is None or not user.is_authenticated or not user.is_active:
            return self.none()
        if user.role not in (Role.PROSECUTOR, Role.ADMIN):
            return self.none()
        return self.filter(case__owner_state_id=user.state_id)

    def active(self) -> CaseShareQuerySet:
        """Shares in force now: not revoked, and not past their expiry date.

        A share is in force through its expiry date in the partner state (that state's date,
        `core.state_time`), the state whose access it is. Expiry is checked here, in the query,
        so an expired share stops working at its expiry even before any clean-up task runs.
        """
        expired = date_passed_q(date_field="expires_on", state_field="state_id")
        return self.filter(revoked_at__isnull=True).filter(Q(expires_on__isnull=True) | ~expired)

    def active_for_state(self, state_code: str) -> CaseShareQuerySet:
        """`active()`'s shares of one partner state: the same rule with that state's date known,
        so one comparison instead of one per date in the world (a query that plans in a tenth of
        the time; tests/cases/test_shares_in_force.py holds the two equal)."""
        return self.filter(state_id=state_code, revoked_at__isnull=True).filter(
            Q(expires_on__isnull=True) | Q(expires_on__gte=today_in(state_code))
        )

    def expired_for_state(self, state_code: str) -> CaseShareQuerySet:
        """The shares of one partner state past their expiry and not revoked: with
        `active_for_state`'s, every share of the state not revoked."""
        return self.filter(
            state_id=state_code, revoked_at__isnull=True, expires_on__lt=today_in(state_code)
        )


class CaseShare(models.Model):
    """A record that a case is shared with a partner state, and what that allows."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    case = models.ForeignKey("cases.Case", on_delete=models.PROTECT, related_name="shares")
    state = models.ForeignKey("cases.State", on_delete=models.PROTECT, related_name="case_shares")
    # The profile of the share: reading the case is always allowed; answering MLA requests
    # addressed to the state may be withheld.
    allows_mla_answers = models.BooleanField(default=True)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    granted_at = models.DateTimeField(default=timezone.now)
    expires_on = models.DateField(
        null=True, blank=True, help_text="Last day the share is in force."
    )
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # A copy of the case's creation time, so that a liaison's case list is read in order from one
    # index on (state, case_created_at) instead of joining and sorting all cases (PERFORMANCE.md).
    case_created_at = models.DateTimeField()

    objects = CaseShareQuerySet.as_manager()

    class Meta:
        ordering = ["-granted_at"]
        indexes = [
            models.Index(
                fields=["state", "-case_created_at", "case"],
                name="share_state_order_idx",
                condition=Q(revoked_at__isnull=True),
                # With the expiry in the index, "shares in force for a state" (the liaison's
                # page and its count) is read from the index alone, never from the table.
                include=["expires_on"],
            ),
        ]
        constraints = [
            # One share in force per case and state; revoked ones stay as history.
            models.UniqueConstraint(
                fields=["case", "state"],
                condition=Q(revoked_at__isnull=True),
                name="share_once_per_state",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.case_id} → {self.state_id}"

    @property
    def in_force(self) -> bool:
        """`CaseShareQuerySet.active()` for one loaded share."""
        return self.revoked_at is None and (
            self.expires_on is None or not date_passed(self.expires_on, self.state_id)
        )


class CaseUserObjectPermission(UserObjectPermissionBase):
    """Guardian's direct foreign-key permission table for cases (deleted with the case)."""

    content_object = models.ForeignKey("cases.Case", on_delete=models.CASCADE)


class CaseGroupObjectPermission(GroupObjectPermissionBase):
    content_object = models.ForeignKey("cases.Case", on_delete=models.CASCADE)
