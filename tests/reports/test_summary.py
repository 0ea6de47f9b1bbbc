"""`/api/v1/reports/summary/`: every total against sums computed independently, in Python, over
generated data; the rate-date rule; a liaison's narrower totals; a constant number of queries."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections import defaultdict
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rest_framework.renderers import JSONRenderer

from cases.models import Asset, State
from cases.models.assets import AssetRecoveryTotal
from reports.api.summary import SummarySerializer
from reports.models import FxRate
from reports.summary import summary_report
from tests.factories import make_case, share
from tests.reports.conftest import PATH_TO, SAMPLE_RATES, staged_asset, today
from workflows.mla_models import MlaRequest, MlaStatus
from workflows.models import AssetTransition
from workflows.services.asset_transitions import asset_transition
from workflows.services.mla import mla_request_create

URL = "/api/v1/reports/summary/"
CURRENCIES = ("USD", "GBP", "CHF", "EUR")
FIGURES = ("frozen", "seized", "confiscated", "returned", "deducted_expenses")

asset_spec = st.fixed_dictionaries(
    {
        "stage": st.sampled_from(sorted(PATH_TO)),
        "amount": st.decimals(min_value=1, max_value=10**9, places=2),
        "currency": st.sampled_from(CURRENCIES),
        "estimated": st.none() | st.decimals(min_value=0, max_value=10**9, places=2),
        "estimated_currency": st.sampled_from(CURRENCIES),
        "jurisdiction": st.sampled_from(["CH", "FR", "US"]),
        "restricted": st.booleans(),
        "case": st.integers(min_value=0, max_value=1),
    }
)


def mla_request_as_planned(
    case: Any,
    by: Any,
    sent_on: Any,
    state: str,
    status: str,
    acknowledged_after: int | None,
    closed_after: int | None,
    due_on: Any,
) -> None:
    """An evidence request to `state`, set to `status` with its dates (days after `sent_on`)."""
    request, _ = mla_request_create(
        case=case, by=by, requested_state=State.objects.get(code=state), kind="evidence"
    )
    MlaRequest.objects.filter(pk=request.pk).update(
        status=status,
        sent_on=sent_on,
        acknowledged_on=(
            sent_on + timedelta(days=acknowledged_after) if acknowledged_after is not None else None
        ),
        closed_on=sent_on + timedelta(days=closed_after) if closed_after is not None else None,
        due_on=due_on,
    )


def rates(as_of: date) -> dict[str, tuple[date, Decimal]]:
    latest: dict[str, tuple[date, Decimal]] = {}
    for rate in FxRate.objects.filter(rate_date__lte=as_of).order_by("rate_date"):
        latest[rate.currency] = (rate.rate_date, rate.per_eur)
    return latest


def expected_converted(amounts: dict[str, Decimal], as_of: date, to: str = "USD") -> dict[str, Any]:
    """The conversion rule, restated: cross rate through the euro, rounded once at the end."""
    known = rates(as_of)
    known["EUR"] = (None, Decimal(1))  # type: ignore[assignment]
    total, missing = Decimal(0), []
    for currency, amount in amounts.items():
        if not amount:
            continue
        if currency == to:
            total += amount
        elif currency in known and to in known:
            total += amount * known[to][1] / known[currency][1]
        else:
            missing.append(currency)
    return {
        "amount": str(total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)),
        "missing_rates": sorted(missing),
    }


def money(amounts: dict[str, Decimal]) -> list[dict[str, str]]:
    return [{"amount": f"{amounts[c]:.2f}", "currency": c} for c in sorted(amounts) if amounts[c]]


def may_see(user: Any, asset: Asset) -> bool:
    """API.md's rule, in plain Python (not the production `visible_to`): the owning state's
    prosecutors and admins see all its assets; a liaison those of cases shared with their state
    by a share in force, unless restricted."""
    case = asset.case
    if user.role in ("prosecutor", "admin"):
        return case.owner_state_id == user.state_id
    today = timezone.now().date()
    in_force = any(
        share.state_id == user.state_id
        and share.revoked_at is None
        and (share.expires_on is None or share.expires_on >= today)
        for share in case.shares.all()
    )
    return in_force and not asset.restricted


def independent_totals(user: Any) -> dict[str, dict[str, dict[str, Any]]]:
    """Per dimension and key: count and per-figure per-currency sums, in plain Python."""
    groups: dict[str, dict[str, Any]] = defaultdict(
        lambda: defaultdict(
            lambda: {"count": 0, "figures": defaultdict(lambda: defaultdict(Decimal))}
        )
    )
    every_asset = Asset.objects.select_related("case").prefetch_related("case__shares")
    assets = [asset for asset in every_asset if may_see(user, asset)]
    totals = defaultdict(list)
    for row in AssetRecoveryTotal.objects.filter(asset__in=[a.pk for a in assets]):
        totals[row.asset_id].append(row)
    today = timezone.now().date()
    for asset in assets:
        lapsed = asset.stage == "frozen" and asset.freeze_expires_on < today
        in_force = asset.stage == "frozen" and not lapsed
        keys = {
            "total": "",
            "stage": "lapsed" if lapsed else asset.stage,
            "jurisdiction": asset.jurisdiction_id,
            "owner_state": asset.case.owner_state_id,
            "origin_state": asset.case.origin_state_id,
        }
        for dimension, key in keys.items():
            group = groups[dimension][key]
            group["count"] += 1
            if asset.estimated_value_amount is not None:
                group["figures"]["identified"][asset.estimated_value_currency] += (
                    asset.estimated_value_amount
                )
            for row in totals[asset.pk]:
                for name in FIGURES:
                    group["figures"][name][row.currency] += getattr(row, name)
                group["figures"]["outstanding"][row.currency] += row.outstanding
                group["figures"]["frozen_now"][row.currency] += row.frozen if in_force else 0
    return groups


def check_report(report: dict[str, Any], user: Any, as_of: date) -> None:
    expected = independent_totals(user)
    assert report["assets"]["total"]["count"] == expected["total"][""]["count"]
    blocks = [("total", "", report["assets"]["total"])]
    for dimension in ("stage", "jurisdiction", "owner_state", "origin_state"):
        rows = report["assets"][f"by_{dimension}"]
        assert {row[dimension] for row in rows} == set(expected[dimension])
        blocks += [(dimension, row[dimension], row) for row in rows]
    for dimension, key, block in blocks:
        wanted = expected[dimension][key]
        assert block["count"] == wanted["count"], (dimension, key)
        for name, figure in block["figures"].items():
            amounts = dict(wanted["figures"][name])
            assert figure["amounts"] == money(amounts), (dimension, key, name)
            converted = expected_converted(amounts, as_of)
            assert figure["converted"]["amount"] == converted["amount"], (dimension, key, name)
            assert figure["converted"]["missing_rates"] == converted["missing_rates"]
            assert figure["converted"]["complete"] is (not converted["missing_rates"])


@pytest.mark.django_db
@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(specs=st.lists(asset_spec, min_size=1, max_size=6))
def test_totals_match_independent_sums(specs, personas, client_for) -> None:
    call_command("load_fx_rates", str(SAMPLE_RATES), verbosity=0)
    cases = [
        make_case(by=personas.prosecutor_gb),
        make_case(by=personas.prosecutor_gb, origin="NG"),
    ]
    share(cases[0], "FR")
    for spec in specs:
        staged_asset(cases[spec.pop("case")], **spec)
    as_of = date(2026, 11, 26)
    for persona in ("prosecutor_gb", "liaison_fr", "prosecutor_ng"):
        user = getattr(personas, persona)
        response = client_for(user).get(URL, {"as_of": as_of.isoformat()})
        assert response.status_code == 200
        check_report(response.json(), user, as_of)


@pytest.mark.django_db
def test_liaison_sees_narrower_totals(personas, client_for) -> None:
    call_command("load_fx_rates", str(SAMPLE_RATES), verbosity=0)
    shared = make_case(by=personas.prosecutor_gb)
    share(shared, "FR")
    unshared = make_case(by=personas.prosecutor_gb)
    staged_asset(shared, "frozen", amount=Decimal("100.00"))
    staged_asset(shared, "frozen", amount=Decimal("7000.00"), restricted=True)
    staged_asset(unshared, "seized", amount=Decimal("300.00"))
    owner = client_for(personas.prosecutor_gb).get(URL).json()
    liaison = client_for(personas.liaison_fr).get(URL).json()
    outsider = client_for(personas.prosecutor_ng).get(URL).json()
    assert owner["assets"]["total"]["count"] == 3
    assert owner["assets"]["total"]["figures"]["frozen"]["amounts"] == [
        {"amount": "7100.00", "currency": "USD"}
    ]
    assert liaison["assets"]["total"]["count"] == 1
    assert liaison["assets"]["total"]["figures"]["frozen"]["amounts"] == [
        {"amount": "100.00", "currency": "USD"}
    ]
    assert liaison["assets"]["total"]["figures"]["seized"]["amounts"] == []
    assert outsider["assets"]["total"]["count"] == 0
    assert outsider["assets"]["by_stage"] == []


@pytest.mark.django_db
def test_rate_date_rule(personas, client_for) -> None:
    """Latest rate on or before as_of, for both currencies; stated; missing ones listed."""
    call_command("load_fx_rates", str(SAMPLE_RATES), verbosity=0)
    case = make_case(by=personas.prosecutor_gb)
    staged_asset(case, "frozen", amount=Decimal("1000.00"), currency="GBP")
    staged_asset(case, "frozen", amount=Decimal("500.00"), currency="NGN")
    client = client_for(personas.prosecutor_gb)

    def frozen(as_of: str, currency: str = "USD") -> dict[str, Any]:
        report = client.get(URL, {"as_of": as_of, "currency": currency}).json()
        return report["assets"]["total"]["figures"]["frozen"]["converted"]

    # 2026-11-25: NGN is N/A that day, so NGN uses... nothing later than that before it:
    # the previous NGN rate is 2026-10-30.
    converted = frozen("2026-11-25")
    assert converted["complete"] is True
    assert {(r["currency"], r["rate_date"]) for r in converted["rates"]} == {
        ("GBP", "2026-11-25"),
        ("USD", "2026-11-25"),
        ("NGN", "2026-10-30"),
    }
    usd = Decimal("1.0770")
    expected = Decimal("1000.00") * usd / Decimal("0.8440") + Decimal("500.00") * usd / Decimal(
        "1702.3300"
    )
    assert converted["amount"] == str(expected.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    # A Saturday after the last rate: the Friday's rates.
    assert {r["rate_date"] for r in frozen("2026-11-28")["rates"]} == {"2026-11-27"}
    # Before any rate: nothing converted, nothing guessed.
    before = frozen("2025-12-31")
    assert before == {
        "amount": "0.00",
        "currency": "USD",
        "complete": False,
        "missing_rates": ["GBP", "NGN"],
        "rates": [],
    }
    # In the figure's own currency no rate is needed; in EUR only the source's rate is.
    in_gbp = frozen("2026-11-26", "GBP")
    assert [r["currency"] for r in in_gbp["rates"]] == ["GBP", "NGN"]
    in_eur = frozen("2026-11-26", "EUR")
    assert [r["currency"] for r in in_eur["rates"]] == ["GBP", "NGN"]
    assert in_eur["amount"] == str(
        (Decimal("1000") / Decimal("0.8433") + Decimal("500") / Decimal("1684.1100")).quantize(
            Decimal("0.01"), rounding=ROUND_HALF_UP
        )
    )


@pytest.mark.django_db
def test_missing_reporting_currency_rate(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb)
    staged_asset(case, "seized", amount=Decimal("10.00"), currency="USD")
    staged_asset(case, "seized", amount=Decimal("20.00"), currency="EUR")
    report = client_for(personas.prosecutor_gb).get(URL).json()  # no rates loaded at all
    converted = report["assets"]["total"]["figures"]["seized"]["converted"]
    assert converted["amount"] == "10.00"
    assert converted["missing_rates"] == ["EUR"]
    assert converted["complete"] is False


@pytest.mark.django_db
def test_acts_by_year_and_expiring_freezes(personas, client_for) -> None:
    call_command("load_fx_rates", str(SAMPLE_RATES), verbosity=0)
    case = make_case(by=personas.prosecutor_gb)
    staged_asset(case, "frozen", amount=Decimal("100.00"), expires_in=10)
    staged_asset(case, "frozen", amount=Decimal("200.00"), expires_in=40, jurisdiction="FR")
    staged_asset(case, "repatriated", amount=Decimal("1000.00"))
    report = client_for(personas.prosecutor_gb).get(URL).json()
    year = (today() - timedelta(days=30)).year
    acts = {(row["year"], row["action"]): row for row in report["acts_by_year"]}
    expected = defaultdict(lambda: defaultdict(Decimal))
    counts: dict[tuple[int, str], int] = defaultdict(int)
    for act in AssetTransition.objects.all():
        key = (act.order_issued_on.year, act.action)
        counts[key] += 1
        if act.amount is not None:
            expected[key][act.amount_currency] += act.amount
    assert set(acts) == set(counts)
    for key, row in acts.items():
        assert row["count"] == counts[key]
        assert row["amounts"] == money(dict(expected[key]))
    assert acts[(year, "freeze")]["count"] == 3
    expiring = report["freezes_expiring"]
    assert expiring["count"] == 1
    assert expiring["by_jurisdiction"] == [
        {
            "jurisdiction": "CH",
            "count": 1,
            "next_expiry": (today() + timedelta(days=10)).isoformat(),
        }
    ]


@pytest.mark.django_db
def test_mla_figures_and_medians(personas, client_for) -> None:
    case = make_case(by=personas.prosecutor_gb)
    share(case, "FR")
    gb = personas.prosecutor_gb
    base = date(2026, 1, 5)
    plans = [
        ("FR", MlaStatus.ACKNOWLEDGED, 3, None, today() - timedelta(days=1)),
        ("FR", MlaStatus.EXECUTED, 5, 40, None),
        ("FR", MlaStatus.EXECUTED, 10, 61, None),
        ("FR", MlaStatus.REFUSED, 2, 20, None),
        ("CH", MlaStatus.SENT, None, None, today() + timedelta(days=5)),
        ("CH", MlaStatus.PARTIALLY_EXECUTED, 7, 90, None),
    ]
    for plan in plans:
        mla_request_as_planned(case, gb, base, *plan)
    mla_request_create(
        case=case, by=gb, requested_state=State.objects.get(code="FR"), kind="tracing"
    )
    owner = client_for(gb).get(URL).json()["mla_requests"]
    by_state = {row["requested_state"]: row for row in owner["by_requested_state"]}
    assert by_state["FR"] == {
        "requested_state": "FR",
        "total": 4,
        "open": 1,
        "overdue": 1,
        "refused": 1,
        "median_days_to_acknowledgement": f"{statistics.median([3, 5, 10, 2]):.1f}",
        "median_days_to_execution": f"{statistics.median([40, 61]):.1f}",
    }
    assert by_state["CH"]["median_days_to_execution"] == "90.0"
    assert by_state["CH"]["open"] == 1
    assert by_state["CH"]["overdue"] == 0
    assert owner["total"]["total"] == 6
    assert (
        owner["total"]["median_days_to_acknowledgement"]
        == f"{statistics.median([3, 5, 10, 2, 7]):.1f}"
    )
    # The FR liaison: only the requests addressed to FR (and never the draft).
    liaison = client_for(personas.liaison_fr).get(URL).json()["mla_requests"]
    assert [row["requested_state"] for row in liaison["by_requested_state"]] == ["FR"]
    assert liaison["total"]["total"] == 4
    nobody = client_for(personas.prosecutor_ng).get(URL).json()["mla_requests"]
    assert nobody["by_requested_state"] == []
    assert nobody["total"]["total"] == 0
    assert nobody["total"]["median_days_to_acknowledgement"] is None


@pytest.mark.django_db
def test_query_count_is_constant(personas, client_for) -> None:
    call_command("load_fx_rates", str(SAMPLE_RATES), verbosity=0)
    case = make_case(by=personas.prosecutor_gb)
    share(case, "FR")
    client = client_for(personas.prosecutor_gb)
    liaison = client_for(personas.liaison_fr)

    def queries(c: Any) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert c.get(URL).status_code == 200
        return len(captured)

    staged_asset(case, "frozen")
    queries(client), queries(liaison)  # the first request of a session also writes it
    small = queries(client), queries(liaison)
    for stage in PATH_TO:
        for currency in ("USD", "GBP"):
            staged_asset(case, stage, currency=currency, jurisdiction="FR")
    assert (queries(client), queries(liaison)) == small
    # The session and the user, then the report's own queries.
    assert small == (2 + REPORT_QUERIES, 2 + REPORT_QUERIES), small


#: Asset counts with the recovery figures (one query over the kept totals since issue 22), acts
#: per year, exchange rates, MLA requests, lapsing freezes.
REPORT_QUERIES = 5


@pytest.mark.django_db
def test_report_runs_a_fixed_number_of_queries(personas, django_assert_num_queries) -> None:
    """Pinned, whoever asks and however much they may see (an empty report included)."""
    call_command("load_fx_rates", str(SAMPLE_RATES), verbosity=0)
    users = [personas.prosecutor_gb, personas.liaison_fr, personas.admin_gb, personas.liaison_us]

    def report_all() -> None:
        for user in users:
            with django_assert_num_queries(REPORT_QUERIES):
                # (In euros with nothing in another currency, no rate is read: one query less.)
                summary_report(user=user, as_of=date(2026, 11, 26), reporting_currency="USD")

    report_all()
    realistic_data(personas)
    report_all()


@pytest.mark.django_db
def test_invalid_parameters(personas, client_for) -> None:
    client = client_for(personas.prosecutor_gb)
    response = client.get(URL, {"as_of": "yesterday", "currency": "XXQ"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert {e["attr"] for e in response.json()["errors"]} == {"as_of", "currency"}


def correct(seizure: AssetTransition, by: Any, **restated: Any) -> None:
    """Record a correction of `seizure` restating what `restated` gives (order, amount)."""

    asset_transition(
        asset=seizure.asset,
        by=by,
        action="correct_record",
        data={"corrects": seizure.pk, "note": "Restated.", **restated},
    )


def swiss_order(reference: str, issued_on: date) -> dict[str, Any]:
    return {
        "authority": "Federal Criminal Court",
        "jurisdiction": State.objects.get(code="CH"),
        "reference": reference,
        "issued_on": issued_on,
    }


def restated_to_2019_in_chf() -> dict[str, Any]:
    """The order was of 2019 and for 250 CHF."""
    return {
        "order": swiss_order("SZ-2019", date(2019, 6, 1)),
        "amount": {"amount": Decimal("250.00"), "currency": "CHF"},
    }


@pytest.mark.django_db
def test_acts_by_year_use_corrected_amounts_and_dates(personas, client_for) -> None:
    """A correction restates the act's amount and order (and so its year); it is no act itself."""
    case = make_case(by=personas.prosecutor_gb)
    asset = staged_asset(case, "seized", amount=Decimal("100.00"), currency="USD")
    seizure = AssetTransition.objects.get(asset=asset, action="seize")
    correct(seizure, personas.prosecutor_gb, **restated_to_2019_in_chf())
    acts = client_for(personas.prosecutor_gb).get(URL).json()["acts_by_year"]
    assert [(a["year"], a["action"], a["count"], a["amounts"]) for a in acts] == [
        (2019, "seize", 1, [{"amount": "250.00", "currency": "CHF"}])
    ]


