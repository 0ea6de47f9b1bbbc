"""Nested items of a request are validated whole, even in a PATCH.

DRF skips a missing required field anywhere under a partial serializer (it asks the root), nested
list items included: `PATCH {"identifiers": [{"value": "X"}]}` stored an identifier without a
type, and the answer, serializing it, failed with a 500. A PATCH may leave out a field of the
object, never a field of an item it sends: a nested item serializer takes `WholeItemMixin`.
"""

from __future__ import annotations

from typing import Any

from rest_framework.fields import empty


class WholeItemMixin:
    """For a serializer used as a nested item: validate it as if the request were not partial."""

    def run_validation(self, data: Any = empty) -> Any:
        root: Any = getattr(self, "root", None)
        partial = getattr(root, "partial", False)
        if root is not None:
            root.partial = False
        try:
            return super().run_validation(data)  # type: ignore[misc]
        finally:
            if root is not None:
                root.partial = partial
