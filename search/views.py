"""The public search page ("Søg") at /soeg/ (Danish) and /en/soeg/ (English)."""

from django.template.response import TemplateResponse
from wagtail.models import Locale

from core.pagination import paginate
from search.query import (
    clean_query,
    did_you_mean,
    promotions,
    record_query,
    search_pages,
    search_terms,
)
from search.types import SEARCH_TYPES

RESULTS_PER_PAGE = 10


def search(request):
    """One search box; results filterable by type, paginated, with staff promotions first.

    An unknown ``type`` or ``page`` falls back to all types / the first page rather than
    an error: links get mistyped and outdated.
    """
    query = clean_query(request.GET.get("q"))
    type_slug = request.GET.get("type", "")
    if type_slug not in SEARCH_TYPES:
        type_slug = ""
    locale = Locale.get_active()

    results = search_pages(query, locale, type_slug or None) if query else None
    page = paginate(request, results if results is not None else [], RESULTS_PER_PAGE)
    picks = promotions(query, locale) if query and page.number == 1 and not type_slug else []
    suggestion = ""
    if search_terms(query) and page.number == 1:
        suggestion = did_you_mean(query, locale, found=page.paginator.count > 0)

    # Count each search once (its first page) for the search terms report, including
    # searches that found nothing: those are the ones staff most need to see.
    if search_terms(query) and page.number == 1 and "page" not in request.GET:
        record_query(query)

    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_type": type_slug,
            "search_types": SEARCH_TYPES.values(),
            "search_results": page if results is not None else None,
            "search_promotions": picks,
            "search_suggestion": suggestion,
        },
    )
