"""The summary report: totals over the cases a user may see, aggregated in the database.

Every figure starts from a `visible_to` queryset (the kept totals, the assets, the MLA requests
through `mla_requests_visible_to`), so a liaison's totals cover only the shared cases'
non-restricted assets and the requests addressed to their state. A fixed number of queries
whatever the volume of data:

1. asset counts (all, frozen now: a freeze in force; ever frozen: a freeze among the acts,
   whether it lapsed, was released or led on), estimated values and the recovery figures per
   currency, per stage, jurisdiction, owner state and origin state: one `GROUPING SETS` query
   over the visible cases' kept totals (`reports.totals_models.ReportAssetTotal`, kept by the
   database's triggers in the transaction of every write: a few rows per case instead of every
   asset and recovery row, issue 22); for a user who sees every case of their state (its
   prosecutors and admins: `cases.visibility.state_seen_whole`), the state's roll-up
   (`ReportStateAssetTotal`: a few hundred rows instead of every case's), for a liaison the
   roll-up of what is shared with their state (`ReportPartnerAssetTotal`, less the cases whose
   share has expired), each with, in the same statement, the freezes in force today read from
   the per-case rows the user sees;
2. the acts recorded per year and action, with their amounts as corrected (`ReportActTotal`,
   or the state's roll-up `ReportStateActTotal` for the same users, or for a liaison the
   partner state's `ReportPartnerActTotal`, less the cases whose share has expired);
3. MLA requests per requested state, and over all (one `GROUPING SETS` query);
4. freezes lapsing within 30 days;
5. the exchange rates (`reports.fx.rates_on`).

On another database (the demo's embedded SQLite, which has no triggers and so no kept totals)
the same report comes from the rows, by the ORM and Python (`_portable_*`, in as many queries).

The 'total' group is the sum of the stage groups, added up in Python (every asset has exactly
one stage). The report is built in its JSON shape (`SummarySerializer`, which documents it):
amounts stay Decimal from the database to the string, formatted once here. Each sum per
currency is also converted to the reporting currency by `reports.fx.convert`, which states its
rate dates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from uuid import UUID

from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    F,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.utils import timezone

from cases.models import Asset, AssetStage, User
from cases.models.assets import RECOVERY_FIGURES, AssetRecoveryTotal, freeze_lapsed_q
from cases.visibility import (
    expired_shares_seen_through,
    state_seen_through_shares,
    state_seen_whole,
)
from core.money import format_amount
from core.state_time import local_dates
from reports.fx import converter, rates_on
from reports.totals_models import (
    ReportActTotal,
    ReportAssetTotal,
    ReportPartnerActTotal,
    ReportPartnerAssetTotal,
    ReportStateActTotal,
    ReportStateAssetTotal,
)
from workflows.mla_models import OPEN_STATUSES, MlaStatus
from workflows.mla_selectors import mla_requests_visible_to
from workflows.models import AssetAction, AssetTransition

__all__ = [
    "DIMENSIONS",
    "EXPIRING_WITHIN_DAYS",
    "FIGURES",
    "REPORT_LAPSED",
    "REPORT_STAGES",
    "summary_report",
]

#: The groupings of the asset totals: name in the report -> column of the visible-assets query.
DIMENSIONS = {
    "stage": "report_stage",
    "jurisdiction": "jurisdiction_id",
    "owner_state": "report_owner_state",
    "origin_state": "report_origin_state",
}
#: The stages the report groups by: a frozen asset whose freeze lapsed is `lapsed`, not frozen.
REPORT_LAPSED = "lapsed"
REPORT_STAGES = [*AssetStage.choices, (REPORT_LAPSED, "Frozen, lapsed")]
#: `identified` is the estimated value of the assets traced (every asset, whatever its stage);
#: the others are the recovery figures; `outstanding` = confiscated - returned - deducted.
#: `frozen` is what was ever frozen (kept when the asset moves on, is released or its freeze
#: lapses), `frozen_now` the same figure of the assets whose freeze is in force.
FIGURES = ("identified", "frozen_now", *RECOVERY_FIGURES, "outstanding")
EXPIRING_WITHIN_DAYS = 30
EXECUTED_STATUSES = (MlaStatus.EXECUTED, MlaStatus.PARTIALLY_EXECUTED)
MEDIAN_PLACES = Decimal("0.1")

#: `GROUPING(<the DIMENSIONS columns>)` of each dimension's grouping set: a bit per column, set
#: for the columns the set does not group by (the first column is the highest bit).
_ALL_BITS = (1 << len(DIMENSIONS)) - 1
_DIMENSION_OF_SET = {
    _ALL_BITS ^ (1 << (len(DIMENSIONS) - 1 - index)): (index, name)
    for index, name in enumerate(DIMENSIONS)
}
_TOTAL_FROM = "stage"  # every asset has one stage: the stage groups add up to the total


@dataclass
class _Group:
    count: int = 0
    frozen_now_count: int = 0  # assets whose freeze is in force
    ever_frozen_count: int = 0  # assets with a freeze among their acts, whatever came after
    # figure -> currency -> amount
    figures: dict[str, dict[str, Decimal]] = field(default_factory=dict)

    def add(self, figure: str, currency: str, amount: Decimal) -> None:
        amounts = self.figures.setdefault(figure, {})
        amounts[currency] = amounts[currency] + amount if currency in amounts else amount


def _visible_assets(user: User | AnonymousUser | None) -> QuerySet[Asset]:
    return Asset.objects.visible_to(user, references=False).order_by()


def _visible_transitions(user: User | AnonymousUser | None) -> QuerySet[AssetTransition]:
    """The acts on the visible assets: an act is seen exactly when its asset is."""
    return AssetTransition.objects.visible_to(user, references=False).order_by()


def _report_keys(*, origin_state: str) -> dict[str, Any]:
    """The owning state, origin state and stage a row is reported under, as annotations; a
    frozen row's stage is `lapsed` once its freeze expiry has passed (`freeze_lapsed_q`)."""
    return {
        "report_owner_state": F("owner_state_id"),
        "report_origin_state": F(origin_state),
        "report_stage": Case(
            When(freeze_lapsed_q(), then=Value(REPORT_LAPSED)),
            default=F("stage"),
            output_field=CharField(),
        ),
    }


