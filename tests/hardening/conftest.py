"""Which schemathesis examples this session deselected (`-k`, `-m`, `--deselect`): the module's
last check expects examples only of the operations it was asked to fuzz."""

from __future__ import annotations

import pytest

# (test function, "METHOD /path") of the fuzzing items deselected in this session.
DESELECTED_FUZZ_ITEMS = pytest.StashKey[set[tuple[str, str]]]()


def pytest_deselected(items: list[pytest.Item]) -> None:
    for item in items:
        label = getattr(item, "operation_label", None)  # schemathesis' items name their operation
        if label is not None:
            deselected = item.config.stash.setdefault(DESELECTED_FUZZ_ITEMS, set())
            deselected.add((getattr(item, "originalname", item.name), label))


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist's hook appends the group to the node ids
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Give every schemathesis item a node id of its own (`test_as_liaison[GET /api/v1/...]`).

    Under pytest 9.2 schemathesis' items of one test function all get the function's node id;
    pytest-xdist schedules by node id, and ran one operation of each role instead of all."""
    for item in items:
        if getattr(item, "operation_label", None) is not None and item.parent is not None:
            item._id = type(item.id).parse(f"{item.parent.nodeid}::{item.name}")
