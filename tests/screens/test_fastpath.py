"""A cached poll is answered early (screens.fastpath) and still behaves like the view's answer."""

import datetime as dt
from unittest import mock

import pytest
from django.test import override_settings
from django.utils import timezone

from screens import fastpath, heartbeat
from tests.screens.conftest import feed_url

pytestmark = pytest.mark.django_db

#: Added by LocaleMiddleware, which the fast path skips: the feed is cached per screen and
#: does not depend on the request's language. X-Server-Time is the clock, never equal.
NOT_COMPARED = {"Content-Language", "Vary", "X-Server-Time"}


@pytest.fixture
def fast_answers():
    """The responses the fast path itself answered (None: it passed the request on)."""
    answers = []
    real = fastpath.cached_answer

    def spy(request, key):
        response = real(request, key)
        answers.append(response)
        return response

    with mock.patch.object(fastpath, "cached_answer", spy):
        yield answers


def compared(response) -> dict:
    return {k: v for k, v in response.headers.items() if k not in NOT_COMPARED}


def test_a_cached_poll_is_answered_by_the_fast_path_with_the_views_headers(
    site, feed, fast_answers
):
    built = feed("raadhus-foyer")  # a miss: built by the view, through the whole stack
    hit = feed("raadhus-foyer")
    not_modified = feed("raadhus-foyer", HTTP_IF_NONE_MATCH=built["ETag"])

    assert fast_answers[0] is None
    assert fast_answers[1] is hit and fast_answers[2] is not_modified
    assert hit.status_code == 200
    assert hit.content == built.content
    assert compared(hit) == compared(built)
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert compared(not_modified) == {**compared(built), "Content-Length": "0"}
    # The security headers of the outer middleware are still there.
    for header in ("Content-Security-Policy", "Permissions-Policy", "X-Content-Type-Options"):
        assert hit[header]


def test_a_fast_answer_touches_neither_database_nor_session(site, feed, django_assert_num_queries):
    etag = feed("raadhus-foyer")["ETag"]

    with django_assert_num_queries(0):
        response = feed("raadhus-foyer", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert "Set-Cookie" not in response.headers
    assert response.cookies == {}


def test_a_fast_answered_poll_is_still_the_screens_heartbeat(site, feed, fast_answers):
    etag = feed("raadhus-foyer")["ETag"]
    later = timezone.now() + dt.timedelta(seconds=6)

    with mock.patch("django.utils.timezone.now", return_value=later):
        assert feed("raadhus-foyer", HTTP_IF_NONE_MATCH=etag).status_code == 304

    assert fast_answers[-1] is not None
    assert heartbeat.last_seen_many(["raadhus-foyer"])["raadhus-foyer"] == later


def test_a_preview_poll_goes_to_the_view_and_is_no_heartbeat(site, client, feed, fast_answers):
    feed("raadhus-foyer")
    heartbeat._last_written.clear()
    from django.core.cache import cache

    cache.delete("screens:seen:raadhus-foyer")

    response = client.get(feed_url("raadhus-foyer") + "?preview=true")

    assert response.status_code == 200
    assert len(fast_answers) == 1  # only the first poll reached the fast path
    assert heartbeat.last_seen_many(["raadhus-foyer"]) == {}


@pytest.mark.usefixtures("rate_clock")
@override_settings(API_RATE_LIMIT="300/m", API_SCREENS_RATE_LIMIT="3/m")
def test_the_rate_limit_still_counts_fast_answered_polls(site, feed, fast_answers):
    etag = feed("raadhus-foyer")["ETag"]
    assert {feed("raadhus-foyer", HTTP_IF_NONE_MATCH=etag).status_code for _ in range(2)} == {304}

    limited = feed("raadhus-foyer", HTTP_IF_NONE_MATCH=etag)

    assert limited.status_code == 429
    assert limited["Content-Type"] == "application/problem+json"
    assert int(limited["Retry-After"]) > 0


def test_head_of_a_cached_feed_has_the_gets_length_and_no_body(site, client, feed):
    body = feed("raadhus-foyer").content

    response = client.head(feed_url("raadhus-foyer"))

    assert response.status_code == 200
    assert response.content == b""
    assert response["Content-Length"] == str(len(body))


def test_an_unknown_screen_still_gets_the_views_problem(db, feed, fast_answers):
    response = feed("findes-ikke")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert fast_answers == [None]


@pytest.fixture
def memo(settings, monkeypatch):
    """The version memo on (tests run without it), a clock to move, a fresh memo."""
    from screens import cache as screens_cache

    settings.SCREENS_VERSION_MEMO_MS = 500
    monkeypatch.setattr(screens_cache, "_version_memo", None)
    clock = [1000.0]
    monkeypatch.setattr(screens_cache.time, "monotonic", lambda: clock[0])
    reads = []
    real = screens_cache.content_version

    def counted():
        reads.append(1)
        return real()

    monkeypatch.setattr(screens_cache, "content_version", counted)
    return {"clock": clock, "reads": reads}


def test_cached_polls_read_the_screens_version_once_per_memo(site, feed, fast_answers, memo):
    feed("raadhus-foyer")  # a miss: the view builds it
    feed("raadhus-foyer")  # a fast answer, the version read
    memo["reads"].clear()
    for _ in range(5):
        assert feed("raadhus-foyer").status_code == 200

    assert all(answer is not None for answer in fast_answers[1:])
    # Within the memo no live poll reads the version again.
    assert memo["reads"] == []
    memo["clock"][0] += 0.6
    feed("raadhus-foyer")
    assert memo["reads"] == [1]


def test_a_change_made_by_this_process_reaches_the_next_poll(site, feed, fast_answers, memo):
    from core import cache_versions

    feed("raadhus-foyer")
    feed("raadhus-foyer")
    assert fast_answers[-1] is not None

    cache_versions.bump(cache_versions.SCREENS)
    feed("raadhus-foyer")

    # The new version has no entry yet: the view builds it, the fast path answers nothing.
    assert fast_answers[-1] is None


def test_a_change_made_on_another_node_reaches_polls_after_the_memo(
    site, feed, fast_answers, memo
):
    from django.core.cache import cache

    from core import cache_versions

    feed("raadhus-foyer")
    feed("raadhus-foyer")
    # Another node bumps the counter: the cache moves, this process' generation does not.
    cache.incr(cache_versions._key(cache_versions.SCREENS))

    memo["clock"][0] += 0.3
    feed("raadhus-foyer")
    assert fast_answers[-1] is not None  # still within the memo: the entry it had
    memo["clock"][0] += 0.3
    feed("raadhus-foyer")
    assert fast_answers[-1] is None  # past it: the new version, built by the view


@override_settings(
    SECURE_HSTS_SECONDS=3600,
    SECURE_REFERRER_POLICY="no-referrer",
    SECURE_CROSS_ORIGIN_OPENER_POLICY="same-origin-allow-popups",
)
def test_a_fast_answer_has_the_security_headers_the_settings_ask_for(site, feed, fast_answers):
    """The fast path sets what SecurityMiddleware would, from the settings of the day; HSTS
    only over HTTPS, as the middleware decides."""
    built = feed("raadhus-foyer", secure=True)
    hit = feed("raadhus-foyer", secure=True)
    plain = feed("raadhus-foyer")
    assert fast_answers[1] is hit and fast_answers[2] is plain
    assert compared(hit) == compared(built)
    assert hit["Strict-Transport-Security"] == "max-age=3600"
    assert hit["Referrer-Policy"] == "no-referrer"
    assert hit["Cross-Origin-Opener-Policy"] == "same-origin-allow-popups"
    assert "Strict-Transport-Security" not in plain