def _kept_asset_rows_sql(user: User | AnonymousUser | None) -> tuple[str, tuple[Any, ...]]:
    """The kept totals (`ReportAssetTotal`) of the visible cases, with the columns the report
    groups by, as SQL to wrap: a few rows per case instead of every asset.

    The rows carry their case's owning and origin states: no case is joined per row.
    A frozen row's stage is `lapsed` once its freeze expiry has passed (read today, as the
    assets' own `freeze_lapsed_q`: the kept rows carry the expiry and the jurisdiction).
    """
    rows = (
        ReportAssetTotal.objects.visible_to(user, references=False)
        .order_by()
        .annotate(**_report_keys(origin_state="origin_state_id"))
        .values(
            "report_stage",
            "jurisdiction_id",
            "report_owner_state",
            "report_origin_state",
            "currency",
            "assets",
            "ever_frozen",
            "estimated",
            "recovery_rows",
            *RECOVERY_FIGURES,
        )
    )
    sql, params = rows.query.sql_with_params()
    return sql, tuple(params)


def _per_dimension(currency: str) -> tuple[str, str]:
    """`GROUPING(...)` of the dimension columns and one grouping set per (dimension, currency)."""
    columns = [f"va.{column}" for column in DIMENSIONS.values()]
    sets = ", ".join(f"({column}, {currency})" for column in columns)
    return f"GROUPING({', '.join(columns)})", f"GROUPING SETS ({sets})"


def _add_row(
    groups: dict[str, dict[str, _Group]],
    total: _Group,
    dimension: str,
    key: str,
    row: tuple[Any, ...],
) -> None:
    """One (dimension, key, currency) row of the asset query into its group (and the total's,
    from the stage groups): `(currency, assets, estimated, frozen_now count, ever frozen,
    recovery rows, *RECOVERY_FIGURES, frozen_now amount)`."""
    currency, count, amount, frozen_now, ever_frozen, recovery_rows, *rest = row
    *amounts, now_frozen = rest
    targets = [groups[dimension].setdefault(key, _Group())]
    if dimension == _TOTAL_FROM:
        targets.append(total)
    values: dict[str, Decimal] = {}
    if recovery_rows:  # the currency has recovery figures (zero ones included)
        values = dict(zip(RECOVERY_FIGURES, amounts, strict=True))
        values["frozen_now"] = now_frozen or Decimal(0)
        values["outstanding"] = (
            values["confiscated"] - values["returned"] - values["deducted_expenses"]
        )
    for group in targets:
        group.count += count
        group.frozen_now_count += frozen_now or 0
        group.ever_frozen_count += ever_frozen
        if currency and amount is not None:
            group.add("identified", currency, amount)
        for name, figure in values.items():
            group.add(name, currency, figure)


