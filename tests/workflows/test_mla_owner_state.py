"""An MLA request's copy of its case's owning state (the owning state's requests and the summary's
MLA figures read it) is set on creation and cannot disagree with the case: PostgreSQL refuses it
(workflows 0018)."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction

from tests.factories import make_case
from workflows.mla_models import MlaRequest

pytestmark = pytest.mark.django_db


def _request(case, by, requested="FR") -> MlaRequest:
    return MlaRequest.objects.create(
        case=case,
        kind="evidence",
        requesting_state_id=case.owner_state_id,
        requested_state_id=requested,
        status="sent",
        created_by=by,
    )


def test_a_request_keeps_its_case_s_owning_state(personas) -> None:
    case = make_case(by=personas.prosecutor_gb, origin="NG")
    request = _request(case, personas.prosecutor_gb)
    assert request.owner_state_id == case.owner_state_id == "GB"
    assert MlaRequest.objects.get(pk=request.pk).owner_state_id == "GB"


def test_the_database_refuses_a_copy_that_disagrees(personas) -> None:
    request = _request(make_case(by=personas.prosecutor_gb), personas.prosecutor_gb)
    with pytest.raises(IntegrityError), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        MlaRequest.objects.filter(pk=request.pk).update(owner_state_id="NG")
    assert MlaRequest.objects.get(pk=request.pk).owner_state_id == "GB"


def test_each_owning_state_sees_its_requests_by_the_copy(personas, client_for) -> None:
    mine = _request(make_case(by=personas.prosecutor_gb), personas.prosecutor_gb)
    theirs = _request(make_case(by=personas.prosecutor_ng), personas.prosecutor_ng)
    assert list(MlaRequest.objects.visible_to(personas.prosecutor_gb)) == [mine]
    assert list(MlaRequest.objects.visible_to(personas.prosecutor_ng)) == [theirs]
    answer = client_for(personas.prosecutor_gb).get(f"/api/v1/mla-requests/{theirs.pk}/")
    assert answer.status_code == 404
    report = client_for(personas.prosecutor_gb).get("/api/v1/reports/summary/").json()
    assert report["mla_requests"]["total"]["total"] == 1
