"""Every write path leaves exactly one audit event: services, the API, the admin, sign-in."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.forms import MultiWidget
from django.test import Client
from rest_framework.test import APIClient

from accounts.models import ApiToken
from accounts.services.tokens import api_token_create, api_token_revoke
from audit import trail
from audit.models import AuditEvent
from cases.models import Case, Role, State, Subject, User
from cases.services.case_file import asset_update, case_update, subject_update
from tests.audit.conftest import recorded
from tests.factories import TEST_PASSWORD, make_asset, make_case, make_subject, make_user
from workflows.services.sharing import case_share, case_unshare

pytestmark = pytest.mark.django_db


def only(events: list[AuditEvent]) -> AuditEvent:
    assert len(events) == 1, [(e.action, e.object_type) for e in events]
    return events[0]


# --- Services -------------------------------------------------------------------------------------


def test_case_create_and_update(personas) -> None:
    gb = personas.prosecutor_gb
    with recorded() as events:
        case = make_case(by=gb, team=[personas.prosecutor2_gb], internal_notes="notes")
    created = only(events)
    assert (created.action, created.case_id, created.actor_id) == ("case.created", case.pk, gb.pk)
    assert sorted(created.changes["after"]["team"]) == sorted(
        [str(gb.pk), str(personas.prosecutor2_gb.pk)]
    )

    with recorded() as events:
        case_update(case=case, by=gb, changes={"title": "New title", "team": []})
    updated = only(events)
    assert updated.action == "case.updated"
    assert updated.changes["before"]["title"] == "Embezzlement at the Ministry of Petroleum"
    assert updated.changes["after"]["title"] == "New title"
    assert updated.changes["after"]["team"] == [str(gb.pk)]
    assert "summary" not in updated.changes["after"]  # only what changed


def test_subject_create_and_update(personas, gb_case) -> None:
    with recorded() as events:
        subject = make_subject(case=gb_case, restricted=True)
    created = only(events)
    assert (created.action, created.object_id, created.restricted) == (
        "subject.created",
        str(subject.pk),
        True,
    )
    with recorded() as events:
        subject_update(subject=subject, by=personas.prosecutor_gb, changes={"restricted": False})
    updated = only(events)
    assert updated.action == "subject.updated"
    assert updated.restricted is True  # it was restricted before the change
    assert updated.changes == {
        "before": {"restricted": True, "version": 1},
        "after": {"restricted": False, "version": 2},
    }


def test_asset_create_and_update(personas, gb_case) -> None:
    with recorded() as events:
        asset = make_asset(case=gb_case)
    assert only(events).action == "asset.created"
    with recorded() as events:
        asset_update(asset=asset, by=personas.prosecutor_gb, changes={"description": "Other"})
    updated = only(events)
    assert (updated.action, updated.object_id) == ("asset.updated", str(asset.pk))
    assert updated.changes["after"]["description"] == "Other"


def test_share_and_unshare(personas, gb_case) -> None:
    gb = personas.prosecutor_gb
    de = State.objects.get(code="DE")
    with recorded() as events:
        case_share(case=gb_case, state=de, by=gb)
    granted = only(events)
    assert (granted.action, granted.case_id, granted.restricted) == (
        "share.granted",
        gb_case.pk,
        True,
    )
    assert granted.changes["after"]["state_id"] == "DE"

    with recorded() as events:
        case_share(case=gb_case, state=de, by=gb)  # idempotent: nothing changes, nothing recorded
    assert events == []

    with recorded() as events:
        case_share(case=gb_case, state=de, by=gb, allows_mla_answers=False)
    assert only(events).action == "share.updated"

    with recorded() as events:
        case_unshare(case=gb_case, state_code="DE", by=gb)
    revoked = only(events)
    assert revoked.action == "share.revoked"
    assert revoked.changes["before"]["revoked_at"] is None


def test_token_create_and_revoke_go_on_the_global_chain(personas) -> None:
    gb = personas.prosecutor_gb
    with recorded() as events:
        token, key = api_token_create(user=gb, name="script", expires_at=None)
    created = only(events)
    assert (created.action, created.chain, created.case_id) == ("token.created", "global", None)
    assert (created.object_type, created.object_id, created.actor_id) == (
        "apitoken",
        str(token.pk),
        gb.pk,
    )
    assert "key_hash" not in created.changes["after"]
    assert key not in json.dumps(created.changes)

    with recorded() as events:
        api_token_revoke(token=token)
    revoked = only(events)
    assert (revoked.action, revoked.chain, revoked.actor_id) == ("token.revoked", "global", gb.pk)
    with recorded() as events:
        api_token_revoke(token=token)  # already revoked: no write, no event
    assert events == []


# --- The API ------------------------------------------------------------------------------------


def test_api_writes_leave_one_event_each_with_request_id_and_address(
    personas, gb_case, client_for
) -> None:
    client = client_for(personas.prosecutor_gb)
    headers = {"HTTP_X_REQUEST_ID": "req-patch-1", "REMOTE_ADDR": "192.0.2.10"}
    with recorded() as events:
        response = client.patch(
            f"/api/v1/cases/{gb_case.pk}/", {"summary": "Updated"}, format="json", **headers
        )
    assert response.status_code == 200
    event = only(events)
    assert (event.action, event.request_id, event.client_address) == (
        "case.updated",
        "req-patch-1",
        "192.0.2.10",
    )
    assert event.actor_id == personas.prosecutor_gb.pk

    with recorded() as events:
        response = client.post(
            "/api/v1/subjects/",
            {"case": str(gb_case.pk), "kind": "person", "role": "family", "name": "A Relative"},
            format="json",
            HTTP_X_REQUEST_ID="req-post-2",
        )
    assert response.status_code == 201
    assert only(events).request_id == "req-post-2"

    with recorded() as events:
        response = client.post(
            f"/api/v1/cases/{gb_case.pk}/shares/", {"state": "DE"}, format="json"
        )
    assert response.status_code == 201
    assert only(events).action == "share.granted"

    with recorded() as events:
        response = client.delete(f"/api/v1/cases/{gb_case.pk}/shares/DE/")
    assert response.status_code == 204
    assert only(events).action == "share.revoked"

    with recorded() as events:
        response = client.post("/api/v1/auth/tokens/", {"name": "script"}, format="json")
    assert response.status_code == 201
    assert only(events).action == "token.created"

    with recorded() as events:
        response = client.delete(f"/api/v1/auth/tokens/{response.json()['id']}/")
    assert response.status_code == 204
    assert only(events).action == "token.revoked"


def test_refused_writes_leave_no_change_event(personas, gb_case, client_for) -> None:
    with recorded() as events:
        response = client_for(personas.prosecutor2_gb).patch(
            f"/api/v1/cases/{gb_case.pk}/", {"title": "Not on the team"}, format="json"
        )
    assert response.status_code == 403
    assert events == []


# --- Signing in and out -------------------------------------------------------------------------


def login(client: APIClient, username: str, password: str) -> Any:
    return client.post(
        "/api/v1/auth/login/",
        {"username": username, "password": password},
        format="json",
        REMOTE_ADDR="198.51.100.23",
    )


def test_login_and_logout_are_events_on_the_global_chain(personas) -> None:
    client = APIClient()
    with recorded() as events:
        assert login(client, "prosecutor_gb", TEST_PASSWORD).status_code == 200
    event = only(events)
    assert (event.action, event.chain, event.actor_id) == (
        "auth.login",
        "global",
        personas.prosecutor_gb.pk,
    )
    assert event.client_address == "198.51.100.23"
    assert event.request_id

    with recorded() as events:
        assert client.post("/api/v1/auth/logout/").status_code == 204
    assert (only(events).action, only(events).actor_id) == (
        "auth.logout",
        personas.prosecutor_gb.pk,
    )


def test_failed_logins_record_the_name_as_given_and_nothing_else(personas) -> None:
    make_user(username="inactive", is_active=False)
    failures = {}
    for attempted in ("prosecutor_gb", "Nobody Here", "inactive"):
        with recorded() as events:
            response = login(APIClient(), attempted, "wrong password")
        assert response.status_code == 400
        failures[attempted] = only(events)

    for attempted, event in failures.items():
        assert event.action == "auth.login_failed"
        assert event.actor_id is None
        assert event.chain == "global"
        assert (event.object_type, event.object_id) == ("user", "")
        assert event.changes == {"attempted_username": attempted}
        assert event.client_address == "198.51.100.23"
    # An existing user, an unknown name and an inactive account leave events of the same shape.
    shapes = {
        (e.action, e.object_type, e.object_id, e.actor_id, e.restricted, tuple(e.changes))
        for e in failures.values()
    }
    assert len(shapes) == 1


# --- The admin ------------------------------------------------------------------------------------


@pytest.fixture
def operator(db: None) -> User:
    return make_user(
        username="operator", role=Role.ADMIN, state_id="GB", is_staff=True, is_superuser=True
    )


def admin_client(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def change_form_data(client: Client, url: str) -> dict[str, Any]:
    """What the admin's change page would post back unchanged (its form and inlines)."""
    page = client.get(url)
    assert page.status_code == 200, url
    data: dict[str, Any] = {}
    forms = [page.context["adminform"].form]
    for inline in page.context["inline_admin_formsets"]:
        formset = inline.formset
        for name in formset.management_form.fields:
            data[formset.management_form.add_prefix(name)] = formset.management_form[name].value()
        forms.extend(formset.forms)
    for form in forms:
        for name, field in form.fields.items():
            value = form[name].value()
            if value is None or value is False:
                continue
            if isinstance(field.widget, MultiWidget):  # the admin's split date and time
                for index, part in enumerate(field.widget.decompress(value) or []):
                    data[f"{form.add_prefix(name)}_{index}"] = part
                continue
            data[form.add_prefix(name)] = "on" if value is True else value
    return data