def _asset_groups(user: User | AnonymousUser | None) -> dict[str, dict[str, _Group]]:
    """Queries 1 and 2 (one statement over the kept totals): counts, estimated values and
    recovery figures per dimension and key; `{"total": {"": group}, "stage": {...}, ...}`."""
    if state_seen_whole(user) is not None:
        return _rolled_asset_groups(user, _owner_roll_up(user))
    if state_seen_through_shares(user) is not None:
        return _rolled_asset_groups(user, _partner_roll_up(user))
    rows_sql, params = _kept_asset_rows_sql(user)
    groups: dict[str, dict[str, _Group]] = {name: {} for name in DIMENSIONS}
    total = _Group()
    columns = ", ".join(f"va.{column}" for column in DIMENSIONS.values())
    grouping, sets = _per_dimension("va.currency")
    frozen = f"va.report_stage = '{AssetStage.FROZEN.value}'"
    sums = ", ".join(f"SUM(va.{name})" for name in RECOVERY_FIGURES)
    sql = f"""
        SELECT {grouping}, {columns}, va.currency,
               SUM(va.assets), SUM(va.estimated),
               SUM(va.assets) FILTER (WHERE {frozen}), SUM(va.ever_frozen),
               SUM(va.recovery_rows), {sums}, SUM(va.frozen) FILTER (WHERE {frozen})
        FROM ({rows_sql}) AS va
        GROUP BY {sets}
    """  # noqa: S608 (the SQL is Django's, compiled with parameters; names are constants)
    dimensions = len(DIMENSIONS)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for row in cursor.fetchall():
            index, dimension = _DIMENSION_OF_SET[row[0]]
            _add_row(groups, total, dimension, row[1 + index], row[1 + dimensions :])
    return {"total": {"": total}, **groups}


#: The figures of the roll-up and of the freezes in force, in the order the SQL below selects
#: them: (per-case) rows, assets, ever frozen, estimated, rows with an estimate, recovery rows,
#: then RECOVERY_FIGURES (the first of which is `frozen`).
_ROLLED = ("rows", "assets", "ever_frozen", "estimated", "estimated_rows", "recovery_rows")


def _sub(whole: list[Any], part: list[Any] | None) -> list[Any]:
    return whole if part is None else [a - b for a, b in zip(whole, part, strict=True)]


def _summed(into: dict[Any, list[Any]], key: Any, figures: list[Any]) -> None:
    kept = into.get(key)
    into[key] = figures if kept is None else [a + b for a, b in zip(kept, figures, strict=True)]


def _owner_roll_up(user: User | AnonymousUser | None) -> tuple[str, tuple[Any, ...]]:
    """The roll-up of the state `user` sees whole (`ReportStateAssetTotal`, summed per key), as
    SQL selecting `dimension, key, currency, kept_<_ROLLED and RECOVERY_FIGURES>`."""
    sums = {f"kept_{name}": Sum(name) for name in (*_ROLLED, *RECOVERY_FIGURES)}
    rolled = (
        ReportStateAssetTotal.objects.visible_to(user)
        .order_by()
        .values("dimension", "key", "currency")
        .annotate(**sums)
    )
    sql, params = rolled.query.sql_with_params()
    return sql, tuple(params)


def _partner_roll_up(user: User | AnonymousUser | None) -> tuple[str, tuple[Any, ...]]:
    """The roll-up of what is shared with the liaison's state (`ReportPartnerAssetTotal`, which
    sums the cases of every share not revoked) less the non-restricted rows of the cases whose
    share has expired: what the shares in force show, as `_owner_roll_up`'s columns."""
    deltas = ReportPartnerAssetTotal.objects.visible_to(user).order_by()
    deltas_sql, deltas_params = deltas.values(
        "dimension", "key", "currency", *_ROLLED, *RECOVERY_FIGURES
    ).query.sql_with_params()
    expired = expired_shares_seen_through(user).order_by().values("case_id")
    expired_sql, expired_params = expired.query.sql_with_params()
    minus = ", ".join(f"-r.{name}" for name in RECOVERY_FIGURES)
    sums = ", ".join(f"SUM(p.{name}) AS kept_{name}" for name in (*_ROLLED, *RECOVERY_FIGURES))
    sql = f"""
        SELECT p.dimension, p.key, p.currency, {sums}
        FROM (
            {deltas_sql}
            UNION ALL
            SELECT d.dimension, d.key, r.currency, -1, -r.assets, -r.ever_frozen, -r.estimated,
                   -(r.estimated IS NOT NULL)::integer, -r.recovery_rows, {minus}
            FROM reports_reportassettotal AS r
            CROSS JOIN LATERAL (VALUES
                ('stage', r.stage::text), ('jurisdiction', r.jurisdiction_id::text),
                ('owner_state', r.owner_state_id::text), ('origin_state', r.origin_state_id::text)
            ) AS d(dimension, key)
            WHERE NOT r.restricted AND r.case_id IN ({expired_sql})
        ) AS p ({", ".join(("dimension", "key", "currency", *_ROLLED, *RECOVERY_FIGURES))})
        GROUP BY 1, 2, 3
    """  # noqa: S608 (the SQL is Django's, compiled with parameters; names are constants)
    return sql, (*deltas_params, *expired_params)


