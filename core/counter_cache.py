"""Rate-limit counters that talk to the shared cache at most once per short interval.

django-ratelimit counts every limited request with ``add`` and ``incr`` on the cache named by
``RATELIMIT_USE_CACHE``: two Redis round trips per API request, which made a screen's cached
feed poll cost about twice as much as without the limit (``make bench``, docs/benchmarks.md).
This cache sits in front of the shared one (``LOCATION``: the alias of that cache) and keeps
each counter's increments in the process for up to ``RATELIMIT_SYNC_MS`` milliseconds. The
next call after that sends them all in one ``incr`` and learns the total every process has
counted.

What that costs in accuracy: counts from other processes arrive at most ``RATELIMIT_SYNC_MS``
late, so a client spread over several workers and nodes can pass its limit by what it sends
in that interval (at 100 ms and a limit of 1,200 a minute, a handful of requests). Within one
process the count is exact. A counter used less often than once per interval (every form's
limit) is counted in the shared cache on every call, as before. ``RATELIMIT_SYNC_MS = 0``
sends every call through (the test settings do, so a test's ``cache.clear()`` starts every
count afresh).

Only what django-ratelimit calls is implemented: ``add``, ``incr`` and ``get``, and ``count``
(both of the first two in one call) for ``core.ratelimit``.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.signals import setting_changed
from django.dispatch import receiver

DEFAULT_SYNC_MS = 100


@lru_cache(maxsize=1)
def _sync_seconds() -> float:
    # Read on every count: a setting read through Django's lazy settings cost a tenth of it.
    return getattr(settings, "RATELIMIT_SYNC_MS", DEFAULT_SYNC_MS) / 1000


@receiver(setting_changed)
def _forget_sync_seconds(setting, **kwargs) -> None:
    if setting == "RATELIMIT_SYNC_MS":
        _sync_seconds.cache_clear()


@dataclass
class _Tally:
    #: The total the shared cache reported at the last sync.
    known: int
    #: Counted here since then, not yet sent.
    pending: int
    synced_at: float
    expires_at: float


class BatchedCounterCache(BaseCache):
    """Counters kept per process between syncs with the shared cache ``LOCATION``."""

    def __init__(self, location, params):
        super().__init__(params)
        self._shared_alias = location or "default"
        self._tallies: dict[str, _Tally] = {}
        self._lock = threading.Lock()

    @property
    def _shared(self) -> BaseCache:
        return caches[self._shared_alias]

    @staticmethod
    def _interval() -> float:
        return _sync_seconds()

    def _fresh(self, key: str, now: float) -> _Tally | None:
        tally = self._tallies.get(key)
        if tally is None or now >= tally.expires_at:
            return None
        if now - tally.synced_at >= self._interval():
            return None
        return tally

    def _forget_expired(self, now: float) -> None:
        # Window keys change every period; drop the old ones so the dict stays small.
        if len(self._tallies) > 1000:
            for key in [k for k, t in self._tallies.items() if now >= t.expires_at]:
                del self._tallies[key]

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        now = time.monotonic()
        with self._lock:
            if self._fresh(key, now) is not None:
                return False  # counted here within the interval: it exists
        added = self._shared.add(key, value, timeout, version=version)
        if added and self._interval() > 0:
            seconds = self.default_timeout if timeout is DEFAULT_TIMEOUT else (timeout or 0)
            with self._lock:
                self._forget_expired(now)
                self._tallies[key] = _Tally(value, 0, now, now + seconds)
        return added

    def incr(self, key, delta=1, version=None):
        now = time.monotonic()
        with self._lock:
            tally = self._fresh(key, now)
            if tally is not None:
                tally.pending += delta
                return tally.known + tally.pending
            tally = self._tallies.pop(key, None)
        unsent = tally.pending if tally is not None else 0
        # Raises ValueError for a missing key (expired, or the cache is down): the caller's case.
        total = self._shared.incr(key, unsent + delta, version=version)
        if self._interval() > 0:
            # Only for tidying up: a window's key is not asked for once the window is over.
            expires_at = tally.expires_at if tally is not None else now + 3600
            with self._lock:
                self._tallies[key] = _Tally(total, 0, now, expires_at)
        return total

    def count(self, key, timeout=DEFAULT_TIMEOUT, version=None) -> int:
        """Count one: ``add(key, 1, timeout)``, or ``incr(key)`` when it exists; the total.

        What django-ratelimit does in two calls, in one: within the interval a screen's poll
        then takes the lock once and reads the settings once (``core.ratelimit``). Raises
        ``ValueError`` as ``incr`` does.
        """
        now = time.monotonic()
        with self._lock:
            tally = self._fresh(key, now)
            if tally is not None:
                tally.pending += 1
                return tally.known + tally.pending
        if self.add(key, 1, timeout, version=version):
            return 1
        return self.incr(key, version=version)

    def get(self, key, default=None, version=None):
        now = time.monotonic()
        with self._lock:
            tally = self._fresh(key, now)
            if tally is not None:
                return tally.known + tally.pending
        return self._shared.get(key, default, version=version)

    def clear(self):
        with self._lock:
            self._tallies.clear()
