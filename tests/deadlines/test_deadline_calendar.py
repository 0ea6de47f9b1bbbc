"""Tests for the pure reminder-date module (no Django, no database).

Every expected holiday below was checked against the installed ``holidays==0.108`` output
(``holidays.country_holidays(code, years=...)``), not guessed.
"""

from __future__ import annotations

import itertools
import threading
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.state_time import _parse_zone_tab
from deadlines.calendar import (
    DEFAULT_OFFSETS,
    DEFAULT_OVERDUE_INTERVAL,
    DEFAULT_OVERDUE_LIMIT,
    Threshold,
    WorkingCalendar,
    due_thresholds,
    local_today,
    next_threshold,
    reminder_thresholds,
    state_timezone,
    working_calendar,
)

D = date.fromisoformat


def utc(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def by_key(thresholds: list[Threshold]) -> dict[str, Threshold]:
    return {t.key: t for t in thresholds}


# ---------------------------------------------------------------------------------------------
# Defaults
# ---------------------------------------------------------------------------------------------


def test_defaults_match_the_issue() -> None:
    assert DEFAULT_OFFSETS == (14, 7, 3, 1)
    assert DEFAULT_OVERDUE_INTERVAL == 7
    assert DEFAULT_OVERDUE_LIMIT == 52


# ---------------------------------------------------------------------------------------------
# Working calendars
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "day", "working"),
    [
        # GB: Christmas Fri 25 Dec 2026, Boxing Day Sat 26 observed Mon 28, New Year Fri 1 Jan.
        ("GB", "2026-12-24", True),
        ("GB", "2026-12-25", False),
        ("GB", "2026-12-26", False),
        ("GB", "2026-12-28", False),
        ("GB", "2026-12-29", True),
        ("GB", "2027-01-01", False),
        ("GB", "2027-01-04", True),
        # FR: 14 July 2026 is a Tuesday, 1 May 2026 a Friday.
        ("FR", "2026-07-13", True),
        ("FR", "2026-07-14", False),
        ("FR", "2026-05-01", False),
        ("FR", "2026-04-30", True),
        # CH federal: 1 August 2028 is a Tuesday (in 2026 it is a Saturday anyway).
        ("CH", "2028-08-01", False),
        ("CH", "2028-07-31", True),
        ("CH", "2026-08-01", False),
        # NG: Democracy Day Fri 12 Jun 2026, National Day Thu 1 Oct 2026.
        ("NG", "2026-06-12", False),
        ("NG", "2026-10-01", False),
        ("NG", "2026-10-02", True),
        # US: Thanksgiving Thu 26 Nov 2026; the Friday after is not a federal holiday.
        ("US", "2026-11-26", False),
        ("US", "2026-11-27", True),
        ("US", "2026-07-03", False),  # Independence Day (observed)
        # SA: Friday/Saturday weekend.
        ("SA", "2026-01-08", True),  # Thursday
        ("SA", "2026-01-09", False),  # Friday
        ("SA", "2026-01-10", False),  # Saturday
        ("SA", "2026-01-11", True),  # Sunday
        # IL: Friday/Saturday weekend.
        ("IL", "2026-01-09", False),
        ("IL", "2026-01-11", True),
        # IR: Friday only.
        ("IR", "2026-01-09", False),
        ("IR", "2026-01-10", True),
        # AE: Friday/Saturday until 2021, Saturday/Sunday since 2022-01-01.
        ("AE", "2021-12-10", False),  # Friday
        ("AE", "2021-12-12", True),  # Sunday
        ("AE", "2022-12-09", True),  # Friday
        ("AE", "2022-12-11", False),  # Sunday
        # CN: Sunday 4 Jan 2026 is an official make-up working day.
        ("CN", "2026-01-04", True),
        ("CN", "2026-01-03", False),
        # Unsupported code: Saturday/Sunday, no holidays.
        ("ZZ", "2026-12-25", True),
        ("ZZ", "2026-12-26", False),
        ("ZZ", "2026-12-27", False),
    ],
)
def test_is_working_day(country: str, day: str, working: bool) -> None:
    assert working_calendar(country).is_working_day(D(day)) is working


