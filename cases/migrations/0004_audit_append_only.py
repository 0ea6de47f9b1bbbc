"""The audit table is append-only in PostgreSQL: a trigger refuses UPDATE and DELETE.

Even the application's own database role cannot rewrite history; only a superuser who drops the
trigger could, and `verify_audit` would then show where the chain breaks.
"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON cases_auditevent
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

-- TRUNCATE is refused too, unless the database is a disposable one marked for maintenance
-- (the test suite's, which empties tables between tests).
CREATE OR REPLACE FUNCTION audit_event_no_truncate() RETURNS trigger AS $$
BEGIN
    IF coalesce(current_setting('asset_recovery.disposable_database', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'audit events are append-only (TRUNCATE refused)'
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON cases_auditevent
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_no_truncate();
"""

DROP = """
DROP TRIGGER IF EXISTS audit_event_no_truncate ON cases_auditevent;
DROP TRIGGER IF EXISTS audit_event_append_only ON cases_auditevent;
DROP FUNCTION IF EXISTS audit_event_append_only();
DROP FUNCTION IF EXISTS audit_event_no_truncate();
"""


def create_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def drop_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("cases", "0003_case_file")]

    operations = [migrations.RunPython(create_trigger, drop_trigger)]
