"""``/api/v3/associations/``: the association directory as cards, by name."""

from ninja import Field, Router

from core.api.images import PageImageSchema, image_renditions, prefetch_image
from core.api.listings import (
    CardSchema,
    Listing,
    PageRefSchema,
    add_listing,
    annotate_public,
    base_card,
    page_ref,
)
from facilities.models import FacilityPage

from .models import AssociationPage

router = Router(tags=["associations"])


class AssociationCardSchema(CardSchema):
    category: str = Field("", description="sport, culture, social, children_youth, …")
    logo: PageImageSchema | None = Field(None, description="The logo; its alt text is the name.")
    meeting_place: PageRefSchema | None = Field(None, description="The facility it meets at.")
    website: str = ""
    active: bool = True


def association_card(page: AssociationPage, request) -> dict:
    return {
        **base_card(page, request),
        "category": page.category,
        "logo": image_renditions(page.logo, page.title),
        "meeting_place": page_ref(request, page.meeting_place, page.meeting_place_public),
        "website": page.website,
        "active": page.active,
    }


listing = Listing(
    model=AssociationPage,
    schema=AssociationCardSchema,
    card=association_card,
    default_order=("title", "pk"),
    select_related=("meeting_place",),
    prefetch_related=(prefetch_image("logo"),),
    annotate=lambda queryset: annotate_public(queryset, meeting_place=FacilityPage),
    description=(
        "Public associations with what a card shows, by name. Filters: every field of the "
        "page listing (`category`, `active`, …), `locale`, `child_of`, `descendant_of`, "
        "`search`; `order=` any of them."
    ),
)

add_listing(router, "/", listing, name="associations_list", summary="Associations as cards")
