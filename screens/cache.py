"""The screen feed cache: one global content version, one entry per screen and version.

Any change to content a screen might show bumps the version, so every screen's next poll
misses the cache and rebuilds. Each entry also expires at the next moment something on the
screen changes by itself (an occurrence ends, a slide starts), and after at most one poll
interval, so time-based changes appear without anyone saving anything.

Everything here talks to the cache only, never to the database: the 304 path relies on it.
"""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

VERSION_KEY = "screens:content-version"
_VERSION_TIMEOUT = None  # never expires by itself


def poll_seconds() -> int:
    """How often players poll; also the longest a feed stays cached."""
    return int(getattr(settings, "SCREENS_POLL_SECONDS", 30))


def content_version() -> str:
    version = cache.get(VERSION_KEY)
    if version is None:
        # A cache restart loses the counter; a fresh random version can't collide with old entries.
        cache.add(VERSION_KEY, uuid.uuid4().hex, _VERSION_TIMEOUT)
        version = cache.get(VERSION_KEY)
    return str(version)


def bump_content_version(**_kwargs) -> None:
    """Invalidate every screen's cached feed (and the website's alert banner)."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, _VERSION_TIMEOUT)


def feed_cache_key(screen_key: str, version: str) -> str:
    return f"screens:feed:{screen_key}:{version}"


def get_cached_feed(screen_key: str) -> dict | None:
    """``{"etag", "body", "expires"}`` for the screen's current feed, or None."""
    entry = cache.get(feed_cache_key(screen_key, content_version()))
    # The cache backend expires entries on its own clock; checking against timezone.now()
    # as well keeps expiry exact and lets tests move time.
    if entry is None or entry["expires"] <= timezone.now().timestamp():
        return None
    return entry


def store_feed(screen_key: str, version: str, etag: str, body: bytes, lifetime: float) -> dict:
    entry = {"etag": etag, "body": body, "expires": timezone.now().timestamp() + lifetime}
    # Django treats a timeout of 0 as "don't cache"; keep at least one second.
    cache.set(feed_cache_key(screen_key, version), entry, max(1, int(lifetime)))
    return entry
