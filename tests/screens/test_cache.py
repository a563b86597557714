"""The feed is served from cache, answers 304 for free and refreshes when content changes."""

import datetime as dt
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from activities.factories import ActivityPageFactory
from core.factories import ImageFactory
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from screens.factories import AlertFactory, ManualSlideFactory, ScreenFactory
from tests.screens.conftest import titles

pytestmark = pytest.mark.django_db


def at(moment):
    """Run the code under test as if it were ``moment``."""
    return mock.patch("django.utils.timezone.now", return_value=moment)


def test_second_poll_with_etag_is_a_304_without_database_queries(
    site, feed, django_assert_num_queries
):
    first = feed("raadhus-foyer")
    etag = first["ETag"]

    with django_assert_num_queries(0):
        second = feed("raadhus-foyer", HTTP_IF_NONE_MATCH=etag)

    assert second.status_code == 304
    assert second.content == b""
    assert second["ETag"] == etag


def test_poll_without_etag_is_served_from_cache(site, feed, django_assert_num_queries):
    first = feed("raadhus-foyer")

    with django_assert_num_queries(0):
        second = feed("raadhus-foyer")

    assert second.status_code == 200
    assert second.content == first.content


def test_cache_control_makes_every_poll_revalidate(site, feed):
    response = feed("raadhus-foyer")

    assert response["Cache-Control"] == "no-cache"
    assert response["ETag"].startswith('"')


def test_stale_etag_gets_the_new_feed(site, feed):
    response = feed("raadhus-foyer", HTTP_IF_NONE_MATCH='"gammel"')

    assert response.status_code == 200
    assert response.json()["slides"]


