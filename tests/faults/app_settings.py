"""Settings for the fault tests' app processes: development settings, debug off, and tables
created straight from the models (``migrate --run-syncdb``), which takes seconds instead of
the half minute the full migration history needs on a fresh PostgreSQL."""

from cms.settings.dev import *  # noqa: F403


class _NoMigrations:
    def __contains__(self, app_label):
        return True

    def __getitem__(self, app_label):
        return None


MIGRATION_MODULES = _NoMigrations()

if "default" in CACHES and "OPTIONS" in CACHES["default"]:  # noqa: F405
    # Workers that saw Redis down try it again after one second instead of five, so a test
    # right after an outage finds every worker using Redis.
    CACHES["default"]["OPTIONS"]["retry_seconds"] = 1  # noqa: F405
