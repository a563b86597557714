"""Conditional requests on every public API GET: ETag, 304 without rendering, caching (#16.3)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import APIToken

from .conftest import day_after

pytestmark = pytest.mark.django_db


def public_urls(tree) -> list[tuple[str, dict]]:
    window = {"from": day_after(0).isoformat(), "to": day_after(30).isoformat()}
    return [
        ("/api/v3/news/", {"fields": "_,summary,date"}),
        ("/api/v3/activities/", {}),
        ("/api/v3/pages/", {"type": "news.NewsArticlePage"}),
        (f"/api/v3/pages/{tree.article.pk}/", {}),
        ("/api/v3/activities/occurrences/", window),
        ("/api/v3/topics/", {"locale": "da"}),
    ]


def get(client, url, params=None, **headers):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params or {}, **headers)
    return response, len(ctx.captured_queries)


def test_every_public_get_has_etag_and_cache_control(tree, api_client):
    for url, params in public_urls(tree):
        response = api_client.get(url, params)
        assert response.status_code == 200, url
        assert response["ETag"].startswith('W/"'), url
        assert response["Cache-Control"] == "public, no-cache", url
        vary = {v.strip() for v in response["Vary"].split(",")}
        assert {"Accept-Language", "Cookie", "Authorization"} <= vary, url


def test_if_none_match_is_a_304_that_renders_nothing(tree, api_client):
    counts = {}
    for url, params in public_urls(tree):
        first, rendered = get(api_client, url, params)
        etag = first["ETag"]
        again, revalidated = get(api_client, url, params, HTTP_IF_NONE_MATCH=etag)
        assert again.status_code == 304, url
        assert again.content == b""
        assert again["ETag"] == etag
        assert again["Cache-Control"] == "public, no-cache"
        assert revalidated == 0, url  # no page, snippet or session query
        assert rendered > revalidated
        counts[url] = (rendered, revalidated)
        # Strong or weak, in a list: all match.
        listed = api_client.get(url, params, HTTP_IF_NONE_MATCH=f'"x", {etag.removeprefix("W/")}')
        assert listed.status_code == 304
    for url, (rendered, revalidated) in counts.items():
        print(f"\n{url}: 200 -> {rendered} queries, 304 -> {revalidated} queries")


def test_a_publish_changes_the_etag(tree, api_client):
    first = api_client.get("/api/v3/news/")
    detail = api_client.get(f"/api/v3/pages/{tree.article.pk}/")

    tree.traffic_article.title = "Vejarbejdet er slut"
    tree.traffic_article.save_revision().publish()

    again = api_client.get("/api/v3/news/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert "Vejarbejdet er slut" in again.content.decode()
    assert again["ETag"] != first["ETag"]
    assert (
        api_client.get(
            f"/api/v3/pages/{tree.article.pk}/", HTTP_IF_NONE_MATCH=detail["ETag"]
        ).status_code
        == 200
    )


def test_every_parameter_is_part_of_the_etag(tree, api_client):
    etags = {
        api_client.get("/api/v3/news/", params)["ETag"]
        for params in ({}, {"locale": "da"}, {"limit": 1}, {"fields": "-image"})
    }
    assert len(etags) == 4


def test_accept_language_changes_the_etag_exactly_when_it_changes_the_answer(tree, api_client):
    plain_ok = api_client.get("/api/v3/news/", HTTP_ACCEPT_LANGUAGE="da")
    english_ok = api_client.get("/api/v3/news/", HTTP_ACCEPT_LANGUAGE="en")
    assert (plain_ok.content == english_ok.content) == (plain_ok["ETag"] == english_ok["ETag"])


def test_stale_etag_gets_the_full_answer(tree, api_client):
    response = api_client.get("/api/v3/news/", HTTP_IF_NONE_MATCH='W/"old"')
    assert response.status_code == 200
    assert response.json()["count"] == 2


def test_errors_carry_no_etag(tree, api_client):
    response = api_client.get("/api/v3/news/", {"fields": "nonsense"})
    assert response.status_code == 422
    assert not response.has_header("ETag")


def test_token_holders_get_private_answers_and_no_304(tree, api_client, django_user_model):
    editor = django_user_model.objects.create_superuser("redaktoer", password="x" * 20)
    _token, plaintext = APIToken.create_token(user=editor, name="Frontend")
    public = api_client.get("/api/v3/news/")
    response = api_client.get(
        "/api/v3/news/",
        HTTP_AUTHORIZATION=f"Bearer {plaintext}",
        HTTP_IF_NONE_MATCH=public["ETag"],
    )
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert not response.has_header("ETag")


def test_signed_in_editors_get_private_answers(tree, client, django_user_model):
    editor = django_user_model.objects.create_superuser("redaktoer", password="x" * 20)
    client.force_login(editor)
    response = client.get(f"/api/v3/pages/{tree.article.pk}/")
    assert response["Cache-Control"] == "private, no-store"
    assert not response.has_header("ETag")


def test_max_age_when_configured(tree, api_client, settings):
    settings.API_CACHE_SECONDS = 30
    response = api_client.get("/api/v3/news/")
    assert response["Cache-Control"] == "public, max-age=30"


def test_screen_feed_keeps_its_own_etag_rules(tree, api_client):
    response = api_client.get("/api/v3/screens/no-such-screen/feed/")
    assert response.status_code == 404
    assert not response.has_header("ETag")
