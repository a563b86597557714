"""``/api/v3/search/`` and ``/api/v3/search/autocomplete/``: site search for other frontends.

Both answer from :mod:`search.query`, so they find exactly what the search page finds:
live, public, unexpired pages only.
"""

from typing import Literal

from django.http import HttpRequest
from django.urls import reverse
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from wagtail.api.v2.utils import get_full_url
from wagtail.models import Locale

from core.api.errors import PROBLEM_RESPONSES, invalid_query
from search.query import (
    MAX_QUERY_LENGTH,
    autocomplete_pages,
    clean_query,
    did_you_mean,
    promotions,
    search_window,
)
from search.templatetags.search_tags import result_summary
from search.types import SEARCH_TYPES, type_for_page

router = Router(tags=["search"])

SearchTypeSlug = Literal[tuple(SEARCH_TYPES)]  # type: ignore[valid-type]
MAX_LIMIT = 50
MAX_AUTOCOMPLETE_LIMIT = 10


class SearchParams(Schema):
    q: str = Field(
        "",
        description=(
            f"What to search for: plain words (at most {MAX_QUERY_LENGTH} characters). "
            "Punctuation and query syntax are ignored; every word must match."
        ),
    )
    type: SearchTypeSlug | None = Field(None, description="Only this kind of content.")
    locale: str | None = Field(None, description="Language code of the pages, e.g. da or en.")


class SearchPageParams(SearchParams):
    limit: int = Field(10, ge=1, le=MAX_LIMIT, description=f"Hits per page, at most {MAX_LIMIT}.")
    offset: int = Field(0, ge=0, description="Hits to skip.")


class AutocompleteParams(SearchParams):
    limit: int = Field(5, ge=1, le=MAX_AUTOCOMPLETE_LIMIT, description="Suggestions, at most 10.")


class SearchHitSchema(Schema):
    """One page found."""

    id: int
    title: str
    type: SearchTypeSlug | None = Field(description="The search type, if the page has one.")
    content_type: str = Field(description='Page type as "app_label.ModelName".')
    summary: str
    locale: str
    url: str | None = Field(description="The page on the public website.")
    detail_url: str = Field(description="The page in the pages API.")


class PromotionSchema(Schema):
    """A result staff chose for this query (a page or an external link)."""

    title: str
    description: str
    url: str | None
    page_id: int | None


class SearchResponseSchema(Schema):
    count: int = Field(description="Hits in total.")
    items: list[SearchHitSchema]
    promotions: list[PromotionSchema]
    did_you_mean: str | None = Field(
        description=(
            'The query as the titles of public pages spell it ("svomning" → "svømning", '
            '"foreining" → "forening"), for a "Mente du …?" link; null when the query '
            "needs no correction."
        )
    )


class SuggestionSchema(Schema):
    id: int
    title: str
    type: SearchTypeSlug | None
    url: str | None


def _query_and_locale(params: SearchParams, *, required: bool) -> tuple[str, Locale | None]:
    raw = params.q or ""
    if len(raw) > MAX_QUERY_LENGTH:
        raise HttpError(400, f"q may be at most {MAX_QUERY_LENGTH} characters.")
    query = clean_query(raw)
    if required and not query:
        raise HttpError(400, "Enter something to search for in q.")
    locale = None
    if params.locale:
        locale = Locale.objects.filter(language_code=params.locale).first()
        if locale is None:
            raise invalid_query("locale", f"Unknown locale: {params.locale}.")
    return query, locale


def _hit(page, request, language_codes: dict) -> dict:
    search_type = type_for_page(page)
    path = reverse("wagtailapi_v3:detail_page", kwargs={"page_id": page.pk})
    return {
        "id": page.pk,
        "title": page.title,
        "type": search_type.slug if search_type else None,
        "content_type": page._meta.label,
        "summary": result_summary(page),
        "locale": language_codes[page.locale_id],
        "url": page.get_full_url(request),
        "detail_url": get_full_url(request, path),
    }


def _promotion(pick, request) -> dict:
    if pick.page_id:
        page = pick.page.specific
        return {
            "title": page.title,
            "description": pick.description or result_summary(page),
            "url": page.get_full_url(request),
            "page_id": page.pk,
        }
    return {
        "title": pick.external_link_text or pick.external_link_url,
        "description": pick.description,
        "url": pick.external_link_url,
        "page_id": None,
    }


@router.get(
    "/",
    response={200: SearchResponseSchema, **PROBLEM_RESPONSES},
    url_name="search",
    summary="Search the website",
    operation_id="search",
    description=(
        "Full-text search over public pages (Danish stemming: `foreningerne` finds "
        "`forening`; `svømning` finds `babysvømning`; editors' synonyms count), best match "
        "first. `promotions` are results staff chose for the query; `did_you_mean` a "
        "corrected spelling from public page titles. "
        "An empty or over-long `q` is a 400."
    ),
)
def search(request: HttpRequest, params: Query[SearchPageParams]):
    query, locale = _query_and_locale(params, required=True)
    window, count = search_window(
        query, locale, params.type, offset=params.offset, limit=params.limit
    )
    # Locales are few; one query instead of one per hit.
    language_codes = dict(Locale.objects.values_list("pk", "language_code"))
    items = [_hit(page, request, language_codes) for page in window]
    picks = promotions(query, locale) if not params.type else []
    return {
        "count": count,
        "items": items,
        "promotions": [_promotion(pick, request) for pick in picks],
        "did_you_mean": did_you_mean(query, locale, found=count > 0) or None,
    }


@router.get(
    "/autocomplete/",
    response={200: list[SuggestionSchema], **PROBLEM_RESPONSES},
    url_name="search_autocomplete",
    summary="Title suggestions for a search box",
    operation_id="search_autocomplete",
    description=(
        "Pages whose title has words starting with the words typed so far "
        "(`pile` suggests `Pilehavehallen`). An empty `q` gives no suggestions."
    ),
)
def autocomplete(request: HttpRequest, params: Query[AutocompleteParams]):
    query, locale = _query_and_locale(params, required=False)
    if not query:
        return []
    pages = autocomplete_pages(query, locale, params.type)[: params.limit]
    suggestions = []
    for page in pages:
        search_type = type_for_page(page)
        suggestions.append(
            {
                "id": page.pk,
                "title": page.title,
                "type": search_type.slug if search_type else None,
                "url": page.get_full_url(request),
            }
        )
    return suggestions
