"""Who may see and change what: the one place where it is decided.

The rule for cases is `cases_visible_to(user)`. Every model that belongs to a case (subjects,
assets, documents, MLA requests, deadlines, notifications, audit events, transitions, ...) has a
queryset derived from `CaseChildQuerySet`, and its rows are read through
`Model.objects.visible_to(user)`: the case rule, the one rule that hides restricted items from
partner states, and the model's own narrowing (`narrow_for_partner`), which lives on that queryset
and nowhere else. The permission is part of the SQL, never a loop in Python (NetBox's
`RestrictedQuerySet.restrict` is the model). Nothing else narrows by hand: a test walks the API
modules and fails the build on a case child's queryset that does not come from `visible_to`
(tests/authz/test_visible_querysets.py).

References between objects (a document's MLA request and versions, a relative's `related_to`, an
asset's holder) are read from the same querysets: `visible_to` annotates each reference a model
declares (`visible_references`) with the id of the referenced object only if the caller may see
it, and the API's `VisibleRefField` shows that annotation or null. No annotation, no id: a
serializer given a queryset that did not come from `visible_to` shows null, it fails closed.

The rules (API.md, 'Who may do what'):
- prosecutors see every case of their own state; the case's team (lead and members) changes it;
- admins see their own state's cases, read-only (they supervise and receive escalations);
- liaisons see the cases shared with their state by a share in force, and inside them nothing
  marked `restricted`, nor anything whose visibility derives from a restricted or hidden object;
- nobody sees anything else. Objects a caller may not see do not exist for them (404).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, Self, TypeVar

from django.apps import apps
from django.db.models import Exists, Model, OuterRef, Q, QuerySet, Subquery

from cases.models.cases import Case
from cases.models.sharing import CaseShare
from cases.models.users import Role, User
from core.state_time import today_in

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

M = TypeVar("M", bound=Model)


def _active_user(user: User | AnonymousUser | None) -> User | None:
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    return user


def is_owner_side(user: User, case: Case) -> bool:
    """The caller belongs to the owning state (and so may see restricted items)."""
    return user.state_id == case.owner_state_id and user.role in (Role.PROSECUTOR, Role.ADMIN)


def sees_restricted(user: User | AnonymousUser | None) -> bool:
    """Whether, inside a visible case, this user sees items marked for the owning state only.

    Only owning-state users ever see a case with its restricted items, and only liaisons see
    cases of other states; so the role alone decides.
    """
    active = _active_user(user)
    return active is not None and active.role in (Role.PROSECUTOR, Role.ADMIN)


def state_seen_whole(user: User | AnonymousUser | None) -> str | None:
    """The state every case of which `user` sees, restricted items included, by the rules of
    `cases_visible_to` and `CaseChildQuerySet.visible_to` (an owning state's prosecutors and
    admins: their own), else None. A roll-up of a whole state may serve only such a user."""
    active = _active_user(user)
    if active is not None and active.role in (Role.PROSECUTOR, Role.ADMIN):
        return active.state_id
    return None


def state_seen_through_shares(user: User | AnonymousUser | None) -> str | None:
    """The partner state whose shares in force decide, alone, what `user` sees by the rules of
    `cases_visible_to` and `CaseChildQuerySet.visible_to` (a liaison's: the cases shared with
    it, their restricted items left out), else None. A roll-up of what is shared with a state
    may serve only such a user."""
    active = _active_user(user)
    if active is not None and active.role == Role.LIAISON:
        return active.state_id
    return None


def active_shares_for_state(state_code: str) -> QuerySet[CaseShare]:
    """`CaseShare.objects.active()` of one state: in force through its expiry date in that
    state, so one comparison with that state's date (`active()` compares each row with its own
    state's date, a condition over every time zone's states that each liaison's subqueries
    repeated: ~130 bound parameters, ~11 ms of SQL building per deadline list; issue 22)."""
    return CaseShare.objects.active_for_state(state_code)


def expired_shares_seen_through(user: User | AnonymousUser | None) -> QuerySet[CaseShare]:
    """The shares of the state `user` sees through (`state_seen_through_shares`) that expired
    without being revoked: what a roll-up of that state's unrevoked shares holds beyond what the
    user sees, to be subtracted (`reports.summary`); none for anyone else."""
    state = state_seen_through_shares(user)
    if state is None:
        return CaseShare.objects.none()
    return CaseShare.objects.expired_for_state(state)


# A liaison's cases are read through their state's share rows, in the order of the copy of the
# case's creation time kept on the share (`share_state_order_idx`).
SHARE_CREATED_AT = "shares__case_created_at"


def _shared_with_state_q(state_code: str) -> Q:
    """Cases with a share in force for the state: `CaseShare.objects.active()`, as a join.

    One Q, so one `filter()` call, so one join to the shares that the ordering reuses. At most
    one share per case and state is in force (`share_once_per_state`), so no case comes twice.
    """
    today = today_in(state_code)  # in force through its expiry date in the partner state
    return Q(shares__state_id=state_code, shares__revoked_at__isnull=True) & (
        Q(shares__expires_on__isnull=True) | Q(shares__expires_on__gte=today)
    )


def cases_visible_to(user: User | AnonymousUser | None) -> QuerySet[Case]:
    """The one case rule: every other visible queryset is derived from it."""
    active = _active_user(user)
    if active is None:
        return Case.objects.none()
    if active.role in (Role.PROSECUTOR, Role.ADMIN):
        return Case.objects.filter(owner_state_id=active.state_id)
    if active.role == Role.LIAISON:
        # Driven from the share index on (state, -case_created_at, case) rather than a scan of
        # all cases with EXISTS (PERFORMANCE.md): the page costs what the liaison may see.
        return Case.objects.filter(_shared_with_state_q(active.state_id))
    return Case.objects.none()


def countable_cases_visible_to(user: User | AnonymousUser | None) -> QuerySet[Any]:
    """Rows exactly as many as `cases_visible_to(user)`'s, read from the one index that decides
    visibility, for counting (`.count()`, or a count in another statement).

    A liaison's cases are counted from their state's shares in force alone: at most one share
    per case and state is in force (`share_once_per_state`) and every share has its case, so
    the number is the same without joining the cases (an index-only scan of
    `share_state_order_idx` instead of one case lookup per share).
    """
    active = _active_user(user)
    if active is not None and active.role == Role.LIAISON:
        return active_shares_for_state(active.state_id)
    return cases_visible_to(user)


def count_cases_visible_to(user: User | AnonymousUser | None) -> int:
    """`cases_visible_to(user).count()`, read from the one index that decides visibility."""
    return countable_cases_visible_to(user).count()


def case_created_at_path(user: User | AnonymousUser | None) -> str:
    """The field to order `cases_visible_to(user)` by creation time with an index.

    For a liaison, the copy of the case's creation time on the share that made it visible (the
    same instant, so the same order); for everyone else the case's own column.
    """
    active = _active_user(user)
    if active is not None and active.role == Role.LIAISON:
        return SHARE_CREATED_AT
    return "created_at"


def users_who_see(case: Case, users: QuerySet[User] | None = None) -> QuerySet[User]:
    """The same rule as `cases_visible_to`, seen from the case: who may see it now (one query)."""
    users = User.objects.all() if users is None else users
    partner_states = CaseShare.objects.active().filter(case=case).values("state_id")
    return users.filter(is_active=True).filter(
        Q(role__in=(Role.PROSECUTOR, Role.ADMIN), state_id=case.owner_state_id)
        | Q(role=Role.LIAISON, state_id__in=partner_states)
    )


class Reference(NamedTuple):
    """A reference from a row to another object that has its own visibility.

    `model` is the referenced model's label; a referenced row matches when its `target_field`
    equals the referring row's `outer_field`: a foreign key `holder` is
    `Reference("cases.Subject", "pk", "holder_id")`, the reverse of a one-to-one
    `superseded_by` is `Reference("documents.Document", "superseded_by", "pk")`.
    """

    model: str
    target_field: str
    outer_field: str


def reference_annotation(name: str) -> str:
    """The annotation `visible_to` gives a reference: the id if the caller may see it, else
    null. Serializers read it (`cases.api.fields.VisibleRefField`), never the raw column."""
    return f"visible_{name}_id"


class CaseChildQuerySet(QuerySet[M]):
    """The queryset of every model that belongs to a case: `visible_to(user)` is its only door.

    Subclasses say how they reach their case (`case_path`), where their restricted flag is
    (`restricted_path`: their own, or their parent's; None only for models that have none and
    whose parent is not restrictable), where a copy of the owning state is kept for a one-index
    read (`owner_state_path`), which references they carry (`visible_references`), and what
    partner states see of them beyond that (`narrow_for_partner`).
    """

    case_path: ClassVar[str] = "case"
    restricted_path: ClassVar[str | None] = "restricted"
    owner_state_path: ClassVar[str | None] = None
    visible_references: ClassVar[dict[str, Reference]] = {}

    def visible_to(self, user: User | AnonymousUser | None, *, references: bool = True) -> Self:
        """What `user` may see of these rows, with their visible references annotated.

        `references=False` leaves the annotations out, for a subquery that only needs the rows.
        """
        active = _active_user(user)
        if active is None:
            return self.none()
        if active.role in (Role.PROSECUTOR, Role.ADMIN):
            owner_state = self.owner_state_path or f"{self.case_path}__owner_state_id"
            narrowed = self.filter(**{owner_state: active.state_id}).narrow_for_owner(active)
        elif active.role == Role.LIAISON:
            shared = active_shares_for_state(active.state_id).filter(case=OuterRef(self.case_path))
            narrowed = self.filter(Exists(shared))
            if self.restricted_path is not None:
                narrowed = narrowed.filter(**{self.restricted_path: False})
            narrowed = narrowed.narrow_for_partner(active)
        else:
            return self.none()
        return narrowed.with_visible_references(active) if references else narrowed

    def narrow_for_owner(self, user: User) -> Self:
        """What the owning state's users do not see of rows of their own cases (nothing)."""
        return self

    def narrow_for_partner(self, user: User) -> Self:
        """What a partner state's liaison does not see beyond the case rule and the flag."""
        return self

    def with_visible_references(self, user: User) -> Self:
        annotations = {
            reference_annotation(name): Subquery(
                model_by_label(reference.model)
                ._default_manager.visible_to(user, references=False)  # type: ignore[attr-defined]
                .filter(**{reference.target_field: OuterRef(reference.outer_field)})
                .order_by()
                .values("pk")[:1]
            )
            for name, reference in self.visible_references.items()
        }
        return self.annotate(**annotations) if annotations else self


