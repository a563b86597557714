"""RSS items as feed readers and OS2display's RSS slides read them: the article's own date,
in order, its image as enclosure and media:content, author, categories; RSS 2.0 rules."""

import datetime as dt
import email.utils
import re
import xml.etree.ElementTree as ET

import feedparser
import pytest
from django.core.files.storage import default_storage
from django.utils import timezone

from core.factories import ContactFactory, ImageFactory, TopicFactory
from core.models import MunicipalitySettings
from core.site_url import absolute_url
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory

from .conftest import HIDDEN_KINDS, hide

pytestmark = pytest.mark.django_db

NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "media": "http://search.yahoo.com/mrss/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
# RFC 822 (with four-digit years, as RSS 2.0 asks): "Tue, 01 Dec 2026 10:00:00 +0100".
RFC822 = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$"
)


def fetch(client, url="/feeds/nyheder/"):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return feed, ET.fromstring(response.content)


@pytest.fixture
def index(home):
    return NewsIndexPageFactory(parent=home, slug="nyheder")


def article(index, title, days_ago, **extra):
    page = NewsArticlePageFactory(
        parent=index,
        title=title,
        slug=title.lower().replace(" ", "-"),
        date=timezone.localdate() - dt.timedelta(days=days_ago),
        **extra,
    )
    page.save_revision().publish()
    return page


def test_pubdate_is_the_articles_own_date_and_items_follow_it(client, index):
    # Published in this order, just now; their news dates say otherwise.
    for title, days_ago in [("Tre", 10), ("En", 0), ("To", 5)]:
        article(index, title, days_ago)

    feed, rss = fetch(client)

    assert [e.title for e in feed.entries] == ["En", "To", "Tre"]
    dates = [dt.date(*e.published_parsed[:3]) for e in feed.entries]
    today = timezone.localdate()
    # published_parsed is UTC; the start of a Danish day is the evening before in UTC.
    raw = [item.findtext("pubDate") for item in rss.iter("item")]
    local = [
        email.utils.parsedate_to_datetime(r).astimezone(timezone.get_current_timezone())
        for r in raw
    ]
    assert [d.date() for d in local] == [today - dt.timedelta(days=n) for n in (0, 5, 10)]
    assert dates == sorted(dates, reverse=True)
    assert all(RFC822.match(r) for r in raw), raw


def test_item_carries_its_image_as_enclosure_and_media_content(client, index):
    image = ImageFactory()
    article(index, "Med billede", 1, image=image, image_alt="Børn på en ny legeplads")
    article(index, "Uden billede", 2)

    feed, rss = fetch(client)
    items = {item.findtext("title"): item for item in rss.iter("item")}

    enclosure = items["Med billede"].find("enclosure")
    media = items["Med billede"].find("media:content", NS)
    assert enclosure.get("url") == media.get("url")
    assert enclosure.get("url").startswith("http")
    assert enclosure.get("type") == media.get("type")
    assert enclosure.get("type").startswith("image/")
    # The length is that of the file the URL names: the rendition, not the original.
    rendition = image.renditions.get(file__endswith=enclosure.get("url").rsplit("/", 1)[1])
    assert int(enclosure.get("length")) == default_storage.size(rendition.file.name) > 0
    assert (media.get("width"), media.get("height")) == (
        str(rendition.width),
        str(rendition.height),
    )
    assert rendition.filter_spec == "fill-1200x675"
    assert media.get("medium") == "image"
    assert media.find("media:description", NS).text == "Børn på en ny legeplads"
    # feedparser (as readers do) finds it both ways.
    entry = next(e for e in feed.entries if e.title == "Med billede")
    assert entry.enclosures[0].href == entry.media_content[0]["url"] == enclosure.get("url")

    assert items["Uden billede"].find("enclosure") is None
    assert items["Uden billede"].find("media:content", NS) is None


def test_item_author_categories_description_link_and_guid(client, index):
    contact = ContactFactory(name="Mette Jensen", email="kultur@vallensbaek.dk")
    culture = TopicFactory(name="Kultur", slug="kultur")
    with_contact = article(index, "Koncert", 1, contact=contact)
    with_contact.topics.set([culture])
    with_contact.save_revision().publish()
    article(index, "Uden kontakt", 2)
    details = MunicipalitySettings.for_site(index.get_site())
    details.name = "Vallensbæk Kommune"
    details.save()

    feed, rss = fetch(client)
    items = {item.findtext("title"): item for item in rss.iter("item")}

    concert = items["Koncert"]
    assert concert.findtext("author") == "kultur@vallensbaek.dk (Mette Jensen)"
    assert concert.findtext("dc:creator", namespaces=NS) == "Mette Jensen"
    assert [c.text for c in concert.findall("category")] == ["Kultur"]
    assert concert.findtext("description") == with_contact.summary
    assert (
        concert.findtext("link") == concert.findtext("guid") == "http://localhost/nyheder/koncert/"
    )

    # No contact: the municipality is the creator; no <author> without an address.
    plain = items["Uden kontakt"]
    assert plain.find("author") is None
    assert plain.findtext("dc:creator", namespaces=NS) == "Vallensbæk Kommune"
    entry = next(e for e in feed.entries if e.title == "Uden kontakt")
    assert entry.author == "Vallensbæk Kommune"


def test_channel_follows_the_rss_2_rules(client, index):
    article(index, "Nyhed", 0)

    feed, rss = fetch(client)

    assert rss.tag == "rss" and rss.get("version") == "2.0"
    (channel,) = rss.findall("channel")
    for required in ("title", "link", "description"):
        assert (channel.findtext(required) or "").strip(), required
    self_link = channel.find("atom:link", NS)
    assert self_link.get("rel") == "self"
    # The self-link names the site's one address (SITE_URL), like every link in the feed.
    assert self_link.get("href") == absolute_url("/feeds/nyheder/")
    assert RFC822.match(channel.findtext("lastBuildDate"))
    for item in channel.iter("item"):
        assert item.findtext("title") or item.findtext("description")
        assert len(item.findall("enclosure")) <= 1  # RSS 2.0 allows one per item
    assert feed.version == "rss20"


@pytest.mark.parametrize("kind", HIDDEN_KINDS)
def test_hidden_articles_images_never_appear(client, index, kind):
    visible = article(index, "Synlig", 1, image=ImageFactory(), image_alt="Synligt billede")
    secret_image = ImageFactory(title="Hemmeligt")
    hidden = article(index, "Skjult", 0, image=secret_image, image_alt="Hemmeligt billede")
    hide(hidden, kind)

    content = client.get("/feeds/nyheder/").content.decode()

    assert "Synligt billede" in content and visible.title in content
    assert "Hemmeligt billede" not in content
    assert not any(r.file.name in content for r in secret_image.renditions.all())


def test_feed_queries_do_not_grow_with_the_number_of_items(client, index):
    def count():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/feeds/nyheder/").status_code == 200
        return len(ctx)

    for n in range(3):
        article(index, f"Nyhed {n}", n, image=ImageFactory(), image_alt="Et billede")
    client.get("/feeds/nyheder/")  # renditions are made on the first request
    few = count()
    for n in range(3, 9):
        article(index, f"Nyhed {n}", n, image=ImageFactory(), image_alt="Et billede")
    client.get("/feeds/nyheder/")
    assert count() == few
