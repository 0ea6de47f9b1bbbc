from typing import Any

from django.apps import AppConfig


class WorkflowsConfig(AppConfig):
    name = "workflows"
    verbose_name = "Workflows"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from cases.signals import asset_changed
        from workflows.services.asset_transitions import sync_freeze_deadline

        def follow_the_asset(sender: Any, *, asset: Any, by: Any, **kwargs: Any) -> None:
            sync_freeze_deadline(asset, by=by)

        asset_changed.connect(follow_the_asset, dispatch_uid="workflows.freeze_deadline")
