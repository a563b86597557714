"""Typed collection endpoints: one request per listing, with what a card shows.

``/api/v3/pages/`` returns id, title and meta only; a frontend building twenty news cards
then needs twenty more requests. Each content app declares a :class:`Listing` (its page
type, its card schema, how one page becomes a card) and ``cms/api.py`` mounts it with
:func:`add_listing` at ``/api/v3/news/``, ``/api/v3/activities/`` and so on.

Every listing

- shows only ``listable()`` pages to anonymous callers (``core.api.querysets``), the same
  pages ``/api/v3/pages/?type=…`` lists;
- keeps the page listing's filters (every database field in the type's ``api_fields``,
  ``locale``, ``child_of``, ``descendant_of``, ``search``) and ``order=``, using Wagtail's own
  filter and ordering schemas;
- paginates with ``limit``/``offset`` like every other listing, with ``count`` counted up to
  ``core.pagination.COUNT_CAP`` and ``count_exact`` (``core.api.pagination``);
- takes ``fields=`` with Wagtail API v2 semantics: every card field by default, ``-name``
  drops one, ``_`` starts from none, ``*`` all; an unknown name is a 422 naming it;
- costs a constant number of queries whatever ``limit`` is: the card's relations are
  joined or prefetched, never loaded per item.
"""

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db.models import (
    BooleanField,
    ExpressionWrapper,
    ForeignKey,
    IntegerField,
    ManyToManyField,
    Model,
    QuerySet,
)
from django.http import HttpRequest
from django.urls import reverse
from ninja import Field, Query, Router, Schema
from pydantic import create_model
from wagtail.api.v2.utils import get_full_url
from wagtail.api.v3.pagination import WagtailLimitOffsetPagination
from wagtail.api.v3.routers.pages import PageFilterSchema
from wagtail.api.v3.schemas.pages import BASE_PAGE_READ_FIELDS
from wagtail.api.v3.schemas.params import APIFieldFilterSchema, OrderingSchema, SearchSchema
from wagtail.models import Page

from core.api.errors import PROBLEM_RESPONSES, invalid_query
from core.api.images import PageImageSchema, image_renditions, prefetch_image
from core.api.pagination import CappedLimitOffsetPagination
from core.api.querysets import get_pages_queryset
from core.querysets import listable_related_q

#: Always in a card, whatever ``fields`` says.
FIXED_FIELDS = ("id", "title", "meta")


class CardMetaSchema(Schema):
    """Where the page lives: its type, language and URLs (as in ``/api/v3/pages/``)."""

    type: str
    locale: str
    slug: str
    detail_url: str = Field(description="The page's full API detail URL.")
    html_url: str | None = Field(description="The page on the website.")
    first_published_at: dt.datetime | None
    last_published_at: dt.datetime | None


class TermSchema(Schema):
    """A topic or an audience."""

    id: int
    name: str
    slug: str


class PageRefSchema(Schema):
    """Another public page a card names (an organiser, a facility)."""

    id: int
    title: str
    detail_url: str
    html_url: str | None


class CardSchema(Schema):
    """What every card carries. Fields after ``meta`` can be left out with ``fields=``."""

    id: int
    title: str
    meta: CardMetaSchema
    summary: str = Field("", description="The plain-language summary.")
    image: PageImageSchema | None = Field(None, description="The main image with its renditions.")


def detail_url(request: HttpRequest, page: Model) -> str:
    path = reverse("wagtailapi_v3:detail_page", kwargs={"page_id": page.pk})
    return get_full_url(request, path)


def base_card(page: Page, request: HttpRequest) -> dict:
    """The fields of :class:`CardSchema` for one page."""
    return {
        "id": page.pk,
        "title": page.title,
        "meta": {
            "type": page._meta.label,
            "locale": page.locale.language_code,
            "slug": page.slug,
            "detail_url": detail_url(request, page),
            "html_url": page.get_full_url(request),
            "first_published_at": page.first_published_at,
            "last_published_at": page.last_published_at,
        },
        "summary": getattr(page, "summary", ""),
        "image": image_renditions(getattr(page, "image", None), getattr(page, "image_alt", None)),
    }


def terms(manager) -> list[dict]:
    """A prefetched many-to-many of topics or audiences, in their own order."""
    return [{"id": term.pk, "name": term.name, "slug": term.slug} for term in manager.all()]


def page_ref(request: HttpRequest, page: Page | None, public: bool) -> dict | None:
    """A related page as a reference, or ``None`` when it is missing or not public.

    ``public`` comes from :func:`core.querysets.listable_related_q` annotated on the
    listing's queryset, so no query is made per card.
    """
    if page is None or not public:
        return None
    return {
        "id": page.pk,
        "title": page.title,
        "detail_url": detail_url(request, page),
        "html_url": page.get_full_url(request),
    }


def annotate_public(queryset: QuerySet, **related: type[Page]) -> QuerySet:
    """Annotate ``<name>_public`` for each related page ``name=Model`` (see :func:`page_ref`)."""
    return queryset.annotate(
        **{
            f"{name}_public": ExpressionWrapper(
                listable_related_q(model, name), output_field=BooleanField()
            )
            for name, model in related.items()
        }
    )


