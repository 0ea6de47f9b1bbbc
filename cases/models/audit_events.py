"""The audit trail as a case's activity feed: what each reader may see of it.

The trail is written by the `audit` app, below the case file, which knows nothing of who sees
what. This proxy (no table of its own) gives its rows the queryset of every case child, so the
activity feed reads them through `visible_to` like everything else of a case.
"""

from __future__ import annotations

from django.db.models import CharField, F, Q
from django.db.models.functions import Cast

from audit.models import OWNER_ONLY_ACTIONS, AuditEvent
from cases.models.users import User
from cases.visibility import CaseChildQuerySet, case_child_models, visible_ids


class CaseAuditEventQuerySet(CaseChildQuerySet["CaseAuditEvent"]):
    def narrow_for_partner(self, user: User) -> CaseAuditEventQuerySet:
        """A liaison sees an event only about an object they may see now (the case itself, or
        a case child through its own `visible_to`: an object restricted or hidden since the event
        was recorded hides the event too), never an owner-only kind of event, and no event by a
        user of another partner state (they must not learn which states see the case)."""
        about_visible = Q(object_type="case")
        for model in case_child_models():
            if issubclass(model, AuditEvent):
                continue
            ids = visible_ids(model._default_manager.all(), user)
            about_visible |= Q(
                object_type=model._meta.model_name,
                object_id__in=ids.annotate(text_id=Cast("pk", CharField())).values("text_id"),
            )
        events = self.filter(about_visible)
        for prefix in OWNER_ONLY_ACTIONS:
            events = events.exclude(action__startswith=prefix)
        return events.filter(
            Q(actor__isnull=True)
            | Q(actor__state_id=user.state_id)
            | Q(actor__state_id=F("case__owner_state_id"))
        )


class CaseAuditEvent(AuditEvent):
    # The feed's manager replaces the trail's plain one on this proxy (and only here).
    objects = CaseAuditEventQuerySet.as_manager()  # type: ignore[misc]

    class Meta:
        proxy = True
        ordering = ["-occurred_at", "-sequence"]
