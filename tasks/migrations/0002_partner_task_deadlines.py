"""The deadline of a task of a partner state's side names that state (tasks.services
._sync_deadline does so from now on), so that its liaisons see it and are reminded of it."""

from django.db import migrations
from django.db.models import OuterRef, Subquery


def name_the_partner_state(apps, schema_editor):
    Task = apps.get_model("tasks", "Task")
    Deadline = apps.get_model("deadlines", "Deadline")
    partner_tasks = Task.objects.filter(pk=OuterRef("source_id"), assigned_state__isnull=False)
    Deadline.objects.filter(
        kind="task_due",
        partner_state__isnull=True,
        source_id__in=Task.objects.filter(assigned_state__isnull=False).values("pk"),
    ).update(partner_state_id=Subquery(partner_tasks.values("assigned_state_id")[:1]))


class Migration(migrations.Migration):
    dependencies = [("tasks", "0001_initial"), ("deadlines", "0005_alter_deadline_kind")]

    operations = [migrations.RunPython(name_the_partner_state, migrations.RunPython.noop)]
