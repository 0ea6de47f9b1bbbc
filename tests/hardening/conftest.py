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