def _rolled_asset_groups(
    user: User | AnonymousUser | None, rolled: tuple[str, tuple[Any, ...]]
) -> dict[str, dict[str, _Group]]:
    """Queries 1 and 2 from a roll-up (`_owner_roll_up` or `_partner_roll_up`) and, in the same
    statement (one snapshot), the freezes in force today from the per-case rows `user` sees.

    The roll-up counts every frozen asset under `frozen`: those in force stay there, the others
    are `lapsed` (the roll-up's frozen figures less those in force); the in-force ones also give
    each jurisdiction's, owner's and origin's `frozen_now` figures."""
    rolled_sql, rolled_params = rolled
    utc_day, others = local_dates(timezone.now())
    earliest = min([utc_day, *others])  # a freeze expiring before lapsed everywhere
    in_force = (
        ReportAssetTotal.objects.visible_to(user, references=False)
        .order_by()
        .filter(stage=AssetStage.FROZEN)
        .filter(Q(freeze_expires_on__isnull=True) | Q(freeze_expires_on__gte=earliest))
        .exclude(freeze_lapsed_q())
        .values(
            "jurisdiction_id",
            "origin_state_id",
            "owner_state_id",
            "currency",
            "assets",
            "ever_frozen",
            "estimated",
            "recovery_rows",
            *RECOVERY_FIGURES,
        )
    )
    in_force_sql, in_force_params = in_force.query.sql_with_params()
    figures = ", ".join(f"SUM(r.{name})" for name in RECOVERY_FIGURES)
    kept = ", ".join(f"r.kept_{name}" for name in RECOVERY_FIGURES)
    sql = f"""
        SELECT FALSE, r.dimension, r.key, NULL, r.currency, r.kept_rows, r.kept_assets,
               r.kept_ever_frozen, CASE WHEN r.kept_estimated_rows <> 0 THEN r.kept_estimated END,
               r.kept_estimated_rows, r.kept_recovery_rows, {kept}
        FROM ({rolled_sql}) AS r
        WHERE r.kept_rows <> 0
        UNION ALL
        SELECT TRUE, r.jurisdiction_id, r.origin_state_id, r.owner_state_id, r.currency,
               COUNT(*), SUM(r.assets), SUM(r.ever_frozen), SUM(r.estimated),
               COUNT(r.estimated), SUM(r.recovery_rows), {figures}
        FROM ({in_force_sql}) AS r
        GROUP BY r.jurisdiction_id, r.origin_state_id, r.owner_state_id, r.currency
    """  # noqa: S608 (the SQL is Django's, compiled with parameters; names are constants)
    with connection.cursor() as cursor:
        cursor.execute(sql, (*rolled_params, *in_force_params))
        rows = cursor.fetchall()
    # The freezes in force, summed per currency and per (jurisdiction, origin or owner, currency).
    now_by: dict[str, dict[Any, list[Any]]] = {
        "jurisdiction": {},
        "origin_state": {},
        "owner_state": {},
    }
    now_by_currency: dict[str, list[Any]] = {}
    for is_in_force, jurisdiction, origin, owner, currency, *values in rows:
        if is_in_force:
            values[3] = values[3] or Decimal(0)  # no estimate: counted by `estimated_rows`
            _summed(now_by_currency, currency, values)
            _summed(now_by["jurisdiction"], (jurisdiction, currency), values)
            _summed(now_by["origin_state"], (origin, currency), values)
            _summed(now_by["owner_state"], (owner, currency), values)
    groups: dict[str, dict[str, _Group]] = {name: {} for name in DIMENSIONS}
    total = _Group()

    def add(dimension: str, key: str, currency: str, values: list[Any], now: list[Any] | None):
        _rows, assets, ever_frozen, estimated, estimated_rows, recovery_rows, *amounts = values
        _add_row(
            groups,
            total,
            dimension,
            key,
            (
                currency,
                assets,
                estimated if estimated_rows else None,
                None if now is None else now[1],
                ever_frozen,
                recovery_rows,
                *amounts,
                None if now is None else now[len(_ROLLED)],  # their `frozen` figure
            ),
        )

    for is_in_force, dimension, key, _owner, currency, *values in rows:
        if is_in_force:
            continue
        values[3] = values[3] or Decimal(0)
        if dimension == "stage" and key == AssetStage.FROZEN.value:
            now = now_by_currency.get(currency)
            if now is not None:
                add("stage", key, currency, now, now)
            lapsed = _sub(values, now)
            if lapsed[0]:
                add("stage", REPORT_LAPSED, currency, lapsed, None)
        elif dimension == "stage":
            add("stage", key, currency, values, None)
        else:
            add(dimension, key, currency, values, now_by[dimension].get((key, currency)))
    return {"total": {"": total}, **groups}


