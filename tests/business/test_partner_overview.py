"""The public "Erhvervspartnere" overview and a business's page, as a citizen sees them."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from business.factories import BusinessPageFactory
from business.models import OFFER_PARAM, OfferKind

pytestmark = pytest.mark.django_db


def listed(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select("li.card h2")]


def test_overview_lists_active_public_businesses_alphabetically(client, partners):
    response = client.get("/erhvervspartnere/")
    assert response.status_code == 200
    assert listed(response) == ["Bageriet ved Søen", "Strandvejens Tømrerfirma"]
    assert "Tilbyder: Sponsorat, Rabatter" in response.content.decode()


def test_overview_filters_by_what_is_offered_without_javascript(client, partners):
    response = client.get("/erhvervspartnere/", {OFFER_PARAM: OfferKind.VOLUNTEER_HOURS})
    assert listed(response) == ["Strandvejens Tømrerfirma"]
    soup = BeautifulSoup(response.content, "html.parser")
    form = soup.find("form", class_="filters")
    assert form.find("select", attrs={"name": OFFER_PARAM})
    assert form.find("button", type="submit")
    selected = soup.find("option", selected=True)
    assert selected["value"] == OfferKind.VOLUNTEER_HOURS


def test_filter_with_no_match_says_so_and_unknown_value_shows_everything(client, partners):
    response = client.get("/erhvervspartnere/", {OFFER_PARAM: OfferKind.PREMISES})
    assert listed(response) == []
    assert "Ingen virksomheder tilbyder det endnu." in response.content.decode()
    response = client.get("/erhvervspartnere/", {OFFER_PARAM: "<script>"})
    assert response.status_code == 200
    assert len(listed(response)) == 2


def test_page_cache_keys_on_the_filter(client, partners, settings):
    # Same path, different filter: the second answer is not the first one from the cache.
    all_of_them = client.get("/erhvervspartnere/")
    filtered = client.get("/erhvervspartnere/", {OFFER_PARAM: OfferKind.DISCOUNTS})
    assert len(listed(all_of_them)) == 2
    assert listed(filtered) == ["Bageriet ved Søen"]
    assert partners.index.specific.get_query_params() == (OFFER_PARAM,)


def test_inactive_and_draft_businesses_are_not_listed(client, partners):
    partners.carpenter.active = False
    partners.carpenter.save_revision().publish()
    partners.bakery.unpublish()
    assert listed(client.get("/erhvervspartnere/")) == []


def test_business_page_shows_offers_and_public_contact_but_never_the_contact_person(
    client, partners
):
    response = client.get("/erhvervspartnere/bageriet/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kage til præmier" in html
    assert "info@strandvejens-toemrer.dk" in html  # the business's public address
    assert "10000009" in html
    for private in ("Jonas Friis", "jonas.friis@bageriet-soeen.dk", "28 11 22 33", "281122"):
        assert private not in html


def test_invalid_cvr_gives_a_clear_danish_error(partners):
    page = BusinessPageFactory.build(title="Forkert CVR", slug="forkert", cvr="12345678")
    with pytest.raises(ValidationError) as error:
        partners.index.add_child(instance=page)
    assert error.value.message_dict["cvr"] == [
        "Indtast et gyldigt CVR-nummer: 8 cifre, som på virk.dk (f.eks. 29189579)."
    ]


def test_html_in_fields_is_shown_as_text(client, partners):
    partners.bakery.summary = "<script>alert('x')</script> Frisk brød"
    partners.bakery.save_revision().publish()
    html = client.get("/erhvervspartnere/").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert" in html
