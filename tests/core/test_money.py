"""`format_amount` writes what the format spec it replaced wrote, for every amount and place."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.money import format_amount, minor_units

# No minor unit, 2, 3 and 4 places, and a code outside ISO 4217's table (2 places).
CURRENCIES = ("JPY", "EUR", "KWD", "CLF", "XAU")


@given(
    amount=st.decimals(
        allow_nan=False, allow_infinity=False, places=6, max_value=10**24, min_value=-(10**24)
    ),
    currency=st.sampled_from(CURRENCIES),
)
def test_the_same_string_as_the_format_spec(amount: Decimal, currency: str) -> None:
    assert format_amount(amount, currency) == f"{amount:.{minor_units(currency)}f}"


@pytest.mark.parametrize(
    ("amount", "currency", "written"),
    [
        ("0.125", "EUR", "0.12"),  # half to even
        ("0.135", "EUR", "0.14"),
        ("1E+5", "EUR", "100000.00"),  # never an exponent
        ("-0.0001", "EUR", "-0.00"),
        ("1234.5", "JPY", "1234"),
        ("1.2", "KWD", "1.200"),
        ("1" + "0" * 30, "EUR", "1" + "0" * 30 + ".00"),  # beyond 28 digits: the format spec
    ],
)
def test_examples(amount: str, currency: str, written: str) -> None:
    assert format_amount(Decimal(amount), currency) == written
