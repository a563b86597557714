"""``/api/v3/fairs/{fair_id}/exhibitors/``: a fair's published exhibitor list, by stand.

Public, so only accepted applications of a public fair whose list staff have published;
never the contact person, the needs or the internal note. An exhibitor's page is linked
only while it is public.
"""

from typing import Literal

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema

from core.api.errors import PROBLEM_RESPONSES
from core.api.listings import PageRefSchema, page_ref

from .models import FairPage

router = Router(tags=["fairs"])


class ExhibitorSchema(Schema):
    id: int = Field(description="The application's id.")
    kind: Literal["association", "business", "other"] = Field(
        description="What kind of exhibitor: an association, a business or another."
    )
    name: str = Field(description="The association's or business's name (no personal data).")
    stand_number: str
    description: str = Field(description="What visitors meet at the stand (plain text).")
    offer: str = Field("", description="What the exhibitor offers, e.g. sponsorship of prizes.")
    category: str = Field("", description="An association's category, in Danish.")
    page: PageRefSchema | None = Field(None, description="The exhibitor's own public page.")


class FairExhibitorsSchema(Schema):
    fair_id: int
    fair: str
    published: bool = Field(description="False until staff publish the list; then empty.")
    exhibitors: list[ExhibitorSchema]


@router.get(
    "/{fair_id}/exhibitors/",
    response={200: FairExhibitorsSchema, **PROBLEM_RESPONSES},
    url_name="fair_exhibitors",
    summary="A fair's exhibitors",
)
def fair_exhibitors(request, fair_id: int):
    """The accepted exhibitors of a public association and business day, by stand number."""
    fair = FairPage.objects.listable().filter(pk=fair_id).first()
    if fair is None:
        raise Http404(_("No public association and business day has this id."))
    return {
        "fair_id": fair.pk,
        "fair": fair.title,
        "published": fair.exhibitors_published,
        "exhibitors": [
            {
                "id": exhibitor.id,
                "kind": exhibitor.kind,
                "name": exhibitor.name,
                "stand_number": exhibitor.stand_number,
                "description": exhibitor.description,
                "offer": exhibitor.offer,
                "category": exhibitor.category,
                "page": page_ref(request, exhibitor.page, exhibitor.page is not None),
            }
            for exhibitor in fair.exhibitors()
        ],
    }