#: The zone of the kept acts' years (an act without an order counts in the year it was recorded
#: there): the project's TIME_ZONE, written into the trigger (reports.0002_report_totals).
KEPT_TIME_ZONE = "UTC"


def _acts_by_year(user: User | AnonymousUser | None) -> list[dict[str, Any]]:
    """Query 3 (over the kept totals): acts per year and action, amounts as corrected
    (`workflows.asset_position`).

    The year is that of the order behind the act (as corrected), or of its recording when it
    has none. Corrections themselves are not counted: they restate an act, they are not one.
    The trigger keeping `ReportActTotal` restates each act by its latest correction of the
    amount and of the order; under another time zone than the kept one, the acts are read.
    """
    if timezone.get_current_timezone_name() != KEPT_TIME_ZONE:
        return _portable_acts_by_year(user)
    rows: Iterable[dict[str, Any]]
    if state_seen_whole(user) is not None:  # the state's roll-up: one row per key
        rolled = (
            ReportStateActTotal.objects.visible_to(user)
            .order_by()
            .values("year", "action", "currency")
            .annotate(
                count=Sum("acts"),
                amount=Sum("amount"),
                kept_rows=Sum("rows"),
                kept_amount_rows=Sum("amount_rows"),
            )
            .order_by("year", "action", "currency")
        )
        # A key whose deltas sum to no row has no act left; one without an amount, no amount.
        rows = _kept_act_keys(rolled)
    elif state_seen_through_shares(user) is not None:  # the partner state's roll-up
        rows = _kept_act_keys(_partner_act_roll_up(user))
    else:
        rows = (
            ReportActTotal.objects.visible_to(user, references=False)
            .order_by()
            .values("year", "action", "currency")
            .annotate(count=Sum("acts"), amount=Sum("amount"))
            .order_by("year", "action", "currency")
        )
    merged: dict[tuple[int, str], dict[str, Any]] = {}
    for row in rows:
        year, action, currency = row["year"], row["action"], row["currency"]
        entry = merged.setdefault(
            (year, action), {"year": year, "action": action, "count": 0, "amounts": {}}
        )
        entry["count"] += row["count"]
        if currency and row["amount"] is not None:
            entry["amounts"][currency] = row["amount"]
    return list(merged.values())


