"""gunicorn's logger with secrets in URLs redacted from the access log (`--logger-class`).

The access log's request line (`%(r)s`), query string (`%(q)s`), referer (`%(f)s`) and request
headers (`%({name}i)s`) are written with every secret query parameter (asset_recovery/
log_redaction.py: the calendar feed's `token`, keys, passwords) replaced by `[redacted]`; a header
whose name says it holds a secret (Authorization, Cookie, X-CSRFToken, X-Api-Key...) is written
as `[redacted]` whole.

With LOG_FORMAT=json (as for Django's own logs, settings.LOGGING) each request is one JSON object
on one line instead: time, method, path, query, status, bytes, duration, the request id the
application answered with (X-Request-ID), remote address, referer and user agent, all redacted.
"""

from __future__ import annotations

import json
import os
import time
import traceback
from typing import Any

from gunicorn.glogging import Logger

from asset_recovery.log_redaction import REDACTED, is_sensitive, redact_query_string


class RedactingLogger(Logger):
    def atoms(self, resp: Any, req: Any, environ: Any, request_time: Any) -> dict[str, Any]:
        atoms: dict[str, Any] = super().atoms(resp, req, environ, request_time)
        for key, value in atoms.items():
            if not isinstance(value, str):
                continue
            if key.endswith(("}i", "}e", "}o")) and is_sensitive(key[1:-2]) and value != "-":
                atoms[key] = REDACTED
            elif key in ("r", "q", "f", "U") or key.endswith(("}i", "}e")):
                atoms[key] = redact_query_string(value)
        return atoms

    def access(self, resp: Any, req: Any, environ: Any, request_time: Any) -> None:
        if os.environ.get("LOG_FORMAT", "plain") != "json":
            super().access(resp, req, environ, request_time)
            return
        if not self.access_log_enabled:
            return
        atoms = self.atoms(resp, req, environ, request_time)
        status = str(atoms.get("s", "-"))
        line = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "level": "INFO",
            "logger": "gunicorn.access",
            "request_id": atoms.get("{x-request-id}o", "-"),
            "method": atoms.get("m"),
            "path": atoms.get("U"),
            "query": atoms.get("q") or "",
            "status": int(status) if status.isdigit() else status,
            "bytes": atoms.get("B"),
            "duration_ms": round(int(atoms.get("D", 0)) / 1000, 3),
            "remote": atoms.get("h"),
            "referer": atoms.get("f"),
            "user_agent": atoms.get("a"),
        }
        try:
            self.access_log.info("%s", json.dumps(line, default=str))
        except Exception:
            self.error(traceback.format_exc())
