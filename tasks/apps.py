from django.apps import AppConfig


class TasksConfig(AppConfig):
    name = "tasks"
    verbose_name = "Tasks of a case"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Dependency inversion (the layers contract): workflows knows nothing of tasks; its
        # acts ask the guards registered here, and its act records bring their tasks through
        # `post_save`, both in the act's own transaction.
        from django.db.models.signals import post_save

        from tasks.services import mandatory_tasks_guard, on_transition_saved
        from workflows import act_guards
        from workflows.models import AssetTransition

        act_guards.register("tasks.mandatory", mandatory_tasks_guard)
        post_save.connect(
            on_transition_saved, sender=AssetTransition, dispatch_uid="tasks.from_templates"
        )