@pytest.mark.parametrize(
    ("country", "day", "weekend", "holiday"),
    [
        ("GB", "2026-12-25", False, True),
        ("GB", "2026-12-26", True, True),
        ("SA", "2026-01-09", True, False),
        ("AE", "2021-12-10", True, False),
        ("AE", "2022-12-10", True, False),
        ("AE", "2022-12-09", False, False),
        ("ZZ", "2026-12-25", False, False),
        ("ZZ", "2026-12-26", True, False),
    ],
)
def test_weekend_and_holiday_flags(country: str, day: str, weekend: bool, holiday: bool) -> None:
    calendar = working_calendar(country)
    assert calendar.is_weekend(D(day)) is weekend
    assert calendar.is_holiday(D(day)) is holiday


@pytest.mark.parametrize(
    ("country", "start", "n", "expected"),
    [
        # Monday deadline: one working day before is the previous Friday.
        ("GB", "2026-11-09", 1, "2026-11-06"),
        ("US", "2026-11-09", 1, "2026-11-06"),
        ("ZZ", "2026-11-09", 1, "2026-11-06"),
        # Saturday (non-working) start still counts strictly before it.
        ("GB", "2026-11-07", 1, "2026-11-06"),
        # GB Christmas: skip Mon 28 (observed), Sun 27, Sat 26, Fri 25.
        ("GB", "2026-12-29", 1, "2026-12-24"),
        ("GB", "2026-12-29", 3, "2026-12-22"),
        # Year end with New Year's Day on Friday 1 Jan 2027.
        ("GB", "2027-01-04", 1, "2026-12-31"),
        ("GB", "2027-01-04", 3, "2026-12-29"),
        ("GB", "2027-01-04", 7, "2026-12-21"),
        # FR: 14 July (Tue) and 1 May (Fri).
        ("FR", "2026-07-15", 1, "2026-07-13"),
        ("FR", "2026-05-04", 1, "2026-04-30"),
        # CH federal 1 August (Tue in 2028).
        ("CH", "2028-08-02", 1, "2028-07-31"),
        # NG: National Day Thu 1 Oct 2026.
        ("NG", "2026-10-02", 1, "2026-09-30"),
        # US Thanksgiving Thu 26 Nov 2026.
        ("US", "2026-11-30", 3, "2026-11-24"),
        ("US", "2026-11-27", 1, "2026-11-25"),
        # SA: the working day before Sunday is Thursday.
        ("SA", "2026-01-11", 1, "2026-01-08"),
        # Month end.
        ("GB", "2026-10-01", 3, "2026-09-28"),
        ("GB", "2026-11-02", 1, "2026-10-30"),
        # Leap day 2028-02-29 (Tuesday).
        ("GB", "2028-03-01", 1, "2028-02-29"),
        ("GB", "2028-03-02", 2, "2028-02-29"),
        ("GB", "2028-02-29", 1, "2028-02-28"),
        # n == 0 is the identity, even on a non-working day.
        ("GB", "2026-12-25", 0, "2026-12-25"),
    ],
)
def test_subtract_working_days(country: str, start: str, n: int, expected: str) -> None:
    assert working_calendar(country).subtract_working_days(D(start), n) == D(expected)


@pytest.mark.parametrize(
    ("country", "start", "n", "expected"),
    [
        ("GB", "2026-11-06", 1, "2026-11-09"),
        ("GB", "2026-12-24", 1, "2026-12-29"),
        ("GB", "2026-12-31", 1, "2027-01-04"),
        ("GB", "2026-12-25", 1, "2026-12-29"),
        ("US", "2026-11-25", 1, "2026-11-27"),
        ("SA", "2026-01-08", 1, "2026-01-11"),
        ("GB", "2028-02-28", 1, "2028-02-29"),
        ("GB", "2028-02-29", 1, "2028-03-01"),
        ("ZZ", "2026-12-24", 2, "2026-12-28"),
        ("GB", "2026-12-26", 0, "2026-12-26"),
    ],
)
def test_add_working_days(country: str, start: str, n: int, expected: str) -> None:
    assert working_calendar(country).add_working_days(D(start), n) == D(expected)


