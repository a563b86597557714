"""Searching the public site: one place that decides what a query may find.

Every public output (search page, API, autocomplete) goes through :func:`search_pages` or
:func:`autocomplete_pages`, so drafts, view-restricted, expired and future-scheduled pages
can never appear, whatever the backend.
"""

import hashlib
import re

from django.db.models import F
from wagtail.models import Locale, Page

from core import page_cache
from core.models.pages import BasePage
from core.querysets import hidden_live_ids, listable_for_search
from search.types import SEARCH_TYPES

#: Longer input is cut here; nobody types more into a search box, and long queries are costly.
MAX_QUERY_LENGTH = 200
#: At most this many words are searched for.
MAX_TERMS = 12

# Words are runs of letters and digits (any script). Everything else (quotes, brackets,
# operators such as AND/OR/NOT, *, :, ~, ^, -, SQL) is dropped before the backend sees it,
# so no backend's query syntax can be triggered from the search box.
_WORD = re.compile(r"\w+", re.UNICODE)
# Upper-case boolean operators are someone writing query syntax, not words to look for.
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


class InvalidSearchType(ValueError):
    """The requested ``type`` is not one of :data:`search.types.SEARCH_TYPES`."""


def clean_query(raw) -> str:
    """The text a visitor typed, trimmed and cut to :data:`MAX_QUERY_LENGTH` (for display).

    Control characters become spaces: PostgreSQL rejects NUL bytes in text.
    """
    text = "".join(
        ch if ch.isprintable() else " " for ch in str(raw or "")[: MAX_QUERY_LENGTH * 4]
    )
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search_terms(query: str) -> str:
    """The words of ``query`` as plain lowercase terms for the backend ("" if there are none).

    Lowercase because SQLite FTS5 treats upper-case AND/OR/NOT/NEAR as operators; those
    words written in upper case are dropped, as is everything after :data:`MAX_TERMS` words.
    """
    words = [
        word.lower()
        for word in _WORD.findall(clean_query(query))
        if word not in _OPERATORS and word.strip("_")
    ]
    return " ".join(words[:MAX_TERMS])


def searchable_pages(locale: Locale | None = None, type_slug: str | None = None):
    """Pages a visitor may find (``listable()``), in ``locale``, of the project's types.

    Only filters the Page index knows are used (``live``, ``path``, ``content_type``,
    ``locale``, ``id``), so the queryset can be searched on every backend.
    """
    pages = listable_for_search(Page.objects.type(BasePage))
    if type_slug:
        try:
            search_type = SEARCH_TYPES[type_slug]
        except KeyError:
            raise InvalidSearchType(type_slug) from None
        pages = pages.type(search_type.model)
    if locale is not None:
        pages = pages.filter(locale=locale)
    return pages


def title_words(word: str, locale: Locale | None = None) -> set[str]:
    """:func:`search.spelling.title_words` over the pages a visitor may find in ``locale``.

    The matching titles are kept until the next publish or clock change
    (``core.page_cache.remembered``): the trigram lookup read thousands of titles per word at
    100 000 pages (≈ 170 ms), and both the query expansion and "Mente du …?" ask for the same
    words. The pages the clock hides are taken out again on every call (a cheap, indexed
    query), so a title never outlives its page's expiry, however that was set.
    """
    from search import spelling

    digest = hashlib.sha256(word.encode()).hexdigest()[:32]
    name = f"title-words:{locale.pk if locale else 'all'}:{digest}"
    titles = page_cache.remembered(
        name, lambda: list(spelling.matching_titles(word, searchable_pages(locale)))
    )
    hidden = set(hidden_live_ids())
    return spelling.words_of(title for page_id, title in titles if page_id not in hidden)


def expanded_query(terms: str, locale: Locale | None = None):
    """The backend query for ``terms``: every word must match, each word or one of its forms.

    A word's forms are its synonyms (:class:`search.models.SearchSynonym`) and the title words
    of public pages that contain it, start with it or spell it with æ/ø/å
    (:func:`search.spelling.variants`): "svømning" also finds "babysvømning".
    """
    from wagtail.search.query import And, Or, PlainText

    from search import spelling
    from search.models import synonyms_for

    typed = terms.split()
    synonyms = synonyms_for(typed)
    parts = []
    for word in typed:
        words_like = title_words(word, locale)
        forms = [word, *spelling.variants(word, words_like)]
        respelled = spelling.fold_correction(word, words_like)  # "svomning" → "svømning"
        if respelled and respelled not in forms:
            forms.insert(1, respelled)
        forms += [s for s in synonyms.get(word, []) if s not in forms]
        texts = [PlainText(form, operator="and") for form in forms]
        parts.append(texts[0] if len(texts) == 1 else Or(texts))
    return parts[0] if len(parts) == 1 else And(parts)


def search_pages(query: str, locale: Locale | None = None, type_slug: str | None = None):
    """Full-text search results (lazy, sliceable, specific pages), best match first."""
    from wagtail.search.backends import get_search_backend

    terms = search_terms(query)
    pages = searchable_pages(locale, type_slug)
    if not terms:
        return pages.none()
    # Every word must match, so adding a word narrows the results.
    return get_search_backend().search(expanded_query(terms, locale), pages.specific())


