"""A partner state's acts per year read from an index of the non-restricted kept rows (issue 22)."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0022_case_search_trigram'),
        ('reports', '0003_state_totals'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='reportacttotal',
            index=models.Index(condition=models.Q(('restricted', False)), fields=['case'], include=('year', 'action', 'currency', 'acts', 'amount'), name='report_act_total_shared_idx'),
        ),
    ]
