from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Session clocks start at sign-in; OpenAPI descriptions of our authentication classes;
        # each user kept in the group of their state and role.
        from accounts import schema, sessions, signals  # noqa: F401
