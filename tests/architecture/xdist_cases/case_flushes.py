"""Run by test_parallel_runs.py only: plain database tests, then tests that end in a flush.

The group sizes (1 and 2 here, 4 and 1 in the other two modules) are chosen so that
pytest-xdist's default reordering, largest group first, would send this module's
transactional tests to a worker right before a plain group."""

import pytest

#: Skipped: pytest-xdist schedules and reports them like any test, with no database set up.
pytestmark = pytest.mark.skip(reason="run for its schedule only (tests/architecture)")


@pytest.mark.parametrize("n", range(1))
def test_plain(db, n):
    pass


@pytest.mark.parametrize("n", range(2))
def test_transactional(transactional_db, n):
    pass
