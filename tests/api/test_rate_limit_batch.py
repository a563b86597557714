"""Rate-limit counts kept per process between syncs (core.counter_cache)."""

import pytest
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.http import HttpResponse
from django.test import override_settings

from core import counter_cache
from core.counter_cache import BatchedCounterCache

# Each test counts within one window, however slow the machine (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("rate_clock")]

TOPICS = "/api/v3/topics/"


class Clock:
    """time.monotonic() for core.counter_cache, moved by hand."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(counter_cache.time, "monotonic", clock)
    return clock


@pytest.fixture
def shared_calls(monkeypatch):
    """Every add/incr of a rate-limit counter that reaches the shared (default) cache."""
    calls = []
    for name in ("add", "incr"):
        original = getattr(LocMemCache, name)

        def counting(self, key, *args, _original=original, _name=name, **kwargs):
            if key.startswith("rl:"):
                calls.append(_name)
            return _original(self, key, *args, **kwargs)

        monkeypatch.setattr(LocMemCache, name, counting)
    return calls


@override_settings(API_RATE_LIMIT="3/m", RATELIMIT_SYNC_MS=100)
def test_with_the_batch_on_the_fourth_request_is_still_refused(client, clock, shared_calls):
    caches["default"].clear()
    caches["ratelimit"].clear()
    statuses = [client.get(TOPICS).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    # One add reached the shared cache; the other three were counted in the process.
    assert shared_calls == ["add"]


@override_settings(RATELIMIT_SYNC_MS=100)
def test_counts_from_other_processes_arrive_at_the_next_sync(clock):
    """Two workers counting one client: each sees the other's counts one interval later."""
    caches["default"].clear()
    worker_a = BatchedCounterCache("default", {})
    worker_b = BatchedCounterCache("default", {})
    assert worker_a.add("rl:client", 1, 60)
    assert not worker_b.add("rl:client", 1, 60)
    assert worker_b.incr("rl:client") == 2  # B had no tally yet: sent at once
    assert worker_a.incr("rl:client") == 2  # A's own count, B's not seen yet
    assert worker_a.incr("rl:client") == 3
    clock.now += 0.1
    # A sends its two unsent counts with the next one and learns B's.
    assert worker_a.incr("rl:client") == 5
    assert caches["default"].get("rl:client") == 5


@override_settings(RATELIMIT_SYNC_MS=0)
def test_with_the_batch_off_every_count_goes_to_the_shared_cache(clock, shared_calls):
    caches["default"].clear()
    worker = BatchedCounterCache("default", {})
    assert worker.add("rl:form", 1, 3600)
    assert [worker.incr("rl:form") for _ in range(3)] == [2, 3, 4]
    assert shared_calls == ["add", "incr", "incr", "incr"]


@override_settings(RATELIMIT_SYNC_MS=100)
def test_a_missing_counter_is_the_callers_case_as_with_the_shared_cache(clock):
    caches["default"].clear()
    with pytest.raises(ValueError):
        BatchedCounterCache("default", {}).incr("rl:never-added")


@override_settings(API_RATE_LIMIT="10/m", RATELIMIT_SYNC_MS=100)
def test_the_threads_of_one_process_count_one_client_together(clock, shared_calls):
    """gunicorn's threads share one count: a client spread over them is refused at its
    limit, not at the limit times the threads (each thread had a count of its own)."""
    import threading

    from django.test import RequestFactory

    from cms.ratelimit import ApiRateLimitMiddleware

    caches["default"].clear()
    middleware = ApiRateLimitMiddleware(lambda request: HttpResponse("ok"))
    statuses = []

    def poll():
        for _ in range(3):
            statuses.append(middleware(RequestFactory().get(TOPICS)).status_code)

    threads = [threading.Thread(target=poll) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [200] * 10 + [429] * 2
    # Counted in the process: one add reached the shared cache.
    assert shared_calls == ["add"]
