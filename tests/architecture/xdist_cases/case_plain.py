"""Run by test_parallel_runs.py only: plain database tests in a second module."""

import pytest

#: Skipped: pytest-xdist schedules and reports them like any test, with no database set up.
pytestmark = pytest.mark.skip(reason="run for its schedule only (tests/architecture)")


@pytest.mark.parametrize("n", range(4))
def test_plain(db, n):
    pass
