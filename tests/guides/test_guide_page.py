"""A guide page links the previous and next public guide in the directory's order."""

import pytest
from bs4 import BeautifulSoup

from guides.factories import GuideIndexPageFactory, GuidePageFactory
from home.factories import home_for_default_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def guides():
    home = home_for_default_site(slug="forside-guider")
    index = GuideIndexPageFactory(parent=home, slug="guider")
    for title, slug in [("A: Start en forening", "a"), ("B: Søg tilskud", "b")]:
        GuidePageFactory(parent=index, title=title, slug=slug).save_revision().publish()
    # Between the two by title, but a draft: the pager must step over it.
    GuidePageFactory(parent=index, title="AB: Kladde", slug="ab").unpublish()
    return index


def pager(client, url) -> dict[str, str]:
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {link["rel"][0]: link["href"] for link in soup.select("a[rel=prev], a[rel=next]")}


def test_guide_page_links_its_public_neighbours(client, guides):
    assert pager(client, "/guider/a/") == {"next": "/guider/b/"}
    assert pager(client, "/guider/b/") == {"prev": "/guider/a/"}
