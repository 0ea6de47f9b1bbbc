"""The suite's xdist groups name modules that exist: a renamed module would silently leave its
group and run beside the tests it must not overlap (servers of its own, or 50 connections)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import MANY_CONNECTIONS_MODULES, SERIAL_MODULES, WHOLE_MODULES

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "module", sorted(SERIAL_MODULES | WHOLE_MODULES | MANY_CONNECTIONS_MODULES)
)
def test_every_grouped_module_exists(module: str) -> None:
    assert (ROOT / module).is_file(), module


def test_the_groups_do_not_overlap() -> None:
    assert not SERIAL_MODULES & MANY_CONNECTIONS_MODULES
    assert not WHOLE_MODULES & MANY_CONNECTIONS_MODULES
    assert not SERIAL_MODULES & WHOLE_MODULES
