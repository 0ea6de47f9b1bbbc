"""Write the rules tables into docs/asset-lifecycle.md and docs/mla-lifecycle.md."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from workflows.rules_docs import rendered, sections


class Command(BaseCommand):
    help = "Write the generated sections of the lifecycle docs from the rules tables."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--check", action="store_true", help="Fail if a document is out of date."
        )

    def handle(self, *args: Any, check: bool = False, **options: Any) -> None:
        stale = []
        for path, generated in sections().items():
            text = rendered(path, generated)
            if text == path.read_text(encoding="utf-8"):
                continue
            stale.append(path.name)
            if not check:
                path.write_text(text, encoding="utf-8")
                self.stdout.write(f"wrote {path.name}")
        if check and stale:
            raise CommandError(f"out of date: {', '.join(stale)} (run write_rules_docs)")
