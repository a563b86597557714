"""Settings for the test suite: fast hashing, in-memory media and cache."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"  # the test suite only  # nosec B105
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# One directory per process, named but not created here: storage creates it when a test
# saves a file, and tests/conftest.py removes it when the session ends. mkdtemp() at import
# left a directory behind for every run (``make lint`` included).
MEDIA_ROOT = str(Path(tempfile.gettempdir()) / f"vcms-test-media-{os.getpid()}")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "ratelimit": RATELIMIT_CACHE,  # noqa: F405
}
# Every count goes to the cache, so a test's cache.clear() starts every limit afresh
# (tests/api/test_rate_limit.py turns the batch on where it is tested).
RATELIMIT_SYNC_MS = 0
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# The address of the Site record Wagtail's migration creates (core.site_url keeps it).
SITE_URL = WAGTAILADMIN_BASE_URL = "http://localhost"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# Whole-page caching is tested on its own (tests/web/test_caching.py); elsewhere a test that
# changes a page without publishing must see the change at once.
PAGE_CACHE_SECONDS = 0
# API rate limits are tested on their own (tests/api/test_rate_limit.py, override_settings);
# elsewhere a test may call the API as often as it likes.
API_RATE_LIMIT = ""
API_SCREENS_RATE_LIMIT = ""
# Login throttling is tested on its own (tests/accounts, settings.AXES_ENABLED = True); with
# it on, Django's test Client.login() (which passes no request) cannot sign in.
AXES_ENABLED = False
DJANGO_ADMIN_ENABLED = True
# The demo content and seed_demo (docs/demo.md); never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
# Tests clear the cache between them; a version kept in process would outlive that
# (tests/screens/test_fastpath.py turns it on where it is tested).
SCREENS_VERSION_MEMO_MS = 0
