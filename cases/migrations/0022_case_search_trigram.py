"""Trigram indexes for the case search over references and titles (issue 22).

`?q=` matches a case by its reference, its title or a visible subject's name, each with
`__icontains` (`UPPER(column::text) LIKE UPPER('%term%')`). The subject names have their trigram
index (0010); these give the case's own two columns theirs, so that the search reads the matching
cases from three indexes (cases.api.cases.CaseFilter.search) instead of testing every case of
the caller's state: its cost follows the matches, not the state's cases. PostgreSQL only (the
pg_trgm extension, created by 0010); other databases (the SQLite demo) are left alone.
"""

from django.db import migrations

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS case_reference_trgm_idx ON cases_case "
    "USING gin ((UPPER((reference)::text)) gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS case_title_trgm_idx ON cases_case "
    "USING gin ((UPPER((title)::text)) gin_trgm_ops)",
]
DROP = ["DROP INDEX IF EXISTS case_title_trgm_idx", "DROP INDEX IF EXISTS case_reference_trgm_idx"]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("cases", "0021_asset_valuations")]

    operations = [migrations.RunPython(run(CREATE), run(DROP))]
