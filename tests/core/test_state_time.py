"""'Today' and 'overdue' are a state's local date, computed in one place (`core.state_time`).

The query form (`date_passed_q`) must agree with the Python form (`date_passed`) for every state
at instants on both sides of midnight UTC, and no product module may take UTC's date.
"""

from __future__ import annotations

import ast
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from django.utils import timezone

from cases.models import Role, State
from core.state_time import date_passed, date_passed_q, local_dates, local_today, today_in
from deadlines.models import Deadline, DeadlineKind
from tests.factories import make_case, make_user

REPO = Path(__file__).resolve().parents[2]
PRODUCT_APPS = [
    "accounts",
    "audit",
    "cases",
    "core",
    "deadlines",
    "demo",
    "documents",
    "notifications",
    "reports",
    "workflows",
]

INSTANTS = [
    datetime(2026, 12, 4, 23, 30, tzinfo=UTC),  # already Saturday east of UTC+0:30
    datetime(2026, 12, 5, 0, 30, tzinfo=UTC),  # still Friday west of UTC
    datetime(2026, 12, 5, 11, 0, tzinfo=UTC),  # Sunday already in Auckland (UTC+13)
    datetime(2026, 12, 5, 10, 30, tzinfo=UTC),  # Sunday in Kiritimati (UTC+14), Friday in Niue
]


def _utc_date_calls(tree: ast.AST) -> list[int]:
    """Lines calling `timezone.now().date()`, `date.today()` or `timezone.localdate()`."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        func = node.func
        inner = func.value
        if func.attr == "date" and isinstance(inner, ast.Call):
            target = inner.func
            if isinstance(target, ast.Attribute) and target.attr == "now":
                lines.append(node.lineno)
        if func.attr == "today" and isinstance(inner, ast.Name) and inner.id == "date":
            lines.append(node.lineno)
        if func.attr == "localdate":
            lines.append(node.lineno)
    return lines


def test_no_product_module_takes_utcs_date() -> None:
    offenders = []
    for app in PRODUCT_APPS:
        for path in (REPO / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for line in _utc_date_calls(ast.parse(path.read_text(encoding="utf-8"))):
                offenders.append(f"{path.relative_to(REPO)}:{line}")
    assert offenders == [], "use core.state_time.today_in / date_passed instead"


def test_the_guard_sees_each_form() -> None:
    source = "timezone.now().date()\ndate.today()\ntimezone.localdate()\nx.now().date()\n"
    assert _utc_date_calls(ast.parse(source)) == [1, 2, 3, 4]


def test_auckland_is_a_day_ahead_before_noon_utc() -> None:
    morning = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)
    assert local_today("NZ", morning) == date(2026, 12, 2)
    assert local_today("GB", morning) == date(2026, 12, 1)
    assert local_today("US", datetime(2026, 12, 2, 3, 0, tzinfo=UTC)) == date(2026, 12, 1)


@pytest.mark.parametrize("now", INSTANTS, ids=lambda d: d.strftime("%H%M"))
def test_local_dates_name_every_state_off_utcs_date(now: datetime) -> None:
    utc_day, others = local_dates(now)
    assert utc_day == now.date()
    for day, codes in others.items():
        assert day != utc_day
        assert abs((day - utc_day).days) == 1
        assert all(local_today(code, now) == day for code in codes)


@pytest.mark.django_db
@pytest.mark.parametrize("now", INSTANTS, ids=lambda d: d.strftime("%H%M"))
def test_the_query_form_agrees_with_the_python_form_for_every_state(now: datetime) -> None:
    """One deadline per state and per date around `now`: the rows the query calls passed are
    exactly those `date_passed` calls passed, in each row's own state."""
    by = make_user(role=Role.PROSECUTOR, state_id="GB")
    case = make_case(by=by)
    codes = list(State.objects.values_list("code", flat=True))
    days = [date.fromordinal(now.date().toordinal() + shift) for shift in (-2, -1, 0, 1)]
    Deadline.objects.bulk_create(
        Deadline(
            kind=DeadlineKind.FOLLOW_UP,
            source_id=uuid.uuid4(),
            case=case,
            title=f"{code} {day}",
            due_on=day,
            acting_state_id=code,
        )
        for code in codes
        for day in days
    )
    rows = Deadline.objects.filter(case=case)
    expected = {d.pk for d in rows if date_passed(d.due_on, d.acting_state_id, now)}
    passed = set(
        rows.filter(
            date_passed_q(date_field="due_on", state_field="acting_state_id", now=now)
        ).values_list("pk", flat=True)
    )
    assert passed == expected
    # Around midnight UTC one of the dates has passed in some states and not in others, so
    # a query with UTC's date alone would fail this test.
    if now.hour in (23, 0):
        mixed = [
            day
            for day in days
            if 0 < sum(1 for d in rows if d.pk in expected and d.due_on == day) < len(codes)
        ]
        assert mixed


def test_today_in_reads_the_django_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    instant = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)
    monkeypatch.setattr(timezone, "now", lambda: instant)
    assert today_in("NZ") == date(2026, 12, 2)
    assert today_in("GB") == date(2026, 12, 1)
    assert today_in(None) == date(2026, 12, 1)