@pytest.mark.parametrize(
    ("country", "start", "end", "expected"),
    [
        ("GB", "2026-12-24", "2026-12-29", 1),
        ("GB", "2026-12-24", "2026-12-30", 2),
        ("GB", "2026-12-29", "2026-12-29", 0),
        ("GB", "2026-12-30", "2026-12-29", 0),
        ("ZZ", "2026-11-02", "2026-11-09", 5),
        ("SA", "2026-01-04", "2026-01-11", 5),
    ],
)
def test_working_days_between(country: str, start: str, end: str, expected: int) -> None:
    assert working_calendar(country).working_days_between(D(start), D(end)) == expected


@pytest.mark.parametrize("n", [-1, 1.5, True, "1"])
def test_shift_rejects_bad_counts(n: object) -> None:
    with pytest.raises(ValueError, match="n must be an integer >= 0"):
        working_calendar("GB").subtract_working_days(D("2026-12-29"), n)  # type: ignore[arg-type]


def test_calendar_rejects_datetimes() -> None:
    with pytest.raises(ValueError, match=r"datetime\.date"):
        working_calendar("GB").is_working_day(datetime(2026, 12, 29, tzinfo=UTC))


def test_subdivision_calendar() -> None:
    # Easter Monday is not a UK-wide holiday, only England/Wales/Northern Ireland.
    easter_monday = D("2027-03-29")
    assert working_calendar("GB").is_working_day(easter_monday)
    assert not working_calendar("GB", "ENG").is_working_day(easter_monday)
    assert working_calendar("gb", " eng ") is working_calendar("GB", "ENG")
    with pytest.raises(ValueError, match="Unknown subdivision"):
        working_calendar("GB", "XXX")


def test_unsupported_country_falls_back() -> None:
    calendar = working_calendar("ZZ")
    assert not calendar.supported
    assert working_calendar("GB").supported
    assert state_timezone("ZZ") == ZoneInfo("UTC")
    thresholds = by_key(reminder_thresholds(D("2026-12-28"), country_code="ZZ", overdue_limit=1))
    assert thresholds["before_1"].fire_on == D("2026-12-25")  # no Christmas here
    assert thresholds["before_1"].fire_at == utc("2026-12-25T08:00")
    assert thresholds["overdue_1"].fire_on == D("2027-01-06")


@pytest.mark.parametrize(("code", "canonical"), [(" gb ", "GB"), ("uk", "GB"), ("UK", "GB")])
def test_country_code_normalisation(code: str, canonical: str) -> None:
    assert working_calendar(code) is working_calendar(canonical)
    assert working_calendar(code).country_code == canonical
    assert state_timezone(code) == state_timezone(canonical)


@pytest.mark.parametrize("code", ["", "   "])
def test_blank_country_code_rejected(code: str) -> None:
    with pytest.raises(ValueError, match="country_code"):
        working_calendar(code)
    with pytest.raises(ValueError, match="country_code"):
        reminder_thresholds(D("2026-12-29"), country_code=code)


def test_calendar_is_thread_safe() -> None:
    # A fresh (uncached) calendar populates holiday years lazily; hammer it from threads.
    days = [D("2020-01-01") + timedelta(days=i) for i in range(0, 365 * 8, 3)]
    expected = [WorkingCalendar("GB").is_working_day(d) for d in days]
    shared = WorkingCalendar("GB")
    results: dict[int, list[bool]] = {}

    def worker(i: int) -> None:
        order = days if i % 2 else list(reversed(days))
        got = {d: shared.is_working_day(d) for d in order}
        results[i] = [got[d] for d in days]

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results.values())
    assert len(results) == 8


