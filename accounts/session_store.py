"""Django's database sessions, each request's read made one plain SQL statement.

Every signed-in request reads its session first; through the ORM that read cost more in Python
(building, compiling and running a queryset, then a model instance) than in PostgreSQL. The row
read is the same (`Session.objects.get(session_key=..., expire_date__gt=now)`), so are writes,
expiry and every other method: only `load` is Django's own, minus the ORM.
"""

from __future__ import annotations

from typing import Any

from django.contrib.sessions.backends import db
from django.db import connections, router
from django.utils import timezone


class SessionStore(db.SessionStore):
    def load(self) -> dict[str, Any]:
        data = self._session_data_from_db()
        if data is None:
            self._session_key = None  # as Django's: an unknown or expired key is dropped
            return {}
        return self.decode(data)

    def _session_data_from_db(self) -> str | None:
        if self.session_key is None:
            return None
        model = self.model
        alias = router.db_for_read(model)
        connection = connections[alias]
        quote = connection.ops.quote_name
        column = {field.name: quote(field.column) for field in model._meta.concrete_fields}
        data, key, expiry = column["session_data"], column["session_key"], column["expire_date"]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {data} FROM {quote(model._meta.db_table)} "  # noqa: S608 (names from the model)
                f"WHERE {key} = %s AND {expiry} > %s",
                [self.session_key, timezone.now()],
            )
            row = cursor.fetchone()
        return None if row is None else str(row[0])
