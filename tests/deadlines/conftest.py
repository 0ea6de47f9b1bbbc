"""The deadline tests use the lifecycle tests' world: a GB case seen from every persona."""

from tests.workflows.conftest import world  # noqa: F401  (a fixture)