# ---------------------------------------------------------------------------------------------
# Time zones
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "zone"),
    [
        ("US", "America/New_York"),  # first zone.tab row for US
        ("GB", "Europe/London"),
        ("FR", "Europe/Paris"),
        ("CH", "Europe/Zurich"),
        ("DE", "Europe/Berlin"),  # zone1970.tab would say Europe/Zurich first
        ("NO", "Europe/Oslo"),  # zone1970.tab would say Europe/Berlin
        ("NG", "Africa/Lagos"),
        ("SA", "Asia/Riyadh"),
        ("NZ", "Pacific/Auckland"),
        ("ES", "Europe/Madrid"),
        ("AU", "Australia/Sydney"),  # override: first row is Australia/Lord_Howe
        ("CA", "America/Toronto"),  # override: first row is America/St_Johns
        ("BR", "America/Sao_Paulo"),  # override: first row is America/Noronha
        ("RU", "Europe/Moscow"),  # override: first row is Europe/Kaliningrad
        ("UA", "Europe/Kyiv"),  # override: first row is Europe/Simferopol
        ("us", "America/New_York"),
        ("ZZ", "UTC"),
    ],
)
def test_state_timezone(code: str, zone: str) -> None:
    assert state_timezone(code) == ZoneInfo(zone)


def test_parse_zone_tab_handles_both_formats() -> None:
    text = (
        "# comment\n"
        "\n"
        "AE,OM,RE\t+2518+05518\tAsia/Dubai\n"
        "US\t+404251-0740023\tAmerica/New_York\tEastern (most areas)\n"
        "US\t+415100-0873900\tAmerica/Chicago\tCentral (most areas)\n"
        "broken line\n"
    )
    assert _parse_zone_tab(text) == {
        "AE": ["Asia/Dubai"],
        "OM": ["Asia/Dubai"],
        "RE": ["Asia/Dubai"],
        "US": ["America/New_York", "America/Chicago"],
    }


@pytest.mark.parametrize(
    ("country", "now", "expected"),
    [
        ("NZ", "2026-11-09T12:00", "2026-11-10"),  # already tomorrow in Auckland
        ("AU", "2026-11-09T13:00", "2026-11-10"),
        ("US", "2026-11-10T03:00", "2026-11-09"),  # still yesterday in New York
        ("GB", "2027-03-28T23:30", "2027-03-29"),  # BST
        ("GB", "2027-01-28T23:30", "2027-01-28"),  # GMT
        ("ZZ", "2027-01-28T23:30", "2027-01-28"),
    ],
)
def test_local_today(country: str, now: str, expected: str) -> None:
    assert local_today(country, utc(now)) == D(expected)


def test_local_today_accepts_any_aware_datetime_and_tz_override() -> None:
    now = datetime(2026, 11, 10, 1, 0, tzinfo=timezone(timedelta(hours=2)))  # 23:00Z on 9th
    assert local_today("GB", now) == D("2026-11-09")
    assert local_today("GB", now, tz=ZoneInfo("Asia/Tokyo")) == D("2026-11-10")


def test_local_today_rejects_naive() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        local_today("GB", datetime(2026, 11, 10, 12, 0))


# ---------------------------------------------------------------------------------------------
# Thresholds
# ---------------------------------------------------------------------------------------------


def test_full_schedule_over_uk_christmas_and_new_year() -> None:
    thresholds = reminder_thresholds(D("2026-12-29"), country_code="GB", overdue_limit=3)
    assert [(t.key, t.fire_on) for t in thresholds] == [
        ("before_14", D("2026-12-07")),
        ("before_7", D("2026-12-16")),
        ("before_3", D("2026-12-22")),
        ("before_1", D("2026-12-24")),
        ("due", D("2026-12-29")),
        ("overdue_1", D("2027-01-08")),  # 30, 31, (1 Jan), 4, 5, 6, 7, 8
        ("overdue_2", D("2027-01-19")),
        ("overdue_3", D("2027-01-28")),
    ]
    # London is on GMT in winter: 08:00 local is 08:00 UTC.
    assert all(t.fire_at == datetime.combine(t.fire_on, time(8), UTC) for t in thresholds)


