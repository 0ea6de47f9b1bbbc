"""The rows of each table, spooled to a temporary file in PostgreSQL's COPY text format, then
copied in foreign-key order in the caller's transaction (nothing disabled: every constraint and
trigger runs)."""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from django.db import connection

# Every table the world writes, in foreign-key order (the order of COPY), with its columns.
COLUMNS: dict[str, str] = {
    "auth_group": "id name",
    "cases_user": "id password last_login is_superuser username first_name last_name email "
    "is_staff is_active date_joined name role state_id",
    "cases_user_groups": "user_id group_id",
    "cases_casereferencecounter": "state_id year last_number",
    "cases_case": "id reference title summary status owner_state_id origin_state_id "
    "offence_category lead_prosecutor_id opened_on closed_on internal_notes created_by_id "
    "created_at updated_at version",
    "cases_case_team": "case_id user_id",
    "cases_casejurisdiction": "case_id state_id role",
    "cases_caseshare": "id case_id state_id allows_mla_answers granted_by_id granted_at "
    "expires_on revoked_at revoked_by_id case_created_at",
    "cases_casegroupobjectpermission": "content_object_id group_id permission_id",
    "guardian_groupobjectpermission": "object_pk content_type_id group_id permission_id",
    "cases_subject": "id case_id kind role name aliases date_of_birth organization_type "
    "incorporation_state_id identifiers related_to_id relationship restricted internal_notes "
    "created_at updated_at version",
    "cases_asset": "id case_id owner_state_id kind description details jurisdiction_id "
    "holder_id beneficial_owner_id estimated_value_amount estimated_value_currency source "
    "restricted internal_notes stage freeze_expires_on created_at updated_at version",
    "workflows_assettransition": "id asset_id sequence action from_stage to_stage "
    "order_authority order_jurisdiction_id order_reference order_issued_on order_expires_on "
    "amount amount_currency basis final art57_tier recipient recipient_state_id "
    "deducted_expenses_amount deducted_expenses_currency disposal_agreement corrects_id "
    "batch_id note performed_by_id performed_at",
    "cases_assetrecoverytotal": "asset_id currency frozen seized confiscated returned "
    "deducted_expenses",
    "workflows_mlarequest": "id case_id owner_state_id kind requesting_state_id requested_state_id "
    "requesting_reference requested_reference channel description confidentiality_conditions "
    "speciality_conditions restricted internal_notes status sent_on due_on acknowledged_on "
    "closed_on refusal_reason postponement_reason created_by_id created_at updated_at version "
    "refusal_grounds clock_stopped_on",
    "workflows_mlatransition": "id request_id sequence action from_status to_status note reason "
    "performed_by_id performed_at",
    "workflows_deadline": "id case_id kind source_id title due_on acting_state_id "
    "partner_state_id restricted open next_fire_at last_threshold created_by_id created_at "
    "updated_at version",
}
TABLES = tuple(COLUMNS)
# Emptied by `--reset` too: tables of the case file the world leaves empty.
RESET_ALSO = (
    "workflows_reminder",
    "workflows_notification",
    "workflows_mlarequest_assets",
    "cases_document",
    "cases_occupancy",
    "cases_subject_nationalities",
    "cases_caseuserobjectpermission",
    "guardian_userobjectpermission",
    "cases_auditevent",
    "cases_auditchain",
    "cases_apitoken",
    "cases_user_user_permissions",
    "django_admin_log",
    "django_session",
)
# Filled by the database itself as the world is copied (the triggers of reports.0002): emptied
# by `--reset` and analyzed with the copied tables.
KEPT_BY_TRIGGERS = (
    "reports_reportassettotal",
    "reports_reportacttotal",
    "reports_reportstateassettotal",
    "reports_reportstateacttotal",
    "reports_reportpartnerassettotal",
    "reports_reportpartneracttotal",
)


def _text(value: Any) -> str:
    """One value in COPY text format (no generated text holds tabs, newlines or backslashes)."""
    if value is None:
        return "\\N"
    if value is True:
        return "t"
    if value is False:
        return "f"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value)
    return str(value)


class TableFile:
    """Rows of one table, spooled to a temporary file until they are copied."""

    def __init__(self, directory: Path, table: str, columns: tuple[str, ...]) -> None:
        self.table = table
        self.columns = columns
        self.path = directory / f"{table}.copy"
        self.file: IO[str] = self.path.open("w", encoding="utf-8")
        self.rows = 0

    def add(self, *values: Any) -> None:
        assert len(values) == len(self.columns), self.table
        self.file.write("\t".join(_text(v) for v in values) + "\n")
        self.rows += 1


class Tables:
    """One `TableFile` per table of `COLUMNS`: `tables["cases_case"].add(...)`."""

    def __init__(self, directory: Path) -> None:
        self.files = {
            name: TableFile(directory, name, tuple(columns.split()))
            for name, columns in COLUMNS.items()
        }

    def __getitem__(self, name: str) -> TableFile:
        return self.files[name]

    def counts(self) -> str:
        return ", ".join(f"{t.table}={t.rows:,}" for t in self.files.values())


class Progress:
    """A plain progress bar on stderr (no dependency)."""

    def __init__(self, label: str, total: int, enabled: bool) -> None:
        self.label, self.total, self.enabled = label, max(total, 1), enabled
        self.done, self.started, self.shown = 0, time.monotonic(), -1.0

    def step(self, n: int = 1) -> None:
        self.done += n
        fraction = self.done / self.total
        every = 0.01 if sys.stderr.isatty() else 0.1
        if self.enabled and (fraction - self.shown >= every or self.done >= self.total):
            self.shown = fraction
            bar = "#" * int(fraction * 30)
            elapsed = time.monotonic() - self.started
            sys.stderr.write(
                ("\r" if sys.stderr.isatty() else "\n")
                + f"{self.label:<34} [{bar:<30}] {fraction:6.1%} {self.done:>10,} {elapsed:6.1f}s"
            )
            if self.done >= self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def tables_copy(tables: Tables, *, progress: bool) -> None:
    """COPY every table in foreign-key order, on the caller's connection and transaction."""
    raw = connection.connection
    assert raw is not None
    with raw.cursor() as cursor:
        for name in TABLES:
            table = tables[name]
            table.file.close()
            bar = Progress(f"COPY {name}", table.rows, progress)
            columns = ", ".join(table.columns)
            with (
                cursor.copy(f"COPY {name} ({columns}) FROM STDIN") as copy,
                table.path.open("rb") as source,
            ):
                while chunk := source.read(1 << 20):
                    copy.write(chunk)
                    bar.step(chunk.count(b"\n"))
        # Identity columns written explicitly: move their sequences past the rows.
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence('auth_group', 'id'), "
            "(SELECT coalesce(max(id), 1) FROM auth_group))"
        )