@pytest.mark.django_db
def test_acts_by_year_add_corrected_and_uncorrected_acts(personas, client_for) -> None:
    """Corrected acts (latest correction of each kind wins) and acts no correction names are
    counted apart, then added up where they share a year, an action and a currency."""
    gb = personas.prosecutor_gb
    case = make_case(by=gb)
    assets = [
        staged_asset(case, "seized", amount=Decimal(amount), currency="USD")
        for amount in ("100.00", "200.00", "300.00")
    ]
    seizures = [AssetTransition.objects.get(asset=asset, action="seize") for asset in assets]

    # The first: amount restated twice (the latest counts), its year unchanged.
    correct(seizures[0], gb, amount={"amount": Decimal("150.00"), "currency": "USD"})
    correct(seizures[0], gb, amount={"amount": Decimal("175.00"), "currency": "USD"})
    # The second: its order restated (another year), then its amount in another currency.
    correct(seizures[1], gb, order=swiss_order("SZ-2019", date(2019, 6, 1)))
    correct(seizures[1], gb, amount={"amount": Decimal("40.00"), "currency": "CHF"})
    year = seizures[2].order_issued_on.year
    acts = client_for(gb).get(URL).json()["acts_by_year"]
    seize = {a["year"]: (a["count"], a["amounts"]) for a in acts if a["action"] == "seize"}
    assert seize == {
        2019: (1, [{"amount": "40.00", "currency": "CHF"}]),
        year: (2, [{"amount": "475.00", "currency": "USD"}]),
    }
    assert all(a["action"] != "correct_record" for a in acts)


