"""Deadlines and the reminders sent for them (imported by workflows.models).

The database is the record of what must happen: a deadline row is written in the same
transaction as the change that causes it (an MLA request sent, a freeze ordered, a share given
an expiry, a follow-up set), and each reminder is a row with a unique (deadline, threshold,
recipient), so that no sweep, retry or redelivery can send one twice.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.lookups import IsNull

from cases.models.base import CaseChild
from cases.models.users import User
from cases.visibility import CaseChildQuerySet, model_by_label
from deadlines.overdue import is_overdue, overdue_q
from notifications.models import Notification


class DeadlineKind(models.TextChoices):
    MLA_RESPONSE = "mla_response", "Answer to an MLA request due"
    MLA_INFO_REPLY = "mla_info_reply", "Further information for an MLA request due"
    FREEZE_EXPIRY = "freeze_expiry", "Freeze order expires"
    SHARE_EXPIRY = "share_expiry", "Share with a partner state expires"
    FOLLOW_UP = "follow_up", "Follow-up set by a prosecutor"
    TASK_DUE = "task_due", "Task of a case due"


# The model a deadline's `source_id` names, by kind, by label: the sources (MLA requests of
# `workflows`) sit in the apps above, which schedule their deadlines through this one.
SOURCE_MODELS = {
    DeadlineKind.MLA_RESPONSE: "workflows.MlaRequest",
    DeadlineKind.MLA_INFO_REPLY: "workflows.MlaRequest",
    DeadlineKind.FREEZE_EXPIRY: "workflows.AssetTransition",  # the freeze order (its act)
    DeadlineKind.TASK_DUE: "tasks.Task",
}


def _source_visible(kind: DeadlineKind, user: User) -> IsNull:
    """Whether the deadline's source (by `source_id`) is one `user` may see: the source model's
    own `visible_to`, asked of the one row (its primary key), as an index lookup per candidate
    deadline, which the case rule has already narrowed to the shared cases.

    Neither `source_id IN (every source the user may see)` nor `EXISTS`: PostgreSQL may plan
    either as a hashed subplan, which builds the whole set of visible sources first (every
    freeze order of every asset the state sees: 56 ms of a 112 ms count at S, 400 ms of a
    420 ms page of 50 at L). A correlated scalar subquery is never hashed: it is evaluated for
    each row the scan reaches, and a page stops after its rows."""
    sources = model_by_label(SOURCE_MODELS[kind])._default_manager.all()
    visible = sources.visible_to(user, references=False)  # type: ignore[attr-defined]
    one_row = visible.filter(pk=OuterRef("source_id")).order_by().values(seen=Value(1))[:1]
    return IsNull(Subquery(one_row), False)


def with_source_asset(queryset: QuerySet[Deadline]) -> QuerySet[Deadline]:
    """Annotated with `source_asset_id`: the asset of a freeze expiry's order (its source)."""
    orders = model_by_label(SOURCE_MODELS[DeadlineKind.FREEZE_EXPIRY])._default_manager
    return queryset.annotate(
        source_asset_id=Subquery(orders.filter(pk=OuterRef("source_id")).values("asset_id")[:1])
    )


def source_asset_id(deadline: Deadline) -> Any:
    """The asset of a freeze expiry's order, read alone (`with_source_asset` for a list)."""
    orders = model_by_label(SOURCE_MODELS[DeadlineKind.FREEZE_EXPIRY])._default_manager
    return orders.filter(pk=deadline.source_id).values_list("asset_id", flat=True).first()


def deadline_overdue_q() -> Q:
    """`Deadline.overdue` in the query."""
    return Q(open=True) & overdue_q(due_field="due_on", state_field="acting_state_id")


