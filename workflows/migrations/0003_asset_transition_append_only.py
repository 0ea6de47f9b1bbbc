"""Asset transitions are append-only in PostgreSQL: a trigger refuses UPDATE, DELETE and TRUNCATE.

They are the record of legal acts; a mistake is corrected by a new transition that names the one
it corrects (`corrects`), never by rewriting history. Same pattern as cases 0004 (audit events).
"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION asset_transition_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'asset transitions are append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER asset_transition_append_only
    BEFORE UPDATE OR DELETE ON workflows_assettransition
    FOR EACH ROW EXECUTE FUNCTION asset_transition_append_only();

-- TRUNCATE is refused too, unless the database is a disposable one marked for maintenance
-- (the test suite's, which empties tables between tests; see cases 0004).
CREATE OR REPLACE FUNCTION asset_transition_no_truncate() RETURNS trigger AS $$
BEGIN
    IF coalesce(current_setting('asset_recovery.disposable_database', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'asset transitions are append-only (TRUNCATE refused)'
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER asset_transition_no_truncate
    BEFORE TRUNCATE ON workflows_assettransition
    FOR EACH STATEMENT EXECUTE FUNCTION asset_transition_no_truncate();
"""

DROP = """
DROP TRIGGER IF EXISTS asset_transition_no_truncate ON workflows_assettransition;
DROP TRIGGER IF EXISTS asset_transition_append_only ON workflows_assettransition;
DROP FUNCTION IF EXISTS asset_transition_append_only();
DROP FUNCTION IF EXISTS asset_transition_no_truncate();
"""


def create_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def drop_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("workflows", "0002_asset_transitions")]

    operations = [migrations.RunPython(create_trigger, drop_trigger)]
