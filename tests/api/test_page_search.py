"""``/api/v3/pages/?search=`` without a ``type``: found, and never a hidden page (#14.4)."""

import pytest

from news.factories import NewsArticlePageFactory
from tests.visibility import HIDDEN

pytestmark = pytest.mark.django_db


def found_ids(client, **params) -> set[int]:
    response = client.get("/api/v3/pages/", {"search": "kajak", **params})
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


@pytest.fixture
def kayak(tree):
    return NewsArticlePageFactory(
        parent=tree.news_index, title="Kajakpolo i havnen", summary="Prøv kajak i havnen."
    )


def test_search_without_a_type_finds_pages(tree, kayak, api_client):
    assert kayak.pk in found_ids(api_client)
    assert tree.article.pk not in found_ids(api_client)


def test_search_with_a_type_still_finds_pages(tree, kayak, api_client):
    assert kayak.pk in found_ids(api_client, type="news.NewsArticlePage")


@pytest.mark.parametrize("case", HIDDEN)
def test_search_without_a_type_never_finds_a_hidden_page(tree, kayak, api_client, case):
    HIDDEN[case](kayak)
    assert kayak.pk not in found_ids(api_client)
    assert kayak.pk not in found_ids(api_client, type="news.NewsArticlePage")