@pytest.mark.parametrize(
    ("country", "deadline", "key", "fire_on"),
    [
        ("GB", "2026-11-09", "before_1", "2026-11-06"),  # Monday deadline -> Friday
        ("FR", "2026-07-15", "before_1", "2026-07-13"),  # skips 14 July
        ("FR", "2026-05-04", "before_1", "2026-04-30"),  # skips 1 May and the weekend
        ("CH", "2028-08-02", "before_1", "2028-07-31"),  # skips 1 August
        ("NG", "2026-06-15", "before_1", "2026-06-11"),  # skips Democracy Day (Fri 12 Jun)
        ("US", "2026-11-30", "before_3", "2026-11-24"),  # skips Thanksgiving
        ("SA", "2026-01-11", "before_1", "2026-01-08"),  # Sunday deadline -> Thursday
        ("AE", "2021-12-12", "before_1", "2021-12-09"),  # old Fri/Sat weekend
        ("AE", "2022-12-12", "before_1", "2022-12-09"),  # new Sat/Sun weekend
        ("GB", "2027-01-04", "before_7", "2026-12-21"),  # year end
        ("GB", "2026-10-01", "before_3", "2026-09-28"),  # month end
        ("GB", "2028-03-01", "before_1", "2028-02-29"),  # leap day
        ("US", "2028-02-29", "due", "2028-02-29"),
        ("GB", "2026-12-26", "due", "2026-12-26"),  # non-working deadline keeps its date
        ("GB", "2026-12-26", "before_1", "2026-12-24"),
        ("GB", "2026-12-26", "overdue_1", "2027-01-07"),
    ],
)
def test_threshold_dates(country: str, deadline: str, key: str, fire_on: str) -> None:
    thresholds = by_key(reminder_thresholds(D(deadline), country_code=country, overdue_limit=2))
    assert thresholds[key].fire_on == D(fire_on)


@pytest.mark.parametrize(
    ("country", "deadline", "fire_at"),
    [
        # Auckland and Sydney are ahead of UTC: 08:00 local is the previous UTC day.
        ("NZ", "2026-11-10", "2026-11-09T19:00"),  # NZDT +13
        ("NZ", "2026-07-14", "2026-07-13T20:00"),  # NZST +12
        ("AU", "2026-11-10", "2026-11-09T21:00"),  # AEDT +11
        ("AU", "2026-07-14", "2026-07-13T22:00"),  # AEST +10
        # New York around the end of DST (Sunday 1 Nov 2026).
        ("US", "2026-10-30", "2026-10-30T12:00"),  # EDT -4
        ("US", "2026-11-02", "2026-11-02T13:00"),  # EST -5
        ("US", "2026-11-10", "2026-11-10T13:00"),
        # London around the start of BST (Sunday 28 Mar 2027) and its end (31 Oct 2027).
        ("GB", "2027-03-25", "2027-03-25T08:00"),
        ("GB", "2027-03-29", "2027-03-29T07:00"),
        ("GB", "2027-10-29", "2027-10-29T07:00"),
        ("GB", "2027-11-01", "2027-11-01T08:00"),
        ("FR", "2026-07-15", "2026-07-15T06:00"),  # CEST +2
        ("SA", "2026-01-11", "2026-01-11T05:00"),  # +3
        ("ZZ", "2026-01-12", "2026-01-12T08:00"),  # UTC fallback
    ],
)
def test_due_fire_at_is_local_workday_start_in_utc(
    country: str, deadline: str, fire_at: str
) -> None:
    (due,) = [
        t
        for t in reminder_thresholds(D(deadline), country_code=country, overdue_limit=0)
        if t.key == "due"
    ]
    assert due.fire_at == utc(fire_at)
    assert due.fire_at.tzinfo is UTC


