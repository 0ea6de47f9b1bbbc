"""Quantities in an asset's details: positive numbers written in digits, with a dot for decimals."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from cases.asset_kinds.fields import InvalidValue


def decimal_validator(
    *, integer_digits: int, decimal_places: int, maximum: Decimal | None, what: str
) -> Callable[[str], str]:
    """A positive number written with digits and at most one decimal point."""
    fraction = rf"(\.[0-9]{{1,{decimal_places}}})?" if decimal_places else ""
    pattern = re.compile(rf"[0-9]{{1,{integer_digits}}}{fraction}", re.ASCII)
    point = f", a dot and at most {decimal_places} decimals" if decimal_places else ""
    shape = f"up to {integer_digits} digits{point}"
    bound = f", at most {maximum}" if maximum is not None else ""

    def validate(value: str) -> str:
        if pattern.fullmatch(value) is None:
            raise InvalidValue(
                "invalid_number", f"Write the {what} as a number ({shape}, e.g. '12.5')."
            )
        number = Decimal(value)
        if number <= 0 or (maximum is not None and number > maximum):
            raise InvalidValue("invalid_number", f"The {what} must be above 0{bound}.")
        return value

    validate.__doc__ = f"{what}: a number above 0{bound}, {shape}."
    return validate


validate_percentage = decimal_validator(
    integer_digits=3, decimal_places=6, maximum=Decimal(100), what="percentage"
)
validate_share_count = decimal_validator(
    integer_digits=18, decimal_places=0, maximum=None, what="number of shares"
)
validate_quantity = decimal_validator(
    integer_digits=18, decimal_places=18, maximum=None, what="quantity"
)
validate_length_m = decimal_validator(
    integer_digits=4, decimal_places=2, maximum=None, what="length in metres"
)
