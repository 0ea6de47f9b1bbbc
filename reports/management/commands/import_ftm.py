"""`manage.py import_ftm FILE --case REF [--dry-run]`: FtM JSON lines into a case.

The rules are in `reports.ftm_import`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from cases.models import Case
from reports.ftm_import import FtmImportError, ftm_import, read_entities


class Command(BaseCommand):
    help = (
        "Import persons, companies, positions (occupancies), family, associate and ownership "
        "links from FollowTheMoney JSON lines (e.g. an OpenSanctions PEP export) into a case. "
        "Every line is checked first; one invalid line and nothing is imported."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--case", required=True, help="The case's reference, e.g. GB-2026-00042"
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check and count, then roll everything back."
        )
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args: Any, **options: Any) -> None:
        case = (
            Case.objects.filter(reference=options["case"]).select_related("lead_prosecutor").first()
        )
        if case is None:
            raise CommandError(f"No case {options['case']!r}.")
        path: Path = options["file"]
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"Cannot read {path}: {exc}") from None
        try:
            entities = read_entities(lines)
        except FtmImportError as exc:
            for error in exc.errors:
                self.stderr.write(f"{path}: {error}")
            raise CommandError(
                f"{len(exc.errors)} invalid line(s) in {path}; nothing was imported."
            ) from None
        with tqdm(
            total=len(entities),
            unit="entity",
            disable=options["no_progress"],
            file=self.stderr,
        ) as bar:
            summary = ftm_import(
                case=case, entities=entities, dry_run=options["dry_run"], progress=bar.update
            )
        prefix = "Dry run, nothing was written. Would have " if options["dry_run"] else ""
        self.stdout.write(f"{prefix}{case.reference}:")
        for line in summary.lines():
            self.stdout.write(f"  {line}")
