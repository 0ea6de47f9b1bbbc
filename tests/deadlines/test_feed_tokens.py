"""The calendar feed's own token (issue 14): read-only, revocable, for `/deadlines.ics` only.

A calendar program cannot send headers, so the feed's key travels in the URL (`?token=`). It
used to be a personal API token, which opens the whole API; it is now a feed token: created,
listed and revoked by its owner from a session under `/api/v1/deadlines/feed-tokens/`, stored
hashed, good for nothing but the feed, showing what its owner may see at each fetch, and
redacted from every log line that names a URL.
"""

from __future__ import annotations

import hashlib
import io
import logging
from datetime import timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from django.conf import settings
from django.utils import timezone
from icalendar import Calendar
from rest_framework.test import APIClient

from accounts.services.tokens import api_token_create
from deadlines.models import DeadlineKind
from deadlines.services import deadline_sync
from tests.authz.world import send_mla
from tests.factories import make_case, share
from workflows.services.sharing import case_unshare

pytestmark = pytest.mark.django_db

FEED = "/api/v1/deadlines.ics"
TOKENS = "/api/v1/deadlines/feed-tokens/"


@pytest.fixture
def world(personas: Any) -> SimpleNamespace:
    """A GB case shared with FR, with an evidence request sent to FR (whose answer FR owes) and
    a team follow-up."""
    case = make_case(by=personas.prosecutor_gb)
    share(case, "FR")
    send_mla(case, personas.prosecutor_gb)
    deadline_sync(
        kind=DeadlineKind.FOLLOW_UP,
        source_id=personas.prosecutor_gb.pk,
        case=case,
        due_on=timezone.now().date() + timedelta(days=5),
        acting_state="GB",
        title="Call the informant",
        restricted=True,
        by=personas.prosecutor_gb,
    )
    return SimpleNamespace(case=case)


def new_feed_token(client: APIClient, name: str = "Phone") -> dict[str, Any]:
    response = client.post(TOKENS, {"name": name}, format="json")
    assert response.status_code == 201, response.content
    body: dict[str, Any] = response.json()
    return body


def summaries(response: Any) -> list[str]:
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("text/calendar")
    return [str(e["summary"]) for e in Calendar.from_ical(response.content).walk("VEVENT")]


def test_a_user_creates_lists_and_revokes_feed_tokens_from_a_session(
    personas, client_for, world
) -> None:
    from accounts.models import CalendarFeedToken

    client = client_for(personas.liaison_fr)
    created = new_feed_token(client)
    key = created["key"]
    assert created["key_prefix"] == key[:8]
    assert created["url"].endswith(f"{FEED}?token={key}")

    stored = CalendarFeedToken.objects.get(pk=created["id"])
    assert stored.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert key not in str(vars(stored))  # only the hash is kept

    listed = client.get(TOKENS).json()
    assert [t["id"] for t in listed["results"]] == [created["id"]]
    assert "key" not in listed["results"][0]
    assert "url" not in listed["results"][0]
    assert client.get(f"{TOKENS}{created['id']}/").json()["revoked_at"] is None

    assert summaries(APIClient().get(FEED, {"token": key})) != []
    assert client.delete(f"{TOKENS}{created['id']}/").status_code == 204
    assert client.get(f"{TOKENS}{created['id']}/").json()["revoked_at"] is not None
    refused = APIClient().get(FEED, {"token": key})
    assert refused.status_code == 401
    assert refused["Content-Type"] == "application/problem+json"


def test_a_token_may_not_mint_feed_tokens(personas) -> None:
    _, api_key = api_token_create(user=personas.liaison_fr, name="script", expires_at=None)
    client = APIClient(HTTP_AUTHORIZATION=f"Token {api_key}")
    assert client.post(TOKENS, {"name": "x"}, format="json").status_code == 403
    assert APIClient().post(TOKENS, {"name": "x"}, format="json").status_code == 401


def test_feed_tokens_are_their_owners_own(personas, client_for) -> None:
    token = new_feed_token(client_for(personas.prosecutor_gb))
    other = client_for(personas.prosecutor2_gb)
    assert other.get(TOKENS).json()["count"] == 0
    assert other.get(f"{TOKENS}{token['id']}/").status_code == 404
    assert other.delete(f"{TOKENS}{token['id']}/").status_code == 404
    assert APIClient().get(FEED, {"token": token["key"]}).status_code == 200


def test_the_feed_shows_what_its_owner_sees(personas, client_for, world) -> None:
    liaison_key = new_feed_token(client_for(personas.liaison_fr))["key"]
    team_key = new_feed_token(client_for(personas.prosecutor_gb))["key"]
    reference = world.case.reference

    liaison_feed = APIClient().get(FEED, {"token": liaison_key})
    assert summaries(liaison_feed) == [f"[{reference}] Answer to an MLA request due"]
    assert "informant" not in liaison_feed.content.decode()
    team_feed = summaries(APIClient().get(FEED, {"token": team_key}))
    assert len(team_feed) == 2
    assert f"[{reference}] Call the informant" in team_feed


