"""RSS feeds of news: valid for a real feed reader, and only public content."""

import feedparser
import pytest
from bs4 import BeautifulSoup

from tests.db_support import kept_fixture

from .conftest import HIDDEN_KINDS, build_home, build_news

pytestmark = pytest.mark.django_db


# The conftest's news, built once for the module: its tests only read the feeds.
_news_ids, news = kept_fixture("news", lambda: build_news(build_home()))


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return feed


def test_news_feed_parses_and_lists_public_articles_newest_first(client, news):
    feed = parse(client, "/feeds/nyheder/")

    titles = [entry.title for entry in feed.entries]
    assert set(titles) == {"Ny koncertsal", "Vejarbejde på Vejlevej"}
    assert feed.feed.language == "da"
    entry = next(e for e in feed.entries if e.title == "Ny koncertsal")
    assert entry.link == "http://localhost/nyheder/koncertsal/"
    assert entry.summary == news["visible"].summary


@pytest.mark.parametrize("kind", HIDDEN_KINDS)
def test_news_feeds_never_list_hidden_articles(client, news, kind):
    for url in ("/feeds/nyheder/", "/feeds/nyheder/kultur/"):
        titles = [entry.title for entry in parse(client, url).entries]
        assert f"Skjult nyhed {kind}" not in titles


def test_topic_feed_lists_only_that_topics_articles(client, news):
    feed = parse(client, "/feeds/nyheder/kultur/")

    assert [entry.title for entry in feed.entries] == ["Ny koncertsal"]
    assert "Kultur" in feed.feed.title


def test_unknown_topic_feed_is_404(client, news):
    assert client.get("/feeds/nyheder/findes-ikke/").status_code == 404


def test_pages_announce_the_news_feed_for_autodiscovery(client, news):
    soup = BeautifulSoup(client.get("/").content, "html.parser")

    link = soup.find("link", rel="alternate", type="application/rss+xml")
    assert link["href"] == "/feeds/nyheder/"
    assert parse(client, link["href"]).entries


def test_topic_listing_announces_its_topic_feed(client, news):
    soup = BeautifulSoup(client.get("/nyheder/?topic=kultur").content, "html.parser")

    hrefs = [link["href"] for link in soup.find_all("link", rel="alternate")]
    assert "/feeds/nyheder/kultur/" in hrefs
    # The listing itself is filtered to the topic.
    titles = [h.get_text(strip=True) for h in soup.main.find_all("h2")]
    assert "Ny koncertsal" in titles
    assert "Vejarbejde på Vejlevej" not in titles
