"""#14.11: what search engines and link previews read, on every page of the demo.

The head is read back with extruct (JSON-LD and Open Graph) and BeautifulSoup.
"""

from xml.etree import ElementTree

import extruct
import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Page

from activities.models import ActivityPage
from core.models import MunicipalitySettings
from home.models import HomePage
from news.models import NewsArticlePage
from tests.demo_support import seeded  # noqa: F401  (the module-wide demo seed)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded")]

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def public_pages():
    return list(Page.objects.filter(depth__gt=1).live().public().specific().order_by("path"))


def head_of(client, page):
    response = client.get(page.get_url())
    assert response.status_code == 200, page.url_path
    html = response.content.decode()
    data = extruct.extract(
        html, base_url=page.get_full_url(), syntaxes=["json-ld", "opengraph"], uniform=True
    )
    return BeautifulSoup(html, "html.parser"), data


def og(data) -> dict:
    return data["opengraph"][0] if data["opengraph"] else {}


def test_every_demo_page_has_description_canonical_and_open_graph(client):
    pages = public_pages()
    assert len(pages) >= 126
    for page in pages:
        soup, data = head_of(client, page)
        description = soup.find("meta", attrs={"name": "description"})
        assert description and description["content"].strip(), page.url_path
        canonical = soup.find("link", rel="canonical")
        assert canonical["href"] == page.get_full_url(), page.url_path
        tags = og(data)
        assert tags["og:title"] == (page.seo_title or page.title)
        assert tags["og:url"] == page.get_full_url()
        assert tags["og:description"] == description["content"]
        # extruct gives og:type as the item's @type.
        assert tags["@type"] == ("article" if isinstance(page, NewsArticlePage) else "website")
        assert tags["og:locale"] == {"da": "da_DK", "en": "en_GB"}[page.locale.language_code]
        assert tags["og:image"].startswith("http://localhost/"), page.url_path


def test_translated_pages_link_each_other_with_hreflang_and_x_default(client):
    translated = [page for page in public_pages() if page.locale.language_code == "en"]
    assert translated
    for english in translated[:12]:
        danish = english.get_translation(english.locale.get_default())
        for page in (english, danish):
            soup, _data = head_of(client, page)
            links = {
                link["hreflang"]: link["href"]
                for link in soup.find_all("link", rel="alternate", hreflang=True)
            }
            assert links == {
                "da": danish.get_full_url(),
                "en": english.get_full_url(),
                "x-default": danish.get_full_url(),
            }, page.url_path


def test_a_page_without_translation_has_no_hreflang(client):
    english_keys = Page.objects.filter(locale__language_code="en").values("translation_key")
    page = NewsArticlePage.objects.live().exclude(translation_key__in=english_keys).first()
    soup, _data = head_of(client, page)
    assert not soup.find_all("link", rel="alternate", hreflang=True)


def test_sitemap_lists_the_translations_as_xhtml_alternates(client):
    tree = ElementTree.fromstring(client.get("/sitemap.xml").content)
    urls = {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.iter(f"{XHTML}link")
        }
        for url in tree.iter(f"{SITEMAP}url")
    }
    english = NewsArticlePage.objects.filter(locale__language_code="en").live().first()
    danish = english.get_translation(english.locale.get_default())
    expected = {
        "da": danish.get_full_url(),
        "en": english.get_full_url(),
        "x-default": danish.get_full_url(),
    }
    assert urls[danish.get_full_url()] == expected
    assert urls[english.get_full_url()] == expected
    untranslated = [loc for loc, links in urls.items() if not links]
    assert untranslated  # Danish-only pages have none


def json_ld_of(data, kind: str) -> list[dict]:
    return [item for item in data["json-ld"] if item.get("@type") == kind]


def test_home_page_is_a_government_organization_and_its_title_is_not_repeated(client):
    home = HomePage.objects.get(locale__language_code="da")
    soup, data = head_of(client, home)
    assert soup.title.get_text() == home.title
    (organization,) = json_ld_of(data, "GovernmentOrganization")
    details = MunicipalitySettings.for_site(home.get_site())
    assert organization["@context"] == "https://schema.org"
    assert organization["name"] == details.name
    assert organization["url"] == home.get_full_url()
    assert organization["telephone"] == details.phone
    assert organization["address"]["@type"] == "PostalAddress"
    assert organization["address"]["postalCode"] == details.postcode

    article = NewsArticlePage.objects.live().first()
    soup, _data = head_of(client, article)
    assert soup.title.get_text() == f"{article.title} – {details.name}"


def test_news_articles_are_news_articles(client):
    for article in NewsArticlePage.objects.live().specific()[:6]:
        _soup, data = head_of(client, article)
        (item,) = json_ld_of(data, "NewsArticle")
        assert item["headline"] == article.title
        assert item["datePublished"] == article.date.isoformat()
        assert item["url"] == article.get_full_url()
        assert item["inLanguage"] == article.locale.language_code
        assert item["publisher"]["@type"] == "GovernmentOrganization"
        if article.image_id:
            assert item["image"][0].startswith("http://localhost/")


def test_activities_are_events_on_their_next_dates_with_a_location(client):
    now = timezone.now()
    recurring = ActivityPage.objects.live().exclude(recurrence="").first()
    one_off = ActivityPage.objects.live().filter(recurrence="", facility__isnull=False).first()
    for activity in (recurring, one_off):
        _soup, data = head_of(client, activity)
        events = json_ld_of(data, "Event")
        upcoming = activity.upcoming_occurrences(ActivityPage.JSON_LD_OCCURRENCES, now)
        assert len(events) == max(len(upcoming), 1)
        starts = [event["startDate"] for event in events]
        assert starts == sorted(starts)
        if upcoming and not activity.all_day:
            first = timezone.localtime(upcoming[0].start)
            assert starts[0] == first.isoformat()
        for event in events:
            assert event["name"] == activity.title
            assert event["location"]["@type"] == "Place"
            assert event["location"]["name"]
            assert event["organizer"]["name"]
            assert event["url"] == activity.get_full_url()
    _soup, data = head_of(client, one_off)
    assert json_ld_of(data, "Event")[0]["location"]["address"]["postalCode"]


def test_pages_without_a_schema_type_have_no_json_ld(client):
    guide = Page.objects.filter(content_type__model="guidepage").live().first().specific
    _soup, data = head_of(client, guide)
    assert data["json-ld"] == []


def test_json_ld_cannot_break_out_of_its_script_element(client):
    article = NewsArticlePage.objects.live().first()
    article.title = "Nyt </script><script>alert(1)</script>"
    article.save_revision().publish()
    response = client.get(article.get_url())
    assert "<script>alert(1)</script>" not in response.content.decode()
    _soup, data = head_of(client, article)
    (item,) = json_ld_of(data, "NewsArticle")
    assert item["headline"] == article.title
