"""Users: every owning state gets an admin, a prosecutor and a liaison; the large states get
more prosecutors; every state a liaison group, for shares to states without users."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime

from cases.models import Role
from demo.scale.world import (
    BENCH_LIAISON,
    BENCH_PROSECUTOR,
    LIAISON_STATE,
    PROSECUTOR_STATE,
    USERS_PER_CASE,
    Seed,
    new_uuid,
)

JOINED = datetime(2017, 1, 1, tzinfo=UTC)


@dataclass
class People:
    """The users by (state, role), and the group of each (state, role): `state:GB:liaison`."""

    by_state_role: dict[tuple[str, str], list[uuid.UUID]] = field(
        default_factory=lambda: defaultdict(list)
    )
    group_ids: dict[tuple[str, str], int] = field(default_factory=dict)

    def prosecutors(self, state: str) -> list[uuid.UUID]:
        return self.by_state_role[(state, Role.PROSECUTOR)]

    def group(self, state: str, role: str) -> int:
        return self.group_ids.setdefault((state, role), len(self.group_ids) + 1)


def usernames_plan(seed: Seed, cases: int) -> list[tuple[str, str, str]]:
    """(username, role, state) of every user: the known ones first, then one of each role per
    owning state, then prosecutors and liaisons drawn by the size of their state."""
    owners = seed.reference.owner_states
    total = max(int(cases * USERS_PER_CASE), 3 * len(owners))
    plan: list[tuple[str, str, str]] = [
        (BENCH_PROSECUTOR, Role.PROSECUTOR, PROSECUTOR_STATE),
        (BENCH_LIAISON, Role.LIAISON, LIAISON_STATE),
        ("bench_admin_gb", Role.ADMIN, PROSECUTOR_STATE),
    ]
    for code in owners:
        plan += [
            (f"{role}_{code.lower()}_1", role, code)
            for role in (Role.ADMIN, Role.PROSECUTOR, Role.LIAISON)
        ]
    counter: dict[tuple[str, str], int] = defaultdict(lambda: 1)
    while len(plan) < total:
        role = seed.rng.choices((Role.PROSECUTOR, Role.LIAISON), (3, 1))[0]
        code = seed.rng.choices(owners, seed.reference.owner_weights)[0]
        counter[(code, role)] += 1
        plan.append((f"{role}_{code.lower()}_{counter[(code, role)]}", role, code))
    return plan


def people_seed(seed: Seed, cases: int) -> People:
    """The users, their groups and memberships."""
    people = People()
    users, memberships = seed.tables["cases_user"], seed.tables["cases_user_groups"]
    for username, role, code in usernames_plan(seed, cases):
        user_id = new_uuid(seed.rng)
        people.by_state_role[(code, role)].append(user_id)
        group = people.group(code, role)
        name = username.replace("_", " ").title()
        email = f"{username}@bench.invalid"
        users.add(
            user_id,
            seed.reference.password,
            None,
            False,
            username,
            "",
            "",
            email,
            False,
            True,
            JOINED,
            name,
            role,
            code,
        )
        memberships.add(user_id, group)
    for code in seed.reference.all_states:
        people.group(code, Role.LIAISON)
    for (code, role), group_id in sorted(people.group_ids.items(), key=lambda item: item[1]):
        seed.tables["auth_group"].add(group_id, f"state:{code}:{role}")
    return people
