"""The search API's one-query path on PostgreSQL (``search.query.search_window`` over
``search.SearchDocument``, kept by triggers on Wagtail's index entries)."""

import pytest
from django.db import connection
from wagtail.search import index

from home.factories import paragraph
from news.factories import NewsArticlePageFactory
from search.models import SearchDocument
from search.query import search_pages, search_window

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the one-query path is PostgreSQL's"
)


def documents_for(page):
    return SearchDocument.objects.filter(object_id=page.pk)


def test_the_copy_follows_the_index_entries_through_publish_change_and_delete(site):
    page = NewsArticlePageFactory(
        parent=site.news_index, title="Vinterbadning i havnen", slug="vinterbadning"
    )
    index.insert_or_update_object(page)
    assert documents_for(page).count() == 1
    assert [p.title for p in search_window("vinterbadning")[0]] == ["Vinterbadning i havnen"]

    page.title = "Isbadning i havnen"
    page.save_revision().publish()
    index.insert_or_update_object(page)
    assert search_window("vinterbadning") == ([], 0)
    assert [p.title for p in search_window("isbadning")[0]] == ["Isbadning i havnen"]

    page.delete()
    assert not documents_for(page).exists()


@pytest.mark.django_db(transaction=True)
def test_emptying_the_index_empties_the_copy(site):
    # Outside a test transaction: PostgreSQL refuses TRUNCATE with the inserts' deferred
    # foreign-key checks still pending.
    assert SearchDocument.objects.exists()
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE wagtailsearch_indexentry")
    assert not SearchDocument.objects.exists()


@pytest.mark.parametrize("query", ["forening", "legeplads", "tag", "renovering", "nyt"])
def test_the_window_and_count_are_what_wagtails_own_results_give(site, query):
    for n in range(25):
        NewsArticlePageFactory(
            parent=site.news_index,
            title=f"Nyt om legepladser og foreninger {n}",
            slug=f"nyt-{n}",
            body=[paragraph("<p>" + "Renovering af tag og legeplads. " * (n % 4 + 1) + "</p>")],
        )
    results = search_pages(query)
    # Pages with the same score may come in either order (the window puts the newest first):
    # compare the scores at each position, and that every page is one of Wagtail's.
    score = {p.pk: p._score for p in search_pages(query).annotate_score("_score")}
    for offset, limit in [(0, 20), (20, 20), (5, 3), (500, 20)]:
        pages, count = search_window(query, offset=offset, limit=limit)
        assert count == results.count()
        expected = [score[p.pk] for p in results[offset : offset + limit]]
        assert [score[p.pk] for p in pages] == pytest.approx(expected)
