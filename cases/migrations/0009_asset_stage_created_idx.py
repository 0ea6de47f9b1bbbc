from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("cases", "0008_idempotency")]

    operations = [
        migrations.AddIndex(
            model_name="asset",
            index=models.Index(
                fields=["stage", "-created_at", "-id"], name="asset_stage_created_idx"
            ),
        ),
    ]
