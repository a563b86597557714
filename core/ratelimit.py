"""Counting requests per client with django-ratelimit, for every limit the project sets.

The public forms (``submissions.public_form``) and the headless API's middleware
(``cms.ratelimit``) both count through :func:`check`, so they agree on what "over the
limit" means and on what happens when the cache cannot count.

The API's limit is checked on every request, the screens' cached polls included, and
django-ratelimit's ``get_usage`` cost those polls about a third of their CPU (``python -m
bench.profile_feed``, docs/benchmarks.md): per call it parses the rate, normalises the
address with ``ipaddress``, reads half a dozen settings and hashes the cache key. For the
keys the project uses (``"ip"`` and ``"header:…"``) :func:`_usage` keeps what those steps
produce per client and window, and counts under django-ratelimit's own cache key, so a count
is the same whichever path made it (tests/api/test_rate_limit_fast.py). Any other key goes
through ``get_usage`` unchanged.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core.cache import caches
from django.core.signals import setting_changed
from django.dispatch import receiver
from django_ratelimit.core import (
    EXPIRATION_FUDGE,
    _get_ip,
    _get_window,
    _make_cache_key,
    _split_rate,
    get_header,
    get_usage,
)

from core.counter_cache import BatchedCounterCache

ALL = get_usage.ALL
#: Clients remembered per process before the memo starts afresh (a window lasts a period).
MEMO_LIMIT = 10_000


@dataclass(frozen=True)
class Verdict:
    """Whether a request is over its limit, and how many seconds until it may try again."""

    limited: bool
    retry_after: int = 0


@dataclass(frozen=True)
class _Conf:
    """The settings django-ratelimit reads on every call, read once (and again on change)."""

    enabled: bool
    ip_meta: object
    cache_alias: str
    fail_open: bool


@lru_cache(maxsize=1)
def _conf() -> _Conf:
    return _Conf(
        enabled=getattr(settings, "RATELIMIT_ENABLE", True),
        ip_meta=getattr(settings, "RATELIMIT_IP_META_KEY", None),
        cache_alias=getattr(settings, "RATELIMIT_USE_CACHE", "default"),
        fail_open=getattr(settings, "RATELIMIT_FAIL_OPEN", False),
    )


#: (group, rate, key, method, raw client string) -> (window end, limit, period, cache key)
_memo: dict[tuple, tuple[int, int, int, str]] = {}


@receiver(setting_changed)
def _forget_settings(**kwargs) -> None:
    # Masks, hash and prefix settings shape the cache key: a changed one makes every memo stale.
    if kwargs["setting"].startswith("RATELIMIT_"):
        _conf.cache_clear()
        _memo.clear()
    if kwargs["setting"].startswith("RATELIMIT_") or kwargs["setting"] == "CACHES":
        _shared_counters.clear()


#: alias → the counting cache, when it is one every thread may share (core.counter_cache).
_shared_counters: dict[str, object] = {}


def _counter_cache(alias: str):
    """``caches[alias]``, kept per process when it is a ``BatchedCounterCache``: thread-safe
    (one lock), and exact within the process when shared. Looking the alias up costs a fifth
    of a count (``caches`` keeps a connection per thread and context)."""
    cache = _shared_counters.get(alias)
    if cache is None:
        cache = caches[alias]
        if isinstance(cache, BatchedCounterCache):
            _shared_counters[alias] = cache
    return cache


def _raw_client(request, key) -> str | None:
    """The request's unprocessed client string for a key the fast path knows, else None."""
    if key == "ip" and not _conf().ip_meta:
        return request.META.get("REMOTE_ADDR") or None
    if isinstance(key, str) and key.startswith("header:"):
        return get_header(request, key[7:])
    return None


def _slot(group: str, rate: str, key: str, method, raw: str, now: int):
    """(window end, limit, period, cache key) of this client's current window."""
    memo_key = (group, rate, key, method if isinstance(method, str) else repr(method), raw)
    slot = _memo.get(memo_key)
    if slot is not None and slot[0] - slot[2] < now <= slot[0]:
        return slot
    limit, period = _split_rate(rate)
    value = _get_ip(_AddressOnly(raw)) if key == "ip" else raw
    window = _get_window(value, period)
    slot = (window, limit, period, _make_cache_key(group, window, rate, value, method))
    if len(_memo) >= MEMO_LIMIT:
        _memo.clear()
    _memo[memo_key] = slot
    return slot


class _AddressOnly:
    """Stands in for a request on a memo miss: the one attribute ``_get_ip`` reads."""

    __slots__ = ("META",)

    def __init__(self, remote_addr: str):
        self.META = {"REMOTE_ADDR": remote_addr}


def _usage(request, *, group: str, rate: str, key, method, increment: bool) -> dict | None:
    """django-ratelimit's ``get_usage`` answer, computed cheaply for the keys we use."""
    raw = _raw_client(request, key) if isinstance(rate, str) and "." not in rate else None
    if raw is None or (method != ALL and request.method not in _methods(method)):
        return get_usage(
            request, group=group, key=key, rate=rate, method=method, increment=increment
        )
    conf = _conf()
    if not conf.enabled:
        return None
    window, limit, period, cache_key = _slot(group, rate, key, method, raw, int(time.time()))
    # From here as get_usage counts: add the key, else increment (or read) it.
    cache = _counter_cache(conf.cache_alias)
    initial = 1 if increment else 0
    count = None
    counter = getattr(cache, "count", None) if increment else None
    if counter is not None:
        # add-or-incr in one call (core.counter_cache); ValueError as from incr below.
        with contextlib.suppress(ValueError):
            count = counter(cache_key, period + EXPIRATION_FUDGE)
    elif cache.add(cache_key, initial, period + EXPIRATION_FUDGE):
        count = initial
    elif increment:
        # Raised for a key that expired between add and incr, or a cache that is down.
        with contextlib.suppress(ValueError):
            count = cache.incr(cache_key)
    else:
        count = cache.get(cache_key, initial)
    if count is None or count is False:
        return None if conf.fail_open else {"count": 0, "limit": 0, "should_limit": True, "time_left": -1}  # fmt: skip
    return {
        "count": count,
        "limit": limit,
        "should_limit": count > limit,
        "time_left": window - int(time.time()),
    }


def _methods(method) -> list[str]:
    methods = method if isinstance(method, (list, tuple)) else [method]
    return [m.upper() for m in methods]


def check(request, *, group: str, rate: str, key, method=ALL, increment: bool = True) -> Verdict:
    """Count this request against ``rate`` per ``key`` in ``group``.

    ``key`` is django-ratelimit's: ``"ip"``, ``"header:x-real-ip"`` or a callable
    ``(group, request) -> str``. With ``increment=False`` nothing is counted: the verdict says
    whether one more would be over the limit (for limits that count only what succeeded; call
    :func:`record` once it has).

    When the cache cannot count (Redis down), the request passes: a limit must not take the
    site down with the cache.
    """
    if not rate:
        return Verdict(False)
    usage = _usage(request, group=group, key=key, rate=rate, method=method, increment=increment)
    if usage is None or (usage["limit"] == 0 and usage["time_left"] < 0):
        return Verdict(False)
    limited = usage["should_limit"] if increment else usage["count"] >= usage["limit"]
    # At least one second: a window ending this very second still says "wait".
    return Verdict(limited, max(1, usage["time_left"]))


def record(request, *, group: str, rate: str, key, method=ALL) -> None:
    """Count one success against a limit checked with ``check(..., increment=False)``."""
    if rate:
        _usage(request, group=group, key=key, rate=rate, method=method, increment=True)
