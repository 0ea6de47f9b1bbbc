"""An asset's copy of its case's owning state (the owning state's asset list reads it) is set
on creation and cannot disagree with the case: PostgreSQL refuses it (cases 0014)."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction

from cases.models import Asset
from tests.factories import make_asset, make_case

pytestmark = pytest.mark.django_db


def test_an_asset_keeps_its_case_s_owning_state(personas) -> None:
    case = make_case(by=personas.prosecutor_gb, origin="NG")
    asset = make_asset(case=case)
    assert asset.owner_state_id == case.owner_state_id == "GB"
    assert Asset.objects.get(pk=asset.pk).owner_state_id == "GB"


def test_the_database_refuses_a_copy_that_disagrees(personas) -> None:
    asset = make_asset(case=make_case(by=personas.prosecutor_gb))
    with pytest.raises(IntegrityError), transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        Asset.objects.filter(pk=asset.pk).update(owner_state_id="NG")
    assert Asset.objects.get(pk=asset.pk).owner_state_id == "GB"


def test_the_owning_state_lists_its_assets_by_its_copy(personas, client_for) -> None:
    mine = make_asset(case=make_case(by=personas.prosecutor_gb))
    theirs = make_asset(case=make_case(by=personas.prosecutor_ng))
    listed = client_for(personas.prosecutor_gb).get("/api/v1/assets/").json()
    assert [row["id"] for row in listed["results"]] == [str(mine.pk)]
    assert listed["count"] == 1
    listed = client_for(personas.prosecutor_ng).get("/api/v1/assets/").json()
    assert [row["id"] for row in listed["results"]] == [str(theirs.pk)]
