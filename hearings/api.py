"""``/api/v3/hearings/``: public hearings as cards with their state and published answers count.

The page detail (``/api/v3/pages/<id>/``) has every field, the published answers included
(``HearingPage.published_answers``: name, organisation, date, text, attachments, and the
address only when not hidden; never an email).
"""

import datetime as dt

from django.db.models import Count, Q
from ninja import Field, Router

from core.api.listings import CardSchema, Listing, add_listing, base_card

from .models import HearingPage

router = Router(tags=["hearings"])


class HearingCardSchema(CardSchema):
    state: str = Field("", description="upcoming, open, closed or decided (from the dates).")
    start: dt.date | None = None
    deadline: dt.date | None = Field(None, description="The last day to answer.")
    department: str = ""
    decision_date: dt.date | None = None
    published_answer_count: int = 0
    answer_url: str = Field("", description="The public answer form (only while open).")


def hearing_card(page: HearingPage, request) -> dict:
    return {
        **base_card(page, request),
        "state": page.state,
        "start": page.start,
        "deadline": page.deadline,
        "department": page.department,
        "decision_date": page.decision_date if page.state == "decided" else None,
        "published_answer_count": page.published_count,
        "answer_url": page.full_answer_url() if page.is_open else "",
    }


listing = Listing(
    model=HearingPage,
    schema=HearingCardSchema,
    card=hearing_card,
    default_order=("-start", "pk"),
    annotate=lambda queryset: queryset.annotate(
        published_count=Count("answers", filter=Q(answers__status="published"))
    ),
    description=(
        "Public hearings with what a card shows, newest start first: the state (upcoming, "
        "open, closed, decided) and how many answers are published. Filters: every field of "
        "the page listing, `locale`, `child_of`, `descendant_of`, `search`; `order=` any of them."
    ),
)

add_listing(router, "/", listing, name="hearings_list", summary="Hearings as cards")
