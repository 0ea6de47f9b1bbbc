"""The world every authorization test runs in: one GB case seen from every persona's place.

- prosecutor_gb leads the case (the team); prosecutor2_gb is of GB but not on the team;
- prosecutor_ng is of another state; admin_gb is GB's admin;
- the case is shared with FR (in force), was shared with CH (revoked) and with US (expired);
- it holds an open and a restricted subject, and an open and a restricted asset;
- and an open and a restricted document (files in the test's MEDIA_ROOT: see conftest.py);
- a task of the team, a task given to FR's side of the sent request and a restricted task;
- value orders (open, restricted), third-party claims (on the open and the restricted asset)
  and sharing agreements (one FR is party to, one it is not), written as rows (no audit events);
- and what was restricted or hidden after the case was shared: an asset frozen and then
  restricted (with its freeze deadline), documents of a draft and of a restricted MLA request,
  and an open document superseded by a restricted newer version.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.utils import timezone

from accounts.services.feed_tokens import feed_token_create
from accounts.services.tokens import api_token_create
from cases.models import CaseShare, State
from cases.services.case_file import asset_update
from core.state_time import today_in
from deadlines.models import Deadline, DeadlineKind
from deadlines.services import deadline_sync
from documents.services.records import document_update
from notifications.models import Notification
from tasks.services import task_create
from tests.documents.samples import CSV, PDF, make_document
from tests.factories import make_asset, make_case, make_subject, share
from workflows.proceeds_models import (
    SharingAgreement,
    SharingRule,
    ThirdPartyClaim,
    ValueOrder,
    ValueOrderSatisfaction,
)
from workflows.services.asset_transitions import asset_transition
from workflows.services.mla import mla_request_create, mla_request_transition
from workflows.services.sharing import case_unshare

PERSONAS = (
    "anonymous",
    "prosecutor_gb",
    "prosecutor2_gb",
    "prosecutor_ng",
    "liaison_fr",
    "liaison_ch",
    "liaison_us",
    "admin_gb",
)


def send_mla(case: Any, by: Any, **fields: Any) -> Any:
    """An evidence request to FR (or as `fields` say), sent: its answer is due in 30 days."""
    request, _ = mla_request_create(
        **{
            "case": case,
            "by": by,
            "requested_state": State.objects.get(code="FR"),
            "kind": "evidence",
            "due_on": timezone.now().date() + timedelta(days=30),
            **fields,
        }
    )
    return mla_request_transition(request_id=request.pk, by=by, action="send")


def freeze(asset: Any, by: Any) -> Any:
    """A freeze by the High Court, expiring in 90 days."""
    today = timezone.now().date()
    order = {
        "authority": "High Court",
        "jurisdiction": State.objects.get(code="GB"),
        "reference": "HC-2026-1",
        "issued_on": today,
        "expires_on": today + timedelta(days=90),
    }
    return asset_transition(asset=asset, by=by, action="freeze", data={"order": order})


def build_world(personas: Any) -> dict[str, Any]:
    gb = personas.prosecutor_gb
    case = make_case(by=gb, title="World case", internal_notes="team only")
    official = make_subject(case=case, name="Open Official")
    hidden_subject = make_subject(case=case, name="Restricted Informant", restricted=True)
    open_asset = make_asset(case=case, description="Open flat", holder=official)
    hidden_asset = make_asset(case=case, description="Restricted account", restricted=True)
    share(case, "FR")
    share(case, "CH")
    case_unshare(case=case, state_code="CH", by=gb)
    share(case, "US")
    # Expired: its last day was yesterday where the US is (UTC's yesterday is still today
    # there from 00:00 to 05:00 UTC, when the share is in force).
    CaseShare.objects.filter(case=case, state_id="US").update(
        expires_on=today_in("US") - timedelta(days=1)
    )
    token, _ = api_token_create(user=gb, name="world token", expires_at=None)
    feed_token, _ = feed_token_create(user=gb, name="world calendar")
    open_document = make_document(case=case, content=PDF, asset=open_asset)
    hidden_document = make_document(
        case=case, content=CSV, name="informant.csv", title="Informant notes", restricted=True
    )
    mla = send_mla(case, gb)
    draft_mla, _ = mla_request_create(
        case=case, by=gb, requested_state=State.objects.get(code="FR"), kind="tracing"
    )
    follow_up = deadline_sync(
        kind=DeadlineKind.FOLLOW_UP,
        source_id=case.pk,
        case=case,
        due_on=timezone.now().date() + timedelta(days=9),
        acting_state="GB",
        title="Team follow-up",
        restricted=True,
        by=gb,
    )
    mla_deadline = Deadline.objects.get(kind=DeadlineKind.MLA_RESPONSE, source_id=mla.pk)
    # Items restricted or hidden after the case was shared, and what derives from them.
    later_restricted_asset = make_asset(case=case, description="Frozen, restricted later")
    freeze(later_restricted_asset, gb)
    later_restricted_freeze = Deadline.objects.get(
        kind=DeadlineKind.FREEZE_EXPIRY, source_id=later_restricted_asset.transitions.get().pk
    )
    later_restricted_asset.refresh_from_db()  # as the API reads it: after the freeze
    asset_update(asset=later_restricted_asset, by=gb, changes={"restricted": True})
    draft_mla_document = make_document(case=case, mla_request=draft_mla, title="Draft letter")
    restricted_mla = send_mla(case, gb, restricted=True)
    restricted_mla_document = make_document(
        case=case, mla_request=restricted_mla, title="Confidential letter"
    )
    old_version = make_document(case=case, title="Statement v1")
    restricted_version = make_document(
        case=case, content=CSV, name="v2.csv", title="Statement v2", supersedes=old_version
    )
    document_update(document=restricted_version, by=gb, changes={"restricted": True})
    notification = Notification.objects.get(recipient=personas.liaison_fr, kind="case_shared")
    # Tasks: the team's own (required before confiscating the open asset), one given to FR's
    # side of the sent request, and a restricted one.
    task = task_create(
        case=case,
        by=gb,
        data={
            "title": "Notify third parties",
            "asset": open_asset,
            "mandatory_before": "confiscate",
        },
    )
    partner_task = task_create(
        case=case,
        by=gb,
        data={"title": "Produce the bank records", "mla_request": mla, "side": "partner"},
    )
    restricted_task = task_create(
        case=case, by=gb, data={"title": "Meet the informant", "restricted": True}
    )
    proceeds = build_proceeds(case, gb, open_asset=open_asset, hidden_asset=hidden_asset)
    return {
        **proceeds,
        "mla": mla,
        "task": task,
        "partner_task": partner_task,
        "restricted_task": restricted_task,
        "draft_mla": draft_mla,
        "follow_up": follow_up,
        "mla_deadline": mla_deadline,
        "notification": notification,
        "case": case,
        "subject": official,
        "restricted_subject": hidden_subject,
        "asset": open_asset,
        "restricted_asset": hidden_asset,
        "token": token,
        "feed_token": feed_token,
        "document": open_document,
        "restricted_document": hidden_document,
        "later_restricted_asset": later_restricted_asset,
        "later_restricted_freeze": later_restricted_freeze,
        "draft_mla_document": draft_mla_document,
        "restricted_mla": restricted_mla,
        "restricted_mla_document": restricted_mla_document,
        "old_version": old_version,
        "restricted_version": restricted_version,
    }


def build_proceeds(case: Any, gb: Any, *, open_asset: Any, hidden_asset: Any) -> dict[str, Any]:
    """Value orders, claims and sharing agreements of the world's case, as stored rows: the
    matrix reads and changes them; their services are tested in tests/workflows."""
    order = {
        "order_authority": "Southwark Crown Court",
        "order_jurisdiction_id": "GB",
        "order_reference": "T2026-0117-CO",
        "order_issued_on": date(2026, 1, 10),
        "currency": "USD",
        "final": True,
        "created_by": gb,
    }
    value_order = ValueOrder.objects.create(case=case, amount=Decimal("5000.00"), **order)
    restricted_value_order = ValueOrder.objects.create(
        case=case, amount=Decimal("7000.00"), restricted=True, **order
    )
    ValueOrderSatisfaction.objects.create(
        value_order=value_order, asset=open_asset, amount=Decimal("2500.00"), recorded_by=gb
    )
    claim = {"filed_on": date(2026, 1, 1), "currency": "USD", "created_by": gb}
    agreement = {
        "case": case,
        "value_order": value_order,
        "rule": SharingRule.AGREED_SHARE,
        "issuing_share_percent": Decimal("50"),
        "agreement_reference": "MoU 2026/1",
        "amount": Decimal("1000.00"),
        "currency": "USD",
        "executing_state_amount": Decimal("500.00"),
        "issuing_state_amount": Decimal("500.00"),
        "created_by": gb,
    }
    return {
        "value_order": value_order,
        "restricted_value_order": restricted_value_order,
        "claim": ThirdPartyClaim.objects.create(
            case=case, asset=open_asset, claimant="Bank", claimed_amount=Decimal("10"), **claim
        ),
        "restricted_claim": ThirdPartyClaim.objects.create(
            case=case, asset=hidden_asset, claimant="Heir", claimed_amount=Decimal("10"), **claim
        ),
        "agreement": SharingAgreement.objects.create(
            executing_state_id="GB", issuing_state_id="FR", **agreement
        ),
        "other_agreement": SharingAgreement.objects.create(
            executing_state_id="GB", issuing_state_id="NG", **agreement
        ),
    }
