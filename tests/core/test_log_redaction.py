"""No log line carries a secret: URL parameters, `extra` fields, headers, in plain or JSON format.

The calendar feed's `token` has its own tests (tests/deadlines/test_feed_tokens.py); these cover
the other secret parameters, a record's fields, gunicorn's header atoms and LOG_FORMAT=json.
"""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from asset_recovery.log_redaction import (
    REDACTED,
    RedactSecretsLogFilter,
    redact_query_string,
    redact_secrets,
)

ROOT = Path(__file__).resolve().parents[2]
SECRET = "s3cr3tVALUE"


@pytest.mark.parametrize(
    "name",
    [
        "token",
        "access_token",
        "key",
        "api_key",
        "apikey",
        "password",
        "secret",
        "client_secret",
        "X-Amz-Signature",
        "PASSWORD",
    ],
)
def test_secret_query_parameters_are_redacted(name: str) -> None:
    line = f'"GET /api/v1/x/?page=2&{name}={SECRET}&ordering=-id HTTP/1.1" 200'
    redacted = redact_secrets(line)
    assert SECRET not in redacted
    assert f"&{name}={REDACTED}&ordering=-id" in redacted
    assert "page=2" in redacted
    assert redact_query_string(f"{name}={SECRET}&a=1") == f"{name}={REDACTED}&a=1"


@pytest.mark.parametrize("name", ["monkey", "keys", "tokenizer", "q", "state"])
def test_ordinary_parameters_are_kept(name: str) -> None:
    line = f"/api/v1/x/?{name}=visible"
    assert redact_secrets(line) == line


def test_percent_encoded_next_url_is_redacted() -> None:
    line = f"/admin/login/?next=/api/v1/deadlines.ics%3Fkey%3D{SECRET}"
    assert SECRET not in redact_secrets(line)


class _EveryField(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{super().format(record)} {vars(record)!r}"


def _logged(*args: object, **kwargs: object) -> str:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactSecretsLogFilter())
    handler.setFormatter(_EveryField("%(message)s"))
    logger = logging.getLogger("tests.redaction")
    # Another test in the same worker may have disabled this logger (a `dictConfig` with
    # `disable_existing_loggers`) or all logging (`logging.disable`): it must write regardless.
    was_disabled, level = logger.disabled, logger.level
    disabled_below = logging.root.manager.disable
    logging.disable(logging.NOTSET)
    logger.disabled = False
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning(*args, **kwargs)  # type: ignore[arg-type]
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
        logger.disabled, logger.level = was_disabled, level
        logging.disable(disabled_below)
    return stream.getvalue()


def test_sensitive_extra_fields_are_redacted() -> None:
    written = _logged(
        "sign-in failed",
        extra={
            "password": SECRET,
            "api_token": SECRET,
            "authorization": f"Token {SECRET}",
            "otp_code": "123456",
            "user_id": 42,
            "body": {"username": "ana", "password": SECRET, "nested": [{"secret": SECRET}]},
            "url": f"/api/v1/deadlines.ics?token={SECRET}",
        },
    )
    assert SECRET not in written
    assert "123456" not in written
    assert "'user_id': 42" in written
    assert "'username': 'ana'" in written
    assert f"token={REDACTED}" in written


def test_mapping_arguments_are_redacted() -> None:
    written = _logged(
        "user %(username)s with %(password)s", {"username": "ana", "password": SECRET}
    )
    assert written.startswith(f"user ana with {REDACTED}")
    assert SECRET not in written


def test_positional_arguments_with_urls_are_redacted() -> None:
    written = _logged("fetched %s", f"https://feed.example/cal?apikey={SECRET}")
    assert SECRET not in written


