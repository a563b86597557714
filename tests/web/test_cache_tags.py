"""Cache tags: every public response names what it shows; a publish purges exactly those tags."""

import contextvars
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory
from core import cache_tags
from home.factories import home_for_default_site
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory

pytestmark = pytest.mark.django_db

ACTIVITY_LISTING = "l:activities.activitypage"


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def site(db):
    home = home_for_default_site(slug="forside-tags")
    activities = ActivityIndexPageFactory(parent=home, slug="aktiviteter")
    activities.save_revision().publish()
    news = NewsIndexPageFactory(parent=home, slug="nyheder")
    news.save_revision().publish()
    activity = ActivityPageFactory(parent=activities, title="Fællessang", slug="faellessang")
    activity.save_revision().publish()
    article = NewsArticlePageFactory(parent=news, title="Ny cykelsti", slug="cykelsti")
    article.save_revision().publish()
    return {"home": home, "activities": activities, "activity": activity, "article": article}


def tags_of(response) -> set[str]:
    return set(response["xkey"].split())


class PurgeReceiver(BaseHTTPRequestHandler):
    received: list[tuple[str, str, dict]] = []

    def do_PURGE(self):
        self.received.append((self.command, self.path, dict(self.headers)))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def varnish_like(settings):
    """A real HTTP server on loopback that records the PURGE requests it gets."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeReceiver)
    PurgeReceiver.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "tags": {
            "BACKEND": "core.cache_purge.TagPurgeBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}/",
        }
    }
    yield PurgeReceiver.received
    server.shutdown()
    server.server_close()


def test_a_page_names_itself_its_ancestors_and_the_alert(client, page_cache, site):
    response = client.get("/aktiviteter/faellessang/")

    tags = tags_of(response)
    assert {f"p{site['activity'].pk}", f"p{site['home'].pk}", "all", "m:screens.alert"} <= tags
    assert "menu" in tags


def test_a_listing_names_the_page_type_it_lists(client, page_cache, site):
    tags = tags_of(client.get("/aktiviteter/"))

    assert ACTIVITY_LISTING in tags
    # The cards are covered by the listing's tag: no tag per card.
    assert f"p{site['activity'].pk}" not in tags


def test_an_unrelated_article_does_not_name_the_activity(client, page_cache, site):
    tags = tags_of(client.get("/nyheder/cykelsti/"))

    assert f"p{site['article'].pk}" in tags
    assert ACTIVITY_LISTING not in tags and f"p{site['activity'].pk}" not in tags


def test_feeds_sitemap_and_api_are_tagged(client, page_cache, site):
    assert ACTIVITY_LISTING in tags_of(client.get("/feeds/aktiviteter.ics"))
    assert "l:wagtailcore.page" in tags_of(client.get("/sitemap.xml"))
    api = client.get("/api/v3/pages/?type=activities.ActivityPage")
    assert api.status_code == 200
    assert ACTIVITY_LISTING in tags_of(api)


def test_surrogate_key_mode_names_the_header_for_a_cdn(client, page_cache, settings, site):
    settings.CACHE_TAG_HEADER = "Surrogate-Key"

    response = client.get("/aktiviteter/")

    assert ACTIVITY_LISTING in response["Surrogate-Key"].split()
    assert "xkey" not in response


def test_publishing_an_activity_purges_exactly_its_tags(
    site, varnish_like, django_capture_on_commit_callbacks
):
    activity = site["activity"]
    activity.title = "Fællessang med kor"

    # The frontend cache is told once the publish has committed.
    with django_capture_on_commit_callbacks(execute=True):
        activity.save_revision().publish()

    purges = [headers.get("xkey-purge") for _method, _path, headers in varnish_like]
    purged = {tag for value in purges if value for tag in value.split()}
    assert purged == {
        f"p{activity.pk}",
        ACTIVITY_LISTING,
        "l:wagtailcore.page",
        f"t:{activity.translation_key}",
    }


def test_publishing_an_activity_keeps_an_unrelated_article_cached(client, page_cache, site):
    client.get("/nyheder/cykelsti/")
    client.get("/aktiviteter/")
    client.get("/aktiviteter/faellessang/")
    activity = site["activity"]
    activity.title = "Fællessang med kor"

    activity.save_revision().publish()

    assert client.get("/nyheder/cykelsti/")["X-Page-Cache"] == "hit"
    listing = client.get("/aktiviteter/")
    assert listing["X-Page-Cache"] == "miss"
    assert "Fællessang med kor" in listing.content.decode()
    assert "Fællessang med kor" in client.get("/aktiviteter/faellessang/").content.decode()


def test_a_purged_tag_makes_only_entries_with_it_stale(client, page_cache, site):
    client.get("/nyheder/cykelsti/")
    client.get("/aktiviteter/")

    cache_tags.purge([ACTIVITY_LISTING])

    assert client.get("/nyheder/cykelsti/")["X-Page-Cache"] == "hit"
    assert client.get("/aktiviteter/")["X-Page-Cache"] == "miss"


def test_private_responses_carry_no_tags(admin_client, page_cache, site):
    assert "xkey" not in admin_client.get("/aktiviteter/")


@pytest.fixture
def publish_while_rendering(monkeypatch, site):
    """Publishes the activity (as another request would) while a news article is rendered."""
    from news.models import NewsArticlePage

    original = NewsArticlePage.get_context

    def publish():
        activity = site["activity"]
        activity.title = "Fællessang med kor"
        activity.save_revision().publish()

    def get_context(self, request, *args, **kwargs):
        context = original(self, request, *args, **kwargs)
        # Outside this request's context, as another request or process would publish.
        contextvars.Context().run(publish)
        return context

    monkeypatch.setattr(NewsArticlePage, "get_context", get_context)


def test_a_response_rendered_while_its_tag_was_purged_is_kept_nowhere(
    client, page_cache, site, monkeypatch
):
    from news.models import NewsArticlePage

    original = NewsArticlePage.get_context

    def get_context(self, request, *args, **kwargs):
        # An editor republishes this article while a visitor's request renders it.
        context = original(self, request, *args, **kwargs)
        cache_tags.purge(cache_tags.page_tags(site["article"]))
        return context

    monkeypatch.setattr(NewsArticlePage, "get_context", get_context)
    raced = client.get("/nyheder/cykelsti/")
    monkeypatch.setattr(NewsArticlePage, "get_context", original)

    # Not kept by Varnish (the VCL drops such a response) nor by the local page cache.
    assert raced[cache_tags.RACED_HEADER] == "1"
    again = client.get("/nyheder/cykelsti/")
    assert again["X-Page-Cache"] == "miss"
    assert cache_tags.RACED_HEADER not in again
    assert client.get("/nyheder/cykelsti/")["X-Page-Cache"] == "hit"


def test_a_purge_of_what_a_response_does_not_show_leaves_it_cacheable(
    client, page_cache, site, publish_while_rendering
):
    response = client.get("/nyheder/cykelsti/")

    assert cache_tags.RACED_HEADER not in response
    assert client.get("/nyheder/cykelsti/")["X-Page-Cache"] == "hit"
