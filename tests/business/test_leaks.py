"""The contact person and hidden businesses never reach the API, search or the sitemap."""

import pytest

from tests.visibility import HIDDEN

pytestmark = pytest.mark.django_db

PRIVATE = ("Jonas Friis", "jonas.friis@bageriet-soeen.dk", "28 11 22 33", "contact_")


def test_api_detail_has_the_public_fields_and_offers_but_no_contact_person(client, partners):
    response = client.get(f"/api/v3/pages/{partners.bakery.pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["cvr"] == "10000009"
    assert [offer["kind"] for offer in data["offers"]] == ["sponsorship", "discounts"]
    assert data["offers"][0]["details"] == "Kage til præmier"
    body = response.content.decode()
    for private in PRIVATE:
        assert private not in body


def test_api_listing_of_businesses_has_no_contact_person(client, partners):
    response = client.get(
        "/api/v3/pages/", {"type": "business.BusinessPage", "fields": "*", "limit": 50}
    )
    assert response.status_code == 200
    assert len(response.json()["items"]) == 2
    for private in PRIVATE:
        assert private not in response.content.decode()


def test_search_finds_a_business_by_offer_but_not_by_its_contact_person(client, partners):
    found = client.get("/soeg/", {"q": "lagkager"}).content.decode()
    assert "Bageriet ved Søen" in found
    by_person = client.get("/soeg/", {"q": "Friis"}).content.decode()
    assert "Bageriet ved Søen" not in by_person
    assert "Jonas" not in by_person


@pytest.mark.parametrize("case", HIDDEN)
def test_hidden_business_is_absent_from_overview_api_search_and_sitemap(client, partners, case):
    HIDDEN[case](partners.bakery)
    assert "Bageriet" not in client.get("/erhvervspartnere/").content.decode()
    ids = {
        item["id"]
        for item in client.get("/api/v3/pages/", {"type": "business.BusinessPage"}).json()["items"]
    }
    assert partners.bakery.pk not in ids
    assert partners.carpenter.pk in ids
    assert "Bageriet" not in client.get("/soeg/", {"q": "lagkager"}).content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/erhvervspartnere/bageriet/" not in sitemap
    assert "/erhvervspartnere/toemrer/" in sitemap
