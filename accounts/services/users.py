"""Users' lifecycle: deactivation ends every session and token of the user at once; the
permissions of a state's admins in the operator's admin."""

from __future__ import annotations

from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import Group, Permission
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from accounts.models import ApiToken
from accounts.services.feed_tokens import feed_tokens_revoke_all
from accounts.services.tokens import api_token_revoke
from audit import trail
from cases.models import User


def user_sessions_end(*, user: User) -> int:
    """Delete the user's stored sessions; answers how many.

    Sessions are signed blobs keyed by a random id, so finding a user's means decoding the live
    ones. Deactivation is rare and live sessions are few (they end after SESSION_ABSOLUTE_SECONDS),
    so this stays cheap; and it is only belt and braces: an inactive user's session stops working
    on the very next request anyway (ModelBackend.get_user refuses inactive users). Deleting the
    rows makes that hold after a reactivation too.
    """
    wanted = str(user.pk)
    doomed = [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if session.get_decoded().get(SESSION_KEY) == wanted
    ]
    Session.objects.filter(pk__in=doomed).delete()
    return len(doomed)


@transaction.atomic
def user_deactivate(*, user: User, by: User | None = None) -> User:
    """Deactivate a user: sign-in refused, every session, personal token and calendar feed
    token ended for good."""
    revoked = 0
    for token in ApiToken.objects.filter(user=user, revoked_at__isnull=True):
        api_token_revoke(token=token, by=by or user)
        revoked += 1
    feeds_revoked = feed_tokens_revoke_all(user=user, by=by or user)
    ended = user_sessions_end(user=user)
    if user.is_active:
        user.is_active = False
        user.save(update_fields=["is_active"])
        trail.record(
            "user.deactivated",
            obj=user,
            actor=by,
            changes={
                "before": {"is_active": True},
                "after": {"is_active": False},
                "tokens_revoked": revoked,
                "feed_tokens_revoked": feeds_revoked,
                "sessions_ended": ended,
            },
        )
    return user


STATE_ADMINS_GROUP = "state-admins"
# What a state's admins do in the operator's admin: manage users (of their own state: see
# cases.admin.UserAdmin) and their tokens, and read the case file as the API shows it to them.
STATE_ADMIN_PERMISSIONS = (
    "cases.add_user",
    "cases.change_user",
    "cases.view_user",
    "cases.view_state",
    "cases.view_apitoken",
    "cases.change_apitoken",
    "cases.view_case",
    "cases.view_subject",
    "cases.view_asset",
    "cases.view_document",
    "cases.view_caseshare",
    "cases.view_auditevent",
)


def state_admins_group() -> Group:
    """The group of states' admins (staff, never superusers), with exactly its permissions."""
    group, _ = Group.objects.get_or_create(name=STATE_ADMINS_GROUP)
    wanted = [name.split(".", 1) for name in STATE_ADMIN_PERMISSIONS]
    permissions = Permission.objects.filter(
        content_type__app_label="cases", codename__in=[codename for _, codename in wanted]
    )
    group.permissions.set(permissions)
    return group
