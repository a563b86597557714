"""Home page blocks that fill themselves with current content."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class AutoListingBlock(blocks.StructBlock):
    """Base for blocks that list the newest public content of one kind."""

    heading = blocks.CharBlock(max_length=80, label=_("Heading"))
    count = blocks.IntegerBlock(min_value=1, max_value=12, default=3, label=_("Number of items"))

    class Meta:
        abstract = True

    def get_items(self, value, request=None):
        raise NotImplementedError

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        context["items"] = self.get_items(value, request)
        return context


class LatestNewsBlock(AutoListingBlock):
    def get_items(self, value, request=None):
        from news.models import NewsArticlePage

        return list(NewsArticlePage.objects.listable().order_by("-date", "-pk")[: value["count"]])

    class Meta:
        icon = "doc-full"
        label = _("Latest news")
        template = "home/blocks/latest_news.html"


class UpcomingActivitiesBlock(AutoListingBlock):
    def get_items(self, value, request=None):
        from activities.models import Occurrence

        return list(Occurrence.objects.upcoming(timezone.now())[: value["count"]])

    class Meta:
        icon = "date"
        label = _("Upcoming activities")
        template = "home/blocks/upcoming_activities.html"


class CurrentRenovationsBlock(AutoListingBlock):
    def get_items(self, value, request=None):
        from renovations.models import RenovationProjectPage

        return list(RenovationProjectPage.objects.current()[: value["count"]])

    class Meta:
        icon = "cogs"
        label = _("Current renovations")
        template = "home/blocks/current_renovations.html"


class HomeStreamBlock(blocks.StreamBlock):
    latest_news = LatestNewsBlock()
    upcoming_activities = UpcomingActivitiesBlock()
    current_renovations = CurrentRenovationsBlock()
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), template="blocks/paragraph.html")
