from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("cases", "0010_subject_name_trigram")]

    operations = [
        migrations.AddIndex(
            model_name="asset",
            index=models.Index(
                condition=models.Q(("restricted", False)),
                fields=["case", "stage"],
                name="asset_case_stage_shared_idx",
            ),
        ),
    ]
