"""``/api/v3/facilities/``: facilities (rooms open to associations) as cards, by name."""

from ninja import Router

from core.api.listings import CardSchema, Listing, add_listing, base_card

from .models import FacilityPage

router = Router(tags=["facilities"])


class FacilityCardSchema(CardSchema):
    address: str = ""
    postcode: str = ""
    city: str = ""
    booking_url: str = ""


def facility_card(page: FacilityPage, request) -> dict:
    return {
        **base_card(page, request),
        "address": page.address,
        "postcode": page.postcode,
        "city": page.city,
        "booking_url": page.booking_url,
    }


listing = Listing(
    model=FacilityPage,
    schema=FacilityCardSchema,
    card=facility_card,
    default_order=("title", "pk"),
    description=(
        "Public facilities with what a card shows, by name. Filters: every field of the page "
        "listing, `locale`, `child_of`, `descendant_of`, `search`; `order=`."
    ),
)

add_listing(router, "/", listing, name="facilities_list", summary="Facilities as cards")
