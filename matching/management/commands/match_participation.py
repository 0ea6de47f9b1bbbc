"""`manage.py match_participation GB off`: a state's choice about hit/no-hit (on or off)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cases.models import State
from matching.hits import participation_set


class Command(BaseCommand):
    help = "Turn a state's participation in hit/no-hit matching across states on or off."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("state", help="ISO 3166-1 alpha-2 code, e.g. GB")
        parser.add_argument("choice", choices=["on", "off"])

    def handle(self, *args: Any, **options: Any) -> None:
        state = State.objects.filter(code=options["state"].upper()).first()
        if state is None:
            raise CommandError(f"No state {options['state']!r}.")
        participation_set(state=state, hit_no_hit=options["choice"] == "on")
        self.stdout.write(f"{state.code}: hit/no-hit {options['choice']}.")