def test_gunicorn_access_log_hides_secret_headers_and_parameters() -> None:
    from gunicorn.config import Config

    from asset_recovery.gunicorn_logging import RedactingLogger

    cfg = Config()
    cfg.set("accesslog", "-")
    cfg.set(
        "access_log_format",
        '%(r)s %(s)s "%({authorization}i)s" "%({cookie}i)s" "%({x-api-key}i)s" '
        '"%({user-agent}i)s" "%({set-cookie}o)s"',
    )
    access_logger = RedactingLogger(cfg)
    stream = io.StringIO()
    access_logger.access_log.handlers = [logging.StreamHandler(stream)]
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"/api/v1/cases/?password={SECRET}&page=1",
        "PATH_INFO": "/api/v1/cases/",
        "QUERY_STRING": f"password={SECRET}&page=1",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "203.0.113.9",
    }
    request = SimpleNamespace(
        headers=[
            ("AUTHORIZATION", f"Token {SECRET}"),
            ("COOKIE", f"sessionid={SECRET}"),
            ("X-API-KEY", SECRET),
            ("USER-AGENT", "curl/8"),
        ]
    )
    response = SimpleNamespace(
        status="200 OK", sent=2, headers=[("Set-Cookie", f"sessionid={SECRET}")]
    )
    access_logger.access(response, request, environ, timedelta(milliseconds=3))
    written = stream.getvalue()
    assert SECRET not in written
    assert f"/api/v1/cases/?password={REDACTED}&page=1" in written
    assert written.count(REDACTED) == 5, written
    assert '"curl/8"' in written


def _run(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in {"DJANGO_SETTINGS_MODULE", "DEBUG"}}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**base, "DJANGO_SETTINGS_MODULE": "asset_recovery.settings", "DEBUG": "1", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_json_log_line_has_the_fields_and_no_secret() -> None:
    code = (
        "import django, logging; django.setup(); "
        "logging.getLogger('cases.api').warning("
        f"'Not Found: %s', '/api/v1/deadlines.ics?token={SECRET}', "
        f"extra={{'status_code': 404, 'password': '{SECRET}', 'request': object()}})"
    )
    result = _run(code, LOG_FORMAT="json")
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("{")]
    assert len(lines) == 1, result.stderr
    record = json.loads(lines[0])
    assert record["level"] == "WARNING"
    assert record["logger"] == "cases.api"
    assert record["request_id"] == "-"
    assert record["status_code"] == 404
    assert record["message"] == f"Not Found: /api/v1/deadlines.ics?token={REDACTED}"
    assert record["password"] == REDACTED
    assert "request" not in record
    assert SECRET not in lines[0]


def test_unknown_log_format_is_refused() -> None:
    result = _run("import django; django.setup()", LOG_FORMAT="xml")
    assert result.returncode != 0
    assert "LOG_FORMAT" in result.stderr


def test_gunicorn_json_access_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from gunicorn.config import Config

    from asset_recovery.gunicorn_logging import RedactingLogger

    monkeypatch.setenv("LOG_FORMAT", "json")
    cfg = Config()
    cfg.set("accesslog", "-")
    access_logger = RedactingLogger(cfg)
    stream = io.StringIO()
    access_logger.access_log.handlers = [logging.StreamHandler(stream)]
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": f'/api/v1/deadlines.ics?token={SECRET}&x="1"',
        "PATH_INFO": "/api/v1/deadlines.ics",
        "QUERY_STRING": f'token={SECRET}&x="1"',
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_REFERER": f"https://calendar.example/?key={SECRET}",
        "REMOTE_ADDR": "203.0.113.9",
    }
    response = SimpleNamespace(
        status="403 Forbidden", sent=42, headers=[("X-Request-ID", "req-123")]
    )
    request = SimpleNamespace(headers=[("AUTHORIZATION", f"Token {SECRET}")])
    access_logger.access(response, request, environ, timedelta(milliseconds=5, microseconds=250))
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1
    assert SECRET not in lines[0]
    record = json.loads(lines[0])
    assert record["request_id"] == "req-123"
    assert record["status"] == 403
    assert record["method"] == "GET"
    assert record["path"] == "/api/v1/deadlines.ics"
    assert record["query"] == f'token={REDACTED}&x="1"'
    assert record["duration_ms"] == 5.25
    assert record["bytes"] == 42
    assert record["referer"] == f"https://calendar.example/?key={REDACTED}"


def test_named_tuples_and_broken_messages_pass_through() -> None:
    from collections import namedtuple

    Point = namedtuple("Point", "x y")
    written = _logged("point", extra={"where": Point(1, 2)})
    assert "Point(x=1, y=2)" in written
    record = logging.makeLogRecord({"msg": "two %s %s", "args": ("one",)})
    assert RedactSecretsLogFilter().filter(record) is True
