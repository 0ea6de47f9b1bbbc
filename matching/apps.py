from django.apps import AppConfig


class MatchingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "matching"
    verbose_name = "Cross-case matching"

    def ready(self) -> None:
        # `value__trigram_similar` (pg_trgm's `%`), without the whole django.contrib.postgres app.
        from django.contrib.postgres.lookups import TrigramSimilar
        from django.db.models import CharField

        from matching import signals

        CharField.register_lookup(TrigramSimilar)
        signals.connect()
