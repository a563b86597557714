"""The journeys: the calendar links "Foreslå en aktivitet", the guides "Del et godt råd"."""

import pytest
from bs4 import BeautifulSoup

from submissions.models import ActivitySuggestionPage, GuideSuggestionPage


@pytest.fixture
def forms(world):
    activity = ActivitySuggestionPage(title="Foreslå en aktivitet", slug="foreslaa-en-aktivitet")
    guide = GuideSuggestionPage(title="Del et godt råd", slug="del-et-godt-raad")
    world.home.add_child(instance=activity)
    world.home.add_child(instance=guide)
    return activity, guide


def form_link(client, page):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return soup.select_one(".form-link a")


@pytest.mark.parametrize(
    ("index_name", "form_index", "text"),
    [("activity_index", 0, "Foreslå en aktivitet"), ("guide_index", 1, "Del et godt råd")],
)
def test_the_listing_links_its_form_and_the_link_works(
    client, world, forms, index_name, form_index, text
):
    link = form_link(client, getattr(world, index_name))
    assert (link.get_text(), link["href"]) == (text, forms[form_index].url)
    assert client.get(link["href"]).status_code == 200


def test_a_form_that_is_not_live_is_not_linked(client, world, forms):
    forms[0].unpublish()
    assert form_link(client, world.activity_index) is None
