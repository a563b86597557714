"""A Redis cache that degrades instead of failing when Redis cannot be reached.

Django's ``RedisCache`` raises on every connection error, so a Redis outage would turn every
page into a 500. The site only uses the cache to go faster (page cache, screen feeds, rate-limit
counters), so here an unreachable Redis behaves like an empty cache: reads miss, writes are
dropped, ``incr`` reports a missing key. Connection attempts have short timeouts, and after a
failure Redis is left alone for ``RETRY_SECONDS`` so an outage costs one slow call per worker
per interval, not one per cache operation.

Writes dropped during an outage may have been invalidations (a publish bumping a content
version). If Redis comes back with its data (a network fault rather than a restart), entries
from before the outage are served until they expire: at most ``PAGE_CACHE_SECONDS`` for
pages and one poll interval for screen feeds. The cache is deliberately not emptied then:
it also holds the screens' last good feeds, which matter most right after an outage.
"""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

#: Seconds to wait for a TCP connection and for an answer. Redis answers in well under a
#: millisecond when healthy; anything slower is treated as down.
DEFAULT_CONNECT_TIMEOUT = 0.3
DEFAULT_SOCKET_TIMEOUT = 0.5
#: Seconds Redis is skipped after a failure before it is tried again.
DEFAULT_RETRY_SECONDS = 5.0

_MISSING = object()

#: ``incr`` in one round trip: Django checks ``EXISTS`` and then sends ``INCRBY``, two round
#: trips for every rate-limited request (django-ratelimit counts with ``add`` + ``incr``).
#: Returns nil for a missing key, which must not be created (Django raises ValueError).
_INCR_IF_EXISTS = """
if redis.call('EXISTS', KEYS[1]) == 1 then
    return redis.call('INCRBY', KEYS[1], ARGV[1])
end
return false
"""


class _Breaker:
    """Remembers an outage so that later calls skip Redis until the retry time."""

    def __init__(self, retry_seconds: float):
        self.retry_seconds = retry_seconds
        self.down_until = 0.0
        self.down = False
        self.lock = threading.Lock()

    def open(self) -> bool:
        return self.down and time.monotonic() < self.down_until

    def trip(self, exc: Exception) -> None:
        with self.lock:
            if not self.down:
                logger.warning("Cache unavailable, serving uncached: %s", exc)
            self.down = True
            self.down_until = time.monotonic() + self.retry_seconds

    def close(self) -> None:
        with self.lock:
            if self.down:
                logger.warning("Cache available again")
            self.down = False


class DegradingRedisCacheClient(RedisCacheClient):
    """``RedisCacheClient`` whose operations fall back to a cache miss on connection errors."""

    def __init__(self, servers, retry_seconds=DEFAULT_RETRY_SECONDS, **options):
        options.setdefault("socket_connect_timeout", DEFAULT_CONNECT_TIMEOUT)
        options.setdefault("socket_timeout", DEFAULT_SOCKET_TIMEOUT)
        super().__init__(servers, **options)
        self._errors = (self._lib.exceptions.ConnectionError, self._lib.exceptions.TimeoutError)
        self._breaker = _Breaker(float(retry_seconds))
        self._clients: dict[int, tuple] = {}
        self._scripts: dict[int, object] = {}

    def get_client(self, key=None, *, write=False):
        """One ``redis.Redis`` per connection pool, reused (it is thread-safe).

        Django builds a new client for every cache operation, and redis-py's constructor
        copies some 180 response callbacks each time: the largest cost of a screen poll after
        the socket itself (``python -m bench.profile_feed``, docs/benchmarks.md).
        """
        pool = self._get_connection_pool(write)
        found = self._clients.get(id(pool))
        if found is None or found[0] is not pool:
            found = (pool, self._client(connection_pool=pool))
            self._clients[id(pool)] = found
        return found[1]

    def _incr_existing(self, key, delta):
        client = self.get_client(key, write=True)
        script = self._scripts.get(id(client))
        if script is None:
            script = self._scripts[id(client)] = client.register_script(_INCR_IF_EXISTS)
        result = script(keys=[key], args=[delta], client=client)
        if result is None:
            raise ValueError(f"Key '{key}' not found.")
        return result

    def _call(self, name, args, fallback):
        return self._guarded(getattr(super(), name), args, fallback)

    def _guarded(self, operation, args, fallback):
        breaker = self._breaker
        if breaker.open():
            return fallback()
        try:
            result = operation(*args)
        except self._errors as exc:
            breaker.trip(exc)
            return fallback()
        if breaker.down:
            breaker.close()
        return result

    # Each operation with what an empty cache would answer.
    def add(self, key, value, timeout):
        return self._call("add", (key, value, timeout), lambda: False)

    def get(self, key, default):
        return self._call("get", (key, default), lambda: default)

    def set(self, key, value, timeout):
        return self._call("set", (key, value, timeout), lambda: None)

    def touch(self, key, timeout):
        return self._call("touch", (key, timeout), lambda: False)

    def delete(self, key):
        return self._call("delete", (key,), lambda: False)

    def get_many(self, keys):
        return self._call("get_many", (keys,), dict)

    def has_key(self, key):
        return self._call("has_key", (key,), lambda: False)

    def incr(self, key, delta):
        result = self._guarded(self._incr_existing, (key, delta), lambda: _MISSING)
        if result is _MISSING:
            # What callers (django-ratelimit, the page cache) already handle for a missing key.
            raise ValueError(f"Key '{key}' not found.")
        return result

    def set_many(self, data, timeout):
        return self._call("set_many", (data, timeout), lambda: None)

    def delete_many(self, keys):
        return self._call("delete_many", (keys,), lambda: None)

    def clear(self):
        return self._call("clear", (), lambda: False)


class DegradingRedisCache(RedisCache):
    """Django's Redis cache, but an unreachable Redis is an empty cache instead of an error.

    ``OPTIONS`` are passed to redis-py's connection pool as with ``RedisCache``, plus
    ``retry_seconds`` (how long to skip Redis after a failure).
    """

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = DegradingRedisCacheClient
