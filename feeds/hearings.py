"""``/feeds/hoeringer/``: an RSS 2.0 feed of public hearings, newest start first.

Each item says the hearing's state and dates (``hearings.state``) before the summary, and
carries the state as a ``category``; nothing an answerer sent is in it.
"""

import datetime as dt

from django.contrib.syndication.views import Feed
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.models import MunicipalitySettings
from core.site_url import absolute_url
from core.times import local
from hearings.models import HearingPage
from home.templatetags.navigation import get_home_page

from .rss import MediaRssFeed

FEED_SIZE = 30


def _date(value: dt.date) -> str:
    return formats.date_format(value, "j. F Y")


def state_line(hearing: HearingPage) -> str:
    """ "Åben: svar senest 15. januar 2027." and the like."""
    state = hearing.state
    if state == "upcoming":
        when = _("answers from %(date)s") % {"date": _date(hearing.start)}
    elif state == "open":
        when = _("answer by %(date)s") % {"date": _date(hearing.deadline)}
    elif state == "closed":
        when = _("closed on %(date)s") % {"date": _date(hearing.deadline)}
    else:
        when = _("decided on %(date)s") % {"date": _date(hearing.decision_date)}
    return f"{hearing.get_state_display()}: {when}."


class HearingsFeed(Feed):
    feed_type = MediaRssFeed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def municipality(self) -> str:
        return MunicipalitySettings.for_request_or_empty(self.request).name

    def title(self):
        return _("Hearings in %(municipality)s") % {"municipality": self.municipality()}

    def description(self):
        return _("Public hearings in %(municipality)s: answer before the deadline.") % {
            "municipality": self.municipality()
        }

    def link(self):
        home = get_home_page(self.request)
        return home.get_full_url(self.request) if home else absolute_url("/")

    def feed_url(self):
        return absolute_url(self.request.path)

    def items(self):
        return list(
            HearingPage.objects.listable()
            .filter(locale=Locale.get_active())
            .select_related("contact")
            .prefetch_related("topics")
            .order_by("-start", "-pk")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return f"{state_line(item)} {item.summary}"

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return local(timezone.make_aware(dt.datetime.combine(item.start, dt.time())))

    def item_updateddate(self, item):
        return local(item.last_published_at) if item.last_published_at else None

    def item_author_name(self, item):
        return item.department or self.municipality()

    def item_categories(self, item):
        return [item.get_state_display(), *(topic.name for topic in item.topics.all())]
