"""Reminder schedule for legal deadlines, counted in the acting state's working days.

This module is deliberately *pure*: it touches no database and reads no settings.  Every knob
(offsets, overdue cadence, start of the working day, time zone override, subdivision) is an
argument, so the caller (a model method, a periodic sweep, a management command) passes the
values it read from ``settings``.  Time zones and local dates come from `core.state_time`.

Vocabulary
==========

*Acting state*
    The state that must act before the deadline (for an outgoing MLA request: the requested
    state; for an incoming one: us).  Working days, holidays, weekends and the time zone are
    always those of the acting state, identified by its ISO 3166-1 alpha-2 code.

*Threshold*
    One reminder moment.  Keys are stable and unique per deadline, so a sweep can record which
    keys it has already sent and never send the same reminder twice:

    ``before_<N>``
        ``N`` working days before the deadline: the ``N``-th working day *strictly* before the
        deadline date.  If the deadline itself is not a working day, counting still starts from
        the deadline date (``before_1`` of a Saturday deadline is the Friday).
    ``due``
        The deadline date itself, *even when that date is not a working day*: a deadline is a
        deadline, and the reminder must not be silently moved past it.
    ``overdue_<k>``
        The ``k``-th escalation: ``k * overdue_interval`` working days after the deadline
        (each one ``overdue_interval`` working days after the previous one), ``k = 1 ..
        overdue_limit``.  The sweep stops sending them once the matter is closed; the limit is
        only a safety cap.

    Each threshold fires at ``workday_start`` (default 08:00) local time in the acting state on
    its date; ``fire_at`` is that instant expressed in UTC.

Working days
============

:func:`working_calendar` wraps :func:`holidays.country_holidays` (public holidays, observed
days included, optionally for a subdivision such as ``GB``/``ENG``).  Weekends come from the
``holidays`` entity itself, including year-dependent weekends (e.g. the UAE moved from
Friday/Saturday to Saturday/Sunday on 2022-01-01; Saudi Arabia and Israel rest on
Friday/Saturday) and weekend days that were officially made working days (``weekend_workdays``,
e.g. China's bridge Saturdays).  Codes that ``holidays`` does not support fall back to a plain
Saturday/Sunday weekend with no holidays instead of failing.

Caveat: without ``subdiv`` a country-level calendar only contains holidays common to the whole
country.  For ``GB`` that excludes Easter Monday and the August bank holiday (England, Wales
and Northern Ireland only), so pass ``subdiv="ENG"`` when the acting authority sits in London.

Time zones
==========

:func:`state_timezone` picks the state's principal zone from the tz database's ``zone.tab``
(one country per row, unlike ``zone1970.tab`` which would map e.g. ``NO`` to Europe/Berlin).
For countries with several zones the *first listed* zone is used (``US`` -> America/New_York,
``NZ`` -> Pacific/Auckland, ``ES`` -> Europe/Madrid), except for a few states whose first row
is not the seat of government (see :data:`CAPITAL_TIMEZONE_OVERRIDES`, e.g. ``AU`` ->
Australia/Sydney rather than Australia/Lord_Howe).  Unknown codes, or systems without tz
tables, fall back to UTC.  Callers that know better can pass ``tz=`` to every function.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

import holidays

from core.state_time import (
    CAPITAL_TIMEZONE_OVERRIDES,
    local_today,
    state_timezone,
)
from core.state_time import (
    check_aware as _check_aware,
)
from core.state_time import (
    normalise_code as _normalise_code,
)

__all__ = [
    "CAPITAL_TIMEZONE_OVERRIDES",
    "DEFAULT_OFFSETS",
    "DEFAULT_OVERDUE_INTERVAL",
    "DEFAULT_OVERDUE_LIMIT",
    "DEFAULT_WORKDAY_START",
    "Threshold",
    "WorkingCalendar",
    "acting_calendar",
    "default_subdivision",
    "due_thresholds",
    "local_today",
    "next_threshold",
    "reminder_thresholds",
    "state_timezone",
    "subdivisions_of",
    "working_calendar",
]

DEFAULT_OFFSETS: tuple[int, ...] = (14, 7, 3, 1)
"""Working days before the deadline at which a reminder fires."""

DEFAULT_OVERDUE_INTERVAL = 7
"""Working days between two escalations once the deadline has passed."""

DEFAULT_OVERDUE_LIMIT = 52
"""Maximum number of ``overdue_<k>`` thresholds generated for one deadline."""

DEFAULT_WORKDAY_START = time(8, 0)
"""Local wall-clock time at which reminders fire in the acting state."""


_FALLBACK_WEEKEND = frozenset({5, 6})  # Saturday, Sunday
_MAX_SCAN_DAYS = 366 * 20  # guard against a calendar without working days


def _normalise_subdiv(subdiv: str | None) -> str | None:
    if subdiv is None:
        return None
    if not isinstance(subdiv, str) or not subdiv.strip():
        raise ValueError(f"subdiv must be None or a non-empty string, got {subdiv!r}")
    return subdiv.strip().upper()


# ---------------------------------------------------------------------------------------------
# Working days
# ---------------------------------------------------------------------------------------------


class WorkingCalendar:
    """Working days of one state (optionally one subdivision).

    Instances are cached and shared by :func:`working_calendar`; they are safe to use from
    several threads (``holidays`` computes a year lazily on first access, which is guarded by
    a lock).
    """

    __slots__ = ("_holidays", "_lock", "_working_days_by_year", "country_code", "subdiv")

    def __init__(self, country_code: str, subdiv: str | None = None) -> None:
        self.country_code = _normalise_code(country_code)
        self.subdiv = _normalise_subdiv(subdiv)
        self._lock = threading.Lock()
        # The ordinals of each year's working days, sorted, computed on first use: shifting by
        # working days is then a binary search, not a walk asking `holidays` about every day
        # (the sweep plans thousands of deadlines, each over 52 escalations of 7 working days).
        self._working_days_by_year: dict[int, tuple[int, ...]] = {}
        self._holidays: holidays.HolidayBase | None
        try:
            self._holidays = holidays.country_holidays(self.country_code)
        except NotImplementedError:
            # Country not covered by ``holidays``: Saturday/Sunday weekend, no holidays.
            self._holidays = None
            return
        if self.subdiv is not None:
            try:
                self._holidays = holidays.country_holidays(self.country_code, subdiv=self.subdiv)
            except NotImplementedError as exc:
                raise ValueError(
                    f"Unknown subdivision {self.subdiv!r} for country {self.country_code!r}"
                ) from exc

    def __repr__(self) -> str:
        sub = f", subdiv={self.subdiv!r}" if self.subdiv else ""
        return f"WorkingCalendar({self.country_code!r}{sub}, supported={self.supported})"

    @property
    def supported(self) -> bool:
        """Whether ``holidays`` knows this country (otherwise Sat/Sun and no holidays)."""
        return self._holidays is not None

    def is_weekend(self, d: date) -> bool:
        """Whether ``d`` falls on the state's weekend (as in force in ``d``'s year)."""
        d = _check_date("d", d)
        if self._holidays is None:
            return d.weekday() in _FALLBACK_WEEKEND
        with self._lock:
            return self._holidays.is_weekend(d)

    def is_holiday(self, d: date) -> bool:
        """Whether ``d`` is a public holiday (observed days included)."""
        d = _check_date("d", d)
        if self._holidays is None:
            return False
        with self._lock:
            return d in self._holidays

    def is_working_day(self, d: date) -> bool:
        """Not a weekend day (unless officially worked) and not a public holiday."""
        d = _check_date("d", d)
        if self._holidays is None:
            return d.weekday() not in _FALLBACK_WEEKEND
        with self._lock:
            return self._holidays.is_working_day(d)

    def subtract_working_days(self, d: date, n: int) -> date:
        """The ``n``-th working day strictly before ``d`` (``d`` itself never counts).

        ``n == 0`` returns ``d`` unchanged.
        """
        return self._shift(d, n, -1)

    def add_working_days(self, d: date, n: int) -> date:
        """The ``n``-th working day strictly after ``d`` (``d`` itself never counts).

        ``n == 0`` returns ``d`` unchanged.
        """
        return self._shift(d, n, +1)

    def working_days_between(self, start: date, end: date) -> int:
        """Number of working days in the half-open range ``[start, end)`` (0 if empty)."""
        start, end = _check_date("start", start), _check_date("end", end)
        if end <= start:
            return 0
        first, last = start.toordinal(), end.toordinal()
        return sum(
            bisect.bisect_left(days, last) - bisect.bisect_left(days, first)
            for days in map(self._working_days_of, range(start.year, end.year + 1))
        )

    def _working_days_of(self, year: int) -> tuple[int, ...]:
        """The ordinals of the working days of ``year``, sorted (by `is_working_day`)."""
        days = self._working_days_by_year.get(year)
        if days is None:
            first = date(year, 1, 1)
            length = (date(year + 1, 1, 1) if year < date.max.year else date.max) - first
            days = tuple(
                first.toordinal() + i
                for i in range(length.days + (year == date.max.year))
                if self.is_working_day(first + timedelta(days=i))
            )
            self._working_days_by_year[year] = days
        return days

    def _shift(self, d: date, n: int, step: int) -> date:
        """The ``n``-th working day after (``step`` +1) or before (-1) ``d``, by the years'
        sorted working days. OverflowError past the ends of Python's dates, as `date` raises."""
        d = _check_date("d", d)
        _check_non_negative_int("n", n)
        if n == 0:
            return d
        remaining, year, ordinal = n, d.year, d.toordinal()
        years_without_one = 0
        while True:
            if not date.min.year <= year <= date.max.year:
                raise OverflowError("date value out of range")
            days = self._working_days_of(year)
            if step > 0:
                after = bisect.bisect_right(days, ordinal)  # the first working day after d
                if remaining <= len(days) - after:
                    return date.fromordinal(days[after + remaining - 1])
                remaining -= len(days) - after
            else:
                before = bisect.bisect_left(days, ordinal)  # how many fall before d
                if remaining <= before:
                    return date.fromordinal(days[before - remaining])
                remaining -= before
            years_without_one = 0 if days else years_without_one + 1
            if years_without_one * 366 > _MAX_SCAN_DAYS:
                raise RuntimeError(f"{self!r} has no working days around {year}")
            year += step


