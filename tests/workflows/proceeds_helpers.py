"""Requests the proceeds tests share: value orders, satisfactions, claims, agreements."""

from __future__ import annotations

from typing import Any

from rest_framework.test import APIClient

from tests.workflows.conftest import days, money


def legal_order(reference: str = "T2026-0117-CO", *, jurisdiction: str = "GB") -> dict[str, Any]:
    return {
        "authority": "Southwark Crown Court",
        "jurisdiction": jurisdiction,
        "reference": reference,
        "issued_on": days(-10),
    }


def create_value_order(client: APIClient, case: Any, **fields: Any) -> Any:
    body = {
        "case": str(case.pk),
        "order": legal_order(),
        "amount": money("1000000.00"),
        "basis": "conviction",
        "final": True,
        **fields,
    }
    return client.post("/api/v1/value-orders/", body, format="json")


def satisfy(
    client: APIClient, order_id: str, asset: Any, amount: str, currency: str = "USD", **headers: Any
) -> Any:
    body = {"asset": str(getattr(asset, "pk", asset)), "amount": money(amount, currency)}
    return client.post(
        f"/api/v1/value-orders/{order_id}/satisfactions/", body, format="json", **headers
    )


def file_claim(client: APIClient, asset: Any, **fields: Any) -> Any:
    body = {
        "case": str(asset.case_id),
        "asset": str(asset.pk),
        "claimant": "Northbank Mortgages plc",
        "grounds": "Mortgage granted in good faith before the freeze (UNCAC 31(9)).",
        "filed_on": days(-5),
        **fields,
    }
    if "claimed_share_percent" not in fields and "claimed_amount" not in fields:
        body["claimed_amount"] = money("150000.00")
    return client.post("/api/v1/third-party-claims/", body, format="json")


def decide(client: APIClient, claim_id: str, status: str, **fields: Any) -> Any:
    body = {
        "status": status,
        "decision_authority": "High Court, Chancery Division",
        "decided_on": days(-1),
        **fields,
    }
    return client.post(f"/api/v1/third-party-claims/{claim_id}/decision/", body, format="json")


def create_agreement(client: APIClient, case: Any, **fields: Any) -> Any:
    body = {"case": str(case.pk), **fields}
    return client.post("/api/v1/sharing-agreements/", body, format="json")


def agreed_share(asset: Any, percent: str, amount: str, **fields: Any) -> dict[str, Any]:
    """An agreement of GB (executing) with NG to share an asset's proceeds (CETS 198 Art. 25(3))."""
    return {
        "asset": str(asset.pk),
        "executing_state": "GB",
        "issuing_state": "NG",
        "rule": "agreed_share",
        "issuing_share_percent": percent,
        "agreement_reference": "MoU",
        "amount": money(amount),
        **fields,
    }
