"""Both sides of an MLA request hear of the other side's moves, and only of what they may see."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import timezone

from notifications.models import Notification
from tests.factories import make_case, share
from workflows.mla_models import MlaRequest, MlaStatus
from workflows.services.mla import mla_request_transition
from workflows.services.sharing import case_unshare

pytestmark = pytest.mark.django_db


def inbox(user):
    """The user's notifications of MLA moves (sharing the case notifies too)."""
    mla = Notification.objects.filter(recipient=user, kind__startswith="mla.")
    return list(mla.order_by("created_at").values_list("kind", "title", "body"))


@pytest.fixture
def draft(personas):
    case = make_case(by=personas.prosecutor_gb)
    case.team.add(personas.prosecutor2_gb)
    share(case, "FR")
    return MlaRequest.objects.create(
        case=case,
        kind="freeze",
        requesting_state_id="GB",
        requested_state_id="FR",
        requesting_reference="GB-MLA-7",
        status=MlaStatus.DRAFT,
        due_on=timezone.now().date() + timedelta(days=30),
        created_by=personas.prosecutor_gb,
    )


def act(mla_request, by, action, **extra):
    return mla_request_transition(request_id=mla_request.pk, by=by, action=action, **extra)


def test_each_side_hears_of_the_other_sides_moves(draft, personas) -> None:
    act(draft, personas.prosecutor_gb, "send")
    assert inbox(personas.liaison_fr) == [("mla.send", "MLA request GB-MLA-7 (GB to FR): sent", "")]
    assert inbox(personas.prosecutor_gb) == inbox(personas.prosecutor2_gb) == []

    act(
        draft,
        personas.liaison_fr,
        "request_info",
        note="Which account numbers?",
        reply_due_on=date(2999, 1, 1),
    )
    expected = (
        "mla.request_info",
        "MLA request GB-MLA-7 (GB to FR): further information requested",
        "Which account numbers?",
    )
    assert inbox(personas.prosecutor_gb) == [expected]
    assert inbox(personas.prosecutor2_gb) == [expected]  # the whole team
    assert len(inbox(personas.liaison_fr)) == 1  # not told of their own move

    act(draft, personas.prosecutor_gb, "provide_info", note="FR76 3000 6000 0112 3456 7890 189")
    assert inbox(personas.liaison_fr)[-1][0] == "mla.provide_info"
    # Nobody else: not the admin, not another state's liaison, not a GB prosecutor off the team.
    for outsider in (
        personas.admin_gb,
        personas.liaison_ch,
        personas.liaison_us,
        personas.prosecutor_ng,
    ):
        assert inbox(outsider) == []


def test_a_liaison_who_no_longer_sees_the_case_hears_nothing(draft, personas) -> None:
    case_unshare(case=draft.case, state_code="FR", by=personas.prosecutor_gb)
    act(draft, personas.prosecutor_gb, "send")
    assert inbox(personas.liaison_fr) == []


def test_a_request_for_the_owning_state_only_tells_no_liaison(draft, personas) -> None:
    MlaRequest.objects.filter(pk=draft.pk).update(restricted=True)
    draft.refresh_from_db()
    act(draft, personas.prosecutor_gb, "send")
    act(draft, personas.prosecutor_gb, "withdraw")
    assert inbox(personas.liaison_fr) == []