DEFAULT_SUBDIVISIONS: dict[str, str] = {
    # England and Wales share their bank holidays; Scotland and Northern Ireland have their own
    # (St Andrew's Day, St Patrick's Day, the Battle of the Boyne), named where an order says so.
    "GB": "ENG",
}
"""The subdivision whose holidays count when none is named (others: the state's own only)."""


def default_subdivision(country_code: str) -> str | None:
    return DEFAULT_SUBDIVISIONS.get(_normalise_code(country_code))


def subdivisions_of(country_code: str) -> tuple[str, ...]:
    """The subdivisions `holidays` knows for the state (ISO 3166-2 codes without the country:
    ``SCT``, ``ZH``, ``NY``, ``BY``), empty for a state it does not support."""
    supported = holidays.list_supported_countries()
    return tuple(supported.get(_normalise_code(country_code), ()))


def acting_calendar(country_code: str, subdiv: str | None = None) -> WorkingCalendar:
    """The working days where the act happens: the subdivision named, else the state's
    default one."""
    return working_calendar(country_code, subdiv or default_subdivision(country_code))


@functools.lru_cache(maxsize=512)
def _cached_calendar(country_code: str, subdiv: str | None) -> WorkingCalendar:
    return WorkingCalendar(country_code, subdiv)


def working_calendar(country_code: str, subdiv: str | None = None) -> WorkingCalendar:
    """Cached :class:`WorkingCalendar` for an ISO 3166-1 alpha-2 code (case-insensitive).

    Unsupported codes (e.g. ``"ZZ"``) yield a Saturday/Sunday calendar without holidays.
    An unknown ``subdiv`` of a supported country raises :class:`ValueError`.
    """
    return _cached_calendar(_normalise_code(country_code), _normalise_subdiv(subdiv))


