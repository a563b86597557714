"""Every date-time the API writes is Danish time with its offset, never UTC "Z" (#16.2)."""

import datetime as dt
import re

import feedparser
import pytest
from wagtail.models import Page

from .conftest import day_after

pytestmark = pytest.mark.django_db

WINTER_UTC = dt.datetime(2026, 12, 1, 13, 0, tzinfo=dt.UTC)
SUMMER_UTC = dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC)
# A date-time with seconds written in UTC ("Z" or "+00:00").
UTC_DATETIME = re.compile(r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|\+00:00)"')


@pytest.fixture
def published(tree):
    Page.objects.filter(pk=tree.article.pk).update(
        first_published_at=WINTER_UTC, last_published_at=SUMMER_UTC
    )
    # The feed dates an article by its news date, at its publication time when that is the
    # same day: the fixture's article is dated today, so date it the day it was published.
    type(tree.article).objects.filter(pk=tree.article.pk).update(date=WINTER_UTC.date())
    return tree


def test_listing_card_times_are_local(published, api_client):
    response = api_client.get("/api/v3/news/")
    card = next(i for i in response.json()["items"] if i["id"] == published.article.pk)
    assert card["meta"]["first_published_at"] == "2026-12-01T14:00:00+01:00"
    assert card["meta"]["last_published_at"] == "2026-06-01T14:00:00+02:00"
    assert not UTC_DATETIME.search(response.content.decode())


def test_page_listing_and_detail_meta_times_are_local(published, api_client):
    listing = api_client.get("/api/v3/pages/", {"type": "news.NewsArticlePage"})
    item = next(i for i in listing.json()["items"] if i["id"] == published.article.pk)
    assert item["meta"]["first_published_at"] == "2026-12-01T14:00:00+01:00"
    assert not UTC_DATETIME.search(listing.content.decode())

    detail = api_client.get(f"/api/v3/pages/{published.article.pk}/")
    assert detail.json()["meta"]["first_published_at"] == "2026-12-01T14:00:00+01:00"
    assert not UTC_DATETIME.search(detail.content.decode())


def test_activity_times_are_local_in_listing_detail_and_occurrences(tree, api_client):
    listing = api_client.get("/api/v3/activities/")
    start = next(i for i in listing.json()["items"] if i["id"] == tree.weekly.pk)["start"]
    assert start.startswith(f"{day_after(1).isoformat()}T19:00:00+0")
    assert not UTC_DATETIME.search(listing.content.decode())

    detail = api_client.get(f"/api/v3/pages/{tree.weekly.pk}/")
    assert detail.json()["start"] == start
    assert not UTC_DATETIME.search(detail.content.decode())

    occurrences = api_client.get(
        "/api/v3/activities/occurrences/",
        {"from": day_after(0).isoformat(), "to": day_after(10).isoformat()},
    )
    assert occurrences.json()["items"][0]["start"] == start
    assert not UTC_DATETIME.search(occurrences.content.decode())


def test_openapi_declares_date_times(api_client):
    schema = api_client.get("/api/v3/openapi.json").json()
    assert "Europe/Copenhagen" in schema["info"]["description"]
    start = schema["components"]["schemas"]["ActivityCardSchema"]["properties"]["start"]
    assert {"type": "string", "format": "date-time"} in start["anyOf"]


def test_rss_pubdate_carries_the_danish_offset(published, client):
    response = client.get("/feeds/nyheder/")
    assert "Tue, 01 Dec 2026 14:00:00 +0100" in response.content.decode()
    entry = next(
        e for e in feedparser.parse(response.content).entries if e.title == published.article.title
    )
    assert entry.published_parsed[:5] == (2026, 12, 1, 13, 0)  # the same instant
