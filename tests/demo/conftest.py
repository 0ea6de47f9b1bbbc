"""The demo is seeded as `make run` seeds it: with the tasks of the legal steps' templates."""

import pytest


@pytest.fixture(autouse=True)
def _task_templates_on(settings):  # type: ignore[no-untyped-def]
    settings.TASK_TEMPLATES = True
