"""Document tests keep their files in a throwaway MEDIA_ROOT, with a small size limit."""

from __future__ import annotations

from pathlib import Path

import pytest
from rest_framework.test import APIClient

from cases.models import Case
from tests.documents.samples import PDF

MAX_BYTES = 64 * 1024


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.DOCUMENT_MAX_BYTES = MAX_BYTES
    return settings.MEDIA_ROOT


@pytest.fixture
def upload():
    """POST /api/v1/documents/ as multipart, with sensible defaults."""

    def post(
        client: APIClient,
        case: Case | str,
        *,
        content: bytes = PDF,
        name: str = "statement.pdf",
        **fields: object,
    ):
        from django.core.files.uploadedfile import SimpleUploadedFile

        data: dict[str, object] = {
            "case": str(getattr(case, "pk", case)),
            "title": "Bank statement",
            "kind": "bank_record",
            "file": SimpleUploadedFile(name, content, content_type="application/pdf"),
        }
        for key, value in fields.items():
            if isinstance(value, bool):
                data[key] = "true" if value else "false"
            else:
                data[key] = str(getattr(value, "pk", value))
        return client.post("/api/v1/documents/", data, format="multipart")

    return post
