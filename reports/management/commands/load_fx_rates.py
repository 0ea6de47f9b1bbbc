"""`manage.py load_fx_rates FILE`: the ECB's euro reference rates (eurofxref-hist.csv shape)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from reports.fx import FxFileError, fx_rates_load, parse_ecb_csv


class Command(BaseCommand):
    help = (
        "Load ECB euro reference rates from a CSV in the shape of eurofxref-hist.csv "
        "(header 'Date,USD,JPY,...', N/A for no rate). Loading again updates the same dates."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror}") from None
        try:
            rates = parse_ecb_csv(text)
        except FxFileError as exc:
            raise CommandError("\n".join(exc.errors)) from None
        created, updated = fx_rates_load(rates=rates)
        currencies = len({currency for _, currency, _ in rates})
        dates = len({rate_date for rate_date, _, _ in rates})
        self.stdout.write(
            f"{created} rates created, {updated} updated ({currencies} currencies, {dates} dates)."
        )
