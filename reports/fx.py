"""Exchange rates: loading the ECB's reference rates, and converting report figures with them.

The ECB publishes euro reference rates (1 EUR = x C) in `eurofxref-hist.csv`: a header
`Date,USD,JPY,...`, one row per date, `N/A` where no rate was published (and a trailing comma).
`parse_ecb_csv` reads that shape; `fx_rates_load` stores it (idempotent: a re-load updates).

Conversion rule of the reports (issue 8): a figure in currency C is converted to the reporting
currency R with the latest rate on or before the report's date, for C and for R, both against the
euro: amount * per_eur(R) / per_eur(C). Each converted figure states the rate dates it used; a
currency with no rate on or before that date is reported as missing and left out of the converted
total, which then says it is incomplete. Nothing is guessed.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

import pycountry
from django.db import connection, transaction
from django.db.models import OuterRef, QuerySet, Subquery

from core.money import format_amount, minor_unit
from reports.models import FxRate

__all__ = [
    "BASE_CURRENCY",
    "FxFileError",
    "Rate",
    "convert",
    "fx_rates_load",
    "parse_ecb_csv",
    "rates_on",
]

BASE_CURRENCY = "EUR"


class FxFileError(ValueError):
    """The file is not in the ECB's CSV shape; `errors` names each bad line."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class Rate:
    currency: str
    rate_date: date | None  # None for the euro itself: no rate is needed
    per_eur: Decimal


def parse_ecb_csv(text: str) -> list[tuple[date, str, Decimal]]:
    """(date, currency, units per euro) for every published rate of the file."""
    reader = csv.reader(io.StringIO(text))
    errors: list[str] = []
    header = next(reader, None)
    if not header or header[0].strip() != "Date":
        raise FxFileError(["line 1: expected the ECB header 'Date,USD,JPY,...'"])
    currencies = [name.strip().upper() for name in header[1:]]
    for column, code in enumerate(currencies, start=2):
        if code and (len(code) != 3 or pycountry.currencies.get(alpha_3=code) is None):
            errors.append(f"line 1, column {column}: {code!r} is not an ISO 4217 currency")
    rows: list[tuple[date, str, Decimal]] = []
    for line_number, row in enumerate(reader, start=2):
        if not row or not any(cell.strip() for cell in row):
            continue
        try:
            rate_date = date.fromisoformat(row[0].strip())
        except ValueError:
            errors.append(f"line {line_number}: {row[0]!r} is not a date (YYYY-MM-DD)")
            continue
        for code, cell in zip(currencies, row[1:], strict=False):
            value = cell.strip()
            if not code or not value or value.upper() == "N/A":
                continue
            try:
                per_eur = Decimal(value)
            except InvalidOperation:
                errors.append(f"line {line_number}, {code}: {value!r} is not a number")
                continue
            if not per_eur.is_finite() or per_eur <= 0:
                errors.append(f"line {line_number}, {code}: a rate must be above zero")
                continue
            rows.append((rate_date, code, per_eur))
    if errors:
        raise FxFileError(errors)
    return rows


@transaction.atomic
def fx_rates_load(*, rates: Iterable[tuple[date, str, Decimal]]) -> tuple[int, int]:
    """Store rates (created, updated), one statement per thousand rates."""
    batch = [FxRate(rate_date=d, currency=c, per_eur=r) for d, c, r in rates]
    keys = {(rate.currency, rate.rate_date) for rate in batch}
    existing = sum(
        FxRate.objects.filter(currency=currency, rate_date__in=dates).count()
        for currency, dates in _dates_by_currency(keys).items()
    )
    FxRate.objects.bulk_create(
        batch,
        batch_size=1000,
        update_conflicts=True,
        unique_fields=["currency", "rate_date"],
        update_fields=["per_eur", "loaded_at"],
    )
    return len(keys) - existing, existing


def _dates_by_currency(keys: Iterable[tuple[str, date]]) -> dict[str, list[date]]:
    grouped: dict[str, list[date]] = {}
    for currency, rate_date in keys:
        grouped.setdefault(currency, []).append(rate_date)
    return grouped


def rates_on(as_of: date, currencies: Iterable[str]) -> dict[str, Rate]:
    """The latest rate on or before `as_of` of each currency that has one (one query)."""
    wanted = {c for c in currencies if c != BASE_CURRENCY}
    found: dict[str, Rate] = {BASE_CURRENCY: Rate(BASE_CURRENCY, None, Decimal(1))}
    if not wanted:
        return found
    for currency, rate_date, per_eur in _latest_rates(as_of, wanted):
        found[currency] = Rate(currency, rate_date, per_eur)
    return found


def _latest_rates(as_of: date, currencies: set[str]) -> QuerySet[FxRate, tuple[Any, ...]]:
    """(currency, rate_date, per_eur) of the latest rate on or before `as_of` of each currency:
    PostgreSQL's `DISTINCT ON`, elsewhere (the demo's SQLite) each currency's latest date by a
    subquery, which the unique (currency, rate_date) index answers."""
    rates = FxRate.objects.filter(currency__in=currencies, rate_date__lte=as_of)
    if connection.vendor == "postgresql":
        latest = rates.order_by("currency", "-rate_date").distinct("currency")
    else:
        latest_date = FxRate.objects.filter(
            currency=OuterRef("currency"), rate_date__lte=as_of
        ).order_by("-rate_date")
        latest = rates.filter(rate_date=Subquery(latest_date.values("rate_date")[:1]))
    return latest.values_list("currency", "rate_date", "per_eur")


def convert(
    amounts: Mapping[str, Decimal], *, to: str, rates: Mapping[str, Rate]
) -> dict[str, Any]:
    """Amounts per currency as one total in `to`, with the rates used and those missing."""
    return converter(to=to, rates=rates)(amounts)


def converter(
    *, to: str, rates: Mapping[str, Rate]
) -> Callable[[Mapping[str, Decimal]], dict[str, Any]]:
    """`convert` to `to` at `rates`, for many amounts (a report converts thousands): what does
    not depend on the amounts (the target's rate, each rate as the answer lists it) is done once.

    Each currency's amount is converted exactly (amount * per_eur(to) / per_eur(currency)) and
    the total is rounded to the cent once, at the end.
    """
    target = rates.get(to)
    places = minor_unit(to)
    listed = {
        rate.currency: {
            "currency": rate.currency,
            "rate_date": rate.rate_date,
            "per_eur": f"{rate.per_eur}",
        }
        for rate in rates.values()
        if rate.rate_date is not None
    }

    def convert_amounts(amounts: Mapping[str, Decimal]) -> dict[str, Any]:
        total = Decimal(0)
        used: set[str] = set()
        missing: list[str] = []
        for currency in sorted(amounts):
            amount = amounts[currency]
            if not amount:
                continue
            if currency == to:
                total += amount
                continue
            source = rates.get(currency)
            if source is None or target is None:
                missing.append(currency)
                continue
            total += amount * target.per_eur / source.per_eur
            used.update((source.currency, target.currency))
        return {
            "amount": format_amount(total.quantize(places, rounding=ROUND_HALF_UP), to),
            "currency": to,
            "complete": not missing,
            "missing_rates": missing,
            "rates": rates_listed(frozenset(used)),
        }

    @functools.cache
    def rates_listed(used: frozenset[str]) -> list[dict[str, Any]]:
        # The same few sets of currencies come back in every figure of a report: listed once
        # each (the lists are shared by the figures, and never changed).
        return [listed[currency] for currency in sorted(used) if currency in listed]

    return convert_amounts


def iter_currencies(rows: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    for row in rows:
        if row.get("currency"):
            yield row["currency"]
