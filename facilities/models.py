"""Municipal facilities ("lokaler") that associations can use after hours."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.models import ContentPage, ImageAltMixin, IndexPage
from core.pagination import PAGE_PARAM, paginate_directory

#: The GET parameter of the public availability view's week (``?fra=YYYY-MM-DD``, a Monday):
#: read by ``booking``'s ``{% facility_bookings %}`` and declared for the page cache below.
WEEK_PARAM = "fra"


class FacilityIndexPage(IndexPage):
    subpage_types = ["facilities.FacilityPage"]
    query_params = (PAGE_PARAM,)

    class Meta:
        verbose_name = _("facility index")
        verbose_name_plural = _("facility indexes")

    def get_facilities(self):
        return FacilityPage.objects.listable().descendant_of(self).order_by("title", "pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["facilities"] = paginate_directory(
            request, f"facilities:{self.pk}", self.get_facilities()
        )
        return context


class FacilityPage(ContentPage):
    """A building or site with rooms open to associations, and how to book them."""

    query_params = (WEEK_PARAM,)

    address = models.CharField(_("address"), max_length=200, help_text=_("Street and number."))
    postcode = models.CharField(
        _("postcode"), max_length=4, default="2665", help_text=_("Four digits, e.g. 2665.")
    )
    city = models.CharField(
        _("city"),
        max_length=80,
        default="Vallensbæk Strand",
        help_text=_("E.g. Vallensbæk Strand."),
    )
    description = RichTextField(
        _("description"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What the facility offers and how to get there."),
    )
    booking_url = models.URLField(
        _("booking link"), blank=True, help_text=_("Where associations book a room.")
    )
    booking_contact = models.ForeignKey(
        "core.Contact",
        verbose_name=_("booking contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who to contact about bookings."),
    )

    content_panels = [
        *ContentPage.content_panels,
        FieldPanel("summary"),
        *ImageAltMixin.image_panels,
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("postcode"), FieldPanel("city")],
            heading=_("Address"),
        ),
        FieldPanel("description"),
        InlinePanel("rooms", label=_("Rooms"), min_num=0),
        InlinePanel("availability", label=_("When associations can use it")),
        MultiFieldPanel(
            [FieldPanel("booking_url"), FieldPanel("booking_contact")], heading=_("Booking")
        ),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("address"),
        index.SearchField("description"),
        index.RelatedFields("rooms", [index.SearchField("name"), index.SearchField("equipment")]),
    ]

    api_fields = [
        *ContentPage.api_fields,
        "address",
        "postcode",
        "city",
        "description",
        "rooms",
        "availability",
        "booking_url",
        "booking_contact",
    ]

    parent_page_types = ["facilities.FacilityIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("facility")
        verbose_name_plural = _("facilities")

    @property
    def full_address(self) -> str:
        return f"{self.address}, {self.postcode} {self.city}"


class FacilityRoom(Orderable):
    facility = ParentalKey(FacilityPage, related_name="rooms", on_delete=models.CASCADE)
    name = models.CharField(
        _("name"), max_length=120, help_text=_("E.g. Mødelokale 1 or Gymnastiksalen.")
    )
    capacity = models.PositiveIntegerField(
        _("capacity (people)"),
        null=True,
        blank=True,
        help_text=_("How many people the room holds."),
    )
    equipment = models.CharField(
        _("equipment"), max_length=300, blank=True, help_text=_("E.g. projector, kitchen, piano.")
    )
    accessibility = models.CharField(
        _("accessibility"),
        max_length=300,
        blank=True,
        help_text=_("E.g. step-free access, accessible toilet, hearing loop."),
    )

    api_fields = ["name", "capacity", "equipment", "accessibility"]
    panels = [
        FieldPanel("name"),
        FieldPanel("capacity"),
        FieldPanel("equipment"),
        FieldPanel("accessibility"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("room")
        verbose_name_plural = _("rooms")

    def __str__(self):
        return self.name


class FacilityAvailability(Orderable):
    """A time window in which associations can use the facility, e.g. weekdays 17–22."""

    class Days(models.TextChoices):
        WEEKDAYS = "weekdays", _("Weekdays")
        WEEKENDS = "weekends", _("Weekends")
        MONDAY = "monday", _("Monday")
        TUESDAY = "tuesday", _("Tuesday")
        WEDNESDAY = "wednesday", _("Wednesday")
        THURSDAY = "thursday", _("Thursday")
        FRIDAY = "friday", _("Friday")
        SATURDAY = "saturday", _("Saturday")
        SUNDAY = "sunday", _("Sunday")

    facility = ParentalKey(FacilityPage, related_name="availability", on_delete=models.CASCADE)
    days = models.CharField(
        _("days"),
        max_length=10,
        choices=Days.choices,
        help_text=_("Which days the time window applies to."),
    )
    start = models.TimeField(_("from"), help_text=_("From this time."))
    end = models.TimeField(_("to"), help_text=_("Until this time."))
    note = models.CharField(
        _("note"), max_length=200, blank=True, help_text=_("E.g. Not in school holidays.")
    )

    api_fields = ["days", "start", "end", "note"]
    panels = [FieldPanel("days"), FieldPanel("start"), FieldPanel("end"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("availability")
        verbose_name_plural = _("availability")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end time must be after the start time.")})