def test_the_feed_follows_visibility_at_each_fetch(personas, client_for, world) -> None:
    key = new_feed_token(client_for(personas.liaison_fr))["key"]
    assert len(summaries(APIClient().get(FEED, {"token": key}))) == 1
    case_unshare(case=world.case, state_code="FR", by=personas.prosecutor_gb)
    assert summaries(APIClient().get(FEED, {"token": key})) == []


def test_the_feed_stops_when_its_owner_is_deactivated(personas, client_for, world) -> None:
    key = new_feed_token(client_for(personas.liaison_fr))["key"]
    assert APIClient().get(FEED, {"token": key}).status_code == 200
    personas.liaison_fr.is_active = False
    personas.liaison_fr.save(update_fields=["is_active"])
    assert APIClient().get(FEED, {"token": key}).status_code == 401


def test_a_personal_token_in_the_url_no_longer_opens_the_feed(personas, world) -> None:
    _, api_key = api_token_create(user=personas.liaison_fr, name="calendar", expires_at=None)
    refused = APIClient().get(FEED, {"token": api_key})
    assert refused.status_code == 401
    assert refused["Content-Type"] == "application/problem+json"
    assert APIClient().get(FEED, {"token": "wrong"}).status_code == 401
    assert APIClient().get(FEED).status_code == 401


def test_a_feed_token_opens_nothing_but_the_feed(personas, client_for, world) -> None:
    key = new_feed_token(client_for(personas.liaison_fr))["key"]
    for url in ("/api/v1/cases/", "/api/v1/deadlines/", "/api/v1/auth/me/", TOKENS):
        assert APIClient().get(url, {"token": key}).status_code == 401, url
        as_header = APIClient(HTTP_AUTHORIZATION=f"Token {key}")
        assert as_header.get(url).status_code == 401, url
    # Read-only: the feed answers GET (and HEAD) and nothing else.
    for method in ("post", "put", "patch", "delete"):
        response = getattr(APIClient(), method)(f"{FEED}?token={key}")
        assert response.status_code == 405, method
    assert APIClient().head(FEED, {"token": key}).status_code == 200


def test_the_schema_documents_the_feed_tokens() -> None:
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    assert {"get", "post"} <= set(schema["paths"][TOKENS])
    assert {"get", "delete"} <= set(schema["paths"][f"{TOKENS}{{id}}/"])
    (token,) = [p for p in schema["paths"][FEED]["get"]["parameters"] if p["name"] == "token"]
    assert "feed token" in token["description"]


# --- Redacted from the logs -----------------------------------------------------------------------


def test_django_logs_never_show_the_feed_token() -> None:
    """Every handler of the logging configuration redacts `token=` in what it writes, and the
    development server's request lines (`django.server`) go through one of them."""
    from asset_recovery.log_redaction import RedactSecretsLogFilter

    config = settings.LOGGING
    for name, handler in config["handlers"].items():
        filters = [config["filters"][f]["()"] for f in handler.get("filters", [])]
        assert "asset_recovery.log_redaction.RedactSecretsLogFilter" in filters, name
    assert config["loggers"]["django.server"]["handlers"]

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactSecretsLogFilter())
    logger = logging.getLogger("tests.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    # Its own level: whatever an earlier test of this worker set the root logger to (the level
    # is not this test's subject; the filter is).
    logger.setLevel(logging.INFO)
    try:
        logger.info(
            '"%s" %s %s', "GET /api/v1/deadlines.ics?token=s3cr3tKEY&x=1 HTTP/1.1", "200", "9"
        )
        logger.info("Unauthorized: /api/v1/deadlines.ics?foo=1&token=s3cr3tKEY")
    finally:
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)
    written = stream.getvalue()
    assert "s3cr3tKEY" not in written
    assert "token=[redacted]&x=1" in written
    assert "foo=1&token=[redacted]" in written


def test_gunicorn_access_log_never_shows_the_feed_token() -> None:
    from datetime import timedelta as delta

    from gunicorn.config import Config

    from asset_recovery.gunicorn_logging import RedactingLogger

    cfg = Config()
    cfg.set("accesslog", "-")
    access_logger = RedactingLogger(cfg)
    stream = io.StringIO()
    access_logger.access_log.handlers = [logging.StreamHandler(stream)]
    environ = {
        "REQUEST_METHOD": "GET",
        "RAW_URI": "/api/v1/deadlines.ics?token=s3cr3tKEY",
        "PATH_INFO": "/api/v1/deadlines.ics",
        "QUERY_STRING": "token=s3cr3tKEY",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_REFERER": "https://calendar.example/?token=s3cr3tKEY",
        "REMOTE_ADDR": "203.0.113.9",
    }
    response = SimpleNamespace(status="200 OK", sent=42, headers=[])
    request = SimpleNamespace(headers=[("REFERER", "https://calendar.example/?token=s3cr3tKEY")])
    access_logger.access(response, request, environ, delta(milliseconds=5))
    written = stream.getvalue()
    assert "/api/v1/deadlines.ics?token=[redacted]" in written
    assert "s3cr3tKEY" not in written


def test_the_container_runs_gunicorn_with_the_redacting_logger() -> None:
    from pathlib import Path

    root = Path(settings.BASE_DIR) / "docker"
    for name in ("Dockerfile", "compose.yaml"):
        text = (root / name).read_text()
        assert "asset_recovery.gunicorn_logging.RedactingLogger" in text, name
