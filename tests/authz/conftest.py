"""The world holds documents: their files go to a throwaway MEDIA_ROOT, one per module, so
that a world built once for a module (`module_world`) finds its files in each of its tests."""

from __future__ import annotations

import pytest
from django.test import override_settings


@pytest.fixture(scope="module", autouse=True)
def _documents_in_tmp(tmp_path_factory):  # type: ignore[no-untyped-def]
    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield
