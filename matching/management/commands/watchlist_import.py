"""`manage.py watchlist_import "OpenSanctions PEPs" peps.jsonl [--version LABEL]`: a new version
of a watch list from FollowTheMoney JSON lines (OpenSanctions' format), then every subject
screened against it.

The file is read from disk only (nothing is fetched). The same file as the version in force
does nothing; a bad file is refused whole (no version is left behind). The rescreen runs in the
worker after the commit (chunks of subjects); `--screen-now` runs it here instead, for an
installation without a worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from audit import trail
from matching import watchlists
from matching.signals import flush_outbox


class Command(BaseCommand):
    help = "Import a PEP or sanctions list (FtM JSON lines) and screen every subject against it."

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        # `--version` is the list's version label here: it replaces Django's own `--version`.
        return super().create_parser(prog_name, subcommand, conflict_handler="resolve", **kwargs)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name", help='The list\'s name, e.g. "OpenSanctions PEPs".')
        parser.add_argument("path", type=Path, help="The FtM JSON lines file.")
        parser.add_argument("--version", dest="label", help="The version's label (default: date).")
        parser.add_argument("--source-url", help="Where the list comes from (kept as text).")
        parser.add_argument(
            "--screen-now", action="store_true", help="Screen here, not in the worker."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["path"]
        if not path.is_file():
            raise CommandError(f"No file {str(path)!r}.")
        name = str(options["name"]).strip()
        if not name:
            raise CommandError("The list needs a name.")
        with trail.acting_as(label="command:watchlist_import"):
            try:
                result = watchlists.watchlist_import(
                    name=name, path=path, label=options["label"], source_url=options["source_url"]
                )
            except watchlists.WatchListFileError as exc:
                raise CommandError(f"{path}: {exc}. Nothing was imported.") from exc
            version = result.version
            if not result.created:
                self.stdout.write(
                    f"{name}: this file is already version {version.label!r}; nothing to do."
                )
                return
            self.stdout.write(
                f"{name}: version {version.label!r}, {version.entity_count} entities "
                f"({result.skipped} other entities skipped)."
            )
            if options["screen_now"]:
                screened = watchlists.rescreen_now(version)
                self.stdout.write(f"Screened {screened} subjects.")
            else:
                flush_outbox()  # the rescreen message leaves before this process does
                self.stdout.write("Every subject is being screened again by the worker.")
