"""How confiscated proceeds are split between two states: pure arithmetic, no database.

- **EU Regulation 2018/1805, Art. 30(7)** (the default between the member states it binds,
  "unless otherwise agreed"): (a) where the amount obtained from executing a confiscation order
  is EUR 10 000 or less, it accrues to the executing state; (b) in all other cases the executing
  state transfers 50 % of the amount to the issuing state. Half of the *whole* amount, not of
  what exceeds the threshold.
- **CETS 198 Art. 25(3)** (and UNCAC Art. 57(5)): states may agree, case by case, to share
  in other proportions: the agreed share of the issuing state, as a percentage.

Amounts are exact decimals in their currency's ISO 4217 minor units. The issuing state's part is
rounded *down* to a whole minor unit and the executing state keeps the rest, so the two parts
always add up to the amount to the last cent (fil, yen): the executing state holds the money, and
a part of a minor unit cannot be transferred.

The threshold is in euro: an amount in another currency is compared through its euro value,
which the record gives (a dated rate is the record's, never invented here).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from core.money import minor_unit

__all__ = [
    "EU_2018_1805_STATES",
    "EU_2018_1805_THRESHOLD_EUR",
    "Split",
    "agreed_split",
    "eu_2018_1805_split",
]

# Art. 30(7)(a): up to this amount (inclusive) the executing state keeps everything.
EU_2018_1805_THRESHOLD_EUR = Decimal("10000.00")
# Art. 30(7)(b): the issuing state's half above it.
EU_2018_1805_ISSUING_SHARE = Decimal("0.5")

# The member states bound by Regulation 2018/1805: every EU member state but Denmark and Ireland,
# which do not take part in it (recitals 56 and 57).
EU_2018_1805_STATES = frozenset(
    {
        "AT", "BE", "BG", "CY", "CZ", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IT",
        "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Split:
    """What each state receives, in the amount's currency; the two add up to the amount."""

    executing_state: Decimal
    issuing_state: Decimal


def _issuing_part(amount: Decimal, share: Decimal, currency: str) -> Split:
    issuing = (amount * share).quantize(minor_unit(currency), rounding=ROUND_DOWN)
    return Split(executing_state=amount - issuing, issuing_state=issuing)


def eu_2018_1805_split(
    amount: Decimal, currency: str, *, eur_value: Decimal | None = None
) -> Split:
    """Art. 30(7): all to the executing state up to EUR 10 000, half to the issuing state above.

    `eur_value` is the amount's value in euro, needed when `currency` is not EUR.
    """
    if amount < 0:
        raise ValueError("An amount to share is not negative.")
    if currency == "EUR":
        eur_value = amount
    elif eur_value is None:
        raise ValueError("The threshold is in euro: give the amount's value in EUR.")
    if eur_value <= EU_2018_1805_THRESHOLD_EUR:
        return Split(executing_state=amount, issuing_state=Decimal(0) * amount)
    return _issuing_part(amount, EU_2018_1805_ISSUING_SHARE, currency)


def agreed_split(amount: Decimal, currency: str, *, issuing_share_percent: Decimal) -> Split:
    """CETS 198 Art. 25(3): the issuing state's agreed percentage, the executing state the rest."""
    if amount < 0:
        raise ValueError("An amount to share is not negative.")
    if not Decimal(0) <= issuing_share_percent <= Decimal(100):
        raise ValueError("A share is a percentage from 0 to 100.")
    return _issuing_part(amount, issuing_share_percent / Decimal(100), currency)
