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

from audit import trail
from cases.models import Asset, AssetStage, Case, CaseShare, Role, Subject
from core.state_time import today_in
from deadlines.models import Deadline, DeadlineKind, Reminder
from documents.models import Document
from notifications.models import Notification
from tests.factories import make_user
from workflows.mla_models import MlaRequest
from workflows.models import AssetAction, AssetTransition

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


def users_per_state() -> dict[tuple[str, str], Any]:
    """A prosecutor and a liaison of every state."""
    return {
        (state, role): make_user(username=f"{role}_{state}".lower(), role=role, state_id=state)
        for state in STATES
        for role in (Role.PROSECUTOR, Role.LIAISON)
    }


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
                not_yet_valued=True,
                restricted=restricted,
            )
        seen: set[str] = set()
        for share in spec["shares"]:
            if share["state"] == spec["owner"] or share["state"] in seen:
                continue
            seen.add(share["state"])
            fate = share["fate"]
            # The share's days are the partner state's (it is in force through its expiry there).
            state_today = today_in(share["state"])
            CaseShare.objects.create(
                case=case,
                state_id=share["state"],
                granted_by=lead,
                case_created_at=case.created_at,
                revoked_at=timezone.now() if fate == "revoked" else None,
                expires_on={
                    "expired": state_today - timedelta(days=1),
                    "expires_today": state_today,
                    "future": state_today + timedelta(days=30),
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
            users = users_per_state()
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


# --- Case children whose visibility derives from another object ----------------------------------

child_case_spec = st.fixed_dictionaries(
    {
        "owner": st.sampled_from(["GB", "NG"]),
        "shares": st.lists(share_spec, max_size=3),
        # Each asset: restricted when created, restricted later (after its deadline and its
        # event were written with the flag of their day), has a document.
        "assets": st.lists(
            st.fixed_dictionaries(
                {"restricted": st.booleans(), "later": st.booleans(), "document": st.booleans()}
            ),
            max_size=3,
        ),
        "requests": st.lists(
            st.fixed_dictionaries(
                {
                    "to": st.sampled_from(["FR", "CH", "US"]),
                    "status": st.sampled_from(["draft", "sent", "executed"]),
                    "restricted": st.booleans(),
                    "document": st.booleans(),
                }
            ),
            max_size=3,
        ),
        "restricted_document": st.booleans(),
    }
)


def build_children(spec: dict[str, Any], case: Case, users: dict[str, Any]) -> dict[str, Any]:
    """Deadlines, documents, reminders' notifications and events, written with the ORM as the
    services would have on the day (flags of that day; restrictions applied afterwards)."""
    today = timezone.now().date()
    lead = case.lead_prosecutor
    expected: dict[str, Any] = {"assets": [], "requests": [], "documents": [], "reminders": []}

    def document(**fields: Any) -> Document:
        return Document.objects.create(
            case=case,
            title="Doc",
            kind="other",
            content_type="application/pdf",
            size=1,
            sha256="0" * 64,
            uploaded_by=lead,
            **fields,
        )

    def deadline(kind: str, source: Any, partner: str | None = None) -> Deadline:
        return Deadline.objects.create(
            case=case,
            kind=kind,
            source_id=source.pk,
            title=f"{kind} {source.pk}",
            due_on=today + timedelta(days=10),
            acting_state_id=partner or case.owner_state_id,
            partner_state_id=partner,
        )

    for n, asset_spec in enumerate(spec["assets"]):
        asset = Asset.objects.create(
            case=case,
            kind="other",
            description=f"A-{n}",
            jurisdiction_id="CH",
            not_yet_valued=True,
            restricted=asset_spec["restricted"],
        )
        # A freeze expiry is keyed by its order: the act that made it (as the services sync it).
        order = AssetTransition.objects.create(
            asset=asset,
            sequence=1,
            action=AssetAction.FREEZE,
            from_stage=AssetStage.IDENTIFIED,
            to_stage=AssetStage.FROZEN,
            order_authority="High Court",
            order_reference=f"HC-{n}",
            order_issued_on=today,
            order_expires_on=today + timedelta(days=90),
            performed_by=lead,
        )
        freeze = deadline(DeadlineKind.FREEZE_EXPIRY, order)
        trail.record(
            "asset.updated",
            obj=asset,
            case=case,
            actor=lead,
            changes={"before": {"description": "old"}, "after": {"description": asset.description}},
        )
        if asset_spec["document"]:
            document(asset=asset)
        for liaison in (users[(state, Role.LIAISON)] for state in STATES):
            note = Notification.objects.create(
                recipient=liaison, kind="deadline_reminder", title="t", case=case
            )
            Reminder.objects.create(
                deadline=freeze, threshold=f"k{n}", recipient=liaison, notification=note
            )
        if asset_spec["later"]:
            Asset.objects.filter(pk=asset.pk).update(restricted=True)
        expected["assets"].append(asset_spec["restricted"] or asset_spec["later"])
    for request_spec in spec["requests"]:
        request = MlaRequest.objects.create(
            case=case,
            kind="evidence",
            requesting_state_id=case.owner_state_id,
            requested_state_id=request_spec["to"],
            status=request_spec["status"],
            restricted=request_spec["restricted"],
            created_by=lead,
        )
        deadline(DeadlineKind.MLA_RESPONSE, request, partner=request_spec["to"])
        if request_spec["document"]:
            document(mla_request=request)
    deadline(DeadlineKind.FOLLOW_UP, case)
    Deadline.objects.filter(kind=DeadlineKind.FOLLOW_UP, case=case).update(restricted=True)
    document(restricted=spec["restricted_document"])
    return expected


def partner_sees_request(request: dict[str, Any], state: str) -> bool:
    return request["to"] == state and request["status"] != "draft" and not request["restricted"]


@pytest.mark.django_db
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(cases=st.lists(child_case_spec, min_size=1, max_size=3))
def test_derived_visibility_of_deadlines_documents_notifications_activity_and_feed(
    cases: list[dict[str, Any]], db: None
) -> None:
    try:
        with transaction.atomic():
            users = users_per_state()
            # The cases and their shares as above; their children are this test's own.
            built = build([{**spec, "subjects": [], "assets": []} for spec in cases], users)
            hidden = [
                build_children(spec, case, users) for spec, case in zip(cases, built, strict=True)
            ]
            for (state, role), user in users.items():
                client = APIClient()
                client.force_login(user)
                visible_cases = expected_cases(cases, built, state, role)
                owner = role == Role.PROSECUTOR
                want = {"deadlines": 0, "documents": 0, "notifications": 0}
                for spec, case, restricted_now in zip(cases, built, hidden, strict=True):
                    if str(case.pk) not in visible_cases:
                        continue
                    assets, requests = spec["assets"], spec["requests"]
                    if owner:
                        want["deadlines"] += len(assets) + len(requests) + 1
                        want["documents"] += (
                            1
                            + sum(a["document"] for a in assets)
                            + sum(r["document"] for r in requests)
                        )
                        expected_events = len(assets)
                    else:
                        open_assets = [
                            a
                            for a, r in zip(assets, restricted_now["assets"], strict=True)
                            if not r
                        ]
                        seen_requests = [r for r in requests if partner_sees_request(r, state)]
                        want["deadlines"] += len(open_assets) + len(seen_requests)
                        want["documents"] += (
                            (not spec["restricted_document"])
                            + sum(a["document"] for a in open_assets)
                            + sum(r["document"] for r in seen_requests)
                        )
                        want["notifications"] += len(open_assets)
                        expected_events = len(open_assets)
                    count, _ = listed(client, f"/api/v1/cases/{case.pk}/activity/")
                    assert count == expected_events, (state, role, "activity")
                for url, key in (
                    ("/api/v1/deadlines/", "deadlines"),
                    ("/api/v1/documents/", "documents"),
                    ("/api/v1/notifications/", "notifications"),
                ):
                    count, ids = listed(client, url)
                    assert count == len(ids) == want[key], (state, role, url)
                feed = client.get("/api/v1/deadlines.ics")
                assert feed.status_code == 200
                assert feed.content.count(b"BEGIN:VEVENT") == want["deadlines"], (state, role)
            raise Rollback
    except Rollback:
        pass