class DeadlineQuerySet(CaseChildQuerySet["Deadline"]):
    def narrow_for_partner(self, user: User) -> DeadlineQuerySet:
        """A liaison sees a deadline only through its source, read in the query: what their own
        state owes on an MLA request they see (the answer, or the further information asked of
        it), a task the team gave to their side, and the freeze expiry of an asset they see (so
        a deadline follows its asset when the asset is restricted later). Never share expiries
        (they would tell which states see the case) nor the team's follow-ups (both are stored
        as restricted, and have no partner source)."""
        return self.filter(
            Q(
                kind__in=(DeadlineKind.MLA_RESPONSE, DeadlineKind.MLA_INFO_REPLY),
                partner_state_id=user.state_id,
            )
            & _source_visible(DeadlineKind.MLA_RESPONSE, user)
            | Q(
                kind=DeadlineKind.TASK_DUE,
                partner_state_id=user.state_id,
            )
            & _source_visible(DeadlineKind.TASK_DUE, user)
            | Q(kind=DeadlineKind.FREEZE_EXPIRY) & _source_visible(DeadlineKind.FREEZE_EXPIRY, user)
        )


class Deadline(CaseChild):
    internal_notes = None  # type: ignore[assignment]  # removed: a deadline carries its title only
    kind = models.CharField(max_length=20, choices=DeadlineKind.choices)
    # The MLA request, asset or share the deadline comes from; a follow-up is its own source.
    source_id = models.UUIDField()
    title = models.CharField(max_length=300)
    due_on = models.DateField()
    # Whose working days, holidays and time zone count: the state that must act, and where it
    # acts (a subdivision of ISO 3166-2 whose holidays count: SCT, ZH, NY, BY; empty for the
    # state's default, `deadlines.calendar.default_subdivision`).
    acting_state = models.ForeignKey("cases.State", on_delete=models.PROTECT, related_name="+")
    acting_subdivision = models.CharField(max_length=8, blank=True, default="", db_default="")
    # The partner state whose liaisons owe this deadline (the requested state of an outgoing
    # request, the requesting state for its reply to an incoming one): they are reminded too.
    partner_state = models.ForeignKey(
        "cases.State", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    restricted = models.BooleanField(default=False, help_text="About an owning-state-only item.")
    open = models.BooleanField(default=True)
    # When the sweep must next look at this deadline; null once nothing is left to send.
    next_fire_at = models.DateTimeField(null=True, blank=True)
    last_threshold = models.CharField(max_length=20, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    objects = DeadlineQuerySet.as_manager()

    class Meta:
        db_table = "workflows_deadline"  # moved from workflows; the table kept its name
        ordering = ["due_on", "id"]
        indexes = [
            # The sweep reads only what is due: its cost grows with that, not with all deadlines.
            models.Index(
                fields=["next_fire_at"],
                name="deadline_due_idx",
                condition=Q(open=True, next_fire_at__isnull=False),
            ),
            models.Index(fields=["case", "due_on"], name="deadline_case_due_idx"),
            models.Index(fields=["open", "due_on"], name="deadline_open_due_idx"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["kind", "source_id"], name="deadline_once_per_source")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.due_on}"

    @property
    def overdue(self) -> bool:
        """Open, and its date has passed in the acting state."""
        return self.open and is_overdue(self.due_on, self.acting_state_id)


class Reminder(models.Model):
    """One reminder of one deadline at one threshold for one recipient: sent exactly once."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    deadline = models.ForeignKey(Deadline, on_delete=models.PROTECT, related_name="reminders")
    threshold = models.CharField(max_length=20)  # before_14 ... before_1, due, overdue_1, ...
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    enqueued_at = models.DateTimeField(null=True, blank=True)
    # Two deliveries, each once: the in-app notification, then the email (if the recipient has
    # an address). `delivered_at` is set when nothing is left to deliver.
    notified_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    # Set when, at delivery, the recipient could no longer see the case: nothing was sent.
    skipped = models.BooleanField(default=False)
    notification = models.OneToOneField(
        Notification, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        db_table = "workflows_reminder"  # moved from workflows; the table kept its name
        ordering = ["created_at"]
        indexes = [
            models.Index(
                fields=["enqueued_at"],
                name="reminder_pending_idx",
                condition=Q(delivered_at__isnull=True),
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["deadline", "threshold", "recipient"], name="reminder_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.deadline_id} {self.threshold} → {self.recipient_id}"