def realistic_data(personas: Any) -> None:
    """Assets at every stage in several currencies and jurisdictions, restricted ones, a shared
    case and one that is not, a correction, MLA requests in every state, freezes lapsing soon."""
    gb = personas.prosecutor_gb
    shared = make_case(by=gb, origin="NG")
    share(shared, "FR")
    own = make_case(by=gb)
    for index, stage in enumerate(sorted(PATH_TO)):
        for case, currency, jurisdiction in (
            (shared, "USD", "CH"),
            (shared, "GBP", "FR"),
            (own, "CHF", "US"),
            (own, "NGN", "CH"),
        ):
            staged_asset(
                case,
                stage,
                amount=Decimal(1000 + 137 * index) + Decimal("0.05"),
                currency=currency,
                estimated=None if index == 2 else Decimal(5000 * index) + Decimal("0.10"),
                estimated_currency="JPY" if currency == "NGN" else currency,
                jurisdiction=jurisdiction,
                restricted=index % 3 == 1,
                expires_in=10 + index,
            )
    seizure = AssetTransition.objects.filter(action="seize").order_by("performed_at").first()
    assert seizure is not None
    correct(seizure, gb, **restated_to_2019_in_chf())
    base = date(2026, 1, 5)
    plans = [
        ("FR", MlaStatus.ACKNOWLEDGED, 3, None, today() - timedelta(days=1)),
        ("FR", MlaStatus.EXECUTED, 5, 40, None),
        ("FR", MlaStatus.EXECUTED, 10, 61, None),
        ("FR", MlaStatus.PARTIALLY_EXECUTED, 4, 33, None),
        ("FR", MlaStatus.REFUSED, 2, 20, None),
        ("CH", MlaStatus.SENT, None, None, today() + timedelta(days=5)),
        ("CH", MlaStatus.PARTIALLY_EXECUTED, 7, 90, None),
        ("US", MlaStatus.IN_EXECUTION, 1, None, today() - timedelta(days=3)),
    ]
    for plan in plans:
        for case in (shared, own):
            mla_request_as_planned(case, gb, base, *plan)
    mla_request_create(
        case=shared, by=gb, requested_state=State.objects.get(code="FR"), kind="tracing"
    )


