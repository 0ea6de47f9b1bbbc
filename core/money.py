"""Amounts in their currency's own minor units (ISO 4217), never floats.

A dinar of Kuwait, Bahrain, Oman, Jordan, Tunisia, Libya or Iraq has 1000 fils; a yen or a won has
no minor unit; the Chilean unidad de fomento is kept to 4 places. The stored columns hold 4 decimal
places (`AMOUNT_PLACES`), the most any currency has; an amount is given and shown with exactly its
currency's places (`iso4217`, ISO's own table, rather than CLDR's, which counts IQD without fils).
"""

from __future__ import annotations

import functools
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

import iso4217

# The columns of amounts: 18 integer digits (above any recovered sum) and the places of the
# currency with the most (CLF, 4).
AMOUNT_DIGITS = 22
AMOUNT_PLACES = 4
MAX_AMOUNT = Decimal("999999999999999999.9999")
# Codes without a minor unit in ISO 4217 (gold, special drawing rights, "no currency"): shown
# to 2 places, as they were before the table was read.
DEFAULT_PLACES = 2


@functools.cache
def minor_units(currency: str) -> int:
    """The decimal places of `currency` (ISO 4217's "minor unit")."""
    try:
        exponent = iso4217.Currency(currency).exponent
    except ValueError:
        return DEFAULT_PLACES
    return DEFAULT_PLACES if exponent is None else exponent


@functools.cache
def minor_unit(currency: str) -> Decimal:
    """One minor unit of `currency`: 0.01 USD, 0.001 KWD, 1 JPY."""
    return Decimal(1).scaleb(-minor_units(currency))


def fits_minor_units(amount: Decimal, currency: str) -> bool:
    """Whether `amount` is a whole number of the currency's minor units ("100.00" yen is, "0.5"
    yen is not; "1.250" dinars is)."""
    return amount == amount.quantize(minor_unit(currency))


def format_amount(amount: Decimal, currency: str) -> str:
    """The amount as the API writes it: a decimal string with the currency's places.

    Quantized then written (`str` of a Decimal with an exponent of 0 or less never uses an
    exponent), a third of the time of a format spec (the summary writes ~20,000 amounts at
    scale L); the same string, rounded half to even as the format is
    (tests/core/test_money.py); beyond the context's 28 digits, the format spec."""
    try:
        return str(amount.quantize(minor_unit(currency), rounding=ROUND_HALF_EVEN))
    except InvalidOperation:
        return f"{amount:.{minor_units(currency)}f}"
