"""Secrets in URLs never reach a log line (issue 14).

The calendar feed's key travels in its URL (`/api/v1/deadlines.ics?token=<key>`), because
calendar programs send no headers. Whatever writes a URL to a log (Django's development server,
gunicorn's access log, a message naming a request) writes it with the value of every
`SECRET_QUERY_PARAMETERS` parameter replaced by `[redacted]`. The filter is on every handler of
settings.LOGGING; gunicorn's access log uses `asset_recovery.gunicorn_logging.RedactingLogger`.

Beyond URLs, a record's own fields are redacted too: an `extra={...}` field, or a key of a
mapping given as the message's arguments, whose name says it holds a secret (`SENSITIVE_FIELD`:
password, token, secret, key, authorization, cookie, second-factor codes) is written as
`[redacted]`, and every other string field has its URLs' secrets redacted.

Kept free of Django imports, like request_context, so that the logging configuration can load it.
"""

from __future__ import annotations

import logging
import re

# Longest first, so that the alternation never stops at a shorter name's prefix.
SECRET_QUERY_PARAMETERS = tuple(
    sorted(
        (
            "token",
            "access_token",
            "refresh_token",
            "id_token",
            "key",
            "api_key",
            "apikey",
            "password",
            "passwd",
            "pwd",
            "secret",
            "client_secret",
            "otp",
            "signature",
            "x-amz-signature",
            "x-amz-credential",
            "x-amz-security-token",
        ),
        key=len,
        reverse=True,
    )
)
REDACTED = "[redacted]"

# A field (an `extra` attribute of a record, a key of a mapping argument, a header) whose name
# says it holds a secret: its value is never written.
SENSITIVE_FIELD = re.compile(
    r"pass(word|wd|phrase)?|pwd|secret|token|api[-_]?key|(^|[-_])key$|authorization|cookie|"
    r"csrf|session|otp|recovery[-_]?code|credential|signature",
    re.IGNORECASE,
)
# The attributes every LogRecord has: never taken for a caller's `extra` field.
_RECORD_ATTRIBUTES = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}

# `token=...` as a query parameter: after `?` or `&` (or their percent-encoded forms), up to the
# next separator, quote or space.
_SECRET_PARAMETER = re.compile(
    r"(?P<head>(?:[?&;]|%3[Ff]|%26)(?:"
    + "|".join(map(re.escape, SECRET_QUERY_PARAMETERS))
    + r")(?:=|%3[Dd]))"
    r"(?P<value>[^&;\s\"'#]*)",
    re.IGNORECASE,
)
_QUERY_STRING_START = re.compile(
    r"^(?P<head>(?:" + "|".join(map(re.escape, SECRET_QUERY_PARAMETERS)) + r")=)"
    r"(?P<value>[^&;\s\"'#]*)",
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


def is_sensitive(name: str) -> bool:
    """Whether a field, argument or header of this name holds a secret."""
    return bool(SENSITIVE_FIELD.search(name))


def redact_value(name: str, value: object, depth: int = 0) -> object:
    """`value` as it may be logged under `name`: redacted whole when the name is sensitive;
    a mapping or list redacted field by field; a string with its URLs' secrets redacted."""
    if is_sensitive(name):
        return REDACTED if value not in (None, "") else value
    if depth > 5:
        return value
    if isinstance(value, str):
        return redact_secrets(value)
    if isinstance(value, dict):
        return {k: redact_value(str(k), v, depth + 1) for k, v in value.items()}
    # Exactly list or tuple: a named tuple is not built from an iterable.
    if type(value) is list:
        return [redact_value("", v, depth + 1) for v in value]
    if type(value) is tuple:
        return tuple(redact_value("", v, depth + 1) for v in value)
    return value


class RedactSecretsLogFilter(logging.Filter):
    """On a handler: the record's message with secrets in URLs redacted, and its sensitive
    fields (`extra`, mapping arguments) replaced by `[redacted]`, before it is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, dict) and record.args:
            record.args = {k: redact_value(str(k), v) for k, v in record.args.items()}
        try:
            message = record.getMessage()
        except Exception:  # a message that does not match its arguments: the handler reports it
            return True
        redacted = redact_secrets(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        for name in list(vars(record)):
            if name in _RECORD_ATTRIBUTES or name.startswith("_"):
                continue
            value = vars(record)[name]
            cleaned = redact_value(name, value)
            if cleaned is not value:
                setattr(record, name, cleaned)
        return True
