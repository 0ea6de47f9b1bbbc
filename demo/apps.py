from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo and benchmark data (`seed_demo`, `seed_scale`): the top layer, above the workflows
    and the case file, which it fills through their services."""

    name = "demo"
    default_auto_field = "django.db.models.BigAutoField"
