"""The municipality's own details, edited once in the admin under Settings.

Every template that names the municipality, its address, phone or opening hours reads them
from here (``settings.core.MunicipalitySettings`` in templates, ``for_request``/``for_site``
in code), so no page or email repeats them as literals. One set per Wagtail site: each
language under that site shows the same details. Opening hours are stored as weekdays and
times, so the website writes them in the visitor's language; platform names need no
translation.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Site

#: A Danish phone number as citizens dial it: eight digits, spaces allowed, optional +45.
PHONE_RE = re.compile(r"^(?:\+45)?\d{8}$")

validate_postcode = RegexValidator(
    r"^\d{4}$", _("A Danish postcode has four digits, e.g. 2665."), code="invalid_postcode"
)


def validate_phone(value: str) -> None:
    if not PHONE_RE.fullmatch(value.replace(" ", "")):
        raise ValidationError(
            _("Enter a Danish phone number: eight digits, e.g. 43 97 97 00."),
            code="invalid_phone",
        )


@register_setting(icon="home")
class MunicipalitySettings(ClusterableModel, BaseSiteSetting):
    """Name, contact details, opening hours and links shown in the footer of every page."""

    name = models.CharField(
        _("name of the municipality"),
        max_length=100,
        help_text=_("Shown in the page header, page titles, the RSS feed and emails."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=20,
        blank=True,
        validators=[validate_phone],
        help_text=_("The main number citizens call, e.g. 43 97 97 00."),
    )
    email = models.EmailField(
        _("email"),
        blank=True,
        help_text=_("The municipality's shared mailbox. Never a person's own address."),
    )
    street_address = models.CharField(
        _("street address"),
        max_length=120,
        blank=True,
        help_text=_("Street and number of the town hall, e.g. Vallensbæk Stationstorv 100."),
    )
    postcode = models.CharField(
        _("postcode"),
        max_length=4,
        blank=True,
        validators=[validate_postcode],
        help_text=_("Four digits, e.g. 2665."),
    )
    city = models.CharField(
        _("town"),
        max_length=80,
        blank=True,
        help_text=_("The postal town, e.g. Vallensbæk Strand."),
    )
    accessibility_statement_url = models.URLField(
        _("accessibility statement"),
        blank=True,
        help_text=_(
            "The address of the accessibility statement, e.g. on was.digst.dk. Leave empty "
            "to link the published page with the address /tilgaengelighedserklaering/."
        ),
    )

    panels = [
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("street_address"),
                FieldPanel("postcode"),
                FieldPanel("city"),
            ],
            heading=_("Contact"),
        ),
        InlinePanel("opening_hours", heading=_("Opening hours"), label=_("opening hours")),
        InlinePanel("social_links", heading=_("Social media"), label=_("social media link")),
        InlinePanel("footer_links", heading=_("Footer links"), label=_("footer link")),
        FieldPanel("accessibility_statement_url"),
    ]

    class Meta:
        verbose_name = _("municipality details")
        verbose_name_plural = _("municipality details")

    def __str__(self):
        return self.name or str(self._meta.verbose_name)

    @classmethod
    def for_request_or_empty(cls, request) -> "MunicipalitySettings":
        """The request's site's details, read without writing (cached on the request).

        Wagtail's ``for_request`` creates the row on first use; a visitor's GET must not
        write (it would bump the ``pages`` version and empty the page cache). Until an
        editor saves the settings, this is an empty, unsaved instance.
        """
        attr_name = cls.get_cache_attr_name()
        if request is not None and hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = Site.find_for_request(request) if request is not None else None
        result = cls.for_site_or_empty(site)
        if request is not None:
            setattr(request, attr_name, result)
        return result

    @classmethod
    def for_site_or_empty(cls, site: Site | None) -> "MunicipalitySettings":
        """The site's details, or an empty, unsaved instance; never writes."""
        found = cls.base_queryset().filter(site=site).first() if site is not None else None
        return found or cls(site=site)

    @property
    def phone_href(self) -> str:
        """``tel:+45…`` for the phone number, or "" when none is set."""
        digits = self.phone.replace(" ", "").removeprefix("+45")
        return f"tel:+45{digits}" if digits else ""


class OpeningHours(Orderable):
    """One line of opening hours: a weekday or a run of weekdays and the hours."""

    municipality = ParentalKey(
        MunicipalitySettings, related_name="opening_hours", on_delete=models.CASCADE
    )
    first_day = models.PositiveSmallIntegerField(
        _("first day"),
        choices=sorted(WEEKDAYS.items()),
        help_text=_("The first weekday of this line."),
    )
    last_day = models.PositiveSmallIntegerField(
        _("last day"),
        choices=sorted(WEEKDAYS.items()),
        help_text=_("The last weekday of this line; the same day for a single day."),
    )
    opens = models.TimeField(_("opens"), help_text=_("E.g. 10:00."))
    closes = models.TimeField(_("closes"), help_text=_("E.g. 14:00."))

    panels = [
        FieldPanel("first_day"),
        FieldPanel("last_day"),
        FieldPanel("opens"),
        FieldPanel("closes"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def clean(self):
        errors = {}
        days_known = self.first_day is not None and self.last_day is not None
        if days_known and self.last_day < self.first_day:
            errors["last_day"] = _("The last day must come after the first day.")
        if self.opens and self.closes and self.closes <= self.opens:
            errors["closes"] = _("The closing time must be after the opening time.")
        if errors:
            raise ValidationError(errors)

    @property
    def days(self) -> str:
        """ "Monday" or "Monday–Wednesday", in the active language."""
        first = str(WEEKDAYS[self.first_day])
        if self.last_day == self.first_day:
            return first
        return f"{first}–{WEEKDAYS[self.last_day]}"


class SocialLink(Orderable):
    """The municipality's page on a social network."""

    class Platform(models.TextChoices):
        FACEBOOK = "facebook", "Facebook"
        INSTAGRAM = "instagram", "Instagram"
        LINKEDIN = "linkedin", "LinkedIn"
        YOUTUBE = "youtube", "YouTube"
        X = "x", "X"

    municipality = ParentalKey(
        MunicipalitySettings, related_name="social_links", on_delete=models.CASCADE
    )
    platform = models.CharField(
        _("platform"),
        max_length=20,
        choices=Platform.choices,
        help_text=_("The network; its name is the link text."),
    )
    url = models.URLField(
        _("address"), help_text=_("The full address of the municipality's page there.")
    )

    panels = [FieldPanel("platform"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("social media link")
        verbose_name_plural = _("social media links")


class FooterLink(Orderable):
    """A page linked in the footer of every page: contact, about, privacy, cookies …

    The page is shown in the visitor's language when it has a translation; a page that is
    not live and public (a draft, expired, private) is left out, so the footer never links
    a 404.
    """

    municipality = ParentalKey(
        MunicipalitySettings, related_name="footer_links", on_delete=models.CASCADE
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The page to link, e.g. Kontakt or Privatlivspolitik."),
    )
    text = models.CharField(
        _("link text"),
        max_length=60,
        blank=True,
        help_text=_(
            "A short text, e.g. Om kommunen. Leave empty to show the page's title. In another "
            "language the translated page's title is shown."
        ),
    )

    panels = [FieldPanel("page"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("footer link")
        verbose_name_plural = _("footer links")

    def __str__(self):
        return self.text or str(self.page)
