"""Secrets in URLs never reach a log line (issue 14).

The calendar feed's key travels in its URL (`/api/v1/deadlines.ics?token=<key>`), because
calendar programs send no headers. Whatever writes a URL to a log (Django's development server,
gunicorn's access log, a message naming a request) writes it with the value of every
`SECRET_QUERY_PARAMETERS` parameter replaced by `[redacted]`. The filter is on every handler of
settings.LOGGING; gunicorn's access log uses `asset_recovery.gunicorn_logging.RedactingLogger`.

Kept free of Django imports, like request_context, so that the logging configuration can load it.
"""

from __future__ import annotations

import logging
import re

SECRET_QUERY_PARAMETERS = ("token",)
REDACTED = "[redacted]"

# `token=...` as a query parameter: after `?` or `&` (or their percent-encoded forms), up to the
# next separator, quote or space.
_SECRET_PARAMETER = re.compile(
    r"(?P<head>(?:[?&;]|%3[Ff]|%26)(?:" + "|".join(SECRET_QUERY_PARAMETERS) + r")(?:=|%3[Dd]))"
    r"(?P<value>[^&;\s\"'#]*)",
    re.IGNORECASE,
)
_QUERY_STRING_START = re.compile(
    r"^(?P<head>(?:" + "|".join(SECRET_QUERY_PARAMETERS) + r")=)(?P<value>[^&;\s\"'#]*)",
    re.IGNORECASE,
)


def redact_secrets(text: str) -> str:
    """`text` with the value of every secret query parameter of any URL in it redacted."""
    if "=" not in text and "%3" not in text:
        return text
    return _SECRET_PARAMETER.sub(lambda m: m.group("head") + REDACTED, text)


def redact_query_string(query: str) -> str:
    """A bare query string (`token=...&x=1`, no `?`) with its secret parameters redacted."""
    query = _QUERY_STRING_START.sub(lambda m: m.group("head") + REDACTED, query)
    return redact_secrets(query)


class RedactSecretsLogFilter(logging.Filter):
    """On a handler: the record's message with secrets in URLs redacted, before it is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_secrets(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True
