"""gunicorn's logger with secrets in URLs redacted from the access log (`--logger-class`).

The access log's request line (`%(r)s`), query string (`%(q)s`), referer (`%(f)s`) and request
headers (`%({name}i)s`) are written with every secret query parameter (asset_recovery/
log_redaction.py: the calendar feed's `token`, keys, passwords) replaced by `[redacted]`; a header
whose name says it holds a secret (Authorization, Cookie, X-CSRFToken, X-Api-Key...) is written
as `[redacted]` whole.
"""

from __future__ import annotations

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