# ---------------------------------------------------------------------------------------------
# Thresholds
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Threshold:
    """One reminder moment of a deadline.

    ``key`` is stable and unique per deadline (``before_14`` ... ``before_1``, ``due``,
    ``overdue_1`` ...); ``fire_on`` is the local date in the acting state; ``fire_at`` is the
    aware UTC instant (start of that local working day).
    """

    key: str
    fire_on: date
    fire_at: datetime


def reminder_thresholds(
    deadline: date,
    *,
    country_code: str,
    offsets: Iterable[int] = DEFAULT_OFFSETS,
    overdue_interval: int = DEFAULT_OVERDUE_INTERVAL,
    overdue_limit: int = DEFAULT_OVERDUE_LIMIT,
    workday_start: time = DEFAULT_WORKDAY_START,
    subdiv: str | None = None,
    tz: tzinfo | None = None,
) -> list[Threshold]:
    """All thresholds of ``deadline``, sorted by ``fire_at`` (which is also key order).

    ``offsets``
        Positive working-day counts; duplicates are ignored, order does not matter, an empty
        iterable disables the advance reminders.
    ``overdue_interval``
        Working days between escalations (>= 1).  Note: 7 *working* days is about a week and a
        half of calendar time; use 5 for a weekly cadence in a Monday-Friday state.
    ``overdue_limit``
        Number of ``overdue_<k>`` thresholds (>= 0).
    ``workday_start``
        Naive local wall-clock time.  If it does not exist on a date (DST gap), the instant is
        the same wall-clock reading shifted by the gap (e.g. 01:30 on the London spring-forward
        day fires at 02:30 BST = 01:30 UTC).
    ``subdiv``
        Optional ``holidays`` subdivision of the acting state (e.g. ``"ENG"`` for ``GB``).
    ``tz``
        Override of :func:`state_timezone`.
    """
    return list(
        _thresholds(
            _check_date("deadline", deadline),
            _normalise_code(country_code),
            _normalise_subdiv(subdiv),
            _validate_offsets(offsets),
            _check_positive_int("overdue_interval", overdue_interval),
            _check_non_negative_int("overdue_limit", overdue_limit),
            _check_workday_start(workday_start),
            _check_tz(tz),
        )
    )


