"""Append-only tables in PostgreSQL: triggers refuse UPDATE, DELETE and TRUNCATE.

Used by the migrations of the audit trail (cases 0004) and of the asset transitions (workflows
0003): records of what happened are corrected by new rows, never rewritten. Even the
application's own database role cannot rewrite them; only a superuser who drops the triggers
could. TRUNCATE is allowed only on a disposable database marked for maintenance in the same
transaction (`SET LOCAL asset_recovery.disposable_database = on`: the test suite's, and
`seed_scale --reset` on a benchmark database).

Keep the generated SQL stable: migrations already applied ran it.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION {name}_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '{what} are append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER {name}_append_only
    BEFORE UPDATE OR DELETE ON {table}
    FOR EACH ROW EXECUTE FUNCTION {name}_append_only();

CREATE OR REPLACE FUNCTION {name}_no_truncate() RETURNS trigger AS $$
BEGIN
    IF coalesce(current_setting('asset_recovery.disposable_database', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION '{what} are append-only (TRUNCATE refused)'
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER {name}_no_truncate
    BEFORE TRUNCATE ON {table}
    FOR EACH STATEMENT EXECUTE FUNCTION {name}_no_truncate();
"""

DROP = """
DROP TRIGGER IF EXISTS {name}_no_truncate ON {table};
DROP TRIGGER IF EXISTS {name}_append_only ON {table};
DROP FUNCTION IF EXISTS {name}_append_only();
DROP FUNCTION IF EXISTS {name}_no_truncate();
"""


def append_only(*, table: str, name: str, what: str) -> migrations.RunPython:
    """The migration operation making `table` append-only (PostgreSQL; nothing elsewhere).

    `name` prefixes the trigger functions; `what` names the rows in the error message.
    """
    values = {"table": table, "name": name, "what": what}

    def create(apps: Any, schema_editor: Any) -> None:
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(CREATE.format(**values), params=None)

    def drop(apps: Any, schema_editor: Any) -> None:
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(DROP.format(**values), params=None)

    return migrations.RunPython(create, drop)
