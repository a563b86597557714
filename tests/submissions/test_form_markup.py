"""Every public form renders its fields the same way (one include), with autocomplete hints."""

import pytest
from bs4 import BeautifulSoup

from recognition.models import NominationPage
from submissions.models import ActivitySuggestionPage, GuideSuggestionPage


@pytest.fixture
def pages(world):
    pages = [
        ActivitySuggestionPage(title="Foreslå en aktivitet", slug="foreslaa-en-aktivitet"),
        GuideSuggestionPage(title="Del et godt råd", slug="del-et-godt-raad"),
        NominationPage(title="Indstil en ildsjæl", slug="indstil-en-ildsjael"),
    ]
    for page in pages:
        world.home.add_child(instance=page)
    return pages


def soup_of(client, page) -> BeautifulSoup:
    return BeautifulSoup(client.get(page.url).content, "html.parser")


def test_contact_fields_tell_the_browser_what_to_fill_in(client, pages):
    for page in pages:
        soup = soup_of(client, page)
        hints = {
            field["name"].removeprefix("nominator_"): field.get("autocomplete")
            for field in soup.select(
                "form input[name$=name], form input[name$=email], form input[name$=phone]"
            )
        }
        assert {k: v for k, v in hints.items() if k in {"name", "email", "phone"}} == {
            "name": "name",
            "email": "email",
            "phone": "tel",
        }, page.slug
        assert soup.select_one("input[name$=phone]")["type"] == "tel"


def test_the_nominee_is_not_filled_in_with_the_visitors_own_name(client, pages):
    soup = soup_of(client, pages[2])
    assert soup.select_one("input[name=nominee_name]")["autocomplete"] == "off"


def test_every_visible_field_is_wrapped_in_the_styled_field_class(client, pages):
    for page in pages:
        soup = soup_of(client, page)
        controls = soup.select(
            ".public-form form input:not([type=hidden]), .public-form form select, "
            ".public-form form textarea"
        )
        visible = [c for c in controls if c["name"] != "homepage"]
        assert visible
        assert all("field" in c.find_parent("div")["class"] for c in visible), page.slug
        assert not soup.select(".form-field")


def test_a_field_error_has_the_id_the_input_points_at(client, pages):
    response = client.post(pages[2].url, {"nominee_name": ""})
    soup = BeautifulSoup(response.content, "html.parser")
    field = soup.select_one("#id_nominee_name")
    ids = field["aria-describedby"].split()
    assert "id_nominee_name_error" in ids
    assert soup.select_one("#id_nominee_name_error").get_text(strip=True) == (
        "Dette felt er påkrævet."
    )
