"""``/api/v3/renovations/``: renovation projects as cards, soonest start first."""

import datetime as dt

from ninja import Field, Router

from core.api.listings import CardSchema, Listing, add_listing, base_card

from .models import RenovationProjectPage

router = Router(tags=["renovations"])


class RenovationCardSchema(CardSchema):
    building: str = ""
    address: str = ""
    status: str = Field("", description="planned, in_progress, paused or completed.")
    planned_start: dt.date | None = None
    planned_end: dt.date | None = None
    expected_end: dt.date | None = Field(None, description="Set when the end has moved.")


def renovation_card(page: RenovationProjectPage, request) -> dict:
    return {
        **base_card(page, request),
        "building": page.building,
        "address": page.address,
        "status": page.status,
        "planned_start": page.planned_start,
        "planned_end": page.planned_end,
        "expected_end": page.expected_end,
    }


listing = Listing(
    model=RenovationProjectPage,
    schema=RenovationCardSchema,
    card=renovation_card,
    default_order=("planned_start", "pk"),
    description=(
        "Public renovation projects with what a card shows, by planned start. Filters: every "
        "field of the page listing (`status`, …), `locale`, `child_of`, `descendant_of`, "
        "`search`; `order=` any of them."
    ),
)

add_listing(router, "/", listing, name="renovations_list", summary="Renovation projects as cards")