@functools.lru_cache(maxsize=4096)
def _thresholds(
    deadline: date,
    country_code: str,
    subdiv: str | None,
    offsets: tuple[int, ...],
    overdue_interval: int,
    overdue_limit: int,
    workday_start: time,
    tz: tzinfo | None,
) -> tuple[Threshold, ...]:
    calendar = working_calendar(country_code, subdiv)
    zone = tz or state_timezone(country_code)

    def make(key: str, day: date) -> Threshold:
        local = datetime.combine(day, workday_start, tzinfo=zone)
        return Threshold(key=key, fire_on=day, fire_at=local.astimezone(UTC))

    # Python's dates end at 9999-12-31 (and begin at 0001-01-01): a threshold that would fall
    # outside them does not exist, rather than making the whole schedule raise OverflowError.
    # (The API takes no date near either end, core/dates.py; this keeps a date that
    # came by another path from stopping the sweep.)
    result: list[Threshold] = []
    for n in offsets:  # descending, hence chronological
        with contextlib.suppress(OverflowError):
            result.append(make(f"before_{n}", calendar.subtract_working_days(deadline, n)))
    with contextlib.suppress(OverflowError):
        result.append(make("due", deadline))
    day = deadline
    for k in range(1, overdue_limit + 1):
        try:
            day = calendar.add_working_days(day, overdue_interval)
            result.append(make(f"overdue_{k}", day))
        except OverflowError:
            break
    result.sort(key=lambda t: t.fire_at)  # already sorted; kept as a cheap safety net
    return tuple(result)


def due_thresholds(deadline: date, now: datetime, **schedule: Any) -> list[Threshold]:
    """Thresholds whose ``fire_at <= now`` (aware), oldest first.

    ``schedule``: the keyword options of `reminder_thresholds` (``country_code`` and the rest).
    A sweep sends the ones whose key it has not recorded yet (usually only the last one is
    worth sending if several were missed).
    """
    _check_aware("now", now)
    return [t for t in reminder_thresholds(deadline, **schedule) if t.fire_at <= now]


def next_threshold(deadline: date, after: datetime, **schedule: Any) -> Threshold | None:
    """The first threshold with ``fire_at > after`` (aware), or ``None`` past the last one.

    ``schedule``: as for `due_thresholds`. Store its ``fire_at`` as ``next_reminder_at`` so the
    sweep only loads rows that are due.
    """
    _check_aware("after", after)
    return next((t for t in reminder_thresholds(deadline, **schedule) if t.fire_at > after), None)


# ---------------------------------------------------------------------------------------------
# Validation helpers
# ---------------------------------------------------------------------------------------------


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_positive_int(name: str, value: int) -> int:
    if not _is_int(value) or value < 1:
        raise ValueError(f"{name} must be an integer >= 1, got {value!r}")
    return value


def _check_non_negative_int(name: str, value: int) -> int:
    if not _is_int(value) or value < 0:
        raise ValueError(f"{name} must be an integer >= 0, got {value!r}")
    return value


def _validate_offsets(offsets: Iterable[int]) -> tuple[int, ...]:
    if isinstance(offsets, (str, bytes)) or not isinstance(offsets, Iterable):
        raise ValueError(f"offsets must be an iterable of positive integers, got {offsets!r}")
    values = tuple(offsets)
    for value in values:
        if not _is_int(value) or value < 1:
            raise ValueError(f"offsets must be positive integers, got {value!r} in {values!r}")
    return tuple(sorted(set(values), reverse=True))


def _check_date(name: str, d: date) -> date:
    # ``datetime`` is a ``date`` subclass; silently dropping its time/zone would hide bugs.
    if isinstance(d, datetime) or not isinstance(d, date):
        raise ValueError(f"{name} must be a datetime.date (not datetime), got {d!r}")
    return d


def _check_workday_start(value: time) -> time:
    if not isinstance(value, time):
        raise ValueError(f"workday_start must be a datetime.time, got {value!r}")
    if value.tzinfo is not None:
        raise ValueError(
            f"workday_start must be a naive local time (the zone is the state's), got {value!r}"
        )
    return value


def _check_tz(value: tzinfo | None) -> tzinfo | None:
    if value is not None and not isinstance(value, tzinfo):
        raise ValueError(f"tz must be a tzinfo (e.g. zoneinfo.ZoneInfo) or None, got {value!r}")
    return value
