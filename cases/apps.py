from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "cases"
    verbose_name = "Cases"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from asset_recovery import sessions  # noqa: F401  (session clocks start at sign-in)
        from cases import schema, signals  # noqa: F401  (OpenAPI extensions, group sync)
