"""How ``make test`` shares the suite out over pytest-xdist workers (docs/testing.md)."""

import os
import re
import subprocess  # nosec B404: runs this project's own pytest
import sys
from collections import defaultdict
from pathlib import Path

CASES = Path(__file__).parent / "xdist_cases"
ROOT = Path(__file__).resolve().parents[2]
LINE = re.compile(r"^\[(gw\d+)\] \[ *\d+%\] (PASSED|SKIPPED|FAILED|ERROR) (\S+)")


def pytest_on_cases(*options):
    """Run pytest on the example modules with the suite's own options (pyproject.toml)."""
    # Without DATABASE_URL: should a case ever reach the database, a second run on it would
    # create and drop the same test_<name>_gw<N> databases as the run around it. And a
    # worker's variables would tell this run it was a worker of that one.
    env = {
        key: value
        for key, value in os.environ.items()
        if key != "DATABASE_URL" and not key.startswith("PYTEST_XDIST")
    }
    env["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    return subprocess.run(  # nosec B603: fixed arguments
        [sys.executable, "-m", "pytest", *options, "-o", "python_files=case_*.py", str(CASES)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def run_cases():
    """Run the example modules on two workers."""
    result = pytest_on_cases("-n", "2", "-v")
    runs = [LINE.match(line).groups() for line in result.stdout.splitlines() if LINE.match(line)]
    return result, runs


def test_each_module_stays_on_one_worker_and_flushes_come_after_every_plain_test():
    result, runs = run_cases()
    assert result.returncode == 0, result.stdout[-3000:]
    # Scheduled and reported, never set up: the order is what is tested, and no test
    # database is needed for it.
    assert len(runs) == 12 and {outcome for _, outcome, _ in runs} == {"SKIPPED"}

    workers = defaultdict(set)
    order = defaultdict(list)
    for worker, _, nodeid in runs:
        name = nodeid.split("::")[1].split("[")[0]
        workers[(nodeid.split("::")[0], name)].add(worker)
        order[worker].append(name)
    # A module's fixtures are paid for once: each group ran on one worker.
    assert all(len(ran_on) == 1 for ran_on in workers.values()), dict(workers)
    # And the demo seed once for every module that uses it: they all ran on one worker.
    seeded_on = {
        w for (path, name), ran_on in workers.items() if name == "test_seeded" for w in ran_on
    }
    assert len(seeded_on) == 1 and len({p for p, name in workers if name == "test_seeded"}) == 2
    # Nothing plain ran after a flush on the same worker.
    for names in order.values():
        if "test_transactional" in names:
            first = names.index("test_transactional")
            assert set(names[first:]) == {"test_transactional"}, names


def test_tests_on_the_demo_seed_are_sorted_before_every_flush():
    """The seed writes to the database, so its tests run before the transactional ones even
    when they ask for no ``db`` (pytest-django sorts such tests last, after the flushes)."""
    result = pytest_on_cases("--collect-only", "-q")
    assert result.returncode == 0, result.stdout[-3000:]
    names = [
        line.split("::")[1].split("[")[0] for line in result.stdout.splitlines() if "::" in line
    ]
    assert names.count("test_seeded") == 4
    last_seeded = len(names) - 1 - names[::-1].index("test_seeded")
    assert last_seeded < names.index("test_transactional"), names
