"""RSS 2.0 feeds of news articles: all of them, and one per topic, in the active language."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.models import MunicipalitySettings, Topic
from core.site_url import absolute_url
from home.templatetags.navigation import get_home_page
from news.models import NewsArticlePage

FEED_SIZE = 30


def public_articles(locale: Locale, now=None):
    """Newest first, of the articles ``listable()`` allows."""
    return (
        NewsArticlePage.objects.listable(now)
        .filter(locale=locale)
        .order_by("-date", "-first_published_at", "-pk")
    )


class NewsFeed(Feed):
    """``/feeds/nyheder/``: the latest news."""

    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return None

    def municipality(self) -> str:
        return MunicipalitySettings.for_request_or_empty(self.request).name

    def title(self, obj):
        return _("News from %(municipality)s") % {"municipality": self.municipality()}

    def description(self, obj):
        return _("The latest news from %(municipality)s.") % {"municipality": self.municipality()}

    def link(self, obj):
        home = get_home_page(self.request)
        return home.get_full_url(self.request) if home else absolute_url("/")

    def feed_url(self, obj):
        # The self-link on the site's one address, like every other link in the feed.
        return absolute_url(self.request.path)

    def items(self, obj):
        return public_articles(Locale.get_active())[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        # The site's canonical address, not whichever host the request came in on.
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at


class TopicNewsFeed(NewsFeed):
    """``/feeds/nyheder/<topic>/``: news about one topic."""

    def get_object(self, request, topic):
        return get_object_or_404(Topic, slug=topic, locale=Locale.get_active())

    def title(self, obj):
        return _("News about %(topic)s from %(municipality)s") % {
            "topic": obj.name,
            "municipality": self.municipality(),
        }

    def feed_url(self, obj):
        return absolute_url(reverse("feeds:news_topic", args=[obj.slug]))

    def items(self, obj):
        return public_articles(Locale.get_active()).filter(topics=obj)[:FEED_SIZE]
