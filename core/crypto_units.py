"""Crypto-asset units and their decimals: a wallet's holding is counted in its own unit.

A bitcoin divides into 10^8 satoshi, an ether into 10^18 wei; an ERC-20 or TRC-20 token has the
decimals its contract declares (USDT and USDC 6, DAI 18). A holding is exact in its unit's
places, never a float, and never converted: its fiat worth is the asset's `estimated_value`.

A unit not in the table is refused rather than taken with decimals the user states: the decimals
are the token contract's, and an amount read with the wrong ones is off by powers of ten. A new
token is a new row here (from its contract, with a test).
"""

from __future__ import annotations

from decimal import Decimal

# unit -> decimal places (the native coins' protocol units; tokens' contract `decimals()`).
CRYPTO_UNITS: dict[str, int] = {
    "BTC": 8,  # satoshi
    "BCH": 8,
    "LTC": 8,  # litoshi
    "DOGE": 8,
    "ETH": 18,  # wei
    "DAI": 18,
    "USDT": 6,  # Tether on Ethereum and Tron
    "USDC": 6,
    "TRX": 6,  # sun
    "SOL": 9,  # lamport
    "XRP": 6,  # drop
    "XMR": 12,  # piconero
}

# The columns: 22 integer digits (above any token's supply in wallets we trace) and 18 places,
# the most a unit of the table has.
HOLDING_DIGITS = 40
HOLDING_PLACES = max(CRYPTO_UNITS.values())
MAX_HOLDING = Decimal("9" * (HOLDING_DIGITS - HOLDING_PLACES) + "." + "9" * HOLDING_PLACES)


def fits_unit(amount: Decimal, unit: str) -> bool:
    """Whether `amount` is a whole number of the unit's smallest part (satoshi, wei)."""
    return amount == amount.quantize(Decimal(1).scaleb(-CRYPTO_UNITS[unit]))


def format_holding(amount: Decimal, unit: str) -> str:
    """The holding as the API writes it: a decimal string with exactly the unit's places."""
    return f"{amount:.{CRYPTO_UNITS[unit]}f}"
