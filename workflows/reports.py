"""The summary report: totals over the cases a user may see, aggregated in the database.

Every figure starts from `cases.visibility.visible` (assets) or `mla_requests_visible_to` (MLA
requests), so a liaison's totals cover only the shared cases' non-restricted assets and the
requests addressed to their state. A fixed number of queries whatever the volume of data:

1. asset counts and estimated values, per stage, jurisdiction, owner state and origin state
   (one `GROUPING SETS` query over the visible assets);
2. the recovery figures (`AssetRecoveryTotal`) per the same four dimensions and currency;
3. the acts recorded per year and action, with their amounts as corrected;
4. and 5. MLA requests per requested state, and over all;
6. freezes lapsing within 30 days;
7. the exchange rates (`workflows.fx.rates_on`).

Amounts stay Decimal from the database to the JSON string. Each sum per currency is also
converted to the reporting currency by `workflows.fx.convert`, which states its rate dates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.db.models import (
    Aggregate,
    Count,
    DecimalField,
    F,
    Func,
    IntegerField,
    Min,
    Q,
    QuerySet,
)
from django.db.models.functions import Cast
from django.utils import timezone

from cases.models import Asset, AssetStage, User
from cases.models.assets import RECOVERY_FIGURES, AssetRecoveryTotal
from cases.visibility import visible
from workflows.fx import Rate, convert, rates_on
from workflows.mla_models import OPEN_STATUSES, MlaStatus
from workflows.mla_selectors import mla_requests_visible_to
from workflows.models import AssetAction, AssetTransition

__all__ = [
    "DIMENSIONS",
    "EXPIRING_WITHIN_DAYS",
    "FIGURES",
    "Median",
    "summary_report",
]

#: The groupings of the asset totals: name in the report -> column of the visible-assets query.
DIMENSIONS = {
    "stage": "stage",
    "jurisdiction": "jurisdiction_id",
    "owner_state": "report_owner_state",
    "origin_state": "report_origin_state",
}
#: `identified` is the estimated value of the assets traced (every asset, whatever its stage);
#: the others are the recovery figures; `outstanding` = confiscated - returned - deducted.
FIGURES = ("identified", *RECOVERY_FIGURES, "outstanding")
EXPIRING_WITHIN_DAYS = 30
EXECUTED_STATUSES = (MlaStatus.EXECUTED, MlaStatus.PARTIALLY_EXECUTED)


class Median(Aggregate):
    """PostgreSQL's `percentile_cont(0.5) WITHIN GROUP (ORDER BY ...)` (an ordered-set
    aggregate, which Django has no class for). NULLs are left out, as by every aggregate."""

    function = "PERCENTILE_CONT"
    name = "Median"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    allow_distinct = False


class DaysBetween(Func):
    """`later - earlier` in whole days (PostgreSQL: date - date is an integer)."""

    arg_joiner = " - "
    template = "(%(expressions)s)"
    output_field = IntegerField()


def _days(median: Median) -> Cast:
    return Cast(median, DecimalField(max_digits=12, decimal_places=1))


@dataclass
class _Group:
    count: int = 0
    # figure -> currency -> amount
    amounts: defaultdict[str, dict[str, Decimal]] | None = None

    def figures(self) -> defaultdict[str, dict[str, Decimal]]:
        if self.amounts is None:
            self.amounts = defaultdict(dict)
        return self.amounts


def _visible_assets(user: User | AnonymousUser | None) -> QuerySet[Asset]:
    return visible(Asset.objects.order_by(), user)


def _asset_rows_sql(user: User | AnonymousUser | None) -> tuple[str, tuple[Any, ...]]:
    """The visible assets with the columns the report groups by, as SQL to wrap."""
    rows = (
        _visible_assets(user)
        .annotate(
            report_owner_state=F("case__owner_state_id"),
            report_origin_state=F("case__origin_state_id"),
        )
        .values(
            "id",
            "stage",
            "jurisdiction_id",
            "report_owner_state",
            "report_origin_state",
            "estimated_value_amount",
            "estimated_value_currency",
        )
    )
    sql, params = rows.query.sql_with_params()
    return sql, tuple(params)


def _dimension_lateral() -> str:
    values = ", ".join(f"('{name}', va.{column})" for name, column in DIMENSIONS.items())
    return f"CROSS JOIN LATERAL (VALUES ('total', ''), {values}) AS d (dimension, key)"


def _asset_groups(user: User | AnonymousUser | None) -> dict[tuple[str, str], _Group]:
    """Queries 1 and 2: counts, estimated values and recovery figures per dimension."""
    rows_sql, params = _asset_rows_sql(user)
    groups: dict[tuple[str, str], _Group] = defaultdict(_Group)
    lateral = _dimension_lateral()
    counts_sql = f"""
        SELECT d.dimension, d.key, va.estimated_value_currency,
               GROUPING(va.estimated_value_currency) AS all_currencies,
               COUNT(*), SUM(va.estimated_value_amount)
        FROM ({rows_sql}) AS va {lateral}
        GROUP BY GROUPING SETS (
            (d.dimension, d.key), (d.dimension, d.key, va.estimated_value_currency)
        )
    """  # noqa: S608 (the SQL is Django's, compiled with parameters; names are constants)
    totals = AssetRecoveryTotal._meta.db_table
    sums = ", ".join(f"SUM(t.{name})" for name in RECOVERY_FIGURES)
    recovery_sql = f"""
        SELECT d.dimension, d.key, t.currency, {sums}
        FROM ({rows_sql}) AS va
        JOIN {connection.ops.quote_name(totals)} AS t ON t.asset_id = va.id
        {lateral}
        GROUP BY d.dimension, d.key, t.currency
    """  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(counts_sql, params)
        for dimension, key, currency, all_currencies, count, amount in cursor.fetchall():
            group = groups[(dimension, key)]
            if all_currencies:
                group.count = count
            elif currency and amount is not None:
                group.figures()["identified"][currency] = amount
        cursor.execute(recovery_sql, params)
        for dimension, key, currency, *amounts in cursor.fetchall():
            figures = groups[(dimension, key)].figures()
            values = dict(zip(RECOVERY_FIGURES, amounts, strict=True))
            values["outstanding"] = (
                values["confiscated"] - values["returned"] - values["deducted_expenses"]
            )
            for name, amount in values.items():
                figures[name][currency] = amount
    return groups


def _acts_by_year(user: User | AnonymousUser | None) -> list[dict[str, Any]]:
    """Query 3: acts per year and action, amounts as corrected (`workflows.asset_position`).

    The year is that of the order behind the act (as corrected), or of its recording when it
    has none. Corrections themselves are not counted: they restate an act, they are not one.
    The latest correction of each act is found by joins (`DISTINCT ON`), not by a subquery per
    act, so the plan stays cheap (a correlated plan's cost estimate also triggers PostgreSQL's
    JIT compiler, which alone took seconds on 10k assets).
    """
    assets_sql, params = _visible_assets(user).values("pk").query.sql_with_params()
    table = connection.ops.quote_name(AssetTransition._meta.db_table)
    correct = AssetAction.CORRECT_RECORD.value
    sql = f"""
        WITH amount_corrections AS (
            SELECT DISTINCT ON (corrects_id) corrects_id, amount, amount_currency
            FROM {table}
            WHERE action = %s AND amount IS NOT NULL
            ORDER BY corrects_id, sequence DESC
        ), order_corrections AS (
            SELECT DISTINCT ON (corrects_id) corrects_id, order_issued_on
            FROM {table}
            WHERE action = %s AND order_reference <> ''
            ORDER BY corrects_id, sequence DESC
        )
        SELECT EXTRACT(YEAR FROM COALESCE(
                   oc.order_issued_on, act.order_issued_on,
                   (act.performed_at AT TIME ZONE %s)::date))::integer AS year,
               act.action,
               COALESCE(ac.amount_currency, act.amount_currency) AS currency,
               COUNT(*),
               SUM(COALESCE(ac.amount, act.amount))
        FROM {table} AS act
        LEFT JOIN amount_corrections AS ac ON ac.corrects_id = act.id
        LEFT JOIN order_corrections AS oc ON oc.corrects_id = act.id
        WHERE act.action <> %s AND act.asset_id IN ({assets_sql})
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
    """  # noqa: S608 (Django's compiled SQL and constant names; values are parameters)
    merged: dict[tuple[int, str], dict[str, Any]] = {}
    with connection.cursor() as cursor:
        cursor.execute(
            sql, (correct, correct, timezone.get_current_timezone_name(), correct, *params)
        )
        for year, action, currency, count, amount in cursor.fetchall():
            entry = merged.setdefault(
                (year, action), {"year": year, "action": action, "count": 0, "amounts": {}}
            )
            entry["count"] += count
            if currency and amount is not None:
                entry["amounts"][currency] = amount
    return list(merged.values())


def _mla_figures() -> dict[str, Any]:
    open_q = Q(status__in=OPEN_STATUSES)
    return {
        "total": Count("pk"),
        "open": Count("pk", filter=open_q),
        "refused": Count("pk", filter=Q(status=MlaStatus.REFUSED)),
        "median_days_to_acknowledgement": _days(
            Median(DaysBetween(F("acknowledged_on"), F("sent_on")))
        ),
        "median_days_to_execution": _days(
            Median(
                DaysBetween(F("closed_on"), F("sent_on")),
                filter=Q(status__in=EXECUTED_STATUSES),
            )
        ),
    }


def _mla_report(user: User | AnonymousUser | None, as_of: date) -> dict[str, Any]:
    """Queries 4 and 5: MLA requests the user may see, per requested state and over all."""
    requests = mla_requests_visible_to(user).order_by().exclude(status=MlaStatus.DRAFT)
    figures = _mla_figures()
    figures["overdue"] = Count("pk", filter=Q(status__in=OPEN_STATUSES, due_on__lt=as_of))
    by_state = (
        requests.values("requested_state_id").annotate(**figures).order_by("requested_state_id")
    )
    total = requests.aggregate(**figures)
    return {
        "total": _mla_row(total),
        "by_requested_state": [
            {"requested_state": row["requested_state_id"], **_mla_row(row)} for row in by_state
        ],
    }


def _mla_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        name: row[name]
        for name in (
            "total",
            "open",
            "overdue",
            "refused",
            "median_days_to_acknowledgement",
            "median_days_to_execution",
        )
    }


def _expiring(user: User | AnonymousUser | None, as_of: date) -> dict[str, Any]:
    """Query 6: frozen assets whose freeze lapses within the next 30 days (as_of included)."""
    until = as_of + timedelta(days=EXPIRING_WITHIN_DAYS)
    expiring = _visible_assets(user).filter(
        stage=AssetStage.FROZEN, freeze_expires_on__gte=as_of, freeze_expires_on__lte=until
    )
    by_jurisdiction = list(
        expiring.values("jurisdiction_id")
        .annotate(count=Count("pk"), next_expiry=Min("freeze_expires_on"))
        .order_by("jurisdiction_id")
    )
    return {
        "within_days": EXPIRING_WITHIN_DAYS,
        "from": as_of,
        "until": until,
        "count": sum(row["count"] for row in by_jurisdiction),
        "by_jurisdiction": [
            {
                "jurisdiction": row["jurisdiction_id"],
                "count": row["count"],
                "next_expiry": row["next_expiry"],
            }
            for row in by_jurisdiction
        ],
    }


def _money_list(amounts: Mapping[str, Decimal]) -> list[dict[str, str]]:
    return [{"amount": f"{amounts[c]:.2f}", "currency": c} for c in sorted(amounts) if amounts[c]]


def _figure_block(
    amounts: Mapping[str, Decimal], reporting: str, rates: Mapping[str, Rate]
) -> dict[str, Any]:
    return {
        "amounts": _money_list(amounts),
        "converted": convert(amounts, to=reporting, rates=rates),
    }


def _currencies(groups: Iterable[_Group], acts: Iterable[dict[str, Any]]) -> set[str]:
    found: set[str] = set()
    for group in groups:
        for per_currency in (group.amounts or {}).values():
            found.update(per_currency)
    for act in acts:
        found.update(act["amounts"])
    return found


def summary_report(
    *, user: User | AnonymousUser | None, as_of: date, reporting_currency: str
) -> dict[str, Any]:
    """The summary of everything `user` may see, as of a date, in a reporting currency."""
    groups = _asset_groups(user)
    acts = _acts_by_year(user)
    rates = rates_on(as_of, {*_currencies(groups.values(), acts), reporting_currency})

    def block(group: _Group) -> dict[str, Any]:
        figures: Mapping[str, dict[str, Decimal]] = group.amounts or {}
        return {
            "count": group.count,
            "figures": {
                name: _figure_block(figures.get(name, {}), reporting_currency, rates)
                for name in FIGURES
            },
        }

    assets: dict[str, Any] = {"total": block(groups.get(("total", ""), _Group()))}
    for dimension in DIMENSIONS:
        assets[f"by_{dimension}"] = [
            {dimension: key, **block(group)}
            for (name, key), group in sorted(groups.items(), key=lambda item: item[0])
            if name == dimension
        ]
    return {
        "as_of": as_of,
        "reporting_currency": reporting_currency,
        "assets": assets,
        "acts_by_year": [
            {
                "year": act["year"],
                "action": act["action"],
                "count": act["count"],
                **_figure_block(act["amounts"], reporting_currency, rates),
            }
            for act in acts
        ],
        "mla_requests": _mla_report(user, as_of),
        "freezes_expiring": _expiring(user, as_of),
    }
