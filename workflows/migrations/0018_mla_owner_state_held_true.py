"""The MLA request's copy of its case's owning state: required, held true, indexed (see 0017)."""

from django.db import migrations, models

CREATE_FOREIGN_KEY = """
ALTER TABLE workflows_mlarequest ADD CONSTRAINT mla_owner_state_is_the_case_s
    FOREIGN KEY (case_id, owner_state_id) REFERENCES cases_case (id, owner_state_id)
    DEFERRABLE INITIALLY DEFERRED;
"""
DROP_FOREIGN_KEY = """
ALTER TABLE workflows_mlarequest DROP CONSTRAINT IF EXISTS mla_owner_state_is_the_case_s;
"""


def create_foreign_key(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE_FOREIGN_KEY, params=None)


def drop_foreign_key(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP_FOREIGN_KEY, params=None)


class Migration(migrations.Migration):
    dependencies = [("workflows", "0017_mla_owner_state")]

    operations = [
        migrations.AlterField(
            model_name="mlarequest",
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
            model_name="mlarequest",
            index=models.Index(
                fields=["owner_state", "requested_state"],
                include=["status", "sent_on", "acknowledged_on", "closed_on", "due_on"],
                name="mla_owner_requested_idx",
            ),
        ),
    ]
