"""The home page and general-purpose standard pages."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.metadata import full_image_url, government_organization, with_context
from core.models import BasePage, ContentPage, ImageAltMixin

from .blocks import HomeStreamBlock


class HomePage(ImageAltMixin, BasePage):
    """The front page of one locale's site: a hero and self-updating listings."""

    hero_title = models.CharField(
        _("hero title"),
        max_length=120,
        help_text=_("The large heading at the top of the front page."),
    )
    hero_text = models.TextField(
        _("hero text"),
        max_length=400,
        blank=True,
        help_text=_("One or two short sentences under the heading."),
    )
    body = StreamField(
        HomeStreamBlock(),
        blank=True,
        verbose_name=_("content"),
        help_text=_(
            "Lists of the latest news, upcoming activities and current renovations fill themselves."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("image"),
                FieldPanel("image_alt"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("hero_text")]

    api_fields = ["hero_title", "hero_text", "image", "body"]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "activities.ActivityIndexPage",
        "renovations.RenovationIndexPage",
        "associations.AssociationIndexPage",
        "business.BusinessIndexPage",
        "guides.GuideIndexPage",
        "facilities.FacilityIndexPage",
        "hearings.HearingIndexPage",
        "home.StandardPage",
        "submissions.ActivitySuggestionPage",
        "submissions.GuideSuggestionPage",
        "recognition.NominationPage",
        "fairs.FairPage",
    ]
    # One home page per locale; translations are siblings under the root.
    max_count_per_parent = len(settings.WAGTAIL_CONTENT_LANGUAGES)

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_clean_hooks(self):
        return [*super().get_clean_hooks(), self.clean_image_alt]

    def json_ld(self, request) -> dict:
        """The municipality itself, as a schema.org ``GovernmentOrganization``."""
        data = government_organization(request, self)
        if self.image_id:
            data["logo"] = full_image_url(self.image)
        if description := self.meta_description():
            data["description"] = description
        return with_context(data)


class StandardPage(ContentPage):
    """A general page: about the municipality, contact, accessibility statement."""

    body = StreamField(
        BodyStreamBlock(),
        blank=True,
        verbose_name=_("content"),
        help_text=_("The page text: paragraphs, headings, images and more."),
    )

    content_panels = [
        *ContentPage.content_panels,
        FieldPanel("summary"),
        *ImageAltMixin.image_panels,
        FieldPanel("body"),
    ]
    search_fields = [*ContentPage.search_fields, index.SearchField("body")]

    api_fields = [*ContentPage.api_fields, "body"]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
