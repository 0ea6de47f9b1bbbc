"""The asset's copy of its case's owning state: required, held true, indexed (see 0013)."""

from django.db import migrations, models

CREATE_FOREIGN_KEY = """
ALTER TABLE cases_case ADD CONSTRAINT case_id_owner_state_key UNIQUE (id, owner_state_id);
ALTER TABLE cases_asset ADD CONSTRAINT asset_owner_state_is_the_case_s
    FOREIGN KEY (case_id, owner_state_id) REFERENCES cases_case (id, owner_state_id)
    DEFERRABLE INITIALLY DEFERRED;
"""
DROP_FOREIGN_KEY = """
ALTER TABLE cases_asset DROP CONSTRAINT IF EXISTS asset_owner_state_is_the_case_s;
ALTER TABLE cases_case DROP CONSTRAINT IF EXISTS case_id_owner_state_key;
"""


def create_foreign_key(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_FOREIGN_KEY, params=None)


def drop_foreign_key(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_FOREIGN_KEY, params=None)


class Migration(migrations.Migration):
    dependencies = [("cases", "0013_asset_owner_state")]

    operations = [
        migrations.AlterField(
            model_name="asset",
            name="owner_state",
            field=models.ForeignKey(
                editable=False,
                on_delete=models.deletion.PROTECT,
                related_name="+",
                to="cases.state",
            ),
        ),
        migrations.RunPython(create_foreign_key, drop_foreign_key),
        migrations.AddIndex(
            model_name="asset",
            index=models.Index(
                fields=["owner_state", "-created_at", "-id"], name="asset_owner_created_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="asset",
            index=models.Index(
                fields=["owner_state", "stage", "-created_at", "-id"],
                name="asset_owner_stage_created_idx",
            ),
        ),
    ]
