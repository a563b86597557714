"""Small helpers that read configuration from environment variables."""

import os
import re

from django.core.exceptions import ImproperlyConfigured

TRUE_VALUES = {"1", "true", "yes", "on"}


def env(name: str, default: str = "") -> str:
    """Return the variable's value, stripped, or ``default`` when unset or empty."""
    value = os.environ.get(name, "").strip()
    return value or default


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    return value in TRUE_VALUES


def env_int(name: str, default: int) -> int:
    value = env(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, got {value!r}") from exc


#: Values that switch a rate limit off. ``env()`` gives the default for an empty value, so an
#: empty ``API_RATE_LIMIT=`` kept the limit on: "off" (or empty, "0", "none") is explicit.
RATE_OFF_VALUES = {"", "off", "0", "none", "false", "no"}
_RATE = re.compile(r"^\d+/\d*[smhd]$")


def env_rate(name: str, default: str) -> str:
    """A django-ratelimit rate such as ``300/m``; ``""`` (off) for an off value.

    Unset means ``default``; set to empty, ``off``, ``0``, ``none``, ``false`` or ``no`` means
    off. Anything else must be a rate, so a typo does not silently leave the API unlimited.
    """
    if name not in os.environ:
        return default
    value = os.environ[name].strip()
    if value.lower() in RATE_OFF_VALUES:
        return ""
    if not _RATE.match(value):
        raise ImproperlyConfigured(f"{name} must be a rate such as 300/m, or off; got {value!r}")
    return value


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    """A comma-separated list, e.g. ``ALLOWED_HOSTS=a.dk,b.dk``."""
    value = env(name)
    if not value:
        return list(default or [])
    return [item.strip() for item in value.split(",") if item.strip()]


def env_required(name: str) -> str:
    value = env(name)
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set.")
    return value
