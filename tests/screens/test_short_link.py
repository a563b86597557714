"""``/s/<id>``: the short address in a screen's QR code, and what it never reveals."""

from urllib.parse import urlsplit

import pytest
from wagtail.models import Page

from tests.screens.conftest import feed_url
from tests.visibility import HIDDEN, make_restricted

pytestmark = pytest.mark.django_db


def test_short_link_redirects_to_the_pages_public_address(site, client):
    response = client.get(f"/s/{site.article.pk}")

    assert response.status_code == 302
    assert response["Location"].endswith("/nyheder/ny-legeplads-ved-strandparken/")
    assert client.get(response["Location"]).status_code == 200
    # With a trailing slash, or ignored tracking parameters, it is the same link.
    assert client.get(f"/s/{site.article.pk}/?utm_source=qr")["Location"] == response["Location"]


def test_a_slides_qr_code_encodes_the_short_link_of_its_page(site, client):
    slides = client.get(feed_url("raadhus-foyer")).json()["slides"]
    news = next(slide for slide in slides if slide["kind"] == "news")

    assert news["short_url"].endswith(f"/s/{site.article.pk}")
    assert len(news["short_url"]) < len(news["url"])
    redirect = client.get(urlsplit(news["short_url"]).path)
    assert redirect.status_code == 302
    assert redirect["Location"].endswith(urlsplit(news["url"]).path)
    # A short address makes a coarse code (version 3 at most: 29 modules + the quiet zone of
    # four each side), and the manual slide keeps its own link.
    assert 'viewBox="0 0 37 37"' in news["qr_svg"] or 'viewBox="0 0 33 33"' in news["qr_svg"]
    manual = next(slide for slide in slides if slide["kind"] == "manual")
    assert manual["short_url"] == "https://www.vallensbaek.dk/borgerservice"


@pytest.mark.parametrize("hidden", sorted(HIDDEN))
def test_short_link_of_a_page_the_public_may_not_see_is_a_plain_404(site, client, hidden):
    HIDDEN[hidden](site.article)
    unknown_id = 999999

    response = client.get(f"/s/{site.article.pk}")
    unknown = client.get(f"/s/{unknown_id}")

    assert response.status_code == 404
    assert "Location" not in response
    assert "ny-legeplads" not in response.content.decode()
    # Word for word the answer for an id no page has: nothing tells the page exists.
    assert response.content.decode().replace(f"/s/{site.article.pk}", "/s/ID") == (
        unknown.content.decode().replace(f"/s/{unknown_id}", "/s/ID")
    )


def test_short_link_below_a_restricted_page_is_a_404(site, client):
    make_restricted(site.news_index)

    assert client.get(f"/s/{site.article.pk}").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/s/0",
        "/s/999999",
        f"/s/{2**31}",
        f"/s/{2**63}",
        "/s/" + "9" * 40,
        "/s/-1",
        "/s/abc",
        "/s/12abc",
    ],
)
def test_unknown_huge_or_malformed_short_links_are_404_not_500(site, client, path):
    # Not digits: the site's usual slash redirect, then Wagtail's 404.
    assert client.get(path, follow=True).status_code == 404


def test_short_link_of_the_tree_root_without_address_is_a_404(site, client):
    assert client.get(f"/s/{Page.get_first_root_node().pk}").status_code == 404


def test_short_link_only_answers_reads(site, client):
    assert client.post(f"/s/{site.article.pk}").status_code == 405
    assert client.head(f"/s/{site.article.pk}").status_code == 302
