"""Searching the public site: one place that decides what a query may find.

Every public output (search page, API, autocomplete) goes through :func:`search_pages` or
:func:`autocomplete_pages`, so drafts, view-restricted, expired and future-scheduled pages
can never appear, whatever the backend.
"""

import hashlib
import re

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
