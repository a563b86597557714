"""Benchmark settings (``make bench``): production settings plus the bench-only endpoints.

Never deploy with these. ``bench/run.py`` starts gunicorn with them and provides
SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL; REDIS_URL picks the Redis cache as in
production (local memory otherwise).
"""

from .env import env, env_bool, env_int
from .production import *  # noqa: F403

DEBUG = False
# The bench database is the demo plus synthetic pages (bench/dbsetup.py runs seed_demo).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
# The load generator talks plain HTTP on loopback.
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# The API rate limit counts every API request, as in production (its cache round trips are
# part of a request's cost, issue #20: "keep the heartbeat and the rate limit"), but at a rate
# wrk from one address never reaches. BENCH_API_RATE_LIMIT= (empty) turns it off;
# docs/benchmarks.md gives the figures of both.
API_RATE_LIMIT = env("BENCH_API_RATE_LIMIT", "100000000/m")
API_SCREENS_RATE_LIMIT = API_RATE_LIMIT
# Bench endpoints (baseline B1, cold feed, raw search floor) live in bench/urls.py, which
# mounts them only when this is on; cms/urls.py never mounts them.
ROOT_URLCONF = "bench.urls"
BENCH_BASELINE_ENABLED = env_bool("BENCH_BASELINE_ENABLED", True)
#: Size in bytes of the baseline JSON body (the runner sets it to the screen feed's size).
BENCH_BASELINE_BYTES = env_int("BENCH_BASELINE_BYTES", 8000)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
