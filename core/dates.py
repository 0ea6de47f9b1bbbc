"""The one rule for dates the API takes: between EARLIEST_DATE and LATEST_DATE.

Python's dates end at 9999-12-31 and begin at 0001-01-01, and the API computes from the dates it
is given: a reminder schedule runs a year and a half of working days past a deadline
(`deadlines.calendar`), a freeze is reported 30 days ahead of `as_of`, a calendar entry
ends the day after. A date near either end made that arithmetic raise OverflowError (a 500, after
part of the write). No case of this service has a date outside these centuries, and the margin
left is far larger than any computation's reach, so every date field of every input serializer
is a `BoundedDateField` (tests/hardening/test_hostile_input.py checks that none is not): a date
outside answers 400 with `errors[].attr` naming the field and code `date_out_of_range`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rest_framework import serializers

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2999, 12, 31)
OUT_OF_RANGE = "date_out_of_range"


def check_date_in_range(value: date) -> date:
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise serializers.ValidationError(
            f"Enter a date between {EARLIEST_DATE.isoformat()} and {LATEST_DATE.isoformat()}.",
            code=OUT_OF_RANGE,
        )
    return value


class BoundedDateField(serializers.DateField):
    """DRF's DateField, refusing dates outside EARLIEST_DATE..LATEST_DATE."""

    def to_internal_value(self, value: Any) -> date:
        return check_date_in_range(super().to_internal_value(value))
