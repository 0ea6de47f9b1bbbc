"""`Idempotency-Key` for creating POSTs: a retried create answers the first result.

A client that did not hear the answer to a create (a timeout, a dropped connection) sends the
same request again with the same key; it gets the stored answer (header `Idempotent-Replayed:
true`) instead of a second case, asset or transition. The key is scoped per user and kept 24
hours. The record is written in the same transaction as what the request created, so either both
exist or neither does; a request that failed stores nothing, and may be retried.

Two concurrent requests with one key: the second waits on the unique index until the first
commits, then answers the first's result (or runs, if the first rolled back). The same key with a
different request (method, path or body) is refused with 422.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar

from django.db import IntegrityError, transaction
from django.utils import timezone
from rest_framework import exceptions
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response

from core.models import IdempotencyRecord

KEY_HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"
KEY_LIFETIME = timedelta(hours=24)
KEY_MAX_LENGTH = 200
_VALID_KEY = re.compile(r"^[\x21-\x7e]{1,200}$")  # visible ASCII, as header values should be
# Headers of the first answer that a replay repeats.
KEPT_HEADERS = ("ETag", "Location", "Content-Location")

Handler = TypeVar("Handler", bound=Callable[..., Response])


class KeyReused(exceptions.APIException):
    status_code = 422
    default_detail = (
        "This Idempotency-Key was used for a different request; use a new key for a new request."
    )
    default_code = "idempotency_key_reused"


def idempotent(handler: Handler) -> Handler:
    """Decorate a DRF view's creating handler (`create` or `post`)."""

    @functools.wraps(handler)
    def wrapper(view: Any, request: Request, *args: Any, **kwargs: Any) -> Response:
        key = request.headers.get(KEY_HEADER)
        if key is None or not request.user.is_authenticated:
            return handler(view, request, *args, **kwargs)
        if not _VALID_KEY.match(key):
            raise exceptions.ValidationError(
                {
                    KEY_HEADER: [
                        exceptions.ErrorDetail(
                            f"At most {KEY_MAX_LENGTH} visible ASCII characters.", "invalid"
                        )
                    ]
                }
            )
        fingerprint = request_fingerprint(request)
        for _attempt in range(3):
            with transaction.atomic():
                stored = _stored(request, key)
                if stored is not None:
                    return _replay(stored, request, fingerprint)
                record = _claim(request, key, fingerprint)
                if record is None:
                    continue  # a concurrent request with this key committed: replay it
                response = handler(view, request, *args, **kwargs)
                if not 200 <= response.status_code < 300:
                    transaction.set_rollback(True)  # nothing stored for a failure
                    return response
                record.status_code = response.status_code
                record.response_body = JSONRenderer().render(response.data).decode()
                record.response_headers = {
                    name: response[name] for name in KEPT_HEADERS if response.has_header(name)
                }
                record.save(update_fields=["status_code", "response_body", "response_headers"])
                return response
        raise exceptions.APIException("The Idempotency-Key could not be claimed; retry.")

    return wrapper  # type: ignore[return-value]


def request_fingerprint(request: Request) -> str:
    """What makes two requests the same: method, path and the parsed body (files by content)."""
    data = request.data
    if hasattr(data, "lists"):  # multipart: a QueryDict and the uploaded files
        body: Any = dict(data.lists())
        for name, files in request.FILES.lists():
            body[name] = [_file_fingerprint(upload) for upload in files]
    else:
        body = data
    canonical = json.dumps(
        [request.method, request.path, body], sort_keys=True, default=str, ensure_ascii=True
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def _file_fingerprint(upload: Any) -> str:
    digest = getattr(upload, "sha256", None)
    if digest:
        return f"{upload.size}:{digest}"
    hasher = hashlib.sha256()
    for chunk in upload.chunks():
        hasher.update(chunk)
    upload.seek(0)
    return f"{upload.size}:{hasher.hexdigest()}"


def _stored(request: Request, key: str) -> Any:
    return (
        IdempotencyRecord.objects.select_for_update()
        .filter(user=_user(request), key=key, created_at__gte=timezone.now() - KEY_LIFETIME)
        .first()
    )


def _claim(request: Request, key: str, fingerprint: str) -> Any:
    """Insert this request's record; None when a concurrent one with the same key won."""
    # An expired key may be used again; expired records of this user go with it.
    IdempotencyRecord.objects.filter(
        user=_user(request), created_at__lt=timezone.now() - KEY_LIFETIME
    ).delete()
    try:
        with transaction.atomic():
            return IdempotencyRecord.objects.create(
                user=_user(request),
                key=key,
                method=request.method or "",
                path=request.path[:500],
                request_hash=fingerprint,
                status_code=0,
            )
    except IntegrityError:
        return None


def _user(request: Request) -> Any:
    return request.user  # authenticated: checked before any record is touched


def _replay(stored: Any, request: Request, fingerprint: str) -> Response:
    if stored.request_hash != fingerprint:
        raise KeyReused()
    headers = {**stored.response_headers, REPLAYED_HEADER: "true"}
    body = json.loads(stored.response_body) if stored.response_body else None
    return Response(body, status=stored.status_code, headers=headers)
