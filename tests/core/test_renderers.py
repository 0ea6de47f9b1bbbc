"""`core.renderers.FastJSONRenderer` writes the bytes DRF's `JSONRenderer` writes."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from django.utils.translation import gettext_lazy
from hypothesis import given
from hypothesis import strategies as st
from rest_framework.renderers import JSONRenderer

from core.renderers import FastJSONRenderer

SAMPLES = [
    {"as_of": date(2026, 12, 4), "count": 3, "nothing": None, "flag": True},
    {"at": datetime(2026, 12, 4, 9, 30, 15, 123456, tzinfo=UTC)},
    {"at": datetime(2026, 12, 4, 9, 30, tzinfo=UTC), "naive": datetime(2026, 1, 2, 3, 4, 5)},
    {"t": time(9, 30, 1, 500), "span": timedelta(days=2, seconds=5)},
    {"id": uuid.UUID("0b6a1f5e-8d4c-4f0a-9a51-5f1b9b2a7c3d"), "amount": Decimal("12.50")},
    {"label": gettext_lazy("Frozen"), "text": "Ségolène Œuvre \u2028 line \u2029 para \u00e9"},
    [{"nested": [1, 2.5, "x", {"deep": [date(2025, 1, 1)]}]}],
]


@pytest.mark.parametrize("data", SAMPLES)
def test_the_same_bytes_as_drf(data) -> None:
    assert FastJSONRenderer().render(data) == JSONRenderer().render(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text() | st.dates(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@given(json_values)
def test_the_same_bytes_as_drf_for_any_json(data) -> None:
    assert FastJSONRenderer().render(data) == JSONRenderer().render(data)


def test_an_indented_rendering_is_drf_s() -> None:
    data = {"a": [1, {"b": date(2026, 1, 1)}]}
    media = "application/json; indent=2"
    assert FastJSONRenderer().render(data, media) == JSONRenderer().render(data, media)


def test_the_summary_is_rendered_by_it(personas, client_for, db) -> None:
    answer = client_for(personas.prosecutor_gb).get("/api/v1/reports/summary/")
    assert answer.status_code == 200
    assert answer.renderer_context["view"].renderer_classes == [FastJSONRenderer]
    assert answer.content == JSONRenderer().render(answer.data)
