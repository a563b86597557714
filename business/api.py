"""``/api/v3/businesses/``: the "Erhvervspartnere" directory, typed: a listing and a detail.

What the public overview and page show, no more: name, CVR, what the business offers, its
link and its general contact details (the business's own, never the contact person, who is
personal data). Only active businesses whose page the one visibility rule lets public output
show (``active_businesses``, the same rule as the overview): drafts, private, expired and
future pages are never listed, whoever asks. ``?offer=`` filters by what is offered
(repeatable: any of them); an unknown value is a 400 problem+json that names the known ones.
"""

from __future__ import annotations

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from wagtail.api.v3.pagination import WagtailLimitOffsetPagination

from core.api.errors import PROBLEM_RESPONSES
from core.api.images import PageImageSchema, image_renditions, prefetch_image
from core.api.listings import detail_url
from core.sorting import danish_sort_key

from .models import OfferKind, active_businesses

router = Router(tags=["businesses"])


class BusinessOfferEntrySchema(Schema):
    kind: str = Field(description="One of: " + ", ".join(OfferKind.values) + ".")
    label: str = Field(description="The kind in Danish, e.g. Sponsorat.")
    details: str = Field("", description="What exactly is offered (plain text).")


class BusinessEntrySchema(Schema):
    """One business partner as its public page shows it."""

    id: int = Field(description="The page id (also at /api/v3/pages/{id}/).")
    name: str
    cvr: str = Field(description="CVR number, 8 digits (validated with modulus 11).")
    summary: str = ""
    offers: list[BusinessOfferEntrySchema]
    website: str = Field("", description="The business's own website.")
    address: str = ""
    email: str = Field("", description="The business's general address, never a person's.")
    phone: str = Field("", description="The business's general number, never a person's.")
    logo: PageImageSchema | None = None
    html_url: str | None = Field(None, description="The page on the website.")
    detail_url: str = Field(description="The page in the page API.")


class BusinessListSchema(Schema):
    count: int
    items: list[BusinessEntrySchema]


class BusinessFilters(Schema):
    offer: list[str] = Field(
        default_factory=list,
        description=(
            "Only businesses offering this (repeat for any of several): "
            + ", ".join(OfferKind.values)
            + "."
        ),
    )


def _entry(page, request) -> dict:
    return {
        "id": page.pk,
        "name": page.title,
        "cvr": page.cvr,
        "summary": page.summary,
        "offers": [
            {"kind": offer.kind, "label": offer.get_kind_display(), "details": offer.details}
            for offer in page.offers.all()
        ],
        "website": page.website,
        "address": page.address,
        "email": page.email,
        "phone": page.phone,
        "logo": image_renditions(page.logo, page.title),
        "html_url": page.get_full_url(request),
        "detail_url": detail_url(request, page),
    }


def _businesses():
    return active_businesses().prefetch_related("offers", prefetch_image("logo"))


@router.get(
    "/",
    response={200: BusinessListSchema, **PROBLEM_RESPONSES},
    url_name="businesses_list",
    operation_id="businesses_list",
    summary="Business partners",
)
def businesses_list(
    request,
    filters: Query[BusinessFilters],
    pagination: Query[WagtailLimitOffsetPagination.Input],
):
    """Active, public business partners in Danish alphabetical order; ``offer`` filters."""
    unknown = sorted(set(filters.offer) - set(OfferKind.values))
    if unknown:
        raise HttpError(
            400,
            _("Unknown offer: %(unknown)s. Known: %(known)s.")
            % {"unknown": ", ".join(unknown), "known": ", ".join(OfferKind.values)},
        )
    queryset = _businesses()
    if filters.offer:
        queryset = queryset.filter(offers__kind__in=filters.offer).distinct()
    ordered = sorted(queryset, key=lambda page: (danish_sort_key(page.title), page.pk))
    page = WagtailLimitOffsetPagination().paginate_queryset(ordered, pagination, request)
    return {"count": page["count"], "items": [_entry(item, request) for item in page["items"]]}


@router.get(
    "/{business_id}/",
    response={200: BusinessEntrySchema, **PROBLEM_RESPONSES},
    url_name="businesses_detail",
    operation_id="businesses_detail",
    summary="A business partner",
)
def businesses_detail(request, business_id: int):
    """One active, public business partner."""
    page = _businesses().filter(pk=business_id).first()
    if page is None:
        raise Http404(_("No public business partner has this id."))
    return _entry(page, request)
