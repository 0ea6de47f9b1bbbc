"""Lists built from `.values()` rows (`cases.api.rows`) show each object exactly as its
serializer does: the serializer is the contract, the rows are only a faster way to the same JSON.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from rest_framework.renderers import JSONRenderer
from rest_framework.test import APIRequestFactory

from cases.api.assets import AssetPartnerSerializer, AssetSerializer
from cases.api.cases import CasePartnerSerializer, CaseSerializer
from cases.api.rows import DATETIME, iso_datetime
from cases.models import Asset, Case, State
from cases.services.case_file import case_update
from cases.visibility import cases_visible_to
from core.state_time import today_in
from tests.factories import expire_share, make_asset, make_case, make_subject, make_user, share
from workflows.services.sharing import case_unshare

pytestmark = pytest.mark.django_db


def build(personas: Any) -> None:
    """Cases and assets with every shape a row can take: teams and none, several
    jurisdictions, closed and open, empty and null values, restricted holders, recovery totals,
    shares in force, revoked, expired and expiring today."""
    gb, gb2 = personas.prosecutor_gb, personas.prosecutor2_gb
    third = make_user(username="a_first_by_name_gb", role="prosecutor", state_id="GB")
    today = today_in("GB")  # the cases are GB's: closed on GB's date (BST is UTC+1)
    for index in range(5):
        case = make_case(
            by=gb,
            title=f"Case {index}",
            summary="" if index % 2 else f"Summary {index}",
            internal_notes="" if index == 3 else f"notes {index}",
            offence_category=("embezzlement", "bribery", "laundering", "other", "bribery")[index],
            team=[gb2, third][: index % 3],
            jurisdictions=[
                {"state": "CH", "role": "asset_location"},
                {"state": "AE", "role": "transit"},
                {"state": "FR", "role": "asset_location"},
            ][: index % 4],
            origin="NG" if index % 2 else "GB",
        )
        if index == 2:
            case_update(
                case=case,
                by=gb,
                changes={"status": "closed", "closed_on": today},
            )
        official = make_subject(case=case, name=f"Official {index}")
        informant = make_subject(case=case, name=f"Informant {index}", restricted=True)
        make_asset(case=case, holder=official, beneficial_owner=informant)
        make_asset(case=case, restricted=True, holder=informant)
        make_asset(
            case=case,
            kind="bank_account",
            details={"iban": "CH9300762011623852957", "bank_name": f"Bank {index}"},
            jurisdiction=State.objects.get(code="CH"),
            estimated_value_amount=None,
            estimated_value_currency="",
            not_yet_valued=True,
        )
        if index != 4:
            # In force through today where FR is (its date, not UTC's).
            share(case, "FR", expires_on=today_in("FR") if index == 1 else None)
        if index == 0:
            share(case, "CH")
            case_unshare(case=case, state_code="CH", by=gb)
        if index == 3:
            share(case, "US")  # then expired (the service refuses an expiry in the past)
            expire_share(case, "US")
    # Recovery totals on one asset in two currencies (what the asset rows show per currency).
    asset = Asset.objects.filter(restricted=False, holder__isnull=False).first()
    assert asset is not None
    asset.recovery_totals.create(currency="GBP", frozen=Decimal("1000.50"))
    asset.recovery_totals.create(currency="USD", seized=Decimal("20.00"), confiscated=Decimal("5"))


def as_json(data: Any) -> Any:
    return json.loads(JSONRenderer().render(data))


def expected(serializer: Any, instances: Any, user: Any) -> dict[str, Any]:
    request = APIRequestFactory().get("/")
    request.user = user
    return {
        str(obj.pk): as_json(serializer(obj, context={"request": request}).data)
        for obj in instances
    }


LISTS = {
    "/api/v1/cases/": (Case, CaseSerializer, CasePartnerSerializer),
    "/api/v1/assets/": (Asset, AssetSerializer, AssetPartnerSerializer),
}


@pytest.mark.parametrize("url", sorted(LISTS))
@pytest.mark.parametrize("persona", ["prosecutor_gb", "admin_gb", "liaison_fr", "liaison_us"])
def test_list_rows_equal_the_serializer(url, persona, personas, client_for) -> None:
    build(personas)
    user = getattr(personas, persona)
    model, owner_serializer, partner_serializer = LISTS[url]
    body = client_for(user).get(url, {"page_size": 200}).json()
    listed = {row["id"]: row for row in body["results"]}
    serializer = partner_serializer if user.role == "liaison" else owner_serializer
    objects = cases_visible_to(user) if model is Case else model.objects.visible_to(user)
    want = expected(serializer, objects, user)
    assert body["count"] == len(want) == len(listed)
    assert listed == want
    if persona == "liaison_us":
        assert listed == {}  # the US share expired: nothing, and a count of 0


@pytest.mark.parametrize(
    ("persona", "params", "count"),
    [
        ("prosecutor_gb", {}, 5),
        ("prosecutor_gb", {"status": "closed"}, 1),
        ("prosecutor_gb", {"q": "Official 3"}, 1),
        ("prosecutor_gb", {"ordering": "title"}, 5),
        ("liaison_fr", {}, 4),
        ("liaison_fr", {"ordering": "-created_at"}, 4),
        ("liaison_fr", {"offence_category": "bribery"}, 1),
        ("liaison_fr", {"q": "Informant"}, 0),  # restricted names never make a case match
        ("liaison_fr", {"page": 2, "page_size": 3}, 4),
        ("liaison_us", {}, 0),
    ],
)
def test_case_list_count_is_that_of_the_rows(persona, params, count, personas, client_for):
    """The count read from the share index alone (no filter) and the counted queryset
    (filters) agree with the rows listed."""
    build(personas)
    client = client_for(getattr(personas, persona))
    body = client.get("/api/v1/cases/", {"page_size": 200, **params}).json()
    assert body["count"] == count
    if "page" not in params:
        assert len(body["results"]) == count
    else:
        assert len(body["results"]) == count - 3


@pytest.mark.parametrize(
    "value",
    [
        datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
        datetime(2026, 1, 2, 3, 4, 5, 123456, tzinfo=UTC),
        datetime(2026, 6, 2, 3, 4, 5, tzinfo=ZoneInfo("Pacific/Auckland")),
        datetime(2026, 1, 2, 3, 4, 5),  # naive: DRF's own way
    ],
)
def test_row_datetimes_are_written_as_drf_writes_them(value) -> None:
    assert iso_datetime(value) == DATETIME.to_representation(value)
