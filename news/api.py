"""``/api/v3/news/``: news articles as cards, newest first."""

import datetime as dt

from django.db.models import Prefetch
from ninja import Field, Router

from core.api.listings import CardSchema, Listing, TermSchema, add_listing, base_card, terms
from core.models import Audience, Topic

from .models import NewsArticlePage

router = Router(tags=["news"])


class NewsCardSchema(CardSchema):
    date: dt.date | None = Field(None, description="The news date (YYYY-MM-DD).")
    topics: list[TermSchema] = []
    audiences: list[TermSchema] = []
    featured: bool = False


def news_card(page: NewsArticlePage, request) -> dict:
    return {
        **base_card(page, request),
        "date": page.date,
        "topics": terms(page.topics),
        "audiences": terms(page.audiences),
        "featured": page.featured,
    }


listing = Listing(
    model=NewsArticlePage,
    schema=NewsCardSchema,
    card=news_card,
    default_order=("-date", "-first_published_at", "-pk"),
    prefetch_related=(
        Prefetch("topics", queryset=Topic.objects.order_by("name")),
        Prefetch("audiences", queryset=Audience.objects.order_by("sort_order", "name")),
    ),
    description=(
        "Public news articles with what a card shows, newest first. Filters: every field of "
        "the page listing (`topics`, `audiences`, `featured`, `date`, …), `locale`, "
        "`child_of`, `descendant_of`, `search`; `order=` any of them."
    ),
)

add_listing(router, "/", listing, name="news_list", summary="News articles as cards")
