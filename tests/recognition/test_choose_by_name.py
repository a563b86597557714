"""Past CHOICE_LIST_LIMIT associations, a public form asks for the name instead of a list."""

import pytest
from bs4 import BeautifulSoup

from recognition.models import Nomination
from submissions import fields
from tests.recognition.test_nominations import nomination_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def many(monkeypatch):
    """The world's two associations are "many" (a limit of one)."""
    monkeypatch.setattr(fields, "CHOICE_LIST_LIMIT", 1)


def association_input(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select_one("[name=association]")


def test_up_to_the_limit_the_associations_are_a_list(client, world, nomination_page):
    field = association_input(client.get(nomination_page.url))
    assert field.name == "select"
    assert world.association_a.title in field.get_text()


def test_past_the_limit_the_name_is_typed_and_no_list_is_sent(
    client, world, nomination_page, many
):
    response = client.get(nomination_page.url)

    field = association_input(response)
    assert (field.name, field["type"]) == ("input", "text")
    assert world.association_b.title not in response.text
    assert "Skriv navnet, som det står i oversigten." in response.text


def test_a_typed_name_chooses_the_association_whatever_its_case(
    client, world, nomination_page, many
):
    typed = f"  {world.association_a.title.upper()} "
    response = client.post(nomination_page.url, nomination_data(world, association=typed))

    assert response.status_code == 302, response.context["form"].errors
    assert Nomination.objects.get().association == world.association_a


def test_an_unknown_name_gets_a_danish_error_and_keeps_what_was_typed(
    client, world, nomination_page, many
):
    data = nomination_data(world, association="Foreningen der ikke findes")
    response = client.post(nomination_page.url, data)

    assert response.status_code == 200
    assert "Vi fandt ingen med det navn" in response.text
    assert association_input(response)["value"] == "Foreningen der ikke findes"
    assert not Nomination.objects.exists()
