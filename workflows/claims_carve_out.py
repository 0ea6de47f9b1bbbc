"""What upheld third-party claims take out of an asset (UNCAC Art. 31(9), 55(9)): the rights of
bona fide third parties are not the state's to confiscate or return.

An upheld claim carves out what it claimed; a partly upheld one what the decision upheld. A claim
for an amount carves that amount out of the figure in its own currency (amounts are never
converted); a claim for a share carves that share out of the figure in every currency, rounded
*up* to a minor unit (the third party's share is never short by a fraction of a cent).

Read by the repatriation check (`workflows.services.asset_transitions`), by the satisfaction of
value orders and by sharing agreements, so all three see the same carve-out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from decimal import ROUND_UP, Decimal
from typing import Any

from core.money import format_amount, minor_unit
from workflows.proceeds_models import ClaimStatus, ThirdPartyClaim

__all__ = ["available_after_claims", "carve_out", "claims_carving_out", "returns_beyond_claims"]


def carve_out(
    claims: Iterable[ThirdPartyClaim], figures: Mapping[str, Decimal]
) -> dict[str, Decimal]:
    """Per currency, what the claims take out of `figures` (the asset's confiscated, frozen or
    seized amount in each currency). A claim in a currency without a figure still counts there:
    nothing of that currency can be taken until a figure exceeds it."""
    carved: defaultdict[str, Decimal] = defaultdict(Decimal)
    for claim in claims:
        partly = claim.status == ClaimStatus.PARTLY_UPHELD
        if claim.claimed_amount is not None:
            upheld = claim.upheld_amount if partly else claim.claimed_amount
            carved[claim.currency] += upheld or Decimal(0)
            continue
        share = (claim.upheld_share_percent if partly else claim.claimed_share_percent) or 0
        for currency, figure in figures.items():
            part = figure * Decimal(share) / Decimal(100)
            carved[currency] += part.quantize(minor_unit(currency), rounding=ROUND_UP)
    return dict(carved)


def claims_carving_out(asset_id: Any) -> list[ThirdPartyClaim]:
    """The asset's upheld and partly upheld claims (read inside the writer's transaction)."""
    return list(ThirdPartyClaim.objects.filter(asset_id=asset_id).carving_out())


def available_after_claims(asset_id: Any, figures: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """Per currency of `figures`, what is left of it once the upheld claims are carved out."""
    carved = carve_out(claims_carving_out(asset_id), figures)
    return {
        currency: max(figure - carved.get(currency, Decimal(0)), Decimal(0))
        for currency, figure in figures.items()
    }


def returns_beyond_claims(asset_id: Any, totals: Mapping[str, Mapping[str, Decimal]]) -> list[str]:
    """The repatriation check's hook: for each currency in which returned plus deducted
    expenses (57(4)) exceed what was confiscated less the upheld claims, why."""
    claims = claims_carving_out(asset_id)
    if not claims:
        return []
    confiscated = {currency: figures["confiscated"] for currency, figures in totals.items()}
    carved = carve_out(claims, confiscated)
    problems = []
    for currency, figures in sorted(totals.items()):
        taken = carved.get(currency)
        if taken is None or figures["returned"] + figures["deducted_expenses"] == 0:
            continue
        left = max(figures["confiscated"] - taken, Decimal(0))
        if figures["returned"] + figures["deducted_expenses"] > left:
            problems.append(
                f"Upheld third-party claims carve {format_amount(taken, currency)} {currency} out "
                f"of the {format_amount(figures['confiscated'], currency)} {currency} "
                f"confiscated: at most {format_amount(left, currency)} {currency} may be returned "
                "or kept for expenses (UNCAC Art. 31(9), 55(9))."
            )
    return problems