@pytest.mark.django_db
def test_report_is_what_its_serializer_documents(personas, client_for) -> None:
    """The view returns the report as built, without `SummarySerializer` (a pass over thousands
    of figures): the serializer, which is the OpenAPI schema, must give the very same bytes."""
    call_command("load_fx_rates", str(SAMPLE_RATES), verbosity=0)
    realistic_data(personas)
    for persona in ("prosecutor_gb", "liaison_fr", "admin_gb", "prosecutor_ng"):
        user = getattr(personas, persona)
        client = client_for(user)
        for as_of, currency in (
            (date(2026, 11, 26), "USD"),
            (date(2026, 11, 25), "EUR"),
            (date(2025, 12, 31), "GBP"),  # before any rate
            (today(), "JPY"),
        ):
            response = client.get(URL, {"as_of": as_of.isoformat(), "currency": currency})
            assert response.status_code == 200
            report = summary_report(user=user, as_of=as_of, reporting_currency=currency)
            documented = JSONRenderer().render(SummarySerializer(report).data)
            assert response.content == documented, (persona, as_of, currency)
            body = response.json()
            if persona != "prosecutor_ng":
                assert body["assets"]["total"]["count"] > 0
                assert body["acts_by_year"]
                assert body["mla_requests"]["by_requested_state"]


