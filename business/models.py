"""Businesses ("erhvervspartnere") and what they offer associations.

A business keeps its own page through the association machinery (``associations.access``):
invitations, a group per page, the moderation workflow. Its contact person is for the
municipality and the business's own editors only: the name, email and phone are never
shown on the site, in the API, in search or in feeds (``PUBLIC_CONTACT_FIELDS`` is what is).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from core import page_cache
from core.blocks import RICH_TEXT_FEATURES
from core.models import ContentPage, ImageAltMixin, IndexPage
from core.sorting import danish_sort_key
from core.validators import validate_cvr

#: The GET parameter of the overview's filter.
OFFER_PARAM = "tilbud"


class OfferKind(models.TextChoices):
    """What a business can offer associations (issue #19)."""

    SPONSORSHIP = "sponsorship", _("Sponsorship")
    PREMISES = "premises", _("Premises")
    VOLUNTEER_HOURS = "volunteer_hours", _("Volunteer hours")
    EXPERTISE = "expertise", _("Expertise")
    DISCOUNTS = "discounts", _("Discounts")


class BusinessIndexPage(IndexPage):
    """The public "Erhvervspartnere" overview, filterable by what is offered."""

    subpage_types = ["business.BusinessPage"]
    query_params = (OFFER_PARAM,)

    class Meta:
        verbose_name = _("business directory")
        verbose_name_plural = _("business directories")

    def get_businesses(self, offer: str = "") -> list:
        """Active, public businesses in Danish alphabetical order, optionally one offer kind."""
        businesses = active_businesses().descendant_of(self).prefetch_related("offers")
        if offer:
            businesses = businesses.filter(offers__kind=offer).distinct()
        return sorted(businesses, key=lambda page: danish_sort_key(page.title))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        offer = request.GET.get(OFFER_PARAM, "")
        if offer not in OfferKind.values:
            if offer:
                page_cache.dont_store(request)  # shows every business, like the plain page
            offer = ""
        context["offer_kinds"] = OfferKind.choices
        context["current_offer"] = offer
        context["offer_param"] = OFFER_PARAM
        context["businesses"] = self.get_businesses(offer)
        return context


class BusinessPage(ContentPage):
    """A business's profile: who they are and what they offer associations."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The business's logo. The business's name is used as its alt text."),
    )
    description = RichTextField(
        _("description"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What the business does, and why it works with associations."),
    )
    cvr = models.CharField(
        _("CVR number"),
        max_length=8,
        validators=[validate_cvr],
        help_text=_("The business's CVR number: 8 digits, as on virk.dk."),
    )
    address = models.CharField(
        _("address"),
        max_length=200,
        blank=True,
        help_text=_("The business's public address, e.g. Vallensbæk Stationstorv 4, 2625."),
    )
    website = models.URLField(
        _("website"), blank=True, help_text=_("The business's own website, if any.")
    )
    email = models.EmailField(
        _("public email"),
        blank=True,
        help_text=_("The business's general email address, shown on the site. Not a person's."),
    )
    phone = models.CharField(
        _("public phone"),
        max_length=30,
        blank=True,
        help_text=_("The business's switchboard number, shown on the site. Not a person's."),
    )
    contact_name = models.CharField(
        _("contact person"),
        max_length=120,
        blank=True,
        help_text=_(
            "Who the municipality and associations' requests go to. Never shown publicly."
        ),
    )
    contact_email = models.EmailField(
        _("contact person's email"),
        blank=True,
        help_text=_("Only for the municipality. Never shown publicly."),
    )
    contact_phone = models.CharField(
        _("contact person's phone"),
        max_length=30,
        blank=True,
        help_text=_("Only for the municipality. Never shown publicly."),
    )
    active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Inactive businesses are hidden from the overview."),
    )

    content_panels = [
        *ContentPage.content_panels,
        FieldPanel("summary"),
        FieldPanel("cvr"),
        FieldPanel("logo"),
        *ImageAltMixin.image_panels,
        FieldPanel("description"),
        InlinePanel("offers", heading=_("What we offer associations"), label=_("offer")),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("website"),
                FieldPanel("email"),
                FieldPanel("phone"),
            ],
            heading=_("Public contact details"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact person (not public)"),
        ),
        FieldPanel("active"),
    ]
    # The contact person's fields are left out on purpose: search results are public.
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("description"),
        index.RelatedFields("offers", [index.SearchField("details")]),
        index.FilterField("active"),
    ]
    api_fields = [
        *ContentPage.api_fields,
        "logo",
        "description",
        "cvr",
        "address",
        "website",
        "email",
        "phone",
        "offers",
        "active",
    ]

    parent_page_types = ["business.BusinessIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("business")
        verbose_name_plural = _("businesses")

    def offer_kinds(self) -> list[str]:
        return [offer.kind for offer in self.offers.all()]


#: The contact fields public output may show; the contact person's are not among them.
PUBLIC_CONTACT_FIELDS = ("address", "website", "email", "phone")
#: The contact person: personal data, for the municipality only.
PRIVATE_CONTACT_FIELDS = ("contact_name", "contact_email", "contact_phone")


class BusinessOffer(Orderable):
    """One thing a business offers associations, e.g. "two volunteers from our staff"."""

    page = ParentalKey(BusinessPage, related_name="offers", on_delete=models.CASCADE)
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=OfferKind.choices,
        help_text=_("Used to filter the overview of business partners."),
    )
    details = models.CharField(
        _("details"),
        max_length=200,
        blank=True,
        help_text=_("E.g. “Two volunteers from our staff at the association day”."),
    )

    api_fields = ["kind", "details"]
    panels = [FieldPanel("kind"), FieldPanel("details")]

    class Meta(Orderable.Meta):
        verbose_name = _("offer")
        verbose_name_plural = _("offers")

    def __str__(self):
        return self.get_kind_display()


def active_businesses():
    """Public businesses that are still active: the overview and the fair's form."""
    return BusinessPage.objects.listable().filter(active=True)
