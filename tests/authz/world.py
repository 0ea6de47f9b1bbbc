"""The world every authorization test runs in: one GB case seen from every persona's place.

- prosecutor_gb leads the case (the team); prosecutor2_gb is of GB but not on the team;
- prosecutor_ng is of another state; admin_gb is GB's admin;
- the case is shared with FR (in force), was shared with CH (revoked) and with US (expired);
- it holds an open and a restricted subject, and an open and a restricted asset.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from cases.models import CaseShare
from cases.services.sharing import case_unshare
from cases.services.tokens import api_token_create
from tests.factories import make_asset, make_case, make_subject, share

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
    CaseShare.objects.filter(case=case, state_id="US").update(
        expires_on=timezone.now().date() - timedelta(days=1)
    )
    token, _ = api_token_create(user=gb, name="world token", expires_at=None)
    return {
        "case": case,
        "subject": official,
        "restricted_subject": hidden_subject,
        "asset": open_asset,
        "restricted_asset": hidden_asset,
        "token": token,
    }
