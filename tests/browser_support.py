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


@contextlib.contextmanager
def launched_chromium():
    """Headless Chromium through Playwright's sync API; skips the test when it is missing."""
    if chromium_missing():
        pytest.skip(f"Chromium not found at {CHROMIUM} (CI installs Debian's chromium)")
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
    from django.conf import settings
    from django.core.management import call_command
    from wagtail.models import Collection, Locale, Page

    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    call_command("seed_demo", *options, verbosity=0)
    return list(Page.objects.live().public().specific().order_by("path"))
