"""The world holds documents: their files go to a throwaway MEDIA_ROOT."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _documents_in_tmp(settings, tmp_path) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
