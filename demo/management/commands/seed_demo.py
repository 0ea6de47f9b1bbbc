"""`manage.py seed_demo`: the small, realistic demo of API.md. Running it twice changes nothing."""

from __future__ import annotations

import os
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from demo import seed as demo


class Command(BaseCommand):
    help = "Load the demo users and cases (password from the DEMO_PASSWORD environment variable)."

    def handle(self, *args: Any, **options: Any) -> None:
        password = os.environ.get("DEMO_PASSWORD", "")
        if not password:
            raise CommandError("Set DEMO_PASSWORD: every demo user gets that password.")
        with transaction.atomic():
            summary = demo.seed(password=password)
        for line in summary:
            self.stdout.write(line)
