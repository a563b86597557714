"""HTTP basics every client relies on: HEAD on every GET route, the favicon, the headers (#14.9)."""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory
from home.factories import home_for_default_site
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from screens.factories import ManualSlideFactory, ScreenFactory

pytestmark = pytest.mark.django_db

#: Routes outside the public site, or that only exist for POST.
NOT_PUBLIC = re.compile(r"^(admin/|django-admin/|documents/|api/v3/(docs|pages/actions))")


@pytest.fixture
def site(db):
    home = home_for_default_site()
    article = NewsArticlePageFactory(parent=NewsIndexPageFactory(parent=home))
    activity = ActivityPageFactory(parent=ActivityIndexPageFactory(parent=home))
    screen = ScreenFactory(key="raadhus-foyer")
    ManualSlideFactory(screens=[screen])
    return {"article": article, "activity": activity, "screen": screen}


def parameterless_routes(patterns=None, prefix="") -> list[str]:
    """Every route in the URL resolver that takes no parameter, as a path."""
    found = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = str(pattern.pattern)
        if "<" in route or "(" in route or "\\" in route.replace("\\.", ""):
            continue
        route = route.lstrip("^").rstrip("$").replace("\\.", ".")
        if isinstance(pattern, URLResolver):
            found += parameterless_routes(pattern.url_patterns, prefix + route)
        elif isinstance(pattern, URLPattern):
            found.append("/" + prefix + route)
    return sorted({path for path in found if not NOT_PUBLIC.match(path.lstrip("/"))})


def public_get_routes(site) -> list[str]:
    return [
        *parameterless_routes(),
        site["article"].url,
        site["activity"].url,
        f"/feeds/aktiviteter/{site['activity'].pk}.ics",
        f"/en/feeds/aktiviteter/{site['activity'].pk}.ics",
        "/api/v3/screens/raadhus-foyer/feed/",
        "/screens/raadhus-foyer/",
        f"/s/{site['article'].pk}",
        f"/api/v3/pages/{site['article'].pk}/",
        "/api/v3/activities/occurrences/?from=2026-12-01&to=2026-12-31",
    ]


def test_the_walk_finds_the_routes_that_answered_405(site):
    routes = parameterless_routes()
    for path in ("/robots.txt", "/sitemap.xml", "/feeds/aktiviteter.ics", "/feeds/nyheder/"):
        assert path in routes


def test_every_public_get_route_answers_head_like_get(site, client):
    checked = 0
    for path in public_get_routes(site):
        get = client.get(path)
        if get.status_code == 405:
            continue  # a POST-only route
        head = client.head(path)
        assert head.status_code == get.status_code, path
        assert head.content == b"", path
        assert head["Content-Type"] == get["Content-Type"], path
        checked += 1
    assert checked >= 15


def test_head_keeps_the_length_and_etag_of_get(site, client):
    get = client.get("/api/v3/screens/raadhus-foyer/feed/")
    head = client.head("/api/v3/screens/raadhus-foyer/feed/")
    assert head.status_code == 200
    assert head["ETag"] == get["ETag"]
    ics = client.head(f"/feeds/aktiviteter/{site['activity'].pk}.ics")
    assert ics.status_code == 200
    assert ics["Content-Type"].startswith("text/calendar")
    assert int(ics["Content-Length"]) > 0


def test_favicon_is_an_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # the ICO file signature


def test_frame_options_agree_with_the_csp_and_features_are_refused(site, client):
    response = client.get("/")
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy
    api = client.get("/api/v3/pages/")
    assert api["Permissions-Policy"] == policy
