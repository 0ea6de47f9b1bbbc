"""Where each state is in time: its principal time zone, and its date at an instant.

"Today" in this service is always a state's local date, never UTC's: an order issued this
morning in Auckland is dated today there while it is still yesterday in London, and a deadline
is overdue once its date has passed *where the act is due*. Every "today" and every "overdue"
is computed from here (through `deadlines.calendar`, which adds the working days), so that no
module takes `timezone.now().date()`, which is UTC's date.

Django's clock (`timezone.now`, the one the tests freeze) is read where no instant is given.
"""

from __future__ import annotations

import functools
import importlib.resources
import zoneinfo
from collections import defaultdict
from datetime import date, datetime, tzinfo
from pathlib import Path

from django.db.models import Q
from django.utils import timezone

__all__ = [
    "CAPITAL_TIMEZONE_OVERRIDES",
    "check_aware",
    "date_passed",
    "date_passed_q",
    "local_dates",
    "local_today",
    "normalise_code",
    "state_timezone",
    "today_in",
]

CAPITAL_TIMEZONE_OVERRIDES: dict[str, str] = {
    # The first zone.tab row for these countries is not the zone of the seat of government.
    "AU": "Australia/Sydney",  # first listed: Australia/Lord_Howe; Canberra keeps Sydney time
    "BR": "America/Sao_Paulo",  # first listed: America/Noronha; Brasilia keeps Sao Paulo time
    "CA": "America/Toronto",  # first listed: America/St_Johns; Ottawa keeps Toronto time
    "FM": "Pacific/Pohnpei",  # first listed: Pacific/Chuuk; Palikir is on Pohnpei
    "RU": "Europe/Moscow",  # first listed: Europe/Kaliningrad
    "UA": "Europe/Kyiv",  # first listed: Europe/Simferopol
}
"""Principal zones that differ from the first ``zone.tab`` row for the country."""

_CODE_ALIASES = {"UK": "GB", "EL": "GR"}  # common non-ISO spellings (EU usage)


def normalise_code(country_code: str) -> str:
    if not isinstance(country_code, str) or not country_code.strip():
        raise ValueError(f"country_code must be a non-empty string, got {country_code!r}")
    code = country_code.strip().upper()
    return _CODE_ALIASES.get(code, code)


# ---------------------------------------------------------------------------------------------
# Time zones
# ---------------------------------------------------------------------------------------------


def _read_zone_tab(name: str) -> str | None:
    for directory in zoneinfo.TZPATH:
        try:
            return (Path(directory) / name).read_text(encoding="utf-8")
        except OSError:
            continue
    try:  # the optional first-party ``tzdata`` package ships the same tables
        return (importlib.resources.files("tzdata.zoneinfo") / name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        return None


def _parse_zone_tab(text: str) -> dict[str, list[str]]:
    """Map country code -> zones in file order (``zone.tab`` or ``zone1970.tab`` syntax)."""
    zones: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 3:
            continue
        for code in fields[0].split(","):
            zones.setdefault(code.strip().upper(), []).append(fields[2].strip())
    return zones


@functools.lru_cache(maxsize=1)
def _zone_table() -> dict[str, list[str]]:
    # zone.tab has one country per row (Europe/Oslo for NO); zone1970.tab merges countries
    # whose clocks agreed since 1970 (Europe/Berlin for NO), so it is only a fallback.
    table: dict[str, list[str]] = {}
    for name in ("zone1970.tab", "zone.tab"):  # later file wins
        text = _read_zone_tab(name)
        if text is not None:
            table.update(_parse_zone_tab(text))
    return table


def _load_zone(name: str) -> zoneinfo.ZoneInfo | None:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return None


@functools.lru_cache(maxsize=512)
def _cached_state_timezone(code: str) -> zoneinfo.ZoneInfo:
    candidates = []
    if code in CAPITAL_TIMEZONE_OVERRIDES:
        candidates.append(CAPITAL_TIMEZONE_OVERRIDES[code])
    candidates.extend(_zone_table().get(code, ()))
    for name in candidates:
        zone = _load_zone(name)
        if zone is not None:
            return zone
    return zoneinfo.ZoneInfo("UTC")


def state_timezone(country_code: str) -> zoneinfo.ZoneInfo:
    """Principal time zone of a state (first ``zone.tab`` row, see module docstring).

    Falls back to UTC for codes the tz database does not know.
    """
    return _cached_state_timezone(normalise_code(country_code))


def local_today(country_code: str, now: datetime, *, tz: tzinfo | None = None) -> date:
    """The calendar date in the acting state at the aware instant ``now``."""
    check_aware("now", now)
    return now.astimezone(tz or state_timezone(country_code)).date()


def check_aware(name: str, value: datetime) -> None:
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {value!r}")


def today_in(country_code: str | None) -> date:
    """The date now in a state (a user's, an acting state's); UTC's for none."""
    now = timezone.now()
    if not country_code:
        return now.astimezone(zoneinfo.ZoneInfo("UTC")).date()
    return local_today(country_code, now)


def local_dates(now: datetime) -> tuple[date, dict[date, frozenset[str]]]:
    """Every state's date at `now`, for a query that compares each row with its own state's
    date: (UTC's date, which is also that of every state the tz database does not know,
    {each other date: the states whose date it is}).

    At any instant the states' dates span at most three days (UTC-12 to UTC+14).
    """
    check_aware("now", now)
    utc_day = now.astimezone(zoneinfo.ZoneInfo("UTC")).date()
    by_day: dict[date, set[str]] = defaultdict(set)
    for code in _zone_table():
        day = local_today(code, now)
        if day != utc_day:
            by_day[day].add(code)
    return utc_day, {day: frozenset(codes) for day, codes in by_day.items()}


def date_passed(day: date, country_code: str, now: datetime | None = None) -> bool:
    """Whether `day` has ended in the state: its date now is later."""
    return local_today(country_code, now or timezone.now()) > day


def date_passed_q(*, date_field: str, state_field: str, now: datetime | None = None) -> Q:
    """Rows whose `date_field` has ended in the state named by `state_field` (the query form of
    `date_passed`): one comparison for the states on UTC's date, one per other date."""
    utc_day, others = local_dates(now or timezone.now())
    elsewhere = sorted(frozenset().union(*others.values()))
    passed = Q(**{f"{date_field}__lt": utc_day}) & ~Q(**{f"{state_field}__in": elsewhere})
    for day, codes in sorted(others.items()):
        passed |= Q(**{f"{state_field}__in": sorted(codes), f"{date_field}__lt": day})
    return passed
