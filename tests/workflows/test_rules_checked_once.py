"""Rules checked once, in the services, whatever door a write comes through (issue 16): an
archived case takes no writes; an MLA request's kind is fixed once sent."""

from __future__ import annotations

from typing import Any

import pytest

from cases.models import Case, CaseShare, State
from cases.services.case_file import case_update
from tests.authz.world import send_mla
from tests.factories import make_case, share
from workflows.mla_models import MlaRequest
from workflows.services.mla import mla_request_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def archived(personas) -> dict[str, Any]:
    gb = personas.prosecutor_gb
    case = make_case(by=gb, title="Archived case")
    share(case, "FR")
    request = send_mla(case, gb)
    case_update(case=case, by=gb, changes={"status": "archived"})
    return {"case": Case.objects.get(pk=case.pk), "request": request}


def attrs(response: Any) -> dict[str, str]:
    return {error["attr"]: error["code"] for error in response.json()["errors"]}


def test_no_new_mla_request_nor_change_to_one(archived, personas, client_for) -> None:
    team = client_for(personas.prosecutor_gb)
    case, request = archived["case"], archived["request"]
    created = team.post(
        "/api/v1/mla-requests/",
        {"case": str(case.pk), "kind": "tracing", "requested_state": "CH"},
        format="json",
    )
    assert created.status_code == 400
    assert attrs(created) == {"case": "archived"}
    changed = team.patch(
        f"/api/v1/mla-requests/{request.pk}/", {"description": "late"}, format="json"
    )
    assert changed.status_code == 400
    assert attrs(changed) == {"case": "archived"}
    assert MlaRequest.objects.filter(case=case).count() == 1


def test_no_answer_from_the_requested_state(archived, personas, client_for) -> None:
    request = archived["request"]
    answer = client_for(personas.liaison_fr).post(
        f"/api/v1/mla-requests/{request.pk}/transitions/", {"action": "acknowledge"}, format="json"
    )
    assert answer.status_code == 400
    assert attrs(answer) == {"case": "archived"}
    request.refresh_from_db()
    assert request.status == "sent"


def test_no_new_share_but_a_share_can_still_be_revoked(archived, personas, client_for) -> None:
    team = client_for(personas.prosecutor_gb)
    case = archived["case"]
    shared = team.post(f"/api/v1/cases/{case.pk}/shares/", {"state": "CH"}, format="json")
    assert shared.status_code == 400
    assert attrs(shared) == {"case": "archived"}
    assert not CaseShare.objects.filter(case=case, state_id="CH").exists()
    # Revoking only narrows who sees the case: allowed, so an archive never keeps a partner in.
    revoked = team.delete(f"/api/v1/cases/{case.pk}/shares/FR/")
    assert revoked.status_code == 204
    assert not CaseShare.objects.active().filter(case=case, state_id="FR").exists()


def test_an_mla_requests_kind_is_fixed_once_sent(personas, client_for) -> None:
    """The rule lives in the service (`mla_request_update`); the API answers it as a field
    error, and a draft's kind still changes."""
    gb = personas.prosecutor_gb
    case = make_case(by=gb, title="Open case")
    request = send_mla(case, gb)
    team = client_for(gb)
    sent = team.patch(f"/api/v1/mla-requests/{request.pk}/", {"kind": "tracing"}, format="json")
    assert sent.status_code == 400
    assert attrs(sent) == {"kind": "sent"}
    request.refresh_from_db()
    assert request.kind == "evidence"
    draft, _ = mla_request_create(
        case=case, by=gb, requested_state=State.objects.get(code="CH"), kind="tracing"
    )
    changed = team.patch(f"/api/v1/mla-requests/{draft.pk}/", {"kind": "freeze"}, format="json")
    assert changed.status_code == 200
    assert changed.json()["kind"] == "freeze"
