"""The summary's kept totals (issue 22): equal to a recomputation after any sequence of writes.

The totals are kept by PostgreSQL triggers in the transaction of each write (reports.0002). A
random sequence of the writes that move them (assets created and edited, acts, corrections, a
freeze's expiry rewritten in place, shares given and withdrawn) must leave exactly the rows a
recomputation from scratch gives, and the report read from them must be the report computed
from the rows (the portable computation, which reads no kept total).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import Sum
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cases.models import Asset, CaseShare, State
from cases.services.case_file import asset_update, case_update
from reports.models import (
    ReportActTotal,
    ReportAssetTotal,
    ReportPartnerActTotal,
    ReportPartnerAssetTotal,
    ReportStateActTotal,
    ReportStateAssetTotal,
)
from reports.summary import summary_report
from tests.factories import expire_share, make_case, share
from tests.reports.conftest import PATH_TO, SAMPLE_RATES, staged_asset, today
from workflows.models import AssetTransition
from workflows.services.asset_transitions import asset_transition
from workflows.services.sharing import case_unshare

OPERATIONS = (
    "create",
    "create",
    "edit",
    "correct",
    "lapse",
    "share",
    "unshare",
    "expire",
    "freeze",
    "origin",
)
CURRENCIES = ("USD", "GBP", "EUR", "CHF")
JURISDICTIONS = ("CH", "FR", "US", "GB")
PARTNERS = ("FR", "US")


def kept_rows() -> list[tuple[Any, ...]]:
    assets = ReportAssetTotal.objects.values_list(
        "case_id",
        "owner_state_id",
        "origin_state_id",
        "restricted",
        "stage",
        "freeze_expires_on",
        "jurisdiction_id",
        "currency",
        "assets",
        "ever_frozen",
        "estimated",
        "recovery_rows",
        "frozen",
        "seized",
        "confiscated",
        "returned",
        "deducted_expenses",
    )
    acts = ReportActTotal.objects.values_list(
        "case_id", "owner_state_id", "restricted", "year", "action", "currency", "acts", "amount"
    )
    return sorted(map(repr, [*assets, *acts]))  # type: ignore[arg-type]


def recomputed_rows() -> list[tuple[Any, ...]]:
    """The rows a rebuild from scratch gives (rolled back: the kept rows stay as they were)."""
    with transaction.atomic():
        call_command("report_totals_rebuild", verbosity=0)
        rows = kept_rows()
        transaction.set_rollback(True)
    return rows


ASSET_SUMS = (
    "assets",
    "ever_frozen",
    "estimated",
    "recovery_rows",
    "frozen",
    "seized",
    "confiscated",
    "returned",
    "deducted_expenses",
)


def state_rows() -> list[tuple[Any, ...]]:
    """The roll-ups per owning state as a reader sums them: the deltas per key, keys without a
    row left out, an estimate only where a row had one."""
    assets = (
        ReportStateAssetTotal.objects.values("owner_state_id", "dimension", "key", "currency")
        .annotate(
            n=Sum("rows"),
            n_estimated=Sum("estimated_rows"),
            **{f"sum_{name}": Sum(name) for name in ASSET_SUMS},
        )
        .order_by()
    )
    acts = (
        ReportStateActTotal.objects.values("owner_state_id", "year", "action", "currency")
        .annotate(n=Sum("rows"), n_amount=Sum("amount_rows"), acts_=Sum("acts"), sum_=Sum("amount"))
        .order_by()
    )
    rows = []
    for row in assets:
        if row["n"]:
            estimated = row["sum_estimated"] if row["n_estimated"] else None
            figures = [row[f"sum_{name}"] for name in ASSET_SUMS]
            figures[2] = estimated
            key = (row["owner_state_id"], row["dimension"], row["key"], row["currency"])
            rows.append(("asset", *key, row["n"], *figures))
    for row in acts:
        if row["n"]:
            key = (row["owner_state_id"], row["year"], row["action"], row["currency"])
            amount = row["sum_"] if row["n_amount"] else None
            rows.append(("act", *key, row["n"], row["acts_"], amount))
    return sorted(rows, key=repr)


def state_rows_recomputed() -> list[tuple[Any, ...]]:
    """The per-case rows summed per owning state, grouping, key and currency, in Python."""
    assets: dict[tuple[Any, ...], list[Any]] = {}
    for (
        owner,
        origin,
        stage,
        jurisdiction,
        currency,
        *figures,
    ) in ReportAssetTotal.objects.values_list(
        "owner_state_id", "origin_state_id", "stage", "jurisdiction_id", "currency", *ASSET_SUMS
    ):
        for dimension, key in (
            ("stage", stage),
            ("jurisdiction", jurisdiction),
            ("owner_state", owner),
            ("origin_state", origin),
        ):
            kept = assets.setdefault((owner, dimension, key, currency), [0] + [None] * len(figures))
            kept[0] += 1
            for index, value in enumerate(figures, start=1):
                if value is not None:
                    kept[index] = value if kept[index] is None else kept[index] + value
    acts: dict[tuple[Any, ...], list[Any]] = {}
    for owner, year, action, currency, count, amount in ReportActTotal.objects.values_list(
        "owner_state_id", "year", "action", "currency", "acts", "amount"
    ):
        kept = acts.setdefault((owner, year, action, currency), [0, 0, None])
        kept[0] += 1
        kept[1] += count
        if amount is not None:
            kept[2] = amount if kept[2] is None else kept[2] + amount
    rows = [("asset", *key, *figures) for key, figures in assets.items()]
    rows += [("act", *key, *figures) for key, figures in acts.items()]
    return sorted(rows, key=repr)


def partner_rows() -> list[tuple[Any, ...]]:
    """The roll-ups per partner state (assets and acts) as a reader sums them (as `state_rows`)."""
    summed = (
        ReportPartnerAssetTotal.objects.values("partner_state_id", "dimension", "key", "currency")
        .annotate(
            n=Sum("rows"),
            n_estimated=Sum("estimated_rows"),
            **{f"sum_{name}": Sum(name) for name in ASSET_SUMS},
        )
        .order_by()
    )
    rows = []
    for row in summed:
        if row["n"]:
            figures = [row[f"sum_{name}"] for name in ASSET_SUMS]
            figures[2] = row["sum_estimated"] if row["n_estimated"] else None
            key = (row["partner_state_id"], row["dimension"], row["key"], row["currency"])
            rows.append(("asset", *key, row["n"], *figures))
    acts = (
        ReportPartnerActTotal.objects.values("partner_state_id", "year", "action", "currency")
        .annotate(n=Sum("rows"), n_amount=Sum("amount_rows"), acts_=Sum("acts"), sum_=Sum("amount"))
        .order_by()
    )
    for row in acts:
        if row["n"]:
            key = (row["partner_state_id"], row["year"], row["action"], row["currency"])
            amount = row["sum_"] if row["n_amount"] else None
            rows.append(("act", *key, row["n"], row["acts_"], amount))
    return sorted(rows, key=repr)


def partner_rows_recomputed() -> list[tuple[Any, ...]]:
    """The non-restricted per-case asset and act rows summed, in Python, for each state that
    holds a share of their case not revoked (expired or not: the reader subtracts the expired)."""
    partners: dict[Any, list[str]] = {}
    for case_id, state in CaseShare.objects.filter(revoked_at__isnull=True).values_list(
        "case_id", "state_id"
    ):
        partners.setdefault(case_id, []).append(state)
    summed: dict[tuple[Any, ...], list[Any]] = {}
    for (
        case_id,
        owner,
        origin,
        stage,
        jurisdiction,
        currency,
        *figures,
    ) in ReportAssetTotal.objects.filter(restricted=False).values_list(
        "case_id",
        "owner_state_id",
        "origin_state_id",
        "stage",
        "jurisdiction_id",
        "currency",
        *ASSET_SUMS,
    ):
        for partner in partners.get(case_id, []):
            for dimension, key in (
                ("stage", stage),
                ("jurisdiction", jurisdiction),
                ("owner_state", owner),
                ("origin_state", origin),
            ):
                kept = summed.setdefault(
                    (partner, dimension, key, currency), [0] + [None] * len(figures)
                )
                kept[0] += 1
                for index, value in enumerate(figures, start=1):
                    if value is not None:
                        kept[index] = value if kept[index] is None else kept[index] + value
    rows = [("asset", *key, *figures) for key, figures in summed.items()]
    acts: dict[tuple[Any, ...], list[Any]] = {}
    for case_id, year, action, currency, count, amount in ReportActTotal.objects.filter(
        restricted=False
    ).values_list("case_id", "year", "action", "currency", "acts", "amount"):
        for partner in partners.get(case_id, []):
            kept = acts.setdefault((partner, year, action, currency), [0, 0, None])
            kept[0] += 1
            kept[1] += count
            if amount is not None:
                kept[2] = amount if kept[2] is None else kept[2] + amount
    rows += [("act", *key, *figures) for key, figures in acts.items()]
    return sorted(rows, key=repr)


def compact_all() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT report_state_totals_compact(ARRAY(SELECT DISTINCT owner_state_id::text "
            "FROM reports_reportstateassettotal))"
        )
        cursor.execute(
            "SELECT report_partner_totals_compact(ARRAY(SELECT DISTINCT partner_state_id::text "
            "FROM reports_reportpartnerassettotal))"
        )
        cursor.execute(
            "SELECT report_partner_act_totals_compact(ARRAY(SELECT DISTINCT "
            "partner_state_id::text FROM reports_reportpartneracttotal))"
        )


def apply(operation: str, pick: int, world: dict[str, Any]) -> None:
    rng = random.Random(pick)
    cases, gb = world["cases"], world["by"]
    case = rng.choice(cases)
    assets = list(Asset.objects.filter(case__in=cases).order_by("created_at", "id"))
    if operation == "create" or not assets:
        staged_asset(
            case,
            rng.choice(list(PATH_TO)),
            amount=Decimal(rng.randint(1, 10**6)) / 100,
            currency=rng.choice(CURRENCIES),
            estimated=rng.choice([None, Decimal(rng.randint(0, 10**8)) / 100]),
            estimated_currency=rng.choice(CURRENCIES),
            jurisdiction=rng.choice(JURISDICTIONS),
            restricted=rng.random() < 0.3,
            expires_in=rng.choice([1, 20, 180]),
        )
    elif operation == "edit":
        asset = rng.choice(assets)
        changes: dict[str, Any] = {"restricted": rng.random() < 0.4}
        if rng.random() < 0.5:
            changes["jurisdiction"] = State.objects.get(code=rng.choice(JURISDICTIONS))
        if rng.random() < 0.6:
            changes["estimated_value_amount"] = Decimal(rng.randint(0, 10**7)) / 100
            changes["estimated_value_currency"] = rng.choice(CURRENCIES)
        asset_update(asset=asset, by=gb, changes=changes)
    elif operation == "correct":
        acts = list(
            AssetTransition.objects.filter(
                asset__in=assets, action__in=("seize", "freeze", "confiscate")
            ).order_by("sequence")
        )
        if acts:
            act = rng.choice(acts)
            restated: dict[str, Any] = {
                "amount": {
                    "amount": Decimal(rng.randint(1, 10**5)) / 100,
                    "currency": rng.choice(CURRENCIES),
                }
            }
            if rng.random() < 0.5:
                restated["order"] = {
                    "authority": "Federal Criminal Court",
                    "jurisdiction": State.objects.get(code="CH"),
                    "reference": f"R-{pick}",
                    "issued_on": date(rng.choice([2018, 2019, 2024]), 3, 1),
                }
            asset_transition(
                asset=act.asset,
                by=gb,
                action="correct_record",
                data={"corrects": act.pk, "note": "Restated.", **restated},
            )
    elif operation == "lapse":
        # Time passing, written in place: no service runs, the trigger still does.
        frozen = [a for a in assets if a.stage == "frozen"]
        if frozen:
            Asset.objects.filter(pk=rng.choice(frozen).pk).update(
                freeze_expires_on=today() - timedelta(days=rng.randint(1, 5))
            )
    elif operation == "freeze":
        identified = [a for a in assets if a.stage == "identified"]
        if identified:
            asset = rng.choice(identified)
            asset_transition(
                asset=asset,
                by=gb,
                action="freeze",
                data={
                    "order": {
                        "authority": "Federal Criminal Court",
                        "jurisdiction": State.objects.get(code="CH"),
                        "reference": f"F2-{pick}",
                        "issued_on": today() - timedelta(days=3),
                        "expires_on": today() + timedelta(days=90),
                    },
                    "amount": {"amount": Decimal("10.00"), "currency": rng.choice(CURRENCIES)},
                },
            )
    elif operation == "origin":
        case_update(
            case=case,
            by=gb,
            changes={"origin_state": State.objects.get(code=rng.choice(("FR", "US", "NG")))},
        )
    elif operation == "share":
        # Sharing again closes an expired share and grants a new one (the service's rule).
        partner = rng.choice(PARTNERS)
        if not case.shares.active().filter(state_id=partner).exists():
            share(case, partner)
    elif operation == "unshare":
        partner = rng.choice(PARTNERS)
        if case.shares.filter(state_id=partner, revoked_at__isnull=True).exists():
            case_unshare(case=case, state_code=partner, by=gb)
    elif operation == "expire":
        # Time passing: the share ends at its expiry date, with no write of any service.
        partner = rng.choice(PARTNERS)
        if case.shares.filter(state_id=partner, revoked_at__isnull=True).exists():
            expire_share(case, partner)


@pytest.fixture
def world(personas: Any) -> dict[str, Any]:
    call_command("load_fx_rates", str(SAMPLE_RATES), verbosity=0)
    gb = personas.prosecutor_gb
    cases = [make_case(by=gb), make_case(by=gb, origin="FR")]
    share(cases[0], "FR")
    return {"cases": cases, "by": gb, "personas": personas}


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    operations=st.lists(
        st.tuples(st.sampled_from(OPERATIONS), st.integers(0, 2**32)), min_size=1, max_size=10
    )
)
@pytest.mark.django_db
def test_kept_totals_equal_a_recomputation(operations, world) -> None:
    for operation, pick in operations:
        try:
            with transaction.atomic():
                apply(operation, pick, world)
        except ValidationError:
            pass  # a correction the rules refuse (below what was returned): nothing changed
    assert kept_rows() == recomputed_rows()
    assert ReportAssetTotal.objects.exists()
    assert state_rows() == state_rows_recomputed()
    assert partner_rows() == partner_rows_recomputed()
    compact_all()
    assert partner_rows() == partner_rows_recomputed()
    personas = world["personas"]
    users = (personas.prosecutor_gb, personas.admin_gb, personas.liaison_fr, personas.liaison_us)
    for user in users:
        asked = {"user": user, "as_of": today(), "reporting_currency": "EUR"}
        assert summary_report(**asked) == summary_report(**asked, portable=True), user


@pytest.mark.django_db
def test_rebuild_restores_lost_totals(world) -> None:
    """A database whose kept totals were lost (a dump restored without them) gets them back."""
    case = world["cases"][0]
    staged_asset(case, "repatriated")
    staged_asset(case, "frozen", restricted=True)
    kept = kept_rows()
    assert kept
    ReportAssetTotal.objects.all().delete()
    ReportActTotal.objects.all().delete()
    call_command("report_totals_rebuild", verbosity=0)
    assert kept_rows() == kept


@pytest.mark.django_db
def test_a_write_touches_only_its_case_s_totals(world) -> None:
    """The trigger recomputes the cases a statement touched, not every case."""
    first, second = world["cases"]
    staged_asset(first, "seized")
    staged_asset(second, "seized")
    before = set(ReportAssetTotal.objects.filter(case=second).values_list("pk", flat=True))
    staged_asset(first, "frozen")
    assert set(ReportAssetTotal.objects.filter(case=second).values_list("pk", flat=True)) == before
    assert connection.vendor == "postgresql"


@pytest.mark.django_db
def test_compaction_keeps_the_state_sums(world) -> None:
    """Each write appends deltas; compacting leaves one row per key, and the same sums."""
    first, second = world["cases"]
    for stage in ("frozen", "seized", "repatriated", "released"):
        staged_asset(first, stage, restricted=stage == "seized")
        # (Not repatriated from FR: the recipient would have to be the state that asked.)
        staged_asset(second, "confiscated" if stage == "repatriated" else stage, jurisdiction="FR")
    summed = state_rows()
    assert summed == state_rows_recomputed()
    deltas = ReportStateAssetTotal.objects.count()
    compact_all()
    assert state_rows() == summed
    keys = ReportStateAssetTotal.objects.values_list(
        "owner_state_id", "dimension", "key", "currency"
    )
    assert len(keys) == len(set(keys)) < deltas
    # A key that lost its last row is gone, not kept as zeros.
    Asset.objects.filter(case=second).update(jurisdiction_id="CH")
    compact_all()
    assert state_rows() == state_rows_recomputed()
    assert not ReportStateAssetTotal.objects.filter(dimension="jurisdiction", key="FR").exists()


@pytest.mark.django_db
def test_rebuild_restores_lost_state_totals(world) -> None:
    staged_asset(world["cases"][0], "confiscated")
    staged_asset(world["cases"][1], "frozen", restricted=True)
    summed, shared = state_rows(), partner_rows()
    assert shared  # the first case is shared with FR
    ReportStateAssetTotal.objects.all().delete()
    ReportStateActTotal.objects.all().delete()
    ReportPartnerAssetTotal.objects.all().delete()
    ReportPartnerActTotal.objects.all().delete()
    call_command("report_totals_rebuild", verbosity=0)
    assert state_rows() == summed == state_rows_recomputed()
    assert partner_rows() == shared == partner_rows_recomputed()


@pytest.mark.django_db
def test_a_partner_roll_up_is_read_by_its_own_state_s_liaisons_only(world) -> None:
    """The roll-ups hold what is shared with each state, restricted rows left out: a liaison
    reads their own state's rows, and nobody else reads any (the owning state's users sum their
    own roll-up; another state's liaison, an inactive user and an anonymous one get nothing)."""
    first, second = world["cases"]
    staged_asset(first, "seized")
    staged_asset(first, "frozen", restricted=True)
    share(second, "US")
    staged_asset(second, "confiscated")
    personas = world["personas"]
    models = (ReportPartnerAssetTotal, ReportPartnerActTotal)
    for model in models:
        assert set(model.objects.values_list("partner_state_id", flat=True)) == {"FR", "US"}
        for user, state in ((personas.liaison_fr, "FR"), (personas.liaison_us, "US")):
            seen = model.objects.visible_to(user)
            assert seen.exists()
            assert set(seen.values_list("partner_state_id", flat=True)) == {state}
        for user in (personas.liaison_ch, personas.prosecutor_gb, personas.admin_gb, None):
            assert not model.objects.visible_to(user).exists(), user
    inactive = personas.liaison_fr
    inactive.is_active = False
    for model in models:
        assert not model.objects.visible_to(inactive).exists()
    # No restricted row reached FR's roll-up: its frozen figures are those of nothing.
    frozen = ReportPartnerAssetTotal.objects.filter(
        partner_state_id="FR", dimension="stage", key="frozen"
    ).aggregate(rows=Sum("rows"))
    assert not frozen["rows"]
