"""The page cache keys on the parameters a page reads, not on the raw query string (#12, 6).

Junk parameters (``?utm=1``, ``?zzz=<random>``) must neither force a render nor add a cache
entry; a filter parameter the page does read still gets its own, correct result.
"""

import uuid

import pytest
from django.core.cache import cache

from activities.factories import ActivityIndexPageFactory
from core.factories import TopicFactory
from home.factories import home_for_default_site
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory

pytestmark = pytest.mark.django_db


def cache_entries() -> int:
    """Entries in the test settings' local-memory cache (the page cache's only store here)."""
    return len(cache._cache)


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()


@pytest.fixture
def home():
    return home_for_default_site(slug="forside-noegler")


@pytest.fixture
def news_index(home):
    index = NewsIndexPageFactory(parent=home, slug="nyheder")
    index.save_revision().publish()
    return index


def publish_article(index, title, slug, topics=()):
    article = NewsArticlePageFactory(parent=index, title=title, slug=slug)
    if topics:
        article.topics.set(topics)
    article.save_revision().publish()
    return article


def test_junk_parameters_are_cache_hits_and_add_no_entries(
    client, news_index, django_assert_num_queries
):
    publish_article(news_index, "Ny svømmehal åbner", "svoemmehal")
    plain = client.get("/nyheder/")
    assert plain["X-Page-Cache"] == "miss"
    entries = cache_entries()

    with django_assert_num_queries(0):
        responses = [
            client.get("/nyheder/?utm=1"),
            client.get("/nyheder/?utm=2"),
            *(client.get(f"/nyheder/?zzz={uuid.uuid4().hex}") for _ in range(20)),
            client.get("/nyheder/?utm_source=nyhedsbrev&fbclid=abc&topic="),
        ]

    assert {r["X-Page-Cache"] for r in responses} == {"hit"}
    assert {r.content for r in responses} == {plain.content}
    assert cache_entries() == entries


def test_a_page_first_asked_for_with_junk_is_stored_without_it(client, news_index):
    """The first visitor's junk must not end up in the copy everyone else is served."""
    for number in range(12):
        publish_article(news_index, f"Nyhed nummer {number}", f"nyhed-{number}")

    first = client.get("/nyheder/?zzz=forgiftet&utm_campaign=x")
    plain = client.get("/nyheder/")

    assert first["X-Page-Cache"] == "miss"
    assert plain["X-Page-Cache"] == "hit"
    html = plain.content.decode()
    assert 'href="?page=2"' in html  # the pagination link, built from declared parameters
    assert "forgiftet" not in html and "utm_campaign" not in html


def test_a_filter_parameter_gets_its_own_correct_entry(client, news_index):
    sport = TopicFactory(name="Sport", slug="sport")
    culture = TopicFactory(name="Kultur", slug="kultur")
    publish_article(news_index, "Ny kunstgræsbane", "kunstgraes", topics=[sport])
    publish_article(news_index, "Koncert i parken", "koncert", topics=[culture])

    plain = client.get("/nyheder/").content.decode()
    filtered = client.get("/nyheder/?topic=sport")
    again = client.get("/nyheder/?utm=1&topic=sport")

    assert "Ny kunstgræsbane" in plain and "Koncert i parken" in plain
    assert filtered["X-Page-Cache"] == "miss"
    html = filtered.content.decode()
    assert "Ny kunstgræsbane" in html and "Koncert i parken" not in html
    assert again["X-Page-Cache"] == "hit"
    assert again.content == filtered.content


def test_corrected_page_numbers_are_served_but_not_stored(client, news_index):
    publish_article(news_index, "Ny svømmehal åbner", "svoemmehal")
    client.get("/nyheder/")
    entries = cache_entries()

    responses = [client.get(f"/nyheder/?page={junk}") for junk in ("abc", "99999", "01", "-3")]

    assert {r.status_code for r in responses} == {200}
    assert all("Ny svømmehal åbner" in r.content.decode() for r in responses)
    assert cache_entries() == entries


def test_an_unknown_topic_is_served_but_not_stored(client, news_index):
    publish_article(news_index, "Ny svømmehal åbner", "svoemmehal")
    client.get("/nyheder/")
    entries = cache_entries()

    for _ in range(5):
        response = client.get(f"/nyheder/?topic={uuid.uuid4().hex}")
        assert "Ny svømmehal åbner" in response.content.decode()

    assert cache_entries() == entries


def test_the_activity_filter_form_sent_empty_shares_the_plain_calendar(client, home):
    calendar = ActivityIndexPageFactory(parent=home, slug="aktiviteter")
    calendar.save_revision().publish()
    client.get("/aktiviteter/")

    empty_form = client.get(
        "/aktiviteter/?period=&date_from=&date_to=&audience=&organiser=&facility=&utm=1"
    )
    chosen = client.get("/aktiviteter/?period=week")

    assert empty_form["X-Page-Cache"] == "hit"
    assert chosen["X-Page-Cache"] == "miss"
    assert client.get("/aktiviteter/?period=week&zzz=1")["X-Page-Cache"] == "hit"


def test_feeds_ignore_junk_parameters(client, news_index):
    publish_article(news_index, "Ny svømmehal åbner", "svoemmehal")
    assert client.get("/feeds/nyheder/")["X-Page-Cache"] == "miss"
    assert client.get("/feeds/nyheder/?utm=rss")["X-Page-Cache"] == "hit"
    assert client.get("/feeds/aktiviteter.ics")["X-Page-Cache"] == "miss"
    assert client.get("/feeds/aktiviteter.ics?zzz=1")["X-Page-Cache"] == "hit"
    assert client.get("/sitemap.xml")["X-Page-Cache"] == "miss"
    assert client.get("/sitemap.xml?zzz=1")["X-Page-Cache"] == "hit"


def test_the_topic_filter_follows_publishing_while_its_topics_are_kept(client, news_index):
    """The news index keeps which topics have articles until the next publish (news.models)."""
    culture = TopicFactory(name="Kultur", slug="kultur")
    sport = TopicFactory(name="Sport", slug="sport")
    first = publish_article(news_index, "Koncert i parken", "koncert", [culture])
    # A messages cookie bypasses the page cache, so what is shown is rendered afresh.
    client.cookies["messages"] = "x"

    assert "?topic=kultur" in client.get(news_index.url).text

    publish_article(news_index, "Løb langs stranden", "loeb", [sport])
    first.unpublish()
    listing = client.get(news_index.url).text

    assert "?topic=sport" in listing and "?topic=kultur" not in listing
