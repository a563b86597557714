"""Previewing drafts in an external frontend (wagtail-headless-preview + /api/v3/preview/)."""

import re
from urllib.parse import parse_qs, urlparse

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from core.preview import HEADLESS_PREVIEW_MODE

pytestmark = pytest.mark.django_db

FRONTEND = "https://frontend.vallensbaek.example/preview"


@pytest.fixture
def headless(settings):
    settings.WAGTAIL_HEADLESS_PREVIEW = {
        "CLIENT_URLS": {"default": FRONTEND},
        "ENFORCE_TRAILING_SLASH": False,
    }


def open_preview(page) -> dict:
    """What the admin does when an editor picks "External frontend": the frontend URL's query."""
    request = RequestFactory().get("/admin/pages/preview/")
    response = page.serve_preview(request, HEADLESS_PREVIEW_MODE)
    assert response.status_code == 200
    iframe_src = re.search(r'src="([^"]+)"', response.content.decode()).group(1)
    url = urlparse(iframe_src.replace("&amp;", "&"))
    assert f"{url.scheme}://{url.netloc}{url.path}" == FRONTEND
    return {key: values[0] for key, values in parse_qs(url.query).items()}


def test_external_frontend_is_a_preview_mode_only_when_configured(tree, settings):
    settings.WAGTAIL_HEADLESS_PREVIEW = {"CLIENT_URLS": {}}
    assert [mode for mode, _label in tree.article.preview_modes] == [""]

    settings.WAGTAIL_HEADLESS_PREVIEW = {"CLIENT_URLS": {"default": FRONTEND}}
    assert [mode for mode, _label in tree.article.preview_modes] == ["", HEADLESS_PREVIEW_MODE]


def test_website_preview_still_renders_the_page(tree, headless):
    request = RequestFactory().get("/admin/pages/preview/")
    request.user = AnonymousUser()
    response = tree.article.serve_preview(request, "")
    assert response.status_code == 200
    assert "Ny legeplads ved Strandparken" in response.rendered_content


def test_frontend_reads_the_unpublished_change_by_token(tree, api_client, headless):
    draft = tree.article.get_latest_revision_as_object()
    draft.title = "Ny legeplads åbner først i juli"
    draft.summary = "Åbningen er udsat en måned."

    query = open_preview(draft)
    assert query["content_type"] == "news.newsarticlepage"

    response = api_client.get("/api/v3/preview/", query)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    data = response.json()
    assert data["id"] == tree.article.pk
    assert data["meta"]["type"] == "news.NewsArticlePage"
    assert data["title"] == "Ny legeplads åbner først i juli"
    assert data["summary"] == "Åbningen er udsat en måned."
    assert data["image"]["alt"] == "Børn på en gynge i Strandparken"

    # The public API still shows the published version.
    public = api_client.get(f"/api/v3/pages/{tree.article.pk}/").json()
    assert public["title"] == "Ny legeplads ved Strandparken"


def test_a_never_published_page_can_be_previewed(tree, api_client, headless):
    tree.traffic_article.unpublish()
    query = open_preview(tree.traffic_article)
    data = api_client.get("/api/v3/preview/", query).json()
    assert data["title"] == "Vejarbejde på Vallensbækvej"
    assert api_client.get(f"/api/v3/pages/{tree.traffic_article.pk}/").status_code == 404


@pytest.mark.parametrize(
    "tamper",
    [
        lambda q: {**q, "token": q["token"] + "x"},
        lambda q: {**q, "token": "id=1:forged:signature"},
        lambda q: {**q, "content_type": "activities.activitypage"},
        lambda q: {**q, "content_type": "nope.nothing"},
        lambda q: {**q, "content_type": "wagtailcore.page"},
        lambda q: {"content_type": q["content_type"]},
    ],
)
def test_invalid_tokens_get_nothing(tree, api_client, headless, tamper):
    query = tamper(open_preview(tree.article))
    response = api_client.get("/api/v3/preview/", query)
    assert response.status_code in {404, 422}
    assert response["Content-Type"] == "application/problem+json"
    assert "Strandparken" not in response.content.decode()


def test_tokens_expire(tree, api_client, headless, settings):
    query = open_preview(tree.article)
    settings.HEADLESS_PREVIEW_MAX_AGE = -1
    response = api_client.get("/api/v3/preview/", query)
    assert response.status_code == 404
    assert "expired" in response.json()["detail"]
