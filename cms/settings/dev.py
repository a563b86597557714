"""Development settings: debug on, a throwaway secret key, console email."""

from .base import *  # noqa: F403
from .env import env, env_bool, env_int

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env("SECRET_KEY", "django-insecure-dev-only-key-never-use-in-production")
INTERNAL_IPS = ["127.0.0.1"]
# Template and CSS edits show at once while developing; set it to try the page cache.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0)
DJANGO_ADMIN_ENABLED = env_bool("DJANGO_ADMIN_ENABLED", True)
# The demo content and seed_demo / ensure_dev_users (docs/demo.md); never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
