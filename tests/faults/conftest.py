"""One private PostgreSQL, one private Redis and the app under gunicorn, shared by the faults.

These tests never use the suite's database, so running them in both CI passes would repeat
the same thing: by default they run when ``DATABASE_URL`` is not PostgreSQL (the SQLite
pass, plain ``make test``). ``FAULT_TESTS=1`` runs them anyway, ``FAULT_TESTS=0`` skips them.
They also skip when this machine has no PostgreSQL server binaries or redis-server.
"""

import os
import shutil
import subprocess
import sys

import pytest

from tests.faults.services import (
    ROOT,
    AppServer,
    PrivatePostgres,
    PrivateRedis,
    app_env,
    manage,
    postgres_bindir,
)


def _skip_reason() -> str | None:
    wanted = os.environ.get("FAULT_TESTS", "").strip()
    if wanted == "0":
        return "FAULT_TESTS=0"
    if wanted != "1" and os.environ.get("DATABASE_URL", "").startswith("postgres"):
        return "fault tests run once, in the SQLite pass (FAULT_TESTS=1 to force)"
    if postgres_bindir() is None:
        return "no PostgreSQL server binaries (/usr/lib/postgresql/*/bin)"
    if shutil.which("redis-server") is None:
        return "no redis-server"
    return None


SERVICE_FIXTURES = {"app", "private_postgres", "private_redis"}


def pytest_collection_modifyitems(config, items):
    reason = _skip_reason()
    for item in items:
        in_faults = "tests/faults/" in str(item.fspath).replace(os.sep, "/")
        if in_faults and reason and SERVICE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def private_postgres():
    pg = PrivatePostgres()
    try:
        pg.start()
        yield pg
    finally:
        pg.destroy()


@pytest.fixture(scope="session")
def private_redis():
    redis = PrivateRedis()
    try:
        redis.start()
        yield redis
    finally:
        redis.stop()


@pytest.fixture(scope="session")
def app(private_postgres, private_redis):
    """The app (gunicorn, two workers) on the private PostgreSQL and Redis, with content."""
    env = app_env(
        DJANGO_SETTINGS_MODULE="tests.faults.app_settings",
        DATABASE_URL=private_postgres.createdb("vcms"),
        REDIS_URL=private_redis.url,
        CACHE_KEY_PREFIX="faults",
        PAGE_CACHE_SECONDS=300,
        # Feeds expire from the cache after a second, so a test sees a rebuild quickly.
        SCREENS_POLL_SECONDS=1,
        # The limiter stays on (it counts in Redis too) but never stops the test's own load.
        API_RATE_LIMIT="100000/m",
    )
    manage(env, "migrate", "--run-syncdb", "--no-input")
    subprocess.run(
        [sys.executable, "tests/faults/seed_app.py"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    server = AppServer(env)
    server.start()
    try:
        yield server
    finally:
        server.stop()
