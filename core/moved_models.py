"""Moving a model to another app without moving its data (migrations only).

A moved model keeps its table (`db_table` pinned to the old name), so the move is a change of
Django's migration state alone: the new app creates the model in its state, the old app deletes
it from its own, and neither touches the database (`SeparateDatabaseAndState`). What does live
in the database is the model's content type (and the permissions and admin log entries that
point at it): `rename_content_types` gives it the new app label instead of leaving a stale type
behind and creating a second one.
"""

from __future__ import annotations

from typing import Any

from django.db import migrations


def state_only(*operations: Any) -> migrations.SeparateDatabaseAndState:
    """The operations as a change of the migration state only (the tables stay as they are)."""
    return migrations.SeparateDatabaseAndState(state_operations=list(operations))


def rename_content_types(old_app: str, new_app: str, *models: str) -> migrations.RunPython:
    """Give the moved models' content types their new app label (reversible)."""

    def move(from_app: str, to_app: str) -> Any:
        def run(apps: Any, schema_editor: Any) -> None:
            content_types = apps.get_model("contenttypes", "ContentType")
            db = schema_editor.connection.alias
            for model in models:
                if content_types.objects.using(db).filter(app_label=to_app, model=model).exists():
                    continue  # already there (a database created after the move)
                content_types.objects.using(db).filter(app_label=from_app, model=model).update(
                    app_label=to_app
                )

        return run

    return migrations.RunPython(move(old_app, new_app), move(new_app, old_app), elidable=False)
