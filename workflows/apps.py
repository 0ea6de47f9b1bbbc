from django.apps import AppConfig


class WorkflowsConfig(AppConfig):
    name = "workflows"
    verbose_name = "Workflows"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Imported here, once the models are loaded (Django's way for signal receivers).
        from cases.signals import asset_changed
        from workflows.services.asset_transitions import follow_the_asset

        asset_changed.connect(follow_the_asset, dispatch_uid="workflows.freeze_deadline")
