"""MLA requests keep a copy of their case's owning state, as assets do (cases.0013, issue 22:
the owning state's MLA figures in the summary read one index instead of every case of the state).

The copy is filled from the cases, then held true on PostgreSQL by a foreign key on
(case_id, owner_state_id) to the case's (id, owner_state_id) in 0018. A case's owning state never
changes.
"""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def copy_owner_states(apps, schema_editor):
    MlaRequest = apps.get_model("workflows", "MlaRequest")
    Case = apps.get_model("cases", "Case")
    MlaRequest.objects.update(
        owner_state_id=Subquery(Case.objects.filter(pk=OuterRef("case_id")).values("owner_state"))
    )


class Migration(migrations.Migration):
    # The not-null constraint, the foreign key and the index follow in 0018: PostgreSQL refuses to
    # alter a table in the transaction that queued deferred checks for its updated rows.
    dependencies = [
        ("cases", "0014_asset_owner_state_held_true"),
        ("workflows", "0016_sale_before_judgment_appeals_value_orders"),
    ]

    operations = [
        migrations.AddField(
            model_name="mlarequest",
            name="owner_state",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=models.deletion.PROTECT,
                related_name="+",
                to="cases.state",
            ),
        ),
        migrations.RunPython(copy_owner_states, migrations.RunPython.noop),
    ]
