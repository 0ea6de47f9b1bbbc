"""Keeps each user in the one group of their state and role (`state:FR:liaison`).

Guardian object permissions of a share are granted to that group, so the admin's object
permission pages and `user.has_perm("cases.view_case", case)` agree with the share records.
This is bookkeeping of membership only; who sees what is decided in `cases.visibility`.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import Group
from django.db.models.signals import post_save
from django.dispatch import receiver

from cases.models import User

GROUP_PREFIX = "state:"


@receiver(post_save, sender=User, dispatch_uid="cases.sync_state_group")
def sync_state_group(sender: type[User], instance: User, raw: bool = False, **kwargs: Any) -> None:
    if raw:
        return
    wanted, _ = Group.objects.get_or_create(
        name=f"{GROUP_PREFIX}{instance.state_id}:{instance.role}"
    )
    stale = instance.groups.filter(name__startswith=GROUP_PREFIX).exclude(pk=wanted.pk)
    if stale.exists():
        instance.groups.remove(*stale)
    instance.groups.add(wanted)