def _kept_act_keys(rolled: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """A roll-up's act keys summed: a key whose deltas sum to no row has no act left; one
    without an amount, no amount."""
    return [
        {**row, "amount": row["amount"] if row["kept_amount_rows"] else None}
        for row in rolled
        if row["kept_rows"]
    ]


def _partner_act_roll_up(user: User | AnonymousUser | None) -> list[dict[str, Any]]:
    """The acts shared with the liaison's state (`ReportPartnerActTotal`, which sums the cases
    of every share not revoked) less the non-restricted act rows of the cases whose share has
    expired, per year, action and currency, with the rows and amounts they sum."""
    columns = ("year", "action", "currency", "rows", "acts", "amount", "amount_rows")
    deltas = ReportPartnerActTotal.objects.visible_to(user).order_by().values(*columns)
    deltas_sql, deltas_params = deltas.query.sql_with_params()
    expired = expired_shares_seen_through(user).order_by().values("case_id")
    expired_sql, expired_params = expired.query.sql_with_params()
    sql = f"""
        SELECT p.year, p.action, p.currency, SUM(p.acts), SUM(p.amount), SUM(p.rows),
               SUM(p.amount_rows)
        FROM (
            {deltas_sql}
            UNION ALL
            SELECT r.year, r.action, r.currency, -1, -r.acts, -r.amount,
                   -(r.amount IS NOT NULL)::integer
            FROM reports_reportacttotal AS r
            WHERE NOT r.restricted AND r.case_id IN ({expired_sql})
        ) AS p ({", ".join(columns)})
        GROUP BY 1, 2, 3
        ORDER BY 1, 2, 3
    """  # noqa: S608 (the SQL is Django's, compiled with parameters; names are constants)
    names = ("year", "action", "currency", "count", "amount", "kept_rows", "kept_amount_rows")
    with connection.cursor() as cursor:
        cursor.execute(sql, (*deltas_params, *expired_params))
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _mla_report(user: User | AnonymousUser | None, as_of: date) -> dict[str, Any]:
    """Query 4: MLA requests the user may see, per requested state and over all (`()`)."""
    requests = (
        mla_requests_visible_to(user)
        .order_by()
        .exclude(status=MlaStatus.DRAFT)
        .values("requested_state_id", "status", "sent_on", "acknowledged_on", "closed_on", "due_on")
    )
    rows_sql, params = requests.query.sql_with_params()

    def median(days: str, condition: str = "") -> str:
        where = f" FILTER (WHERE {condition})" if condition else ""
        return f"(PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY {days}){where})::numeric(12, 1)"

    sql = f"""
        SELECT GROUPING(r.requested_state_id), r.requested_state_id,
               COUNT(*),
               COUNT(*) FILTER (WHERE r.status = ANY(%s)),
               COUNT(*) FILTER (WHERE r.status = ANY(%s) AND r.due_on < %s),
               COUNT(*) FILTER (WHERE r.status = %s),
               {median("r.acknowledged_on - r.sent_on")},
               {median("r.closed_on - r.sent_on", "r.status = ANY(%s)")}
        FROM ({rows_sql}) AS r
        GROUP BY GROUPING SETS ((r.requested_state_id), ())
        ORDER BY 1, 2
    """  # noqa: S608 (Django's compiled SQL; values are parameters)
    open_statuses = [str(status) for status in OPEN_STATUSES]
    executed = [str(status) for status in EXECUTED_STATUSES]
    with connection.cursor() as cursor:
        cursor.execute(
            sql,
            (open_statuses, open_statuses, as_of, str(MlaStatus.REFUSED), executed, *params),
        )
        rows = cursor.fetchall()
    total = _mla_row((0, 0, 0, 0, None, None))  # `()` has its row even over no request
    by_state = []
    for all_states, state, *figures in rows:
        if all_states:
            total = _mla_row(figures)
        else:
            by_state.append({**_mla_row(figures), "requested_state": state})
    return {"total": total, "by_requested_state": by_state}


def _mla_row(figures: Iterable[Any]) -> dict[str, Any]:
    count, open_, overdue, refused, to_acknowledgement, to_execution = figures
    return {
        "total": count,
        "open": open_,
        "overdue": overdue,
        "refused": refused,
        "median_days_to_acknowledgement": _days(to_acknowledgement),
        "median_days_to_execution": _days(to_execution),
    }


def _days(median: Decimal | None) -> str | None:
    return None if median is None else f"{median.quantize(MEDIAN_PLACES):f}"


def _expiring(user: User | AnonymousUser | None, as_of: date) -> dict[str, Any]:
    """Query 5: frozen assets whose freeze lapses within the next 30 days (as_of included)."""
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


# The portable computation: the same report on any database (the demo's embedded SQLite), from
# the ORM and Python alone. The same visible querysets, one query per part as above (never one
# per row or group), and the figures added up in Python as the SQL does: amounts stay Decimal
# (exact sums), the medians interpolate as `percentile_cont` does. It reads each visible row
# once, so it costs more on large data: PostgreSQL keeps the SQL above.


def _portable_asset_groups(user: User | AnonymousUser | None) -> dict[str, dict[str, _Group]]:
    """Queries 1 and 2 of `_asset_groups`, as rows: the visible assets with their keys, then the
    recovery figures of those assets."""
    visible = _visible_assets(user)
    assets = visible.annotate(
        **_report_keys(origin_state="case__origin_state_id"),
        ever_frozen=Exists(
            _visible_transitions(user).filter(asset_id=OuterRef("pk"), action=AssetAction.FREEZE)
        ),
    ).values_list(
        "id",
        *DIMENSIONS.values(),
        "estimated_value_amount",
        "estimated_value_currency",
        "ever_frozen",
    )
    groups: dict[str, dict[str, _Group]] = {name: {} for name in DIMENSIONS}
    total = _Group()
    # asset id -> (its groups, whether its freeze is in force)
    groups_of: dict[UUID, tuple[list[_Group], bool]] = {}
    for asset_id, *keys, amount, currency, ever_frozen in assets:
        keyed = dict(zip(DIMENSIONS, keys, strict=True))
        targets = [total] + [groups[name].setdefault(key, _Group()) for name, key in keyed.items()]
        frozen_now = keyed["stage"] == AssetStage.FROZEN.value
        groups_of[asset_id] = (targets, frozen_now)
        for group in targets:
            group.count += 1
            group.frozen_now_count += frozen_now
            group.ever_frozen_count += ever_frozen
            if currency and amount is not None:
                group.add("identified", currency, amount)
    totals = AssetRecoveryTotal.objects.visible_to(user, references=False).values_list(
        "asset_id", "currency", *RECOVERY_FIGURES
    )
    for asset_id, currency, *amounts in totals:
        if asset_id not in groups_of:  # recorded since the assets were read
            continue
        targets, frozen_now = groups_of[asset_id]
        values = dict(zip(RECOVERY_FIGURES, amounts, strict=True))
        values["frozen_now"] = values["frozen"] if frozen_now else Decimal(0)
        values["outstanding"] = (
            values["confiscated"] - values["returned"] - values["deducted_expenses"]
        )
        for group in targets:
            for name, amount in values.items():
                group.add(name, currency, amount)
    return {"total": {"": total}, **groups}


def _portable_acts_by_year(user: User | AnonymousUser | None) -> list[dict[str, Any]]:
    """Query 3 of `_acts_by_year`: the visible assets' acts and corrections (a correction is of
    an act of the same asset), each act restated by its latest correction of the amount and of
    the order."""
    correct = AssetAction.CORRECT_RECORD.value
    transitions = (
        _visible_transitions(user)
        .order_by("sequence")
        .values_list(
            "id",
            "action",
            "corrects_id",
            "amount",
            "amount_currency",
            "order_reference",
            "order_issued_on",
            "performed_at",
        )
    )
    acts = []
    # act id -> (amount, currency) and order date of its latest correction (by sequence)
    amount_corrections: dict[UUID, tuple[Decimal, str | None]] = {}
    order_corrections: dict[UUID, date | None] = {}
    for row in transitions:
        id_, action, corrects_id, amount, currency, reference, issued_on, _ = row
        if action != correct:
            acts.append(row)
        elif corrects_id is not None:
            if amount is not None:
                amount_corrections[corrects_id] = (amount, currency)
            if reference != "":
                order_corrections[corrects_id] = issued_on
    # (year, action) -> currency -> [count, sum]
    sums: dict[tuple[int, str], dict[str | None, list[Any]]] = {}
    for id_, action, _, amount, currency, _, issued_on, performed_at in acts:
        if id_ in amount_corrections:
            corrected_amount, corrected_currency = amount_corrections[id_]
            amount = corrected_amount
            currency = currency if corrected_currency is None else corrected_currency
        corrected_on = order_corrections.get(id_)
        day = corrected_on or issued_on or timezone.localtime(performed_at).date()
        per_currency = sums.setdefault((day.year, action), {})
        count_and_sum = per_currency.setdefault(currency, [0, None])
        count_and_sum[0] += 1
        if amount is not None:
            count_and_sum[1] = amount if count_and_sum[1] is None else count_and_sum[1] + amount
    report = []
    for (year, action), per_currency in sorted(sums.items()):
        entry: dict[str, Any] = {"year": year, "action": action, "count": 0, "amounts": {}}
        for code in sorted(per_currency, key=lambda c: (c is None, c or "")):
            count, amount = per_currency[code]
            entry["count"] += count
            if code and amount is not None:
                entry["amounts"][code] = amount
        report.append(entry)
    return report


def _portable_mla_report(user: User | AnonymousUser | None, as_of: date) -> dict[str, Any]:
    """Query 4 of `_mla_report`: the visible requests' figures per requested state and over
    all, counted and their medians taken in Python."""
    requests = (
        mla_requests_visible_to(user)
        .order_by()
        .exclude(status=MlaStatus.DRAFT)
        .values_list(
            "requested_state_id", "status", "sent_on", "acknowledged_on", "closed_on", "due_on"
        )
    )
    by_state: dict[str, list[tuple[Any, ...]]] = {}
    every: list[tuple[Any, ...]] = []
    for row in requests:
        by_state.setdefault(row[0], []).append(row)
        every.append(row)
    return {
        "total": _mla_row(_portable_mla_figures(every, as_of)),
        "by_requested_state": [
            {**_mla_row(_portable_mla_figures(by_state[state], as_of)), "requested_state": state}
            for state in sorted(by_state)
        ],
    }


def _portable_mla_figures(rows: list[tuple[Any, ...]], as_of: date) -> tuple[Any, ...]:
    open_statuses = {str(status) for status in OPEN_STATUSES}
    executed = {str(status) for status in EXECUTED_STATUSES}
    to_acknowledgement, to_execution = [], []
    open_ = overdue = refused = 0
    for _, status, sent_on, acknowledged_on, closed_on, due_on in rows:
        if status in open_statuses:
            open_ += 1
            overdue += due_on is not None and due_on < as_of
        refused += status == MlaStatus.REFUSED
        if sent_on is not None and acknowledged_on is not None:
            to_acknowledgement.append((acknowledged_on - sent_on).days)
        if status in executed and sent_on is not None and closed_on is not None:
            to_execution.append((closed_on - sent_on).days)
    return (
        len(rows),
        open_,
        overdue,
        refused,
        _median(to_acknowledgement),
        _median(to_execution),
    )


def _median(days: list[int]) -> Decimal | None:
    """`percentile_cont(0.5)`: linear interpolation between the two middle values, rounded to
    `numeric(12, 1)` (half away from zero) as the SQL's cast does."""
    if not days:
        return None
    ordered = sorted(days)
    middle, even = divmod(len(ordered) - 1, 2)
    low, high = Decimal(ordered[middle]), Decimal(ordered[middle + even])
    return (low + (high - low) / 2).quantize(MEDIAN_PLACES, rounding=ROUND_HALF_UP)


def _money_list(amounts: Mapping[str, Decimal]) -> list[dict[str, str]]:
    return [
        {"amount": format_amount(amounts[c], c), "currency": c}
        for c in sorted(amounts)
        if amounts[c]
    ]


def _currencies(groups: Iterable[Mapping[str, _Group]], acts: Iterable[dict[str, Any]]) -> set[str]:
    found: set[str] = set()
    for by_key in groups:
        for group in by_key.values():
            for per_currency in group.figures.values():
                found.update(per_currency)
    for act in acts:
        found.update(act["amounts"])
    return found


def summary_report(
    *,
    user: User | AnonymousUser | None,
    as_of: date,
    reporting_currency: str,
    portable: bool | None = None,
) -> dict[str, Any]:
    """The summary of everything `user` may see, as of a date, in a reporting currency, in the
    shape (and field order) of `reports.api.summary.SummarySerializer`, ready to render.

    Computed in PostgreSQL's SQL there, else (or when `portable`) by the ORM and Python: the
    same report either way (tests/reports/test_summary.py compares them)."""
    if portable is None:
        portable = connection.vendor != "postgresql"
    if portable:
        groups, acts = _portable_asset_groups(user), _portable_acts_by_year(user)
    else:
        groups, acts = _asset_groups(user), _acts_by_year(user)
    rates = rates_on(as_of, {*_currencies(groups.values(), acts), reporting_currency})
    convert = converter(to=reporting_currency, rates=rates)
    nothing = {"amounts": [], "converted": convert({})}

    def figure(amounts: Mapping[str, Decimal] | None) -> dict[str, Any]:
        # Zero amounts are neither listed nor converted: all zero is nothing (and costs nothing,
        # for the many groups without a figure).
        if not amounts or not any(amounts.values()):
            return nothing
        return {
            "amounts": _money_list(amounts),
            "converted": convert(amounts),
        }

    def block(group: _Group) -> dict[str, Any]:
        return {
            "count": group.count,
            "frozen_now_count": group.frozen_now_count,
            "ever_frozen_count": group.ever_frozen_count,
            "figures": {name: figure(group.figures.get(name)) for name in FIGURES},
        }

    assets: dict[str, Any] = {"total": block(groups["total"].get("", _Group()))}
    for dimension in DIMENSIONS:
        by_key = groups[dimension]
        assets[f"by_{dimension}"] = [
            {**block(by_key[key]), dimension: key} for key in sorted(by_key)
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
                **figure(act["amounts"]),
            }
            for act in acts
        ],
        "mla_requests": (_portable_mla_report if portable else _mla_report)(user, as_of),
        "freezes_expiring": _expiring(user, as_of),
    }
