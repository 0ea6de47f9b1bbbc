"""Session login for the SPA, personal tokens for scripts (API.md, 'Authentication')."""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from accounts.models import ApiToken
from tests.factories import TEST_PASSWORD, make_user

pytestmark = pytest.mark.django_db

ME_FIELDS = {"id", "username", "name", "email", "role", "state"}


def login(client: APIClient, username: str, password: str = TEST_PASSWORD):
    return client.post(
        "/api/v1/auth/login/", {"username": username, "password": password}, format="json"
    )


def csrf_client() -> tuple[APIClient, str]:
    client = APIClient(enforce_csrf_checks=True)
    response = client.get("/api/v1/auth/csrf/")
    assert response.status_code == 200
    token = response.cookies["csrftoken"].value
    assert response.json()["csrf_token"]
    return client, token


def test_login_me_logout_flow_with_csrf(personas) -> None:
    client, csrf = csrf_client()
    response = login(client, "prosecutor_gb")
    assert response.status_code == 200
    assert set(response.json()) == ME_FIELDS
    assert response.json()["state"] == {"code": "GB", "name": "United Kingdom"}
    assert response.cookies["sessionid"]["httponly"]

    me = client.get("/api/v1/auth/me/")
    assert me.status_code == 200
    assert me.json()["username"] == "prosecutor_gb"
    assert me.json()["role"] == "prosecutor"

    # Login rotated the CSRF token; the SPA reads the new cookie.
    csrf = client.cookies["csrftoken"].value
    refused = client.post("/api/v1/auth/logout/")
    assert refused.status_code == 403
    assert refused["Content-Type"] == "application/problem+json"
    assert client.get("/api/v1/auth/me/").status_code == 200

    done = client.post("/api/v1/auth/logout/", HTTP_X_CSRFTOKEN=csrf)
    assert done.status_code == 204
    assert client.get("/api/v1/auth/me/").status_code == 401


def test_login_gives_a_new_session_id(personas) -> None:
    client = APIClient()
    client.get("/api/v1/auth/csrf/")
    client.cookies["sessionid"] = "attacker-chosen-session-id"
    login(client, "prosecutor_gb")
    assert client.cookies["sessionid"].value != "attacker-chosen-session-id"


def test_unknown_user_wrong_password_and_inactive_answer_alike(personas) -> None:
    personas.liaison_us.is_active = False
    personas.liaison_us.save()
    answers = [
        login(APIClient(), "nobody-by-that-name"),
        login(APIClient(), "prosecutor_gb", "wrong password"),
        login(APIClient(), "liaison_us"),
    ]
    assert {a.status_code for a in answers} == {400}
    bodies = [a.json() for a in answers]
    assert bodies[0] == bodies[1] == bodies[2]
    assert bodies[0]["errors"][0]["code"] == "invalid_credentials"
    assert all(a["Content-Type"] == "application/problem+json" for a in answers)
    assert all("sessionid" not in a.cookies for a in answers)


def test_anonymous_calls_get_401_problem(api) -> None:
    response = api.get("/api/v1/auth/me/")
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == 401
    assert "WWW-Authenticate" in response


def test_login_is_locked_per_account_with_retry_after(personas) -> None:
    statuses = [login(APIClient(), "prosecutor_gb", f"guess {i}").status_code for i in range(7)]
    assert statuses[:5] == [400] * 5
    assert statuses[5:] == [429, 429]
    throttled = login(APIClient(), "prosecutor_gb")  # even the right password waits
    assert throttled.status_code == 429
    assert int(throttled["Retry-After"]) > 0
    assert throttled["Content-Type"] == "application/problem+json"


def test_token_lifecycle(personas, client_for) -> None:
    session = client_for(personas.prosecutor_gb)
    created = session.post("/api/v1/auth/tokens/", {"name": "nightly export"}, format="json")
    assert created.status_code == 201
    key = created.json()["key"]
    token_id = created.json()["id"]
    assert len(key) >= 40
    stored = ApiToken.objects.get(id=token_id)
    assert key not in (stored.key_hash, stored.key_prefix)  # only the hash is kept

    script = APIClient()
    script.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert script.get("/api/v1/auth/me/").json()["username"] == "prosecutor_gb"

    listed = session.get("/api/v1/auth/tokens/").json()
    assert listed["count"] == 1
    assert "key" not in listed["results"][0]
    assert listed["results"][0]["key_prefix"] == key[:8]

    # A token cannot mint tokens.
    assert script.post("/api/v1/auth/tokens/", {"name": "x"}, format="json").status_code == 403

    # Someone else's token is not even there.
    other = client_for(personas.prosecutor2_gb)
    assert other.delete(f"/api/v1/auth/tokens/{token_id}/").status_code == 404
    assert other.get("/api/v1/auth/tokens/").json()["count"] == 0

    assert session.delete(f"/api/v1/auth/tokens/{token_id}/").status_code == 204
    assert script.get("/api/v1/auth/me/").status_code == 401


def test_token_of_deactivated_user_stops_working(personas, client_for) -> None:
    key = (
        client_for(personas.prosecutor_gb)
        .post("/api/v1/auth/tokens/", {"name": "cron"}, format="json")
        .json()["key"]
    )
    personas.prosecutor_gb.is_active = False
    personas.prosecutor_gb.save()
    script = APIClient()
    script.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert script.get("/api/v1/auth/me/").status_code == 401


def test_garbage_tokens_are_401(personas) -> None:
    for header in ["Token", "Token a b", "Token not-a-real-key", "Token \u00e9t\u00e9"]:
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=header)
        assert client.get("/api/v1/auth/me/").status_code == 401, header


def test_token_expiry_in_the_past_is_refused(personas, client_for) -> None:
    response = client_for(personas.prosecutor_gb).post(
        "/api/v1/auth/tokens/", {"name": "x", "expires_at": "2001-01-01T00:00:00Z"}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["attr"] == "expires_at"


def test_states_are_readable_by_code(personas, client_for) -> None:
    client = client_for(personas.liaison_fr)
    listing = client.get("/api/v1/states/?page_size=200").json()
    assert listing["count"] == 249
    gb = client.get("/api/v1/states/gb/")
    assert gb.status_code == 200
    assert gb.json()["code"] == "GB"
    assert client.get("/api/v1/states/ZZ/").status_code == 404
    assert APIClient().get("/api/v1/states/").status_code == 401


def test_user_factory_password_is_usable(db) -> None:
    user = make_user(username="someone")
    assert user.check_password(TEST_PASSWORD)


def test_a_token_s_key_is_never_kept_for_a_replay(personas, client_for) -> None:
    """The key is shown once: an `Idempotency-Key` on its create must not keep the answer (and
    the key in it) for 24 hours; a second create with that key makes a second token."""
    from core.models import IdempotencyRecord

    session = client_for(personas.prosecutor_gb)
    headers = {"Idempotency-Key": "token-create-1"}
    first = session.post("/api/v1/auth/tokens/", {"name": "a"}, format="json", headers=headers)
    second = session.post("/api/v1/auth/tokens/", {"name": "a"}, format="json", headers=headers)
    assert first.status_code == second.status_code == 201
    assert first.json()["key"] != second.json()["key"]
    assert "Idempotent-Replayed" not in second.headers
    stored = "".join(IdempotencyRecord.objects.values_list("response_body", flat=True))
    assert first.json()["key"] not in stored
    assert not IdempotencyRecord.objects.exists()
