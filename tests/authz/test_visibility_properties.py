"""Property-based: over random states, cases, shares, revocations, expiries and restrictions,
what each persona can list, count, search and filter equals what the rules say it should."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import transaction
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rest_framework.test import APIClient

from cases.models import Asset, Case, CaseShare, Role, Subject
from tests.factories import make_user

STATES = ["GB", "NG", "FR", "CH", "US"]


class Rollback(Exception):
    """Raised at the end of each example to undo what it wrote."""


share_spec = st.fixed_dictionaries(
    {
        "state": st.sampled_from(STATES),
        "fate": st.sampled_from(["active", "revoked", "expired", "expires_today", "future"]),
    }
)
case_spec = st.fixed_dictionaries(
    {
        "owner": st.sampled_from(STATES),
        "shares": st.lists(share_spec, max_size=3),
        "subjects": st.lists(st.booleans(), max_size=3),  # restricted or not
        "assets": st.lists(st.booleans(), max_size=3),
    }
)


def build(cases: list[dict[str, Any]], users: dict[str, Any]) -> list[Case]:
    """Write the world with the ORM directly: this test is about reading."""
    today = timezone.now().date()
    built = []
    for index, spec in enumerate(cases):
        lead = users[(spec["owner"], Role.PROSECUTOR)]
        case = Case.objects.create(
            reference=f"{spec['owner']}-2026-{index:05d}",
            title=f"Case {index} needle" if index % 2 else f"Case {index}",
            owner_state_id=spec["owner"],
            origin_state_id="NG",
            offence_category="bribery",
            lead_prosecutor=lead,
            opened_on=today,
            created_by=lead,
        )
        for n, restricted in enumerate(spec["subjects"]):
            Subject.objects.create(
                case=case,
                kind="person",
                role="official",
                name=f"S{index}-{n}",
                restricted=restricted,
            )
        for n, restricted in enumerate(spec["assets"]):
            Asset.objects.create(
                case=case,
                kind="other",
                description=f"A{index}-{n}",
                jurisdiction_id="CH",
                restricted=restricted,
            )
        seen: set[str] = set()
        for share in spec["shares"]:
            if share["state"] == spec["owner"] or share["state"] in seen:
                continue
            seen.add(share["state"])
            fate = share["fate"]
            CaseShare.objects.create(
                case=case,
                state_id=share["state"],
                granted_by=lead,
                case_created_at=case.created_at,
                revoked_at=timezone.now() if fate == "revoked" else None,
                expires_on={
                    "expired": today - timedelta(days=1),
                    "expires_today": today,
                    "future": today + timedelta(days=30),
                }.get(fate),
            )
        built.append(case)
    return built


def expected_cases(
    cases: list[dict[str, Any]], built: list[Case], state: str, role: str
) -> set[str]:
    """The rules of API.md, written independently of cases.visibility."""
    visible = set()
    for spec, case in zip(cases, built, strict=True):
        if role == Role.PROSECUTOR and spec["owner"] == state:
            visible.add(str(case.pk))
        if role == Role.LIAISON:
            active = [
                s for s in spec["shares"] if s["state"] == state and s["state"] != spec["owner"]
            ]
            # The first share spec for a state is the one written (see build()).
            if active and active[0]["fate"] in ("active", "expires_today", "future"):
                visible.add(str(case.pk))
    return visible


def listed(client: APIClient, url: str, **params: Any) -> tuple[int, set[str]]:
    body = client.get(url, {"page_size": 200, **params}).json()
    return body["count"], {item["id"] for item in body["results"]}


@pytest.mark.django_db
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(cases=st.lists(case_spec, max_size=6))
def test_every_persona_lists_exactly_what_the_rules_allow(
    cases: list[dict[str, Any]], db: None
) -> None:
    try:
        with transaction.atomic():
            users = {
                (state, role): make_user(
                    username=f"{role}_{state}".lower(), role=role, state_id=state
                )
                for state in STATES
                for role in (Role.PROSECUTOR, Role.LIAISON)
            }
            built = build(cases, users)
            by_id = {str(c.pk): spec for spec, c in zip(cases, built, strict=True)}
            for (state, role), user in users.items():
                client = APIClient()
                client.force_login(user)
                want = expected_cases(cases, built, state, role)

                count, ids = listed(client, "/api/v1/cases/")
                assert ids == want, (state, role)
                assert count == len(want), (state, role)

                count, ids = listed(client, "/api/v1/cases/", q="needle")
                needles = {pk for pk in want if Case.objects.get(pk=pk).title.endswith("needle")}
                assert ids == needles
                assert count == len(needles)

                count, _ = listed(client, "/api/v1/cases/", owner_state=state)
                assert count == (len(want) if role == Role.PROSECUTOR else 0)

                sees_restricted = role == Role.PROSECUTOR
                for url, key in (("/api/v1/subjects/", "subjects"), ("/api/v1/assets/", "assets")):
                    count, _ = listed(client, url)
                    expected = sum(
                        1
                        for pk in want
                        for restricted in by_id[pk][key]
                        if sees_restricted or not restricted
                    )
                    assert count == expected, (state, role, url)
            raise Rollback
    except Rollback:
        pass
