"""Headless Chromium (Debian's) against a live server holding the Danish demo content.

The demo is seeded once per module: every page type is visited in one browser session and
the results are kept, so each page type still reports as its own test without reseeding.
"""

import os
import shutil

import pytest
from django.core.management import call_command

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
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


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Seed the demo and return one URL per page type (the first live page of each)."""
    from django.conf import settings
    from wagtail.models import Collection, Locale, Page

    with django_db_blocker.unblock():
        # An earlier live-server test flushes the database when it ends, taking the rows the
        # migrations created with it; put back the three the seeding builds on.
        locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        if Page.get_first_root_node() is None:
            Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
        if Collection.get_first_root_node() is None:
            Collection.add_root(name="Root")
        call_command("seed_demo", verbosity=0)
        urls = {}
        for page in Page.objects.live().public().specific().order_by("path"):
            urls.setdefault(type(page).__name__, page.url)
    return urls


@pytest.fixture(scope="module")
def unblocked_db(django_db_blocker):
    """Database access for the live server while module-scoped fixtures drive the browser."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture(scope="module")
def browser():
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
