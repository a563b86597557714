"""#14.5: the demo's English site is English (demo/data/english.toml)."""

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar
from wagtail.models import Locale, Page

from activities.models import ActivityPage
from demo.datafiles import load
from news.models import NewsArticlePage
from tests.demo_support import seeded  # noqa: F401  (the module-wide demo seed)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded")]


def english_entries() -> list[dict]:
    return load("english").data["pages"]


def english_pages():
    return Page.objects.filter(locale__language_code="en", depth__gt=1).live()


def test_the_demo_translates_home_sections_news_guides_facilities_and_activities():
    by_type = {}
    for page in english_pages().specific():
        by_type.setdefault(type(page).__name__, []).append(page)
    assert len(by_type["HomePage"]) == 1
    assert len(by_type["NewsArticlePage"]) >= 8
    for kind in ("GuidePage", "FacilityPage"):
        danish = Page.objects.type(Page).filter(
            content_type__model=kind.lower(), locale__language_code="da"
        )
        assert len(by_type[kind]) == danish.count(), kind
    assert len(by_type["ActivityPage"]) >= 5
    # Every entry of the data file, and the home page, became one published English page.
    assert english_pages().count() == len(english_entries()) + 1


def test_api_lists_the_english_pages(client):
    response = client.get("/api/v3/pages/", {"locale": "en", "limit": 100})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == english_pages().count()
    assert all(item["meta"]["locale"] == "en" for item in body["items"])
    titles = {item["title"] for item in body["items"]}
    assert "Vallensbæk Municipality" in titles
    assert "How to start an association" in titles


def _page_links(html: bytes, prefix: str) -> set[str]:
    soup = BeautifulSoup(html, "html.parser")
    return {a["href"] for a in soup.select("main a[href]") if a["href"].startswith(prefix)}


def _page_at(url: str) -> Page:
    path = url.split("://", 1)[-1]
    path = path[path.index("/") :] if "://" in url else url
    for page in Page.objects.filter(depth__gt=2).live().specific():
        if page.get_url() == path:
            return page
    raise AssertionError(f"no page at {url}")


def test_english_front_page_and_news_list_show_english_news_only(client):
    home = client.get("/en/")
    assert home.status_code == 200
    assert home["Content-Language"] == "en"
    soup = BeautifulSoup(home.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Welcome to Vallensbæk"

    news = client.get("/en/news/")
    assert news.status_code == 200
    links = _page_links(home.content, "/en/news/") | _page_links(news.content, "/en/news/")
    articles = {link for link in links if link.count("/") == 4 and "?" not in link}
    assert len(articles) >= 4
    for link in articles:
        assert _page_at(link).locale.language_code == "en", link
    danish_only = NewsArticlePage.objects.filter(locale__language_code="da").exclude(
        translation_key__in=NewsArticlePage.objects.filter(locale__language_code="en").values(
            "translation_key"
        )
    )
    text = news.content.decode()
    for article in danish_only:
        assert article.title not in text


def test_english_calendar_and_ical_feed_hold_the_english_activities(client):
    calendar = client.get("/en/activities/")
    assert calendar.status_code == 200
    english = set(
        ActivityPage.objects.filter(locale__language_code="en").values_list("title", flat=True)
    )
    danish = set(
        ActivityPage.objects.filter(locale__language_code="da").values_list("title", flat=True)
    )
    soup = BeautifulSoup(calendar.content, "html.parser")
    shown = {a.get_text(strip=True) for a in soup.select("main a[href^='/en/activities/']")}
    assert shown & english
    assert not shown & danish

    ics = client.get("/en/feeds/aktiviteter.ics")
    assert ics.status_code == 200
    events = Calendar.from_ical(ics.content).walk("VEVENT")
    assert events
    assert {str(event["SUMMARY"]) for event in events} <= english


@pytest.mark.parametrize("path", ["/en/nyheder/", "/en/foreningsguider/start-en-forening/"])
def test_an_english_prefix_on_a_danish_path_is_not_served_as_english(client, path):
    response = client.get(path)
    assert response.status_code in (301, 302, 404)
    if response.status_code == 404:
        return
    # A redirect (Wagtail's own, to the renamed English page) ends on a page served in the
    # language of its address.
    final = client.get(path, follow=True)
    assert final.status_code == 200
    page = final.context["page"]
    expected = "en" if final.request["PATH_INFO"].startswith("/en/") else "da"
    assert page.locale.language_code == expected


def test_every_english_page_is_served_in_english(client):
    english = Locale.objects.get(language_code="en")
    for page in english_pages().filter(locale=english):
        response = client.get(page.get_url())
        assert response.status_code == 200, page.url_path
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.html["lang"] == "en"
        assert not soup.main.get("lang"), page.url_path


def test_seeding_again_changes_nothing():
    from tests.demo_support import seed

    before = english_pages().count()
    output = seed()
    assert english_pages().count() == before
    assert "0 created" in output or "0 oprettet" in output