def test_admin_saves_leave_one_event_each(personas, gb_case, operator) -> None:
    client = admin_client(operator)
    token, _ = api_token_create(user=personas.prosecutor_gb, name="t", expires_at=None)
    changes = [
        (ApiToken, token.pk, {"name": "renamed"}, None),
        (User, personas.liaison_fr.pk, {"name": "Renamed Liaison"}, None),
    ]
    for model, pk, new_values, case_id in changes:
        url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/{pk}/change/"
        data = {**change_form_data(client, url), **new_values}
        with recorded() as events:
            response = client.post(url, data)
        assert response.status_code == 302, (model, response.context and _errors(response))
        event = only(events)
        assert (event.action, event.object_id, event.actor_id, event.case_id) == (
            "admin.change",
            str(pk),
            operator.pk,
            case_id,
        )
        (field,) = new_values
        assert event.changes["after"][field] == new_values[field]

    user_event = AuditEvent.objects.filter(action="admin.change", object_type="user").get()
    assert "password" not in user_event.changes["after"]  # unchanged, so not in the diff


def test_admin_add_leaves_one_event(personas, gb_case, operator) -> None:
    client = admin_client(operator)
    data = change_form_data(client, "/admin/cases/user/add/")
    data.update(
        {
            "username": "added_liaison",
            "name": "Added Liaison",
            "role": "liaison",
            "state": "FR",
            "password1": "a-long-enough-password-1",
            "password2": "a-long-enough-password-1",
        }
    )
    with recorded() as events:
        response = client.post("/admin/cases/user/add/", data)
    assert response.status_code == 302, _errors(response)
    event = only(events)
    assert (event.action, event.case_id, event.object_type) == ("admin.add", None, "user")


def test_the_admin_never_writes_the_case_file(personas, gb_case, operator) -> None:
    """Case-file objects change through the application's services (validated, versioned,
    audited): the admin shows them read-only, even to a superuser."""
    client = admin_client(operator)
    subject = make_subject(case=gb_case, name="Admin Subject")
    for model, pk in ((Subject, subject.pk), (Case, gb_case.pk)):
        url = f"/admin/{model._meta.app_label}/{model._meta.model_name}/{pk}/change/"
        assert client.get(url).status_code == 200  # shown, read-only
        with recorded() as events:
            response = client.post(url, {"name": "Renamed", "title": "Retitled"})
        assert response.status_code == 403
        assert events == []
    assert client.get("/admin/cases/subject/add/").status_code == 403
    subject.refresh_from_db()
    gb_case.refresh_from_db()
    assert (subject.name, subject.version) == ("Admin Subject", 1)
    assert gb_case.title != "Retitled"


def _errors(response: Any) -> Any:
    context = response.context or {}
    form = context.get("adminform")
    return form.form.errors if form else response.content[:300]


def test_hashes_of_every_path_verify(personas, gb_case) -> None:
    for event in AuditEvent.objects.all():
        assert trail.hash_of_stored(event) == event.hash