def test_schedule_across_london_spring_forward() -> None:
    thresholds = by_key(reminder_thresholds(D("2027-03-31"), country_code="GB", overdue_limit=1))
    # before_3: 30 (1), 29 (2), Good Friday 26 skipped, 25 (3) -- still GMT.
    assert thresholds["before_3"].fire_on == D("2027-03-25")
    assert thresholds["before_3"].fire_at == utc("2027-03-25T08:00")
    assert thresholds["before_1"].fire_at == utc("2027-03-30T07:00")
    assert thresholds["due"].fire_at == utc("2027-03-31T07:00")
    for t in thresholds.values():
        local = t.fire_at.astimezone(ZoneInfo("Europe/London"))
        assert (local.date(), local.time()) == (t.fire_on, time(8))


def test_workday_start_inside_dst_gap() -> None:
    # 01:30 does not exist in London on 28 Mar 2027: it is read with the pre-gap offset.
    (due,) = reminder_thresholds(
        D("2027-03-28"),
        country_code="GB",
        offsets=(),
        overdue_limit=0,
        workday_start=time(1, 30),
    )
    assert due == Threshold("due", D("2027-03-28"), utc("2027-03-28T01:30"))


def test_custom_workday_start_and_tz_override() -> None:
    thresholds = by_key(
        reminder_thresholds(
            D("2026-11-10"),
            country_code="US",
            workday_start=time(9, 30),
            tz=ZoneInfo("America/Los_Angeles"),
            overdue_limit=0,
        )
    )
    assert thresholds["due"].fire_at == utc("2026-11-10T17:30")  # PST -8
    # Working days are still the acting state's (US federal), only the clock moves.
    assert thresholds["before_1"].fire_on == D("2026-11-09")


@pytest.mark.parametrize(
    ("interval", "expected"),
    [
        # US, deadline Fri 20 Nov 2026; Thanksgiving Thu 26 Nov is skipped.
        (5, ["2026-11-30", "2026-12-07", "2026-12-14"]),
        (7, ["2026-12-02", "2026-12-11", "2026-12-22"]),
        (1, ["2026-11-23", "2026-11-24", "2026-11-25"]),
    ],
)
def test_overdue_cadence(interval: int, expected: list[str]) -> None:
    thresholds = reminder_thresholds(
        D("2026-11-20"), country_code="US", overdue_interval=interval, overdue_limit=3
    )
    overdue = [t for t in thresholds if t.key.startswith("overdue_")]
    assert [t.key for t in overdue] == ["overdue_1", "overdue_2", "overdue_3"]
    assert [t.fire_on for t in overdue] == [D(d) for d in expected]
    calendar = working_calendar("US")
    previous = D("2026-11-20")
    for t in overdue:
        assert calendar.is_working_day(t.fire_on)
        assert calendar.working_days_between(previous + timedelta(days=1), t.fire_on) == (
            interval - 1
        )
        previous = t.fire_on


def test_default_overdue_limit() -> None:
    thresholds = reminder_thresholds(D("2026-11-20"), country_code="GB")
    keys = [t.key for t in thresholds]
    assert keys[:5] == ["before_14", "before_7", "before_3", "before_1", "due"]
    assert keys[5:] == [f"overdue_{k}" for k in range(1, 53)]


@pytest.mark.parametrize(
    ("offsets", "keys"),
    [
        ((), ["due"]),
        ([1, 3], ["before_3", "before_1", "due"]),
        ((2, 10, 2), ["before_10", "before_2", "due"]),  # duplicates collapse
        (iter([5]), ["before_5", "due"]),
        (range(1, 4), ["before_3", "before_2", "before_1", "due"]),
    ],
)
def test_custom_offsets(offsets: object, keys: list[str]) -> None:
    thresholds = reminder_thresholds(
        D("2026-11-20"),
        country_code="GB",
        offsets=offsets,  # type: ignore[arg-type]
        overdue_limit=0,
    )
    assert [t.key for t in thresholds] == keys


