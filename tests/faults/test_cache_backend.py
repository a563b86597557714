"""core.cache_backends.DegradingRedisCache against a real (private) redis-server."""

import logging

import pytest
import redis
from django.core.cache.backends.redis import RedisCache

from core.cache_backends import DegradingRedisCache

pytestmark = pytest.mark.faults


def make_cache(backend, url):
    options = {"retry_seconds": 0} if backend is DegradingRedisCache else {}
    return backend(url, {"KEY_PREFIX": "faults-unit", "OPTIONS": options})


@pytest.fixture
def stopped_redis(private_redis):
    private_redis.stop()
    try:
        yield private_redis
    finally:
        private_redis.start()


def test_behaves_like_django_redis_cache_while_redis_is_up(private_redis):
    cache = make_cache(DegradingRedisCache, private_redis.url)
    cache.set("feed", {"etag": "abc"}, 30)
    assert cache.get("feed") == {"etag": "abc"}
    assert cache.add("counter", 1, 30)
    assert cache.incr("counter") == 2
    assert cache.get_many(["feed", "missing"]) == {"feed": {"etag": "abc"}}
    assert cache.delete("feed")
    with pytest.raises(ValueError):
        cache.incr("missing")


def test_a_counter_is_counted_in_one_round_trip_and_a_missing_one_is_not_created(
    private_redis, monkeypatch
):
    """django-ratelimit counts every API request with ``add`` then ``incr``; Django's own
    ``incr`` asks ``EXISTS`` first, a second round trip per request."""
    cache = make_cache(DegradingRedisCache, private_redis.url)
    assert cache.add("api-count", 1, 30)
    # The first call loads the script into Redis (NOSCRIPT, SCRIPT LOAD, EVALSHA).
    assert cache.incr("api-count") == 2
    sent = []
    original = redis.connection.Connection.send_packed_command

    def counting(self, command, check_health=True):
        sent.append(command)
        return original(self, command, check_health)

    monkeypatch.setattr(redis.connection.Connection, "send_packed_command", counting)
    assert cache.incr("api-count") == 3
    assert cache.incr("api-count", 5) == 8
    assert len(sent) == 2
    with pytest.raises(ValueError):
        cache.incr("never-added")
    assert cache.get("never-added") is None
    monkeypatch.undo()
    assert cache.get("api-count") == 8


def test_plain_django_redis_cache_raises_when_redis_is_down(stopped_redis):
    # What the site would do without the degrading backend: every cache call is an error.
    cache = make_cache(RedisCache, stopped_redis.url)
    with pytest.raises(redis.exceptions.ConnectionError):
        cache.get("anything")


def test_unreachable_redis_is_an_empty_cache(stopped_redis, caplog):
    cache = make_cache(DegradingRedisCache, stopped_redis.url)
    with caplog.at_level(logging.WARNING, logger="core.cache_backends"):
        assert cache.get("feed", "default") == "default"
        cache.set("feed", "value", 30)  # dropped, no error
        assert cache.get("feed") is None
        assert cache.add("counter", 1, 30) is False
        assert cache.get_many(["feed"]) == {}
        assert cache.delete("feed") is False
        assert cache.has_key("feed") is False
        cache.set_many({"a": 1}, 30)
        cache.delete_many(["a"])
        with pytest.raises(ValueError):  # as for a missing key, which callers handle
            cache.incr("counter")
    assert "Cache unavailable" in caplog.text


def test_cache_is_used_again_when_redis_returns(private_redis):
    cache = make_cache(DegradingRedisCache, private_redis.url)
    private_redis.stop()
    assert cache.get("feed") is None
    private_redis.start()

    cache.set("feed", "value", 30)
    assert cache.get("feed") == "value"
