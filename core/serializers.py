"""Serializer bases that the API of every app shares."""

from __future__ import annotations

from typing import Any, TypeVar

from django.db.models import Model
from rest_framework import serializers

_Model = TypeVar("_Model", bound=Model)


# An output serializer: every field its `Meta.fields` lists is read-only. `Meta.read_only_fields`
# is set to `Meta.fields` for each subclass, so a subclass whose Meta lists more fields cannot
# leave one of them writable by forgetting to say so, and whatever reads `read_only_fields` (DRF,
# `core.openapi`) finds it as if written by hand. (A comment, not a docstring: drf-spectacular
# would show a docstring as the description of every component that inherits it.)
class ReadOnlyModelSerializer(serializers.ModelSerializer[_Model]):
    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        meta: Any = getattr(cls, "Meta", None)
        if meta is not None and hasattr(meta, "fields"):
            meta.read_only_fields = meta.fields
