"""Where documents are stored: local files by default, an S3-compatible bucket by configuration."""

from __future__ import annotations

import pytest
from django.core.files.storage import FileSystemStorage

from documents.models import Document
from tests.core.test_settings import PRODUCTION_ENV, run_django

S3 = {"DOCUMENTS_STORAGE_BACKEND": "storages.backends.s3.S3Storage"}


def test_documents_are_local_files_outside_any_url_by_default(settings, media_root) -> None:
    storage = Document._meta.get_field("file").storage
    assert isinstance(storage, FileSystemStorage)
    assert storage.location == str(media_root)
    assert settings.MEDIA_URL is None
    with pytest.raises(ValueError, match="not accessible via a URL"):
        storage.url("documents/x/y")


def test_the_upload_handler_streams_to_disk_only(settings) -> None:
    assert settings.FILE_UPLOAD_HANDLERS == ["documents.api.DocumentUploadHandler"]


def test_s3_needs_a_bucket() -> None:
    result = run_django("import django; django.setup()", {**PRODUCTION_ENV, **S3})
    assert result.returncode != 0
    assert "AWS_STORAGE_BUCKET_NAME" in result.stderr


def test_s3_is_configured_from_the_environment() -> None:
    import boto3  # noqa: F401  (installed with the dev extra: this test never skips)

    code = (
        "import django; django.setup()\n"
        "from django.core.files.storage import storages\n"
        "s = storages['documents']\n"
        "print(type(s).__name__, s.bucket_name, s.endpoint_url, s.location, s.file_overwrite)\n"
    )
    env = {
        **PRODUCTION_ENV,
        **S3,
        "AWS_STORAGE_BUCKET_NAME": "case-documents",
        "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9000",
        "AWS_LOCATION": "recovery",
    }
    result = run_django(code, env)
    assert result.returncode == 0, result.stderr
    assert "S3Storage case-documents http://127.0.0.1:9000 recovery False" in result.stdout
