"""Assets keep a copy of their case's owning state (issue 9: the owning state's asset list).

The copy is filled from the cases, then held true on PostgreSQL by a foreign key on
(case_id, owner_state_id) to the case's (id, owner_state_id): an asset whose copy disagreed with its
case could not be written. A case's owning state never changes.
"""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery

def copy_owner_states(apps, schema_editor):
    Asset = apps.get_model("cases", "Asset")
    Case = apps.get_model("cases", "Case")
    Asset.objects.update(
        owner_state_id=Subquery(Case.objects.filter(pk=OuterRef("case_id")).values("owner_state"))
    )


class Migration(migrations.Migration):
    # The not-null constraint, the foreign key and the indexes follow in 0014: PostgreSQL refuses
    # to alter a table in the transaction that queued deferred checks for its updated rows.
    dependencies = [("cases", "0012_share_index_covers_expiry")]

    operations = [
        migrations.AddField(
            model_name="asset",
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
