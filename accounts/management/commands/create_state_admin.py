"""`manage.py create_state_admin`: the first administrator of a state, on a fresh installation.

    ADMIN_PASSWORD=... manage.py create_state_admin \
        --username admin_gb --email admin@example.org --state GB --password-env ADMIN_PASSWORD

The password is read from the environment variable named by `--password-env`, or asked twice
with getpass when the command runs in a terminal; never from the command line (it would show in
`ps` and in shell history). It must pass the installation's password validators.

The user is a state's admin as the demo seeds one (`demo/seed.py`): role `admin` of the state,
staff (the operator's admin, bounded to their state), in the `state-admins` group, never a
superuser. Creation is one transaction and leaves a `user.created` audit event. Where a second
factor is required of admins (MFA_REQUIRED_ROLES), they enrol one at their first sign-in.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.validators import validate_email
from django.db import transaction

from accounts.services.users import state_admins_group
from audit import trail
from cases.models import Role, State, User


class Command(BaseCommand):
    help = "Create the first administrator of a state (password from an environment variable)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--username", required=True)
        parser.add_argument("--email", required=True)
        parser.add_argument("--state", required=True, help="The state's ISO 3166-1 alpha-2 code.")
        parser.add_argument("--name", default="", help="The administrator's full name.")
        parser.add_argument(
            "--password-env",
            metavar="VARIABLE",
            help="Name of the environment variable holding the password "
            "(without it, the password is asked for when run in a terminal).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        username: str = options["username"].strip()
        email: str = options["email"].strip()
        code: str = options["state"].strip().upper()
        if not username:
            raise CommandError("--username must not be empty.")
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"--email {email!r} is not an email address.") from error
        state = State.objects.filter(code=code).first()
        if state is None:
            raise CommandError(f"Unknown state code {options['state']!r} (ISO 3166-1 alpha-2).")
        if User.objects.filter(username__iexact=username).exists():
            raise CommandError(f"A user named {username!r} exists already.")

        password = self.password(options.get("password_env"))
        user = User(
            username=username,
            email=email,
            name=options.get("name") or "",
            role=Role.ADMIN,
            state=state,
            is_staff=True,
            is_superuser=False,
        )
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError("Password refused: " + " ".join(error.messages)) from error
        user.set_password(password)

        with transaction.atomic(), trail.acting_as(label="command:create_state_admin"):
            # Checked again under the transaction: the unique index decides a race.
            if User.objects.select_for_update().filter(username__iexact=username).exists():
                raise CommandError(f"A user named {username!r} exists already.")
            user.save()
            user.groups.add(state_admins_group())
            trail.record_created("user.created", user, actor=None, after=trail.snapshot(user))
        self.stdout.write(f"Created administrator {user.username} of {state.code} ({user.pk}).")

    def password(self, variable: str | None) -> str:
        if variable:
            value = os.environ.get(variable, "")
            if not value:
                raise CommandError(f"The environment variable {variable} is unset or empty.")
            return value
        if not sys.stdin.isatty():
            raise CommandError("No terminal to ask for the password: pass --password-env VARIABLE.")
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password (again): "):
            raise CommandError("The passwords differ.")
        if not first:
            raise CommandError("The password must not be empty.")
        return first
