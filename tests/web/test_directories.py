"""Directories list a page at a time (issue #20: the same cost with 30 entries or 7,000)."""

import pytest
from bs4 import BeautifulSoup

from associations.factories import AssociationIndexPageFactory, AssociationPageFactory
from core import pagination
from facilities.factories import FacilityIndexPageFactory, FacilityPageFactory
from guides.factories import GuideIndexPageFactory, GuidePageFactory
from home.factories import home_for_default_site
from renovations.factories import RenovationIndexPageFactory, RenovationProjectPageFactory

pytestmark = pytest.mark.django_db

DIRECTORIES = {
    "guides": (GuideIndexPageFactory, GuidePageFactory),
    "facilities": (FacilityIndexPageFactory, FacilityPageFactory),
    "renovations": (RenovationIndexPageFactory, RenovationProjectPageFactory),
}


@pytest.fixture
def two_a_page(monkeypatch):
    monkeypatch.setattr(pagination, "DIRECTORY_PER_PAGE", 2)


def titles(response, level="h2, h3"):
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(f"main :is({level}) a")]


@pytest.mark.parametrize("kind", DIRECTORIES)
def test_a_directory_shows_a_page_at_a_time_with_a_link_to_the_next(client, kind, two_a_page):
    index_factory, entry_factory = DIRECTORIES[kind]
    index = index_factory(parent=home_for_default_site(), slug=kind)
    names = [f"{kind} {letter}" for letter in "ABC"]
    for name in names:
        entry_factory(parent=index, title=name)

    first = client.get(index.url)
    second = client.get(f"{index.url}?page=2")

    shown = titles(first) + titles(second)
    assert sorted(shown) == names and len(titles(first)) == 2
    assert 'rel="next"' in first.text and "Side 1 af 2" in first.text
    assert 'rel="prev"' in second.text


def test_an_unpublished_entry_leaves_the_directory(client, two_a_page):
    index = GuideIndexPageFactory(parent=home_for_default_site(), slug="guider")
    kept = GuidePageFactory(parent=index, title="Bestyrelsens opgaver")
    gone = GuidePageFactory(parent=index, title="Alt om kontingent")
    gone.unpublish()

    assert titles(client.get(index.url)) == [kept.title]


def test_the_letter_index_links_each_letter_to_the_page_it_is_on(client, two_a_page):
    index = AssociationIndexPageFactory(parent=home_for_default_site(), slug="foreninger")
    for title in ("Bueskytterne", "Amatørteatret", "Østervolds Roklub"):
        AssociationPageFactory(parent=index, title=title)

    response = client.get(index.url)

    soup = BeautifulSoup(response.content, "html.parser")
    links = {a.get_text(): a["href"] for a in soup.select(".letter-nav a")}
    assert links == {"A": "?page=1#bogstav-A", "B": "?page=1#bogstav-B", "Ø": "?page=2#bogstav-Ø"}
    assert titles(client.get(index.url + links["Ø"].split("#")[0]), "h3") == ["Østervolds Roklub"]
