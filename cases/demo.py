"""Demo data for `seed_demo`. Each function is idempotent: it looks objects up by natural keys."""

from __future__ import annotations

from cases.models import Role, User

DEMO_USERS = [
    # username, role, state, name, email
    ("admin", Role.ADMIN, "GB", "Operations Admin", "admin@example.org"),
    ("prosecutor_gb", Role.PROSECUTOR, "GB", "Helen Marsh", "helen.marsh@example.org"),
    ("prosecutor2_gb", Role.PROSECUTOR, "GB", "Tom Okafor", "tom.okafor@example.org"),
    ("prosecutor_ng", Role.PROSECUTOR, "NG", "Amina Bello", "amina.bello@example.org"),
    ("liaison_fr", Role.LIAISON, "FR", "Claire Dubois", "claire.dubois@example.org"),
    ("liaison_ch", Role.LIAISON, "CH", "Lukas Meier", "lukas.meier@example.org"),
    ("liaison_us", Role.LIAISON, "US", "Dana Brooks", "dana.brooks@example.org"),
]


def seed_users(*, password: str) -> dict[str, User]:
    users: dict[str, User] = {}
    for username, role, state, name, email in DEMO_USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(username=username, role=role, state_id=state, name=name, email=email)
            user.is_staff = role == Role.ADMIN
            user.is_superuser = role == Role.ADMIN
            user.set_password(password)
            user.save()
        users[username] = user
    return users


def seed(*, password: str) -> list[str]:
    users = seed_users(password=password)
    return [f"demo users: {', '.join(sorted(users))}"]
