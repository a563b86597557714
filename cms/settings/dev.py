"""Development settings: debug on, a throwaway secret key, console email."""

from .base import *  # noqa: F403
from .env import env, env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env("SECRET_KEY", "django-insecure-dev-only-key-never-use-in-production")
INTERNAL_IPS = ["127.0.0.1"]
