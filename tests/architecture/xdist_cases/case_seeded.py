"""Run by test_parallel_runs.py only: tests on the shared demo seed (tests.demo_support)."""

import pytest

from tests.demo_support import seeded  # noqa: F401  (the shared demo seed)

#: Skipped: pytest-xdist schedules and reports them like any test, with no database set up.
pytestmark = pytest.mark.skip(reason="run for its schedule only (tests/architecture)")


@pytest.mark.usefixtures("seeded")
@pytest.mark.parametrize("n", range(2))
def test_seeded(n):
    pass
