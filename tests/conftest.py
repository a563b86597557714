"""Fixtures shared by the whole suite."""

import shutil

import pytest
from django.conf import settings
from django.core.cache import cache

# A real SMTP server on loopback for the email tests (tests.smtp_support).
from tests.smtp_support import failing_smtp_server, smtp_server  # noqa: F401


# tryfirst: pytest-xdist's worker turns the xdist_group marks into node id suffixes in its own
# modifyitems hook, which pluggy may otherwise call before this one.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    from tests.browser_support import skip_browser_tests_without_chromium

    skip_browser_tests_without_chromium(items)
    _group_for_parallel_runs(items)


def _group_for_parallel_runs(items):
    """Keep each test module on one pytest-xdist worker (``make test`` runs ``--dist loadgroup``).

    Modules share expensive module-scoped fixtures (the seeded demo, a launched Chromium), so
    splitting one over two workers would pay for them twice. The fault tests share one
    session-scoped private PostgreSQL, Redis and gunicorn, so they form one group, and the
    modules that use the demo seed form one, so that one worker seeds once for them all
    (tests.demo_support).

    A module's transactional tests form a group of their own. pytest-django runs them after
    every other database test because each ends with a flush of every table, and ``make test``
    keeps that order (``--no-loadscope-reorder``): a whole module sent at once would let its
    flush run before another module's plain tests on the same worker.

    A test on the demo seed counts as a database test even when it asks for no ``db``: the
    seed writes to the database, so it must not be sorted among the tests that use none,
    which pytest-django runs last, after the flushes (it seeded on a flushed database).
    """
    from tests.db_support import is_transactional
    from tests.demo_support import uses_seed

    for item in items:
        path = str(item.path).replace("\\", "/")
        if "/tests/faults/" in path:
            group = "tests/faults"
        elif uses_seed(item):
            group = "tests/demo-seed"
            if not _asks_for_database(item):
                item.add_marker(pytest.mark.django_db)
        else:
            group = item.nodeid.split("::", 1)[0]
        if is_transactional(item):
            group += ":transactional"
        item.add_marker(pytest.mark.xdist_group(group))


def _asks_for_database(item) -> bool:
    fixtures = getattr(item, "fixturenames", ())
    return item.get_closest_marker("django_db") is not None or any(
        name in fixtures for name in ("db", "transactional_db", "live_server")
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Roll the shared demo seed back before the first test that does not use it."""
    from tests.demo_support import close_after

    try:
        return (yield)
    finally:
        close_after(item, nextitem)


@pytest.fixture(scope="session", autouse=True)
def _test_media_root():
    """Remove the session's media directory (``cms.settings.test``) when the session ends."""
    yield
    # Runs without Django too (``-p no:django`` for the pure data tests).
    if settings.configured:
        shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(autouse=True)
def _migration_rows_after_flush(request):
    """A transactional test starts with the rows the migrations made (tests.db_support)."""
    from tests.db_support import is_transactional, restore_migration_rows

    if is_transactional(request.node):
        request.getfixturevalue("transactional_db")
        restore_migration_rows()


@pytest.fixture(autouse=True)
def _clear_cache():
    from screens import heartbeat

    cache.clear()
    # The heartbeat's per-process write memo describes the cache just emptied.
    heartbeat._last_written.clear()
    yield
    cache.clear()
    heartbeat._last_written.clear()


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium for a test module (see tests.browser_support)."""
    from tests.browser_support import launched_chromium

    with launched_chromium() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def unblocked_db(django_db_blocker):
    """Database access for the live server while module-scoped fixtures drive the browser."""
    with django_db_blocker.unblock():
        yield


class StoppedClock:
    """A ``time`` module stand-in whose ``time()`` moves only when told (``advance``)."""

    def __init__(self, now: float):
        self.now = now

    def time(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def rate_clock(monkeypatch):
    """The rate limiters' clock, stopped: every count of the test falls in one window,
    however slow the machine, until the test moves it on (``rate_clock.advance``).

    django-ratelimit's windows are fixed (a minute's ends at a second set by the client's
    key), so a test that sends a limit's worth of requests and expects the next one refused
    would see the count start afresh, and pass, if a window ended in between. Only the two
    counting modules see the stopped clock; everything else keeps the real time.
    """
    import django_ratelimit.core

    from core import ratelimit

    clock = StoppedClock(float(int(django_ratelimit.core.time.time())))
    monkeypatch.setattr(django_ratelimit.core, "time", clock)
    monkeypatch.setattr(ratelimit, "time", clock)
    return clock
