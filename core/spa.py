"""The single-page application (frontend/, built by Vite into frontend/dist): its page and assets.

Every route that is not the API, the admin or static files answers the same index.html, so that
a reload or a pasted address opens the same screen (the router in the browser picks the screen).
The page is never cached (`no-store`: a new build is picked up at once); the assets it loads carry
a content hash in their names and are cached for a year, immutable. The page runs under a
Content-Security-Policy without inline scripts. Its API base address (`SPA_API_BASE`, empty: this
origin) is written into a <meta> of the page, so that one build serves any deployment.
"""

from __future__ import annotations

import html
import mimetypes
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.utils._os import safe_join
from django.views.decorators.http import require_safe

NOT_BUILT = (
    "The web application is not built. `make run` builds it (Node.js 20+ is needed), "
    "or: cd frontend && npm ci && npm run build\n"
)
IMMUTABLE = "public, max-age=31536000, immutable"
ASSETS_URL = "spa-assets/"  # Vite's build.assetsDir: not /assets/, which is a screen (/assets/:id)
API_BASE_META = re.compile(r'<meta name="api-base" content="[^"]*"\s*/?>')


def dist_dir() -> Path:
    return Path(settings.SPA_DIST_DIR)


def content_security_policy() -> str:
    connect = ["'self'"]
    base = urlsplit(settings.SPA_API_BASE or "")
    if base.scheme and base.netloc:
        connect.append(f"{base.scheme}://{base.netloc}")
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            # Mantine writes its CSS variables and some positions as inline styles; no script.
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src " + " ".join(connect),
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


_cache: dict[str, Any] = {}


def _index_html() -> str | None:
    path = dist_dir() / "index.html"
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return None
    if _cache.get("stamp") != stamp:
        page = path.read_text(encoding="utf-8")
        meta = f'<meta name="api-base" content="{html.escape(settings.SPA_API_BASE or "")}" />'
        _cache.update(stamp=stamp, page=API_BASE_META.sub(meta, page, count=1))
    return str(_cache["page"])


@require_safe
def index(request: HttpRequest, route: str = "") -> HttpResponse:
    page = _index_html()
    if page is None:
        response = HttpResponse(NOT_BUILT, status=503, content_type="text/plain; charset=utf-8")
    else:
        response = HttpResponse(page, content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "no-store"
    response["Content-Security-Policy"] = content_security_policy()
    return response


@require_safe
def asset(request: HttpRequest, path: str) -> FileResponse:
    try:
        file_path = Path(safe_join(str(dist_dir() / ASSETS_URL.rstrip("/")), path))
    except Exception as error:  # a path outside the assets directory
        raise Http404(path) from error
    if not file_path.is_file():
        raise Http404(path)
    content_type, _ = mimetypes.guess_type(file_path.name)
    response = FileResponse(
        file_path.open("rb"), content_type=content_type or "application/octet-stream"
    )
    response["Cache-Control"] = IMMUTABLE
    response["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'none'"
    return response
