"""#14.6: every absolute URL the site makes starts with the one configured address, SITE_URL."""

import datetime as dt
from xml.etree import ElementTree

import feedparser
import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Site

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory
from core.factories import TopicFactory
from core.site_url import ensure_default_site, site_address
from home.factories import home_for_default_site
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from screens.factories import ScreenFactory

pytestmark = pytest.mark.django_db

SITE = "http://127.0.0.1:8106"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def configured(settings):
    settings.SITE_URL = settings.WAGTAILADMIN_BASE_URL = SITE
    ensure_default_site()
    home = home_for_default_site(title="Vallensbæk Kommune")
    topic = TopicFactory(name="Kultur", slug="kultur")
    news = NewsIndexPageFactory(parent=home, slug="nyheder")
    article = NewsArticlePageFactory(parent=news, title="Ny legeplads", slug="ny-legeplads")
    article.topics.set([topic])
    article.save_revision().publish()
    activities = ActivityIndexPageFactory(parent=home, slug="aktiviteter")
    start = timezone.now() + dt.timedelta(days=2)
    ActivityPageFactory(
        parent=activities, title="Fællessang", start=start, end=start + dt.timedelta(hours=1)
    )
    screen = ScreenFactory(key="foyer", show_association_news=True, activity_days=7)
    screen.news_topics.set([topic])
    return article


def test_default_site_takes_its_hostname_and_port_from_site_url(configured):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8106)
    assert site.root_url == SITE


def test_migrate_puts_the_default_site_back_on_site_url(settings, configured):
    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=80)
    call_command("migrate", verbosity=0)
    site = Site.objects.get(is_default_site=True)
    assert site.root_url == SITE


def test_sitemap_locs_start_with_the_site_url(client, configured):
    tree = ElementTree.fromstring(client.get("/sitemap.xml").content)
    locs = [loc.text for loc in tree.iter(f"{SITEMAP_NS}loc")]
    assert f"{SITE}/nyheder/ny-legeplads/" in locs
    assert all(loc.startswith(f"{SITE}/") for loc in locs)


def test_robots_txt_names_the_sitemap_on_the_site_url(client, configured):
    text = client.get("/robots.txt", HTTP_HOST="localhost").content.decode()
    assert f"Sitemap: {SITE}/sitemap.xml" in text


def test_rss_links_and_self_link_start_with_the_site_url(client, configured):
    feed = feedparser.parse(client.get("/feeds/nyheder/", HTTP_HOST="localhost").content)
    assert feed.feed.link == f"{SITE}/"
    self_links = [link.href for link in feed.feed.links if link.rel == "self"]
    assert self_links == [f"{SITE}/feeds/nyheder/"]
    assert [entry.link for entry in feed.entries] == [f"{SITE}/nyheder/ny-legeplads/"]


def test_api_detail_and_html_urls_start_with_the_site_url(client, configured):
    response = client.get("/api/v3/pages/", {"type": "news.NewsArticlePage"})
    assert response.status_code == 200, response.content
    meta = response.json()["items"][0]["meta"]
    assert meta["detail_url"] == f"{SITE}/api/v3/pages/{configured.pk}/"
    assert meta["html_url"] == f"{SITE}/nyheder/ny-legeplads/"

    today = timezone.localdate()
    window = {"from": today.isoformat(), "to": (today + dt.timedelta(days=7)).isoformat()}
    occurrences = client.get("/api/v3/activities/occurrences/", window).json()["items"]
    assert occurrences
    for item in occurrences:
        assert item["activity"]["url"].startswith(f"{SITE}/aktiviteter/")
        assert item["activity"]["detail_url"].startswith(f"{SITE}/api/v3/pages/")


def test_screen_slides_link_and_qr_codes_point_to_the_site_url(client, configured):
    slides = client.get("/api/v3/screens/foyer/feed/").json()["slides"]
    linked = [slide for slide in slides if slide.get("url")]
    assert {slide["kind"] for slide in linked} == {"news", "activity"}
    for slide in linked:
        assert slide["url"].startswith(f"{SITE}/")
        assert slide["qr_svg"].startswith("<svg")
        assert slide["short_url"].startswith(f"{SITE}/")


@pytest.mark.parametrize(
    "url",
    ["ftp://example.dk", "https://www.vallensbaek.dk:8443", "http://x.dk/cms", "localhost"],
)
def test_a_site_url_wagtail_cannot_express_is_a_configuration_error(url):
    with pytest.raises(ImproperlyConfigured):
        site_address(url)


@override_settings(SITE_URL="https://www.vallensbaek.dk")
def test_an_https_site_url_is_port_443():
    assert tuple(site_address()) == ("www.vallensbaek.dk", 443)
