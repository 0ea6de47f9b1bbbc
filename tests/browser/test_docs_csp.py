"""The docs pages render under their Content-Security-Policy, with no violation reported.

One block is on purpose: Redoc's sidebar always shows the "API docs by Redocly" logo from its
CDN. A confidential system's docs page tells no outside host who reads it, so the policy refuses
the image (Redoc then hides it); nothing else may be refused.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import running_api

REDOCLY_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"


@pytest.mark.parametrize(
    ("path", "rendered"),
    [("/api/docs/", ".swagger-ui .info .title"), ("/api/redoc/", "redoc h1, [role=main] h1")],
)
def test_docs_render_under_the_policy(browser, django_db_setup, tmp_path, path, rendered) -> None:
    with running_api({}, tmp_path / "media") as api, browser() as chromium:
        page = chromium.new_page()
        violations: list[str] = []
        page.on(
            "console",
            lambda message: (
                violations.append(message.text)
                if "Content Security Policy" in message.text
                or "Content-Security-Policy" in message.text
                else None
            ),
        )
        page.add_init_script(
            "document.addEventListener('securitypolicyviolation', e => "
            "console.log('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));"
        )
        response = page.goto(f"{api}{path}")
        assert response is not None
        assert "script-src 'self'" in response.headers["content-security-policy"]
        title = page.wait_for_selector(rendered, timeout=30_000)
        assert title is not None
        assert "Asset Recovery API" in title.inner_text()
        page.wait_for_timeout(500)
    assert [v for v in violations if REDOCLY_LOGO not in v] == []
