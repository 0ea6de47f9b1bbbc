"""Asset transitions are append-only in PostgreSQL: triggers refuse UPDATE, DELETE and TRUNCATE.

They are the record of legal acts; a mistake is corrected by a new transition that names the one
it corrects (`corrects`), never by rewriting history.
"""

from django.db import migrations

from core.append_only import append_only


class Migration(migrations.Migration):
    dependencies = [("workflows", "0002_asset_transitions")]

    operations = [
        append_only(
            table="workflows_assettransition",
            name="asset_transition",
            what="asset transitions",
        ),
    ]
