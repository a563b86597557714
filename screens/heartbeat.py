"""Screen heartbeats: every feed poll says "I'm alive" — recorded in the cache only.

A screen polls every few seconds all day; a database write per poll would be the busiest
table in the system. The cache holds the last contact; the admin's screen list reads it and
copies it to ``Screen.last_seen_at`` (so it survives a cache restart) at most once per
``FLUSH_SECONDS`` per screen.
"""

import datetime as dt

from django.core.cache import cache
from django.utils import timezone

from .cache import poll_seconds

_TIMEOUT = 60 * 60 * 24 * 30
FLUSH_SECONDS = 10 * 60


def _key(screen_key: str) -> str:
    return f"screens:seen:{screen_key}"


#: A process writes a screen's heartbeat at most this often. "Online" allows three poll
#: intervals, so a few seconds' delay is invisible, and a poll answered 304 then costs a single
#: small cache read (the content version) instead of a read and a write (make bench).
RECORD_EVERY_SECONDS = 5.0
_last_written: dict[str, float] = {}
_LAST_WRITTEN_MAX = 10_000


def record(screen_key: str, now: dt.datetime | None = None) -> None:
    now = now or timezone.now()
    ts = now.timestamp()
    previous = _last_written.get(screen_key)
    if previous is not None and 0 <= ts - previous < RECORD_EVERY_SECONDS:
        return
    if len(_last_written) >= _LAST_WRITTEN_MAX:
        _last_written.clear()
    cache.set(_key(screen_key), ts, _TIMEOUT)
    _last_written[screen_key] = ts


def last_seen_many(screen_keys) -> dict[str, dt.datetime]:
    """Last contact per screen key, for the keys the cache knows about."""
    keys = {_key(k): k for k in screen_keys}
    found = cache.get_many(list(keys))
    return {keys[k]: dt.datetime.fromtimestamp(ts, tz=dt.UTC) for k, ts in found.items()}


def is_online(last_seen: dt.datetime | None, now: dt.datetime | None = None) -> bool:
    """Online when the screen polled within three poll intervals (one missed poll is fine)."""
    if last_seen is None:
        return False
    now = now or timezone.now()
    return (now - last_seen).total_seconds() <= 3 * poll_seconds() + 5


def flush_to_database(screens, now: dt.datetime | None = None) -> None:
    """Copy cached contacts onto the screens, writing each at most once per FLUSH_SECONDS."""
    seen = last_seen_many(s.key for s in screens)
    for screen in screens:
        cached = seen.get(screen.key)
        if cached is None:
            continue
        stored = screen.last_seen_at
        if stored is None or (cached - stored).total_seconds() >= FLUSH_SECONDS:
            type(screen).objects.filter(pk=screen.pk).update(last_seen_at=cached)
            screen.last_seen_at = cached


def last_contact(screen, seen: dict) -> dt.datetime | None:
    """The newest of the cached heartbeat and the stored one."""
    candidates = [t for t in (seen.get(screen.key), screen.last_seen_at) if t is not None]
    return max(candidates) if candidates else None
