"""Headless Chromium (Debian's) against a live server holding the Danish demo content.

The demo is seeded once per module: every page type is visited in one browser session and
the results are kept, so each page type still reports as its own test without reseeding.
"""

import pytest

from tests.browser_support import seed_demo_pages


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Seed the demo and return one URL per page type (the first live page of each)."""
    with django_db_blocker.unblock():
        urls = {}
        for page in seed_demo_pages("--small-images"):
            urls.setdefault(type(page).__name__, page.url)
    return urls
