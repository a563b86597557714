"""``/api/v3/guides/``: association guides as cards, by title."""

import datetime as dt

from ninja import Field, Router

from core.api.listings import CardSchema, Listing, add_listing, base_card

from .models import GuidePage

router = Router(tags=["guides"])


class GuideCardSchema(CardSchema):
    last_reviewed: dt.date | None = Field(None, description="When the guide was last checked.")


def guide_card(page: GuidePage, request) -> dict:
    return {**base_card(page, request), "last_reviewed": page.last_reviewed}


listing = Listing(
    model=GuidePage,
    schema=GuideCardSchema,
    card=guide_card,
    default_order=("title", "pk"),
    description=(
        "Public association guides with what a card shows, by title. Filters: every field of "
        "the page listing, `locale`, `child_of`, `descendant_of`, `search`; `order=`."
    ),
)

add_listing(router, "/", listing, name="guides_list", summary="Guides as cards")
