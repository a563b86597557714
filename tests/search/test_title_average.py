"""Indexing a page on PostgreSQL does not recount every title's length (search.backends.database)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.search import index
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

from news.factories import NewsArticlePageFactory
from search.backends.database import CachedAveragePostgresSearchBackend

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="modelsearch's PostgreSQL index keeps title norms"
)


def averages_counted(queries) -> int:
    return sum("AVG(" in query["sql"].upper() for query in queries)


def norm_of(page) -> float:
    return IndexEntry.objects.get(
        object_id=str(page.pk), content_type__model="newsarticlepage"
    ).title_norm


def test_the_settings_choose_the_cached_average_backend():
    assert isinstance(get_search_backend(), CachedAveragePostgresSearchBackend)


@pytest.fixture
def large_index(monkeypatch):
    """Every index counts as large (its average is sampled and kept)."""
    from search.backends import database

    monkeypatch.setattr(database, "SAMPLE_FROM", 1)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE wagtailsearch_indexentry")  # the row estimate it goes by
    cache.clear()


def test_a_small_index_counts_the_exact_average_on_every_save(site):
    first = NewsArticlePageFactory(parent=site.news_index, title="Vinterbadning i havnen")
    second = NewsArticlePageFactory(parent=site.news_index, title="Isbadning")
    for page in (first, second):
        with CaptureQueriesContext(connection) as counted:
            index.insert_or_update_object(page)
        assert averages_counted(counted.captured_queries) == 1


def test_a_large_index_counts_the_average_once_then_reuses_it(site, large_index):
    first = NewsArticlePageFactory(parent=site.news_index, title="Vinterbadning i havnen")
    cache.clear()
    with CaptureQueriesContext(connection) as counted:
        index.insert_or_update_object(first)
    assert averages_counted(counted.captured_queries) == 1

    second = NewsArticlePageFactory(parent=site.news_index, title="Isbadning")
    with CaptureQueriesContext(connection) as reused:
        index.insert_or_update_object(second)
    assert averages_counted(reused.captured_queries) == 0
    # The new entry still gets its norm from the average, not the default 1.0 left unset.
    assert norm_of(second) not in (1.0, norm_of(first))

    third = NewsArticlePageFactory(parent=site.news_index, title="Sankthans ved stranden")
    cache.clear()
    with CaptureQueriesContext(connection) as again:
        index.insert_or_update_object(third)
    assert averages_counted(again.captured_queries) == 1


def test_a_kept_whole_number_average_leaves_no_entry_looking_new(site, large_index):
    """A title of as many terms as a whole-number average must not keep the new-entry norm
    1.0, or every later save rewrites it (and every entry like it) again."""
    page = NewsArticlePageFactory(parent=site.news_index, title="Loppemarked")
    entry = IndexEntry.objects.get(object_id=str(page.pk), content_type__model="newsarticlepage")
    terms = len(str(entry.title).split())
    from search.backends import database

    backend = get_search_backend()
    index_for = backend.get_index_for_model(type(page))
    cache.set(index_for._cache_key(), float(terms), database.TITLE_AVERAGE_SECONDS)

    index.insert_or_update_object(page)
    assert norm_of(page) != 1.0
    with CaptureQueriesContext(connection) as later:
        index.insert_or_update_object(NewsArticlePageFactory(parent=site.news_index))
    rewritten = [q["sql"] for q in later.captured_queries if q["sql"].startswith("UPDATE")]
    assert rewritten, "the new page's norm is set"
    assert norm_of(page) != 1.0
    assert not IndexEntry.objects.filter(title_norm=1.0).exists()


def test_a_large_index_takes_the_average_from_a_sample(site, large_index):
    page = NewsArticlePageFactory(parent=site.news_index, title="Loppemarked på torvet")
    cache.clear()
    with CaptureQueriesContext(connection) as sampled:
        index.insert_or_update_object(page)
    assert any("TABLESAMPLE" in query["sql"] for query in sampled.captured_queries)
    assert norm_of(page) != 1.0
