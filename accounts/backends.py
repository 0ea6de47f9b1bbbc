"""Django's model backend, the signed-in user of each request read with one plain SQL statement.

`AuthenticationMiddleware` loads the session's user on every request through the backend's
`get_user`; through the ORM that read cost more in Python than in PostgreSQL. The row read, the
values (each field's and the database's converters, as the ORM applies them) and the checks
that follow (`user_can_authenticate`, then Django's session hash) are the same.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import backends, get_user_model
from django.core.exceptions import ValidationError
from django.db import connections, router


class ModelBackend(backends.ModelBackend):
    def get_user(self, user_id: Any) -> Any:
        user = user_by_pk(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None


def user_by_pk(user_id: Any) -> Any:
    """`User._default_manager.get(pk=user_id)` without the ORM's query building; None if none."""
    model = get_user_model()
    pk = model._meta.pk
    assert pk is not None
    try:
        value = pk.to_python(user_id)
    except ValidationError:
        return None
    alias = router.db_for_read(model)
    connection = connections[alias]
    quote = connection.ops.quote_name
    table = model._meta.db_table
    fields = model._meta.concrete_fields
    columns = ", ".join(quote(field.column) for field in fields)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {columns} FROM {quote(table)} WHERE {quote(pk.column)} = %s",  # noqa: S608 (names from the model)
            [pk.get_db_prep_value(value, connection)],
        )
        row = cursor.fetchone()
    if row is None:
        return None
    values = []
    for field, raw in zip(fields, row, strict=True):
        column = field.get_col(table)
        converted = raw
        for convert in (
            *connection.ops.get_db_converters(column),
            *field.get_db_converters(connection),  # type: ignore[attr-defined]  # not in the stubs
        ):
            converted = convert(converted, column, connection)
        values.append(converted)
    return model.from_db(alias, [field.attname for field in fields], values)
