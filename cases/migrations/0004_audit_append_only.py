"""The audit table is append-only in PostgreSQL: triggers refuse UPDATE, DELETE and TRUNCATE.

Even the application's own database role cannot rewrite history; only a superuser who drops the
trigger could, and `verify_audit` would then show where the chain breaks.
"""

from django.db import migrations

from core.append_only import append_only


class Migration(migrations.Migration):
    dependencies = [("cases", "0003_case_file")]

    operations = [
        append_only(table="cases_auditevent", name="audit_event", what="audit events"),
    ]