def search_window(
    query: str,
    locale: Locale | None = None,
    type_slug: str | None = None,
    *,
    offset: int = 0,
    limit: int = 20,
) -> tuple[list, int]:
    """``(pages, count)``: one window of :func:`search_pages`, and the number of all matches.

    On PostgreSQL's database backend both come from one query (:func:`_postgres_window`);
    every other backend slices Wagtail's results and counts them.
    """
    results = search_pages(query, locale, type_slug)
    found = _postgres_window(results, offset, limit)
    if found is None:
        return list(results[offset : offset + limit]), results.count()
    ids, count = found
    if not ids and offset:
        # Past the last match: only a count tells how many there were.
        count = results.count()
    by_id = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    return [by_id[pk] for pk in ids if pk in by_id], count


#: The ranked window and the number of all matches, over ``search.SearchDocument``. The
#: pages are the ones the search may find (the queryset Wagtail's own query filters by), the
#: text query and the rank expression are Wagtail's own, compiled over the copy's columns
#: (``{rank}``: for a query of several alternatives the mean of their ranks), then the newest
#: id first.
_WINDOW_SQL = """
SELECT search_searchdocument.object_id, count(*) OVER ()
FROM search_searchdocument, (SELECT {tsquery} AS q) t
WHERE search_searchdocument.document @@ t.q
  AND (search_searchdocument.content_type_id, search_searchdocument.object_id)
      IN (SELECT s.content_type_id, s.id FROM ({pages}) s)
ORDER BY {rank} DESC, search_searchdocument.object_id DESC
LIMIT %s OFFSET %s
"""


def _postgres_window(results, offset: int, limit: int) -> tuple[list[int], int] | None:
    """``(page ids, count)`` from one query on PostgreSQL's database backend, else None.

    Wagtail's backend matches ``(title || body) @@ query`` on its wide index entries (the
    vectors of every candidate concatenated on every search), joins pages on a text cast,
    ranks, and counts in a second query that reads every match again: 430 ms for a word on
    60 000 of 100 000 pages. The same search over the narrow, stored copy
    (``search.SearchDocument``) with ``count(*) OVER ()`` is one query (docs/benchmarks.md).
    """
    from django.db import connection

    if connection.vendor != "postgresql" or not hasattr(results, "query_compiler"):
        return None
    from wagtail.search.backends.database.postgres.postgres import PostgresSearchResults

    if not isinstance(results, PostgresSearchResults):
        return None
    compiler = results.query_compiler
    tsquery = compiler.build_tsquery(compiler.query, config=compiler.get_config(results.backend))
    pages = compiler.queryset.order_by().values("content_type_id", "id")
    sql_compiler = pages.query.get_compiler(connection=connection)
    tsquery_sql, tsquery_params = sql_compiler.compile(tsquery.resolve_expression(pages.query))
    pages_sql, pages_params = pages.query.sql_with_params()
    # Wagtail's rank (title × title norm + body, per alternative of the query), over the copy.
    from search.models import SearchDocument

    documents = SearchDocument.objects.all()
    rank = compiler._build_rank_expression(
        [(F("title"), F("title_norm")), (F("body"), 1.0)], compiler.get_config(results.backend)
    )
    rank_sql, rank_params = documents.query.get_compiler(connection=connection).compile(
        rank.resolve_expression(documents.query)
    )
    # The parts are SQL that Django compiled from querysets, with their values as parameters.
    sql = _WINDOW_SQL.format(tsquery=tsquery_sql, pages=pages_sql, rank=rank_sql)  # nosec B608
    with connection.cursor() as cursor:
        cursor.execute(sql, [*tsquery_params, *pages_params, *rank_params, limit, offset])
        rows = cursor.fetchall()
    return [object_id for object_id, _total in rows], rows[0][1] if rows else 0


def did_you_mean(query: str, locale: Locale | None = None, *, found: bool) -> str:
    """The query as the titles of public pages spell it ("Mente du …?"), or "".

    A word typed without æ/ø/å gets them ("svomning" → "svømning") whatever was found; a word
    with no close spelling in any title gets the most similar title word
    ("foreining" → "forening"), but only when the search found nothing.
    """
    from search import spelling

    terms = search_terms(query).split()
    corrected = []
    for word in terms:
        words = title_words(word, locale)
        better = spelling.fold_correction(word, words)
        if better is None and not found:
            better = spelling.similar_word(word, words)
        corrected.append(better or word)
    return " ".join(corrected) if corrected != terms else ""


def autocomplete_pages(prefix: str, locale: Locale | None = None, type_slug: str | None = None):
    """Pages whose title has words starting with the words of ``prefix``."""
    from wagtail.search.backends import get_search_backend

    terms = search_terms(prefix)
    pages = searchable_pages(locale, type_slug)
    if not terms:
        return pages.none()
    return get_search_backend().autocomplete(terms, pages, fields=["title"], operator="and")


def promotions(query: str, locale: Locale | None = None) -> list:
    """Staff-chosen results for ``query`` (search promotions) a visitor may see, in order.

    A promoted page that has since been unpublished, restricted or expired is left out.
    """
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    normalised = normalise_query_string(clean_query(query))
    if not normalised:
        return []
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalised).select_related("page")
    )
    page_ids = [p.page_id for p in picks if p.page_id]
    visible = set()
    if page_ids:
        visible = set(
            searchable_pages(locale).filter(id__in=page_ids).values_list("id", flat=True)
        )
    return [p for p in picks if (p.page_id in visible) or (not p.page_id and p.external_link_url)]


def record_query(query: str) -> None:
    """Count a search for the admin's search terms report, where staff add promotions."""
    from wagtail.contrib.search_promotions.models import Query
    from wagtail.search.utils import normalise_query_string

    if normalise_query_string(clean_query(query)):
        Query.get(clean_query(query)).add_hit()
