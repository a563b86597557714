"""RSS 2.0 feeds of news articles: all of them, and one per topic, in the active language.

Each item carries what a feed reader and OS2display's RSS slides show: title, the short
summary as ``description``, ``link``/``guid``, ``pubDate`` (the article's own date),
``author``/``dc:creator``, the topics as ``category``, and the image as ``enclosure`` and
``media:content`` (``feeds.rss``).
"""

import datetime as dt
import mimetypes

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Enclosure
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError
from wagtail.models import Locale

from core.api.images import RENDITIONS
from core.models import MunicipalitySettings, Topic
from core.site_url import absolute_url
from core.times import local
from home.templatetags.navigation import get_home_page
from news.models import NewsArticlePage

from .rss import MediaRssFeed

FEED_SIZE = 30

#: The image in items: the API's large web rendition (16:9).
ITEM_IMAGE_SPEC = RENDITIONS["web_large"]


def published_at(article: NewsArticlePage) -> dt.datetime:
    """When the article says it was published: its news date.

    The time of the first publication when that was on the news date; otherwise (an
    article dated earlier or later than it went online, e.g. imported ones) the start of
    the news date in the site's time zone.
    """
    first = article.first_published_at
    if first is not None and timezone.localtime(first).date() == article.date:
        return first
    return timezone.make_aware(dt.datetime.combine(article.date, dt.time()))


def item_image(article: NewsArticlePage) -> dict | None:
    """The article's image as a rendition: absolute url, type, size and alt text."""
    if article.image is None:
        return None
    try:
        rendition = article.image.get_rendition(ITEM_IMAGE_SPEC)
        size = rendition.file.size
    except (SourceImageIOError, OSError):
        return None  # a missing file must not take the feed down; the item goes without
    return {
        "url": rendition.full_url,
        "type": mimetypes.guess_type(rendition.file.name)[0] or "application/octet-stream",
        "width": rendition.width,
        "height": rendition.height,
        "file_size": size,
        "alt": article.image_alt or article.image.default_alt_text or "",
    }


def public_articles(locale: Locale, now=None):
    """Newest first, of the articles ``listable()`` allows."""
    return (
        NewsArticlePage.objects.listable(now)
        .filter(locale=locale)
        .order_by("-date", "-first_published_at", "-pk")
    )


class NewsFeed(Feed):
    """``/feeds/nyheder/``: the latest news."""

    feed_type = MediaRssFeed

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

    def articles(self, obj):
        return public_articles(Locale.get_active())

    def items(self, obj):
        articles = (
            self.articles(obj)
            .select_related("contact")
            .prefetch_related(
                "topics",
                Prefetch(
                    "image",
                    queryset=get_image_model().objects.prefetch_renditions(ITEM_IMAGE_SPEC),
                ),
            )[:FEED_SIZE]
        )
        items = sorted(articles, key=lambda a: (published_at(a), a.pk), reverse=True)
        for article in items:
            # On the item, not on this Feed: one instance serves every request.
            article.feed_image = item_image(article)
        return items

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
        # RSS writes RFC 822 dates, Atom RFC 3339: both with the Danish offset (core.times).
        return local(published_at(item))

    def item_updateddate(self, item):
        return local(item.last_published_at) if item.last_published_at else None

    def item_author_name(self, item):
        return item.contact.name if item.contact else self.municipality()

    def item_author_email(self, item):
        return item.contact.email if item.contact and item.contact.email else None

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]

    def item_enclosures(self, item):
        image = item.feed_image
        if image is None:
            return []
        return [Enclosure(image["url"], str(image["file_size"]), image["type"])]

    def item_extra_kwargs(self, item):
        return {"media": item.feed_image}


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

    def articles(self, obj):
        return public_articles(Locale.get_active()).filter(topics=obj)
