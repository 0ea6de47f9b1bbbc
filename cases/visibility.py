"""Who may see and change what: the one place where it is decided.

Every queryset of every endpoint starts from `cases_visible_to(user)` or from `visible(...)`,
which derives a child model's queryset from it and applies the one rule that hides restricted
items from partner states. The permission is part of the SQL, never a loop in Python
(NetBox's `RestrictedQuerySet.restrict` is the model).

The rules (API.md, 'Who may do what'):
- prosecutors see every case of their own state; the case's team (lead and members) changes it;
- admins see their own state's cases, read-only (they supervise and receive escalations);
- liaisons see the cases shared with their state by a share in force, and inside them nothing
  marked `restricted`;
- nobody sees anything else. Objects a caller may not see do not exist for them (404).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, TypeVar

from django.db.models import Exists, Model, OuterRef, Q, QuerySet
from django.utils import timezone

from cases.models import Case, CaseShare, Role, User

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


def sees_restricted(user: User) -> bool:
    """Whether, inside a visible case, this user sees items marked for the owning state only.

    Only owning-state users ever see a case with its restricted items, and only liaisons see
    cases of other states; so the role alone decides.
    """
    return user.role in (Role.PROSECUTOR, Role.ADMIN)


def active_shares_for_state(state_code: str) -> QuerySet[CaseShare]:
    return CaseShare.objects.active().filter(state_id=state_code)


# A liaison's cases are read through their state's share rows, in the order of the copy of the
# case's creation time kept on the share (`share_state_order_idx`).
SHARE_CREATED_AT = "shares__case_created_at"


def _shared_with_state_q(state_code: str) -> Q:
    """Cases with a share in force for the state: `CaseShare.objects.active()`, as a join.

    One Q, so one `filter()` call, so one join to the shares that the ordering reuses. At most
    one share per case and state is in force (`share_once_per_state`), so no case comes twice.
    """
    today = timezone.now().date()
    return Q(shares__state_id=state_code, shares__revoked_at__isnull=True) & (
        Q(shares__expires_on__isnull=True) | Q(shares__expires_on__gte=today)
    )


def cases_visible_to(user: User | AnonymousUser | None) -> QuerySet[Case]:
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


def count_cases_visible_to(user: User | AnonymousUser | None) -> int:
    """`cases_visible_to(user).count()`, read from the one index that decides visibility.

    A liaison's cases are counted from their state's shares in force alone: at most one share
    per case and state is in force (`share_once_per_state`) and every share has its case, so
    the number is the same without joining the cases (an index-only scan of
    `share_state_order_idx` instead of one case lookup per share).
    """
    active = _active_user(user)
    if active is not None and active.role == Role.LIAISON:
        return active_shares_for_state(active.state_id).count()
    return cases_visible_to(user).count()


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


def visible(
    queryset: QuerySet[M], user: User | AnonymousUser | None, *, case_path: str = "case"
) -> QuerySet[M]:
    """Narrow a queryset of a case's children to what `user` may see.

    `case_path` is the lookup from the model to its case (`"case"`, `"subject__case"`, ...).
    Models with a `restricted` flag lose restricted rows for users outside the owning state.
    """
    active = _active_user(user)
    if active is None:
        return queryset.none()
    if active.role in (Role.PROSECUTOR, Role.ADMIN):
        # A model keeping its own copy of the owning state (assets) is narrowed by it: one index.
        owner_state = (
            "owner_state_id"
            if case_path == "case" and _has_field(queryset.model, "owner_state")
            else f"{case_path}__owner_state_id"
        )
        narrowed = queryset.filter(**{owner_state: active.state_id})
    elif active.role == Role.LIAISON:
        shared = active_shares_for_state(active.state_id).filter(case=OuterRef(case_path))
        narrowed = queryset.filter(Exists(shared))
    else:
        return queryset.none()
    if not sees_restricted(active) and _has_field(queryset.model, "restricted"):
        narrowed = narrowed.filter(restricted=False)
    return narrowed


@functools.cache
def _has_field(model: type[Model], name: str) -> bool:
    # Asked on every request (restricted flag, own copy of the owning state): answered once.
    return any(field.name == name for field in model._meta.get_fields())


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


__all__: list[Any] = [
    "can_edit_case",
    "case_created_at_path",
    "cases_visible_to",
    "count_cases_visible_to",
    "editable_cases",
    "is_owner_side",
    "sees_restricted",
    "users_who_see",
    "visible",
]
