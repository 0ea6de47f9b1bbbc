"""A freeze's expiry deadline was keyed by its asset; it is now keyed by the freeze order in force
(the act that made it: the asset's last freeze or renewal), so that each order has its own."""

from django.db import migrations


def key_by_order(apps, schema_editor):
    Deadline = apps.get_model("deadlines", "Deadline")
    AssetTransition = apps.get_model("workflows", "AssetTransition")
    for deadline in Deadline.objects.filter(kind="freeze_expiry"):
        order = (
            AssetTransition.objects.filter(
                asset_id=deadline.source_id, action__in=("freeze", "renew_freeze")
            )
            .order_by("-sequence")
            .first()
        )
        if order is not None:
            deadline.source_id = order.pk
            deadline.save(update_fields=["source_id"])


def key_by_asset(apps, schema_editor):
    Deadline = apps.get_model("deadlines", "Deadline")
    AssetTransition = apps.get_model("workflows", "AssetTransition")
    for deadline in Deadline.objects.filter(kind="freeze_expiry"):
        order = AssetTransition.objects.filter(pk=deadline.source_id).first()
        if order is not None:
            deadline.source_id = order.asset_id
            deadline.save(update_fields=["source_id"])


class Migration(migrations.Migration):
    dependencies = [
        ("deadlines", "0005_alter_deadline_kind"),
        ("workflows", "0011_restraint_orders"),
    ]

    operations = [migrations.RunPython(key_by_order, key_by_asset)]
