"""Home page blocks that fill themselves with current content.

The home page sits below the content apps (their sections hang under it), so these blocks
do not query news, activities or renovations themselves: each one renders a template of the
app whose content it lists, and that template asks the app's own template tag for the items
(``news_tags``, ``activity_tags``, ``renovation_tags``).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class AutoListingBlock(blocks.StructBlock):
    """Base for blocks that list the newest public content of one kind."""

    heading = blocks.CharBlock(max_length=80, label=_("Heading"))
    count = blocks.IntegerBlock(min_value=1, max_value=12, default=3, label=_("Number of items"))

    class Meta:
        abstract = True


class LatestNewsBlock(AutoListingBlock):
    class Meta:
        icon = "doc-full"
        label = _("Latest news")
        template = "news/blocks/latest_news.html"


class UpcomingActivitiesBlock(AutoListingBlock):
    class Meta:
        icon = "date"
        label = _("Upcoming activities")
        template = "activities/blocks/upcoming_activities.html"


class CurrentRenovationsBlock(AutoListingBlock):
    class Meta:
        icon = "cogs"
        label = _("Current renovations")
        template = "renovations/blocks/current_renovations.html"


class OpenHearingsBlock(AutoListingBlock):
    class Meta:
        icon = "comment"
        label = _("Open hearings")
        template = "hearings/blocks/open_hearings.html"


class HomeStreamBlock(blocks.StreamBlock):
    latest_news = LatestNewsBlock()
    upcoming_activities = UpcomingActivitiesBlock()
    current_renovations = CurrentRenovationsBlock()
    open_hearings = OpenHearingsBlock()
    paragraph = blocks.RichTextBlock(label=_("Paragraph"), template="blocks/paragraph.html")
