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

from typing import TYPE_CHECKING, Any, TypeVar

from django.db.models import Exists, Model, OuterRef, Q, QuerySet

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


def cases_visible_to(user: User | AnonymousUser | None) -> QuerySet[Case]:
    active = _active_user(user)
    if active is None:
        return Case.objects.none()
    if active.role in (Role.PROSECUTOR, Role.ADMIN):
        return Case.objects.filter(owner_state_id=active.state_id)
    if active.role == Role.LIAISON:
        shared = active_shares_for_state(active.state_id).filter(case=OuterRef("pk"))
        return Case.objects.filter(Exists(shared))
    return Case.objects.none()


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
        narrowed = queryset.filter(**{f"{case_path}__owner_state_id": active.state_id})
    elif active.role == Role.LIAISON:
        shared = active_shares_for_state(active.state_id).filter(case=OuterRef(case_path))
        narrowed = queryset.filter(Exists(shared))
    else:
        return queryset.none()
    if not sees_restricted(active) and _has_field(queryset.model, "restricted"):
        narrowed = narrowed.filter(restricted=False)
    return narrowed


def _has_field(model: type[Model], name: str) -> bool:
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
    "cases_visible_to",
    "editable_cases",
    "is_owner_side",
    "sees_restricted",
    "users_who_see",
    "visible",
]