def visible_ids(queryset: QuerySet[Any], user: User | AnonymousUser | None) -> QuerySet[Any]:
    """The ids of the rows of `queryset` that `user` may see, for `__in` lookups."""
    return queryset.visible_to(user, references=False).values("pk")  # type: ignore[attr-defined]


@functools.cache
def model_by_label(label: str) -> type[Model]:
    # By label: a case-file model may reference one of an app above it (a document's MLA request).
    return apps.get_model(label)


@functools.cache
def case_child_models() -> tuple[type[Model], ...]:
    """Every model whose rows belong to a case and are read through `visible_to`."""
    return tuple(
        model
        for model in apps.get_models()
        if isinstance(model._default_manager.all(), CaseChildQuerySet)
    )


def can_edit_case(user: User | AnonymousUser | None, case: Case) -> bool:
    """Only the case's team (its lead and members), prosecutors of the owning state, change it."""
    active = _active_user(user)
    if active is None or active.role != Role.PROSECUTOR:
        return False
    if active.state_id != case.owner_state_id:
        return False
    if case.lead_prosecutor_id == active.pk:
        return True
    return case.team.filter(pk=active.pk).exists()


def team_cases_q(user: User) -> Q:
    """Cases whose team the user belongs to (as a filter on Case)."""
    return Q(owner_state_id=user.state_id) & (Q(lead_prosecutor=user) | Q(team=user))


def editable_cases(user: User | AnonymousUser | None) -> QuerySet[Case]:
    active = _active_user(user)
    if active is None or active.role != Role.PROSECUTOR:
        return Case.objects.none()
    return Case.objects.filter(team_cases_q(active)).distinct()


def editable_case_ids(user: User | AnonymousUser | None, case_ids: Iterable[Any]) -> set[Any]:
    """Which of these cases `user` may change (`can_edit_case` for many, in one query)."""
    return set(editable_cases(user).filter(pk__in=list(case_ids)).values_list("pk", flat=True))


__all__: list[Any] = [
    "CaseChildQuerySet",
    "Reference",
    "can_edit_case",
    "case_child_models",
    "case_created_at_path",
    "cases_visible_to",
    "count_cases_visible_to",
    "countable_cases_visible_to",
    "editable_case_ids",
    "editable_cases",
    "is_owner_side",
    "model_by_label",
    "reference_annotation",
    "sees_restricted",
    "state_seen_whole",
    "users_who_see",
    "visible_ids",
]
