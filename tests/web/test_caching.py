"""The anonymous page cache: served from cache, emptied by publishing, never for editors."""

from unittest import mock

import pytest

from core.cache_purge import related_urls
from home.factories import StandardPageFactory, home_for_default_site
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def news_index(db):
    home = home_for_default_site(slug="forside-cache")
    index = NewsIndexPageFactory(parent=home, slug="nyheder")
    index.save_revision().publish()
    return index


def test_second_anonymous_request_is_served_from_the_cache(
    client, page_cache, news_index, django_assert_num_queries
):
    first = client.get("/nyheder/")
    with django_assert_num_queries(0):
        second = client.get("/nyheder/")

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "s-maxage=300" in first["Cache-Control"] and "public" in first["Cache-Control"]


def test_publishing_an_article_refreshes_the_cached_listing(client, page_cache, news_index):
    assert "Ny svømmehal" not in client.get("/nyheder/").content.decode()

    NewsArticlePageFactory(
        parent=news_index, title="Ny svømmehal", slug="svoemmehal", live=False
    ).save_revision().publish()

    response = client.get("/nyheder/")
    assert response["X-Page-Cache"] == "miss"
    assert "Ny svømmehal" in response.content.decode()


def test_unpublishing_removes_the_page_from_cached_listings(client, page_cache, news_index):
    article = NewsArticlePageFactory(parent=news_index, title="Gammel nyhed", slug="gammel")
    article.save_revision().publish()
    assert "Gammel nyhed" in client.get("/nyheder/").content.decode()

    article.unpublish()

    assert "Gammel nyhed" not in client.get("/nyheder/").content.decode()


def test_editors_are_never_served_cached_pages(admin_client, client, page_cache, news_index):
    client.get("/nyheder/")

    response = admin_client.get("/nyheder/")

    assert "X-Page-Cache" not in response
    assert "checker-axe-configuration" in response.content.decode()  # the user bar


def test_cache_is_off_when_the_timeout_is_zero(client, settings, news_index):
    settings.PAGE_CACHE_SECONDS = 0

    assert "X-Page-Cache" not in client.get("/nyheder/")


def test_publish_purges_listings_and_feeds_from_a_configured_cdn(settings, news_index):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:1",
        }
    }
    article = NewsArticlePageFactory(parent=news_index, title="Nyt", slug="nyt", live=False)

    with mock.patch(
        "wagtail.contrib.frontend_cache.backends.HTTPBackend.purge_batch"
    ) as purge_batch:
        article.save_revision().publish()

    purged = {url for call in purge_batch.call_args_list for url in call.args[0]}
    assert "http://localhost/nyheder/nyt/" in purged  # Wagtail's own purge of the page
    assert {
        "http://localhost/",
        "http://localhost/nyheder/",
        "http://localhost/feeds/nyheder/",
        "http://localhost/feeds/aktiviteter.ics",
        "http://localhost/sitemap.xml",
    } <= purged


def test_related_urls_of_a_standard_page_include_home_and_sitemap(news_index):
    page = StandardPageFactory(parent=news_index.get_parent(), slug="om")

    urls = related_urls(page)

    assert "http://localhost/" in urls
    assert "http://localhost/sitemap.xml" in urls


def test_search_results_are_never_cached(client, page_cache, news_index):
    client.get("/soeg/?q=svømmehal")

    assert "X-Page-Cache" not in client.get("/soeg/?q=svømmehal")


def test_a_cached_page_is_never_served_after_it_expires(client, page_cache, news_index):
    """The cache lifetime stops at the next expiry, so the visitor gets a 404, not the copy."""
    import datetime as dt

    from django.utils import timezone

    now = timezone.now()
    article = NewsArticlePageFactory(
        parent=news_index,
        title="Tilbud, der udløber",
        slug="udloeber",
        expire_at=now + dt.timedelta(seconds=90),
    )
    article.save_revision().publish()
    assert client.get("/nyheder/udloeber/").status_code == 200

    later = now + dt.timedelta(seconds=120)
    # Move both the page's clock and the cache's clock two minutes on.
    with (
        mock.patch("django.utils.timezone.now", return_value=later),
        mock.patch(
            "django.core.cache.backends.locmem.time.time",
            return_value=later.timestamp(),
        ),
    ):
        response = client.get("/nyheder/udloeber/")
        listing = client.get("/nyheder/").content.decode()

    assert response.status_code == 404
    assert "Tilbud, der udløber" not in listing


def test_an_urgent_alert_refreshes_every_cached_page(client, page_cache, news_index):
    from screens.factories import AlertFactory

    assert client.get("/nyheder/")["X-Page-Cache"] == "miss"
    assert client.get("/nyheder/")["X-Page-Cache"] == "hit"

    alert = AlertFactory(message="Vandet er lukket på Strandvejen")

    response = client.get("/nyheder/")
    assert response["X-Page-Cache"] == "miss"
    assert "Vandet er lukket på Strandvejen" in response.content.decode()

    client.get("/nyheder/")
    alert.delete()

    assert "Vandet er lukket" not in client.get("/nyheder/").content.decode()


def test_deleting_an_image_refreshes_the_cached_pages_that_showed_it(
    client, page_cache, news_index
):
    from core.factories import ImageFactory

    image = ImageFactory(title="Legepladsen")
    article = NewsArticlePageFactory(
        parent=news_index, slug="legeplads", image=image, image_alt="Børn på gyngerne"
    )
    article.save_revision().publish()
    assert "<picture" in client.get("/nyheder/").content.decode()

    image.delete()

    assert "<picture" not in client.get("/nyheder/").content.decode()


def test_making_a_page_private_removes_it_from_cached_listings(client, page_cache, news_index):
    from wagtail.models import PageViewRestriction

    article = NewsArticlePageFactory(parent=news_index, title="Intern besked", slug="intern")
    article.save_revision().publish()
    assert "Intern besked" in client.get("/nyheder/").content.decode()

    # The admin's privacy setting saves a restriction; nothing is published.
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)

    assert "Intern besked" not in client.get("/nyheder/").content.decode()


def test_changing_the_municipality_details_refreshes_every_cached_page(
    client, page_cache, news_index
):
    from core.models import MunicipalitySettings

    settings_row = MunicipalitySettings.for_site(news_index.get_site())
    settings_row.name = "Vallensbæk Kommune"
    settings_row.phone = "43 97 97 00"
    settings_row.save()
    assert "43 97 97 00" in client.get("/nyheder/").content.decode()

    settings_row.phone = "43 97 98 00"
    settings_row.save()

    assert "43 97 98 00" in client.get("/nyheder/").content.decode()
