"""Every factory of the suite, in one module (factory-boy)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any, cast

import factory

from cases.models import Asset, Case, CaseShare, OffenceCategory, Role, State, Subject, User

TEST_PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    name = factory.Faker("name")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    role = Role.PROSECUTOR
    state_id = "GB"
    password = factory.django.Password(TEST_PASSWORD)


def make_user(**fields: Any) -> User:
    return cast(User, UserFactory(**fields))


def make_case(*, by: User, **fields: Any) -> Case:
    """A case opened through the service, as a prosecutor would."""
    from cases.services.case_file import case_create

    defaults: dict[str, Any] = {
        "title": "Embezzlement at the Ministry of Petroleum",
        "origin_state": State.objects.get(code=fields.pop("origin", by.state_id)),
        "offence_category": OffenceCategory.EMBEZZLEMENT,
    }
    defaults.update(fields)
    return case_create(by=by, **defaults)


def make_subject(*, case: Case, by: User | None = None, **fields: Any) -> Subject:
    from cases.services.case_file import subject_create

    data: dict[str, Any] = {"kind": "person", "role": "official", "name": "Diezani Example"}
    data.update(fields)
    return subject_create(case=case, by=by or case.lead_prosecutor, data=data)


def make_asset(*, case: Case, by: User | None = None, **fields: Any) -> Asset:
    from cases.services.case_file import asset_create

    data: dict[str, Any] = {
        "kind": "real_estate",
        "description": "Flat in Kensington, London",
        "details": {"address": "1 Example Gardens, London W8"},
        "jurisdiction": State.objects.get(code="GB"),
        "estimated_value_amount": Decimal("2500000.00"),
        "estimated_value_currency": "GBP",
        "source": "HM Land Registry title search",
    }
    data.update(fields)
    # An asset made without a value is, as DOMAIN.md says it must be, explicitly not yet valued.
    data.setdefault("not_yet_valued", data["estimated_value_amount"] is None)
    return asset_create(case=case, by=by or case.lead_prosecutor, data=data)


def share(case: Case, state: str, *, by: User | None = None, **fields: Any) -> CaseShare:
    from workflows.services.sharing import case_share

    result, _ = case_share(
        case=case, state=State.objects.get(code=state), by=by or case.lead_prosecutor, **fields
    )
    return result


def expire_share(case: Case, state: str) -> None:
    """Make the state's share of the case one that ended yesterday where that state is (the
    service refuses an expiry in the past). A share is in force through its expiry date in the
    partner state: "yesterday" in UTC is still today in a state west of UTC for hours each day."""
    from core.state_time import today_in

    yesterday = today_in(state) - timedelta(days=1)
    CaseShare.objects.filter(case=case, state_id=state).update(expires_on=yesterday)
