"""`manage.py verify_documents`: re-hash every stored document against its record.

Each file is read from its storage in chunks and hashed; the SHA-256 and size must equal the
document's row, and the row must equal what the audit chain recorded at upload (a row edited to
match a tampered file is caught there). Exits non-zero when any document fails.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from documents.models import Document
from documents.services.verification import documents_verify


class Command(BaseCommand):
    help = "Re-hash every stored document; report missing files and mismatches (exit 1 if any)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--case", help="Only the documents of this case (its UUID).")

    def handle(self, *args: Any, **options: Any) -> None:
        documents = Document.objects.order_by("uploaded_at", "id")
        if options.get("case"):
            documents = documents.filter(case_id=options["case"])
        checked = failed = 0
        for document, problem in documents_verify(documents):
            checked += 1
            if problem is None:
                if options["verbosity"] >= 2:
                    self.stdout.write(f"ok {document.pk} {document.sha256}")
                continue
            failed += 1
            self.stderr.write(
                f"{problem.problem.upper()} document {problem.document_id} "
                f"(case {document.case_id}, stored as {problem.storage_name}): {problem.detail}"
            )
        if failed:
            raise CommandError(f"{failed} of {checked} documents failed verification.")
        self.stdout.write(self.style.SUCCESS(f"{checked} documents verified: all intact."))
