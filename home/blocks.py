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

    def get_items(self, value, locale_id):
        """The items to list, in the language of the page showing the block."""
        raise NotImplementedError

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = (parent_context or {}).get("page")
        context["items"] = self.get_items(value, getattr(page, "locale_id", None))
        return context


def in_locale(queryset, locale_id, field="locale_id"):
    return queryset.filter(**{field: locale_id}) if locale_id else queryset


class LatestNewsBlock(AutoListingBlock):
    def get_items(self, value, locale_id):
        from news.models import NewsArticlePage

        articles = in_locale(NewsArticlePage.objects.listable(), locale_id)
        return list(articles.order_by("-featured", "-date", "-pk")[: value["count"]])

    class Meta:
        icon = "doc-full"
        label = _("Latest news")
        template = "home/blocks/latest_news.html"


class UpcomingActivitiesBlock(AutoListingBlock):
    def get_items(self, value, locale_id):
        from activities.models import Occurrence

        occurrences = in_locale(
            Occurrence.objects.upcoming(timezone.now()), locale_id, "activity__locale_id"
        )
        return list(occurrences[: value["count"]])

    class Meta:
        icon = "date"
        label = _("Upcoming activities")
        template = "home/blocks/upcoming_activities.html"


class CurrentRenovationsBlock(AutoListingBlock):
    def get_items(self, value, locale_id):
        from renovations.models import RenovationProjectPage

        projects = in_locale(RenovationProjectPage.objects.current(), locale_id)
        return list(projects[: value["count"]])

    class Meta:
        icon = "cogs"
        label = _("Current renovations")
        template = "home/blocks/current_renovations.html"


class HomeStreamBlock(blocks.StreamBlock):
    latest_news = LatestNewsBlock()
    upcoming_activities = UpcomingActivitiesBlock()
    current_renovations = CurrentRenovationsBlock()
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), template="blocks/paragraph.html")