@pytest.mark.django_db
def test_the_portable_report_equals_the_sql_one(personas, monkeypatch) -> None:
    """The ORM-and-Python computation (used on any database but PostgreSQL) gives the very
    report the SQL gives, on the same data, for every kind of caller and reporting currency.
    (Taken for another database's, the connection chooses the portable exchange-rate query
    too.)"""
    call_command("load_fx_rates", str(SAMPLE_RATES), verbosity=0)
    realistic_data(personas)
    gb = personas.prosecutor_gb
    case = make_case(by=gb, origin="FR")
    share(case, "US")
    lapsed = staged_asset(case, "frozen", currency="EUR", jurisdiction="FR", expires_in=30)
    Asset.objects.filter(pk=lapsed.pk).update(freeze_expires_on=today() - timedelta(days=2))
    seizures = [staged_asset(case, "seized", currency="USD", jurisdiction="US") for _ in range(3)]
    acts = AssetTransition.objects.filter(action="seize", asset__in=seizures).order_by("sequence")
    first, second, _ = acts
    correct(first, gb, amount={"amount": Decimal("150.00"), "currency": "USD"})
    correct(first, gb, amount={"amount": Decimal("175.25"), "currency": "GBP"})
    correct(second, gb, order=swiss_order("SZ-2018", date(2018, 3, 1)))
    for after in (3, 8, 12, 20):  # an even number of requests: a median between two
        mla_request_as_planned(case, gb, date(2026, 2, 1), "US", MlaStatus.EXECUTED, 1, after, None)
    callers = [
        "prosecutor_gb",
        "admin_gb",
        "liaison_fr",  # shared, with restricted assets left out
        "liaison_us",  # shared the last case only
        "prosecutor_ng",  # sees nothing of these
    ]
    compared = 0
    for persona in callers:
        user = getattr(personas, persona)
        for as_of, currency in (
            (date(2026, 11, 26), "USD"),
            (date(2025, 12, 31), "GBP"),  # before any rate
            (today(), "JPY"),
        ):
            asked = {"user": user, "as_of": as_of, "reporting_currency": currency}
            sql = summary_report(**asked, portable=False)
            with monkeypatch.context() as elsewhere:
                elsewhere.setattr(connection, "vendor", "sqlite")
                with CaptureQueriesContext(connection) as captured:
                    portable = summary_report(**asked)
            assert not any("DISTINCT ON" in query["sql"] for query in captured)
            assert portable == sql, (persona, as_of, currency)
            compared += bool(sql["assets"]["total"]["count"])
            # PostgreSQL keeps the SQL unless told otherwise.
            with CaptureQueriesContext(connection) as captured:
                assert summary_report(**asked) == sql
            assert any("GROUPING SETS" in query["sql"] for query in captured)
    assert compared == 12  # every caller but the prosecutor of another state saw something


