"""The screen feed cache: one entry per screen and ``screens`` content version.

Any change to content a screen might show bumps the ``screens`` counter
(``core.cache_versions``), so every screen's next poll misses the cache and rebuilds. Each entry also expires at the next moment something on the
screen changes by itself (an occurrence ends, a slide starts), and after at most one poll
interval, so time-based changes appear without anyone saving anything.

Everything here talks to the cache only, never to the database: the 304 path relies on it.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from core import cache_versions


def poll_seconds() -> int:
    """How often players poll; also the longest a feed stays cached."""
    return int(getattr(settings, "SCREENS_POLL_SECONDS", 30))


def content_version() -> int:
    """The ``screens`` counter: every feed and the website's alert banner are keyed by it."""
    return cache_versions.current(cache_versions.SCREENS)


#: (version, read at (monotonic), this process' bump generation) of the live polls' copy.
_version_memo: tuple[int, float, int] | None = None


def live_content_version() -> int:
    """:func:`content_version` for the fast path's live polls, read from the cache at most
    every ``SCREENS_VERSION_MEMO_MS`` per process (default 500 ms).

    A cached poll otherwise costs one cache round trip for the counter alone (the entry itself
    is kept in process): ``make bench`` B2 (a bare view) needs none. A change made by this
    process is seen at once (``cache_versions.local_generation``); one made by another node
    at most that long later, far within one poll interval (``SCREENS_POLL_SECONDS``).
    """
    global _version_memo
    memo_seconds = getattr(settings, "SCREENS_VERSION_MEMO_MS", 500) / 1000
    now = time.monotonic()
    generation = cache_versions.local_generation()
    memo = _version_memo
    if memo is not None and now - memo[1] < memo_seconds and memo[2] == generation:
        return memo[0]
    version = content_version()
    _version_memo = (version, now, generation)
    return version


def feed_cache_key(screen_key: str, version: int) -> str:
    return f"screens:feed:{screen_key}:{version}"


#: Feed entries this process has read or built, by cache key, so that a poll costs one small
#: cache read (the version) instead of fetching the whole body every time (make bench). The
#: key carries the content version; an expired copy is never used (the cache is asked again).
_local_entries: dict[str, dict] = {}
_LOCAL_MAX = 256


def _remember(cache_key: str, entry: dict) -> None:
    if len(_local_entries) >= _LOCAL_MAX:
        _local_entries.clear()
    _local_entries[cache_key] = entry


def get_cached_feed(screen_key: str, version: int | None = None) -> dict | None:
    """``{"etag", "body", "expires"}`` for the screen's current feed, or None.

    ``version`` is the ``screens`` counter when the caller has it (the fast path's
    :func:`live_content_version`), else it is read now."""
    key = feed_cache_key(screen_key, content_version() if version is None else version)
    now = timezone.now().timestamp()
    entry = _local_entries.get(key)
    if entry is None or entry["expires"] <= now:
        entry = cache.get(key)
        if entry is not None:
            _remember(key, entry)
    # The cache backend expires entries on its own clock; checking against timezone.now()
    # as well keeps expiry exact and lets tests move time.
    if entry is None or entry["expires"] <= now:
        return None
    return entry


def store_feed(
    screen_key: str, version: int, etag: str, body: bytes, lifetime: float, tags: str = ""
) -> dict:
    """Cache a built feed; ``tags`` is its cache-tag header value, sent again with every
    answer from the entry (the fast path answers without the page cache's tag collector)."""
    entry = {
        "etag": etag,
        "body": body,
        "expires": timezone.now().timestamp() + lifetime,
        "tags": tags,
    }
    # Django treats a timeout of 0 as "don't cache"; keep at least one second.
    cache.set(feed_cache_key(screen_key, version), entry, max(1, int(lifetime)))
    _remember(feed_cache_key(screen_key, version), entry)
    # Only on a rebuild (at most once per poll interval per screen), never on the 304 path.
    cache.set(last_good_key(screen_key), entry, LAST_GOOD_TIMEOUT)
    return entry


#: How long the last successfully built feed is kept for stale-if-error (see get_last_good_feed).
LAST_GOOD_TIMEOUT = 7 * 24 * 60 * 60


def last_good_key(screen_key: str) -> str:
    return f"screens:feed-last-good:{screen_key}"


def get_last_good_feed(screen_key: str) -> dict | None:
    """The last feed built for the screen, whatever its age: served when the database is down."""
    return cache.get(last_good_key(screen_key))
