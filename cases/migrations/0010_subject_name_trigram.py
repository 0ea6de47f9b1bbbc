"""A trigram index for the case search over subject names (issue 9).

`?q=` matches subjects with `name__icontains`, which PostgreSQL runs as
`UPPER(name::text) LIKE UPPER('%term%')`: without an index that is a scan of every subject in the
system, whatever the caller may see. A GIN trigram index on the same expression answers it from
the index. PostgreSQL only (needs the pg_trgm extension, created here: the migrating role must be
allowed to, or a DBA creates it first); other databases (the SQLite demo) are left alone.
"""

from django.db import migrations

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS subject_name_trgm_idx ON cases_subject "
    "USING gin ((UPPER((name)::text)) gin_trgm_ops)",
]
DROP = ["DROP INDEX IF EXISTS subject_name_trgm_idx"]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("cases", "0009_asset_stage_created_idx")]

    operations = [migrations.RunPython(run(CREATE), run(DROP))]
