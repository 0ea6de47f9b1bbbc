"""Third-party claims on an asset (UNCAC Art. 31(9): confiscation "shall not be construed to
prejudice the rights of bona fide third parties"; Art. 55(9) the same for the measures taken at
another state's request).

Rules:
- A claim names the asset (of the case), the third party, the date it was filed and what is
  claimed: an amount in a currency, or a share (percent) of the asset, never both.
- It is `filed` until decided once, by an authority on a date (not before it was filed, not in
  the future): `upheld`, `partly_upheld` (with the upheld amount, in the claim's currency, or the
  upheld share: less than claimed, more than nothing) or `dismissed`. A decided claim is not
  decided again here (an appeal is a new decision of the courts, recorded as a new claim).
- An upheld or partly upheld claim carves what it won out of what can be confiscated (by a value
  order's satisfaction) or returned from the asset (`workflows.claims_carve_out`).
Only the case's team records them; every write is versioned and audited.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django.db import transaction

from audit import trail
from cases.models import Asset, Case, User
from cases.services.versioning import audited_update
from core.problems import Conflict
from core.state_time import today_in
from workflows.proceeds_models import ClaimStatus, ThirdPartyClaim
from workflows.services.case_records import check_records_on, error, same_case

__all__ = ["ClaimAlreadyDecided", "claim_create", "claim_decide", "claim_update"]

EDITABLE = ("claimant", "grounds", "filed_on", "note", "restricted", "internal_notes")


class ClaimAlreadyDecided(Conflict):
    default_detail = "The claim has already been decided."
    default_code = "already_decided"


def _claimed(data: Mapping[str, Any]) -> dict[str, Any]:
    amount, share = data.get("claimed_amount"), data.get("claimed_share_percent")
    if (amount is None) == (share is None):
        raise error(
            "claimed_amount",
            "Claim an amount (`claimed_amount`) or a share (`claimed_share_percent`), not both.",
            "amount_or_share",
        )
    if amount is not None:
        if amount["amount"] <= 0:
            raise error("claimed_amount.amount", "Must be more than zero.", "not_positive")
        return {"claimed_amount": amount["amount"], "currency": amount["currency"]}
    assert share is not None
    if not Decimal(0) < share <= Decimal(100):
        raise error("claimed_share_percent", "A share is more than 0 and at most 100.", "range")
    return {"claimed_share_percent": share}


def _check_filed_on(claim: ThirdPartyClaim) -> None:
    if claim.filed_on > today_in(claim.asset.jurisdiction_id):
        raise error("filed_on", "A claim cannot be filed in the future.", "in_future")


@transaction.atomic
def claim_create(*, case: Case, by: User, data: Mapping[str, Any]) -> ThirdPartyClaim:
    asset: Asset = data["asset"]
    same_case("asset", asset, case)
    check_records_on(by, case, asset=asset)
    claim = ThirdPartyClaim(
        case=case,
        asset=asset,
        created_by=by,
        **{name: data[name] for name in EDITABLE if name in data},
        **_claimed(data),
    )
    _check_filed_on(claim)
    claim.save(force_insert=True)
    trail.record_created("third_party_claim.created", claim, actor=by, after=trail.snapshot(claim))
    return claim


@transaction.atomic
def claim_update(
    *, claim: ThirdPartyClaim, by: User, changes: Mapping[str, Any]
) -> ThirdPartyClaim:
    """Change what describes a claim the caller has locked (its decision is `claim_decide`)."""
    check_records_on(by, claim.case, asset=claim.asset)
    with audited_update(claim, action="third_party_claim.updated", by=by) as update:
        update.set(changes, EDITABLE)
        _check_filed_on(claim)
    return claim


def _upheld_part(claim: ThirdPartyClaim, data: Mapping[str, Any]) -> dict[str, Any]:
    amount, share = data.get("upheld_amount"), data.get("upheld_share_percent")
    if data["status"] != ClaimStatus.PARTLY_UPHELD:
        if amount is not None or share is not None:
            raise error(
                "upheld_amount",
                "Only a partly upheld claim names what was upheld.",
                "not_applicable",
            )
        return {}
    if claim.claimed_amount is not None:
        if amount is None or share is not None:
            raise error("upheld_amount", "Give the amount upheld.", "required")
        if amount["currency"] != claim.currency:
            raise error(
                "upheld_amount.currency",
                f"In the claim's currency ({claim.currency}).",
                "currency_mismatch",
            )
        if not Decimal(0) < amount["amount"] < claim.claimed_amount:
            raise error(
                "upheld_amount.amount",
                "Partly upheld: more than nothing, less than claimed.",
                "range",
            )
        return {"upheld_amount": amount["amount"]}
    if share is None or amount is not None:
        raise error("upheld_share_percent", "Give the share upheld.", "required")
    assert claim.claimed_share_percent is not None
    if not Decimal(0) < share < claim.claimed_share_percent:
        raise error(
            "upheld_share_percent",
            "Partly upheld: more than nothing, less than claimed.",
            "range",
        )
    return {"upheld_share_percent": share}


@transaction.atomic
def claim_decide(*, claim: ThirdPartyClaim, by: User, data: Mapping[str, Any]) -> ThirdPartyClaim:
    """Record the decision on a claim the caller has locked."""
    check_records_on(by, claim.case, asset=claim.asset)
    if claim.status != ClaimStatus.FILED:
        raise ClaimAlreadyDecided(f"The claim was {claim.status} on {claim.decided_on}.")
    decided_on = data["decided_on"]
    if decided_on < claim.filed_on:
        raise error("decided_on", "A claim is decided after it was filed.", "before_filing")
    if decided_on > today_in(claim.asset.jurisdiction_id):
        raise error("decided_on", "A decision cannot be dated in the future.", "in_future")
    fields = {
        "status": data["status"],
        "decision_authority": data["decision_authority"],
        "decided_on": decided_on,
        **_upheld_part(claim, data),
    }
    with audited_update(claim, action="third_party_claim.decided", by=by) as update:
        update.set(fields, fields)
    return claim
