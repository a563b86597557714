"""API listings cost the same number of queries for 5 items as for 50."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from activities.factories import ActivityPageFactory
from news.factories import NewsArticlePageFactory

from .conftest import day_after, evening

pytestmark = pytest.mark.django_db


def count_queries(client, url, params) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params)
    assert response.status_code == 200, response.content
    return len(ctx.captured_queries), response.json()


@pytest.fixture
def many_activities(tree):
    """Over 50 occurrences, each activity with an image, audiences, facility and organiser."""
    for n in range(12):
        ActivityPageFactory(
            parent=tree.activity_index,
            title=f"Strikkecafé {n}",
            start=evening(day_after(1 + n % 5)),
            end=evening(day_after(1 + n % 5), 21),
            recurrence="weekly",
            recurrence_until=day_after(40),
            facility=tree.facility,
            address="",
            organiser=tree.association,
            audiences=[tree.children, tree.seniors],
            image=tree.image,
            image_alt=f"Garn og strikkepinde {n}",
        )
    return tree


def test_occurrences_query_count_is_constant(many_activities, api_client):
    params = {"from": day_after(0).isoformat(), "to": day_after(45).isoformat()}
    api_client.get("/api/v3/activities/occurrences/", {**params, "limit": 100})  # renditions

    five, small = count_queries(
        api_client, "/api/v3/activities/occurrences/", {**params, "limit": 5}
    )
    fifty, large = count_queries(
        api_client, "/api/v3/activities/occurrences/", {**params, "limit": 50}
    )

    assert len(small["items"]) == 5
    assert len(large["items"]) == 50
    assert five == fifty
    print(f"\noccurrences: limit=5 -> {five} queries, limit=50 -> {fifty} queries")


def test_page_listing_query_count_is_constant(tree, api_client):
    for n in range(50):
        NewsArticlePageFactory(
            parent=tree.news_index,
            title=f"Nyhed {n}",
            date=dt.date(2026, 1, 1),
            topics=[tree.culture],
        )
    params = {"type": "news.NewsArticlePage", "topics": tree.culture.pk}
    api_client.get("/api/v3/pages/", {**params, "limit": 1})  # warms the site-root cache

    five, small = count_queries(api_client, "/api/v3/pages/", {**params, "limit": 5})
    fifty, large = count_queries(api_client, "/api/v3/pages/", {**params, "limit": 50})

    assert len(small["items"]) == 5
    assert len(large["items"]) == 50
    assert five == fifty
    print(f"\npages listing: limit=5 -> {five} queries, limit=50 -> {fifty} queries")


def test_snippet_listing_query_count_is_constant(tree, api_client):
    from core.factories import TopicFactory

    TopicFactory.create_batch(50)
    api_client.get("/api/v3/topics/", {"limit": 1})
    five, _ = count_queries(api_client, "/api/v3/topics/", {"limit": 5})
    fifty, large = count_queries(api_client, "/api/v3/topics/", {"limit": 50})
    assert len(large["items"]) == 50
    assert five == fifty