def test_publishing_a_page_refreshes_the_feed(site, feed):
    etag = feed("raadhus-foyer")["ETag"]
    article = NewsArticlePageFactory(parent=site.news_index, title="Ny cykelsti", live=False)
    article.topics.set([site.topic])
    article.save_revision().publish()

    response = feed("raadhus-foyer", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert "Ny cykelsti" in titles(response)


def test_unpublishing_a_page_refreshes_the_feed(site, feed):
    etag = feed("raadhus-foyer")["ETag"]
    site.article.unpublish()

    response = feed("raadhus-foyer", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 200
    assert "Ny legeplads ved Strandparken" not in titles(response)


def test_deleting_a_page_refreshes_the_feed(site, feed):
    feed("raadhus-foyer")
    site.article.delete()

    assert "Ny legeplads ved Strandparken" not in titles(feed("raadhus-foyer"))


def test_moving_a_page_refreshes_its_url(site, feed):
    feed("raadhus-foyer")
    archive = NewsIndexPageFactory(parent=site.home, title="Arkiv", slug="arkiv")
    site.article.move(archive, pos="last-child")

    slide = next(s for s in feed("raadhus-foyer").json()["slides"] if s["id"].startswith("news-"))
    assert "/arkiv/" in slide["url"]


def test_saving_a_manual_slide_or_alert_refreshes_the_feed(site, feed):
    feed("raadhus-foyer")
    site.slide.title = "Borgerservice holder åbent"
    site.slide.save()
    AlertFactory(message="Storm: hold dig indendørs")

    data = feed("raadhus-foyer").json()
    assert data["slides"][0]["title"] == "Borgerservice holder åbent"
    assert data["alert"]["message"] == "Storm: hold dig indendørs"


def test_changing_screen_topics_refreshes_the_feed(site, feed):
    feed("raadhus-foyer")
    site.screen.news_topics.set([site.other_topic])

    assert "Vejarbejde på Vejlebrovej" in titles(feed("raadhus-foyer"))


# Time-based changes, with nobody saving anything -----------------------------------------


def test_manual_slide_disappears_when_it_ends(site, feed):
    now = timezone.now()
    ManualSlideFactory(
        title="Kort besked", end=now + dt.timedelta(seconds=10), screens=[site.screen]
    )
    with at(now):
        assert "Kort besked" in titles(feed("raadhus-foyer"))
    # Well within one poll interval: the cache entry must not outlive the slide.
    with at(now + dt.timedelta(seconds=11)):
        assert "Kort besked" not in titles(feed("raadhus-foyer"))


def test_manual_slide_appears_when_it_starts(site, feed):
    now = timezone.now()
    ManualSlideFactory(title="Snart", start=now + dt.timedelta(seconds=10), screens=[site.screen])
    with at(now):
        assert "Snart" not in titles(feed("raadhus-foyer"))
    with at(now + dt.timedelta(seconds=11)):
        assert "Snart" in titles(feed("raadhus-foyer"))


def test_alert_takes_over_when_it_starts_and_leaves_when_it_ends(site, feed):
    now = timezone.now()
    AlertFactory(start=now + dt.timedelta(seconds=5), end=now + dt.timedelta(seconds=20))
    with at(now):
        assert feed("raadhus-foyer").json()["alert"] is None
    with at(now + dt.timedelta(seconds=6)):
        assert feed("raadhus-foyer").json()["alert"] is not None
    with at(now + dt.timedelta(seconds=21)):
        assert feed("raadhus-foyer").json()["alert"] is None


def test_activity_disappears_when_it_ends(site, feed):
    now = timezone.now()
    ActivityPageFactory(
        parent=site.activity_index,
        title="Morgenløb",
        start=now - dt.timedelta(minutes=30),
        end=now + dt.timedelta(seconds=15),
    )
    with at(now):
        assert "Morgenløb" in titles(feed("raadhus-foyer"))
    with at(now + dt.timedelta(seconds=16)):
        assert "Morgenløb" not in titles(feed("raadhus-foyer"))


def test_expiring_page_disappears_without_a_save(site, feed):
    now = timezone.now()
    site.article.expire_at = now + dt.timedelta(seconds=10)
    site.article.save()
    with at(now):
        assert "Ny legeplads ved Strandparken" in titles(feed("raadhus-foyer"))
    with at(now + dt.timedelta(seconds=11)):
        assert "Ny legeplads ved Strandparken" not in titles(feed("raadhus-foyer"))


def test_scheduled_page_appears_when_publish_scheduled_runs(site, feed):
    now = timezone.now()
    article = NewsArticlePageFactory(parent=site.news_index, title="Planlagt nyhed", live=False)
    article.topics.set([site.topic])
    article.go_live_at = now + dt.timedelta(minutes=5)
    article.save_revision().publish()  # with a future go-live, this only schedules it
    with at(now):
        assert "Planlagt nyhed" not in titles(feed("raadhus-foyer"))
    with at(now + dt.timedelta(minutes=6)):
        call_command("publish_scheduled")
        assert "Planlagt nyhed" in titles(feed("raadhus-foyer"))


def test_any_change_shows_within_one_poll_interval(site, feed, settings):
    settings.SCREENS_POLL_SECONDS = 30
    now = timezone.now()
    with at(now):
        feed("raadhus-foyer")
    # A change the signals don't see (a raw update) still shows after one poll interval.
    type(site.slide).objects.filter(pk=site.slide.pk).update(title="Rettet direkte")
    with at(now + dt.timedelta(seconds=10)):
        assert "Rettet direkte" not in titles(feed("raadhus-foyer"))
    with at(now + dt.timedelta(seconds=31)):
        assert "Rettet direkte" in titles(feed("raadhus-foyer"))


# Constant cost ----------------------------------------------------------------------------


def _queries_to_build(client, key) -> int:
    from django.core.cache import cache

    client.get(f"/api/v3/screens/{key}/feed/")  # creates renditions the first time
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(f"/api/v3/screens/{key}/feed/")
    assert response.status_code == 200
    return len(ctx.captured_queries), len(response.json()["slides"])


def _fill(site, screen, count):
    for n in range(count):
        image = ImageFactory(file__width=200, file__height=120)
        article = NewsArticlePageFactory(
            parent=site.news_index, title=f"Nyhed {screen.key} {n}", image=image, image_alt="Foto"
        )
        article.topics.set([site.topic])
        article.save()
        ManualSlideFactory(
            title=f"Slide {screen.key} {n}",
            url=f"https://www.vallensbaek.dk/{n}",
            image=image,
            image_alt="Foto",
            screens=[screen],
        )
        start = timezone.now() + dt.timedelta(hours=n + 1)
        ActivityPageFactory(
            parent=site.activity_index,
            title=f"Aktivitet {screen.key} {n}",
            start=start,
            end=start + dt.timedelta(hours=1),
            image=image,
            image_alt="Foto",
            facility=site.facility,
        )


def test_building_a_feed_costs_the_same_queries_for_5_or_50_slides(site, client):
    small = ScreenFactory(key="lille", news_limit=50, activity_limit=50)
    small.news_topics.set([site.topic])
    big = ScreenFactory(key="stor", news_limit=50, activity_limit=50)
    big.news_topics.set([site.topic])
    _fill(site, small, 2)
    small_queries, small_slides = _queries_to_build(client, "lille")
    _fill(site, big, 16)
    big_queries, big_slides = _queries_to_build(client, "stor")

    print(
        f"feed build: {small_slides} slides {small_queries} queries; {big_slides} slides {big_queries} queries"
    )
    assert small_slides <= 10
    assert big_slides >= 50
    assert small_queries == big_queries
