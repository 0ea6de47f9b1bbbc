"""`manage.py report_totals_rebuild`: recompute the summary's kept totals of every case.

The triggers of `reports.0002_report_totals` keep them as the data changes (and that migration
builds them for the data already there); this is for a database whose totals are in doubt: one
restored from a dump taken without the trigger, or loaded with the triggers off. In one
transaction, case by case under the same locks as the triggers, so it may run beside writes;
then the roll-ups per owning state (`reports.0003_state_totals`) from those rows.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction


class Command(BaseCommand):
    help = "Recompute the summary report's kept totals (PostgreSQL) of every case."

    def handle(self, *args: Any, **options: Any) -> None:
        if connection.vendor != "postgresql":
            raise CommandError(
                "Kept totals exist on PostgreSQL only: elsewhere the report reads the rows."
            )
        started = time.monotonic()
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT report_totals_refresh(ARRAY(SELECT id FROM cases_case))")
            # The roll-ups per owning and partner state, from the rows just recomputed (every
            # case is locked by now: no write can add a delta before this transaction commits).
            cursor.execute("SELECT report_state_totals_rebuild()")
            cursor.execute("SELECT report_partner_totals_rebuild()")
            cursor.execute("SELECT report_partner_act_totals_rebuild()")
            cursor.execute("SELECT count(*) FROM reports_reportassettotal")
            (assets,) = cursor.fetchone() or (0,)
            cursor.execute("SELECT count(*) FROM reports_reportacttotal")
            (acts,) = cursor.fetchone() or (0,)
        if options["verbosity"]:
            self.stdout.write(
                f"report_totals_rebuild: {assets:,} asset rows, {acts:,} act rows "
                f"in {time.monotonic() - started:.1f}s"
            )