@pytest.mark.django_db
def test_the_portable_report_runs_a_fixed_number_of_queries(
    personas, django_assert_num_queries
) -> None:
    """A fixed number of queries whatever the data: never one per row or group (one more than
    the SQL: the assets and their recovery figures are read apart, not from kept totals)."""
    call_command("load_fx_rates", str(SAMPLE_RATES), verbosity=0)
    users = [personas.prosecutor_gb, personas.liaison_fr, personas.admin_gb, personas.liaison_us]

    def report_all() -> None:
        for user in users:
            with django_assert_num_queries(REPORT_QUERIES + 1):
                summary_report(
                    user=user, as_of=date(2026, 11, 26), reporting_currency="USD", portable=True
                )

    report_all()
    realistic_data(personas)
    report_all()


# Run in a child process on the demo's settings: a fresh SQLite database, migrated and seeded as
# `make run` does, then the report through the API for every demo user.
SQLITE_DEMO = r"""
import json

import django

django.setup()
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client

assert connection.vendor == "sqlite", settings.DATABASES["default"]["ENGINE"]
call_command("migrate", interactive=False, verbosity=0)
call_command("seed_demo", verbosity=0)

from cases.models import Asset, User

answers = {}
for user in User.objects.filter(is_active=True).order_by("username"):
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    query = {"as_of": "2026-11-26", "currency": "EUR"}
    response = client.get("/api/v1/reports/summary/", query)
    ok = response.status_code == 200
    body = response.json() if ok else {}
    identified = {}
    for asset in Asset.objects.filter(owner_state_id=user.state_id):
        if asset.estimated_value_currency and asset.estimated_value_amount is not None:
            currency = asset.estimated_value_currency
            identified[currency] = identified.get(currency, 0) + asset.estimated_value_amount
    answers[user.username] = {
        "status": response.status_code,
        "csv": client.get("/api/v1/reports/summary.csv", query).status_code,
        "role": user.role,
        "count": body["assets"]["total"]["count"] if ok else None,
        "identified": body["assets"]["total"]["figures"]["identified"]["amounts"] if ok else None,
        "of_their_state": Asset.objects.filter(owner_state_id=user.state_id).count(),
        "identified_of_their_state": [
            {"amount": f"{identified[c]:.2f}", "currency": c} for c in sorted(identified)
        ],
        "mla": body["mla_requests"]["total"]["total"] if ok else None,
    }
print(json.dumps(answers))
"""


@pytest.mark.slow
def test_the_report_answers_on_the_demo_s_sqlite_database(tmp_path) -> None:
    """`make run`'s last resort, the embedded SQLite: the summary (and its CSV) answers 200 for
    every demo user, a prosecutor's totals counting every asset of their state, to the cent."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "DEBUG": "1",
        "DJANGO_SETTINGS_MODULE": "asset_recovery.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'demo.sqlite3'}",
        "CELERY_BROKER_URL": "memory://",
        "MFA_REQUIRED_ROLES": "",
        "DEMO_PASSWORD": "demo-password-for-the-report-test",
    }
    run = subprocess.run(
        [sys.executable, "-c", SQLITE_DEMO],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-4000:]
    answers = json.loads(run.stdout.splitlines()[-1])
    assert answers
    assert {answer["status"] for answer in answers.values()} == {200}, answers
    assert {answer["csv"] for answer in answers.values()} == {200}, answers
    prosecutors = [a for a in answers.values() if a["role"] == "prosecutor"]
    assert prosecutors
    for answer in prosecutors:
        assert answer["count"] == answer["of_their_state"], answers
        assert answer["identified"] == answer["identified_of_their_state"], answers
    assert any(a["count"] and a["mla"] for a in prosecutors), answers
