"""Faults survived by the running app (gunicorn) on a private PostgreSQL and Redis.

Each test leaves both services running again. Elasticsearch down is tested in
tests/search/test_elasticsearch.py (search page and API fall back to the database).
"""

import json
import threading
import time

import pytest

pytestmark = pytest.mark.faults

PAGE = "/nyheder/legeplads/"
FEED = "/api/v3/screens/raadhus-foyer/feed/"
PUBLIC_URLS = ["/", "/nyheder/", PAGE, "/api/v3/pages/", FEED]
#: Never served from the page cache, so every request reaches the database.
DATABASE_URLS = ["/api/v3/pages/", "/soeg/?q=legeplads"]


class Load:
    """Requests in a loop from a background thread, recording each status with its start."""

    def __init__(self, app, paths):
        self.app, self.paths = app, paths
        self.results: list[tuple[float, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            path = self.paths[len(self.results) % len(self.paths)]
            started = time.monotonic()
            status = self.app.get(path, timeout=5)[0]
            self.results.append((started, status))
            time.sleep(0.02)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(10)


def test_database_settings_keep_connections_and_check_them():
    from django.conf import settings

    database = settings.DATABASES["default"]
    assert database["CONN_HEALTH_CHECKS"] is True
    assert database["CONN_MAX_AGE"] > 0  # persistent connections: what a restart breaks


def test_app_recovers_from_a_postgresql_restart_without_being_restarted(app, private_postgres):
    # Every worker holds a persistent connection before the restart.
    for _ in range(3):
        for url in DATABASE_URLS:
            assert app.get(url)[0] == 200

    with Load(app, DATABASE_URLS) as load:
        time.sleep(0.5)
        restart_began = time.monotonic()
        private_postgres.restart()
        restarted = time.monotonic()
        # Keep the load on until a few requests have started against the restarted server.
        deadline = restarted + 10
        while sum(t > restarted for t, _ in load.results) < 4 and time.monotonic() < deadline:
            time.sleep(0.05)
    # Only requests in flight while PostgreSQL was down may fail; none started after it was up...
    failed_after = [t for t, status in load.results if status != 200 and t > restarted]
    assert failed_after == [], app.output()
    assert any(t > restarted for t, _ in load.results)
    # ...and afterwards every worker's first use of its dead connection reconnects.
    statuses = [app.get(url)[0] for _ in range(5) for url in DATABASE_URLS]
    assert statuses == [200] * 10, app.output()
    print(
        f"restart took {restarted - restart_began:.2f} s; "
        f"{len(load.results)} requests, "
        f"{sum(status != 200 for _, status in load.results)} failed"
    )


@pytest.fixture
def redis_down(private_redis):
    private_redis.stop()
    try:
        yield
    finally:
        private_redis.start()


def test_site_keeps_serving_uncached_when_redis_is_down(app, redis_down):
    for url in PUBLIC_URLS:
        status, _, body = app.get(url)
        assert status == 200, (url, app.output())
    assert b"Ny legeplads ved Strandparken" in app.get(PAGE)[2]

    status, _, body = app.get("/readyz")
    assert status == 200  # the cache is not required
    checks = json.loads(body)["checks"]
    assert checks["cache"]["status"] == "down"
    assert checks["database"]["status"] == "ok"


def test_readyz_sees_redis_again_after_it_returns(app, private_redis):
    private_redis.stop()
    private_redis.start()
    # A worker that saw the outage leaves Redis alone for a few seconds, then uses it again.
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        status, _, body = app.get("/readyz")
        if json.loads(body)["checks"]["cache"]["status"] == "ok":
            break
        time.sleep(0.5)
    assert status == 200
    assert json.loads(body)["checks"]["cache"]["status"] == "ok"


@pytest.fixture
def database_down(private_postgres):
    private_postgres.stop()
    try:
        yield
    finally:
        private_postgres.start()


@pytest.fixture
def good_feed(app, private_redis):
    """The feed as built while the database is up, ``(etag, body)``, kept as the last good copy.

    A worker that saw Redis down in an earlier test skips it for a few seconds, so poll until
    a worker has stored the copy in Redis.
    """
    import redis

    client = redis.Redis.from_url(private_redis.url)
    deadline = time.monotonic() + 15
    while True:
        status, headers, body = app.get(FEED)
        assert status == 200
        assert "X-Feed-Stale" not in headers
        if client.keys("*screens:feed-last-good:raadhus-foyer") or time.monotonic() > deadline:
            break
        time.sleep(0.5)
    client.close()
    return headers["ETag"], body


def test_screen_feed_serves_its_last_good_copy_while_the_database_is_down(
    app, good_feed, database_down
):
    etag, body = good_feed
    time.sleep(1.5)  # past the feed's cache lifetime (SCREENS_POLL_SECONDS=1): it must rebuild

    assert app.get("/api/v3/pages/")[0] == 500  # the database really is down
    assert app.get("/readyz")[0] == 503

    status, headers, stale_body = app.get(FEED)
    assert status == 200, app.output()
    assert stale_body == body
    assert headers["X-Feed-Stale"] == "1"
    assert headers["Warning"].startswith("110")
    assert "Borgerservice lukker tidligt fredag" in stale_body.decode()

    # A player that already has this feed gets a 304, as usual.
    status, headers, _ = app.get(FEED, headers={"If-None-Match": etag})
    assert status == 304
    assert headers["X-Feed-Stale"] == "1"


def test_screen_feed_is_fresh_again_when_the_database_returns(app, good_feed, private_postgres):
    private_postgres.stop()
    time.sleep(1.5)
    assert app.get(FEED)[1]["X-Feed-Stale"] == "1"
    private_postgres.start()

    status, headers, body = app.get(FEED)
    assert status == 200
    assert "X-Feed-Stale" not in headers
    assert body == good_feed[1]