def test_result_is_a_fresh_list() -> None:
    first = reminder_thresholds(D("2026-11-20"), country_code="GB")
    first.clear()
    assert reminder_thresholds(D("2026-11-20"), country_code="GB")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"offsets": (0,)}, "offsets must be positive integers"),
        ({"offsets": (14, -1)}, "offsets must be positive integers"),
        ({"offsets": (1.5,)}, "offsets must be positive integers"),
        ({"offsets": (True,)}, "offsets must be positive integers"),
        ({"offsets": "14"}, "offsets must be an iterable"),
        ({"offsets": None}, "offsets must be an iterable"),
        ({"offsets": 14}, "offsets must be an iterable"),
        ({"overdue_interval": 0}, "overdue_interval must be an integer >= 1"),
        ({"overdue_interval": -7}, "overdue_interval must be an integer >= 1"),
        ({"overdue_interval": 7.0}, "overdue_interval must be an integer >= 1"),
        ({"overdue_interval": True}, "overdue_interval must be an integer >= 1"),
        ({"overdue_limit": -1}, "overdue_limit must be an integer >= 0"),
        ({"overdue_limit": None}, "overdue_limit must be an integer >= 0"),
        ({"workday_start": time(8, tzinfo=UTC)}, "workday_start must be a naive"),
        ({"workday_start": "08:00"}, "workday_start must be a datetime.time"),
        ({"tz": "Europe/London"}, "tz must be a tzinfo"),
        ({"subdiv": ""}, "subdiv must be None or a non-empty string"),
    ],
)
def test_argument_validation(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        reminder_thresholds(D("2026-11-20"), country_code="GB", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "deadline", [datetime(2026, 11, 20, tzinfo=UTC), "2026-11-20", None, 20261120]
)
def test_deadline_must_be_a_date(deadline: object) -> None:
    with pytest.raises(ValueError, match=r"deadline must be a datetime\.date"):
        reminder_thresholds(deadline, country_code="GB")  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# due_thresholds / next_threshold
# ---------------------------------------------------------------------------------------------

SCHEDULE = {"country_code": "GB", "overdue_limit": 2}
DEADLINE = D("2026-12-29")


@pytest.mark.parametrize(
    ("now", "due_keys", "next_key"),
    [
        ("2026-01-01T00:00", [], "before_14"),
        ("2026-12-07T07:59:59", [], "before_14"),
        ("2026-12-07T08:00", ["before_14"], "before_7"),  # fire_at <= now is due
        ("2026-12-24T12:00", ["before_14", "before_7", "before_3", "before_1"], "due"),
        (
            "2026-12-29T08:00",
            ["before_14", "before_7", "before_3", "before_1", "due"],
            "overdue_1",
        ),
        (
            "2027-01-19T08:00",
            ["before_14", "before_7", "before_3", "before_1", "due", "overdue_1", "overdue_2"],
            None,
        ),
    ],
)
def test_due_and_next(now: str, due_keys: list[str], next_key: str | None) -> None:
    instant = utc(now)
    assert [t.key for t in due_thresholds(DEADLINE, instant, **SCHEDULE)] == due_keys  # type: ignore[arg-type]
    following = next_threshold(DEADLINE, instant, **SCHEDULE)  # type: ignore[arg-type]
    assert (following.key if following else None) == next_key


def test_due_and_next_compare_instants_not_wall_clocks() -> None:
    # 09:00 in Paris is 08:00 in London: before_14 (08:00 GMT) is due exactly then.
    paris = datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert [t.key for t in due_thresholds(DEADLINE, paris, country_code="GB")] == ["before_14"]
    following = next_threshold(DEADLINE, paris, country_code="GB")
    assert following is not None
    assert following.key == "before_7"


@pytest.mark.parametrize("func", [due_thresholds, next_threshold])
def test_due_and_next_reject_naive(func: object) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        func(DEADLINE, datetime(2026, 12, 7, 8, 0), country_code="GB")  # type: ignore[operator]


# ---------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------

COUNTRIES = ["GB", "FR", "CH", "NG", "US", "SA", "AE", "IL", "IR", "CN", "NZ", "AU", "ZZ"]
deadlines = st.dates(min_value=date(2019, 1, 1), max_value=date(2033, 12, 31))
countries = st.sampled_from(COUNTRIES)
offset_sets = st.frozensets(st.integers(min_value=1, max_value=40), max_size=6)
intervals = st.integers(min_value=1, max_value=10)
limits = st.integers(min_value=0, max_value=6)
starts = st.times(max_value=time(22, 0)).filter(lambda t: t >= time(4, 0))
PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _key_rank(key: str) -> tuple[int, int]:
    kind, _, number = key.partition("_")
    if kind == "before":
        return (0, -int(number))
    if kind == "due":
        return (1, 0)
    return (2, int(number))


@PROPERTY_SETTINGS
@given(deadlines, countries, offset_sets, intervals, limits, starts)
def test_property_schedule(
    deadline: date,
    country: str,
    offsets: frozenset[int],
    interval: int,
    limit: int,
    start: time,
) -> None:
    thresholds = reminder_thresholds(
        deadline,
        country_code=country,
        offsets=offsets,
        overdue_interval=interval,
        overdue_limit=limit,
        workday_start=start,
    )
    calendar = working_calendar(country)
    zone = state_timezone(country)
    keys = [t.key for t in thresholds]

    # Keys are unique, complete, and in key order; fire_at and fire_on strictly increase.
    assert len(set(keys)) == len(keys) == len(offsets) + 1 + limit
    assert set(keys) == (
        {f"before_{n}" for n in offsets} | {"due"} | {f"overdue_{k}" for k in range(1, limit + 1)}
    )
    assert keys == sorted(keys, key=_key_rank)
    for earlier, later in itertools.pairwise(thresholds):
        assert earlier.fire_at < later.fire_at
        assert earlier.fire_on < later.fire_on

    for t in thresholds:
        assert t.fire_at.tzinfo is UTC
        local = t.fire_at.astimezone(zone)
        assert local.date() == t.fire_on
        assert local.time() == start  # no DST change happens between 04:00 and 22:00 here
        kind, _, number = t.key.partition("_")
        if kind == "before":
            n = int(number)
            assert calendar.is_working_day(t.fire_on)
            assert t.fire_on < deadline
            assert calendar.working_days_between(t.fire_on, deadline) == n
        elif kind == "due":
            assert t.fire_on == deadline
        else:
            k = int(number)
            assert calendar.is_working_day(t.fire_on)
            assert t.fire_on > deadline
            after_deadline = deadline + timedelta(days=1)
            assert calendar.working_days_between(after_deadline, t.fire_on) == k * interval - 1


@PROPERTY_SETTINGS
@given(deadlines, countries, st.integers(min_value=0, max_value=30))
def test_property_add_undoes_subtract(day: date, country: str, n: int) -> None:
    calendar = working_calendar(country)
    earlier = calendar.subtract_working_days(day, n)
    later = calendar.add_working_days(day, n)
    assert earlier <= day <= later
    if calendar.is_working_day(day):
        assert calendar.add_working_days(earlier, n) == day
        assert calendar.subtract_working_days(later, n) == day
    if n:
        assert calendar.is_working_day(earlier)
        assert calendar.is_working_day(later)
        assert calendar.working_days_between(earlier, day) == n
        assert (
            calendar.working_days_between(day + timedelta(days=1), later + timedelta(days=1)) == n
        )


@PROPERTY_SETTINGS
@given(
    deadlines,
    countries,
    st.datetimes(
        min_value=datetime(2018, 6, 1),
        max_value=datetime(2035, 12, 31),
        timezones=st.just(UTC),
    ),
)
def test_property_due_and_next_partition(deadline: date, country: str, now: datetime) -> None:
    everything = reminder_thresholds(deadline, country_code=country, overdue_limit=8)
    due = due_thresholds(deadline, now, country_code=country, overdue_limit=8)
    following = next_threshold(deadline, now, country_code=country, overdue_limit=8)
    assert due == everything[: len(due)]
    assert all(t.fire_at <= now for t in due)
    if following is None:
        assert due == everything
    else:
        assert following == everything[len(due)]
        assert following.fire_at > now
