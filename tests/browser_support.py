"""What every browser test shares: Debian's Chromium, its flags, and the demo on a live server.

Browsers come from Debian (``apt-get install chromium``), never from ``playwright install``.
"""

import contextlib
import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
#: This machine has no outside network: without these flags Chromium keeps trying to reach
#: Google's services at start-up.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_missing() -> bool:
    return not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM))


MISSING_REASON = f"Chromium not found at {CHROMIUM} (CI installs Debian's chromium)"


def skip_browser_tests_without_chromium(items) -> None:
    """Mark every ``browser`` test skipped at collection when Chromium is missing.

    Skipping there, before any fixture is set up, is what keeps a skipped browser test from
    leaving data behind: a module-scoped fixture that seeds the demo outside any transaction
    (the a11y and CSP modules) would otherwise run, then see the browser fixture skip, and its
    rows would stay for every later test (``UNIQUE constraint failed: screens_screen.key``).
    """
    if not chromium_missing():
        return
    skip = pytest.mark.skip(reason=MISSING_REASON)
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(skip)


@contextlib.contextmanager
def launched_chromium():
    """Headless Chromium through Playwright's sync API; skips the test when it is missing."""
    if chromium_missing():
        pytest.skip(MISSING_REASON)
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread, which Django mistakes for
    # async code; the test's own database calls never run concurrently with it.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


def seed_demo_pages(*options):
    """Seed the demo content and return its live public pages (specific, in tree order).

    ``options`` go to ``seed_demo`` (e.g. ``"--small-images"``).

    Call with database access unblocked. An earlier live-server test flushes the database when
    it ends, taking the rows the migrations created with it; the three the seeding builds on
    are put back first.
    """
    if chromium_missing():
        # Never seed for a browser that cannot run: the rows would outlive the skip.
        pytest.skip(MISSING_REASON)
    from django.core.management import call_command
    from wagtail.models import Page

    from tests.db_support import restore_migration_rows

    restore_migration_rows()
    call_command("seed_demo", *options, verbosity=0)
    return list(Page.objects.live().public().specific().order_by("path"))