@dataclass(frozen=True)
class Listing:
    """A typed collection endpoint for one page type."""

    model: type[Page]
    schema: type[CardSchema]
    #: One page → a dict of ``schema``'s fields (start from :func:`base_card`).
    card: Callable[[Page, HttpRequest], dict]
    #: Used when the request has no ``order``.
    default_order: tuple[str, ...] = ("title", "pk")
    select_related: tuple[str, ...] = ()
    prefetch_related: tuple = ()
    #: ``queryset → queryset``: annotations the card reads (e.g. related pages' visibility).
    annotate: Callable[[QuerySet], QuerySet] | None = None
    description: str = ""
    #: Fields of ``schema`` that ``fields=`` may choose; computed.
    optional_fields: tuple[str, ...] = field(init=False)

    def __post_init__(self):
        names = tuple(name for name in self.schema.model_fields if name not in FIXED_FIELDS)
        object.__setattr__(self, "optional_fields", names)

    def queryset(self, request: HttpRequest) -> QuerySet:
        queryset = get_pages_queryset(request, self.model)
        queryset = queryset.select_related("locale", *self.select_related).prefetch_related(
            prefetch_image("image"), *self.prefetch_related
        )
        if self.annotate is not None:
            queryset = self.annotate(queryset)
        return queryset


class ListingFilters(Schema):
    """The page listing's own filters, less ``type`` (the endpoint names it)."""

    locale: str | None = Field(None, description="Language code, e.g. da.")
    child_of: int | None = Field(None, description="Only direct children of this page id.")
    descendant_of: int | None = Field(None, description="Only pages below this page id.")

    def filter(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        page_filters = PageFilterSchema(**self.model_dump(exclude_none=True))
        return page_filters.filter(queryset, request)


class FieldsParam(Schema):
    fields: str | None = Field(
        None,
        description=(
            "Which card fields to include, comma-separated (Wagtail API v2 semantics): all by "
            "default or with `*`; `-name` leaves one out; `_` starts from none "
            "(`_,summary,image`). `id`, `title` and `meta` are always included."
        ),
    )


def chosen_fields(value: str | None, known: Iterable[str]) -> set[str]:
    """The card fields a ``fields=`` value asks for; a 422 naming any unknown name."""
    known = tuple(known)
    chosen = set(known)
    if not value:
        return chosen
    names = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [
        name
        for name in names
        if name not in ("*", "_") and name.removeprefix("-") not in (*known, *FIXED_FIELDS)
    ]
    if unknown:
        raise invalid_query(
            "fields",
            f"Unknown field: {', '.join(unknown)}. Fields of this listing: {', '.join(known)}.",
        )
    for name in names:
        if name == "*":
            chosen = set(known)
        elif name == "_":
            chosen = set()
        elif name.startswith("-"):
            if name[1:] in FIXED_FIELDS:
                raise invalid_query("fields", f"{name[1:]} is always included.")
            chosen.discard(name[1:])
        elif name not in FIXED_FIELDS:
            chosen.add(name)
    return chosen


#: The largest integer every supported database stores (PostgreSQL bigint, SQLite INTEGER).
MAX_INTEGER = 2**63 - 1


def check_integer_bounds(request: HttpRequest, names: Iterable[str], queryset: QuerySet) -> None:
    """A 422 for an integer filter value no database column can hold (not a 500)."""
    for name in names:
        field = queryset.model._meta.get_field(name)
        if not isinstance(field, (IntegerField, ForeignKey, ManyToManyField)):
            continue
        for value in request.GET.getlist(name):
            try:
                number = int(value)
            except ValueError:
                continue  # Wagtail's filter reports it
            if abs(number) > MAX_INTEGER:
                raise invalid_query(name, f"{name} is out of range.")


def _list_schema(listing: Listing) -> type[Schema]:
    name = listing.schema.__name__.removesuffix("Schema") + "ListSchema"
    output = CappedLimitOffsetPagination.Output.model_fields
    return create_model(
        name,
        __base__=Schema,
        count=(int, output["count"]),
        count_exact=(bool, output["count_exact"]),
        items=(list[listing.schema], ...),
    )


def add_listing(router: Router, path: str, listing: Listing, *, name: str, summary: str) -> None:
    """Mount ``listing`` as ``GET path`` on ``router`` (``name`` is the url and operation id)."""

    def list_cards(
        request: HttpRequest,
        filters: Query[ListingFilters],
        ordering: Query[OrderingSchema],
        search: Query[SearchSchema],
        fields: Query[FieldsParam],
        pagination: Query[WagtailLimitOffsetPagination.Input],
    ):
        keep = chosen_fields(fields.fields, listing.optional_fields)
        queryset = listing.queryset(request)
        queryset = filters.filter(request, queryset)
        field_filter = APIFieldFilterSchema.with_exclude_schemas(
            raw_params=request.GET,
            schemas=(ListingFilters, OrderingSchema, SearchSchema, FieldsParam),
            base_fields=BASE_PAGE_READ_FIELDS,
        )
        check_integer_bounds(request, field_filter.get_validated_fields(queryset), queryset)
        queryset = field_filter.filter_queryset(queryset)
        queryset = queryset.order_by(*listing.default_order)
        queryset = ordering.order_queryset(queryset, pagination, base_fields=BASE_PAGE_READ_FIELDS)
        queryset = search.search_queryset(request, queryset)
        # Counted up to a cap: an exact COUNT(*) grew with the data (docs/benchmarks.md).
        page = CappedLimitOffsetPagination().paginate_queryset(queryset, pagination, request)
        drop = set(listing.optional_fields) - keep
        items = []
        for obj in page["items"]:
            card = listing.card(obj, request)
            for key in drop:
                card.pop(key, None)
            items.append(card)
        return {"count": page["count"], "count_exact": page["count_exact"], "items": items}

    list_cards.__name__ = name
    router.get(
        path,
        response={200: _list_schema(listing), **PROBLEM_RESPONSES},
        url_name=name,
        operation_id=name,
        summary=summary,
        description=listing.description,
        exclude_unset=True,
    )(list_cards)
