"""``/api/v3/businesses/``: the business partners, typed (every response checked against the
OpenAPI document by tests/api/conftest.py)."""

import pytest
from django.contrib.auth import get_user_model

from business.factories import BusinessPageFactory
from tests.business.conftest import *  # noqa: F403  (the partners fixture)
from tests.business.conftest import publish
from tests.visibility import HIDDEN

pytestmark = pytest.mark.django_db

PRIVATE = ("Jonas Friis", "jonas.friis@bageriet-soeen.dk", "28 11 22 33", "contact_")


def names(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["name"] for item in response.json()["items"]]


def test_the_listing_has_name_cvr_offers_and_link_and_no_contact_person(api_client, partners):
    response = api_client.get("/api/v3/businesses/")
    assert names(response) == ["Bageriet ved Søen", "Strandvejens Tømrerfirma"]  # A–Å
    body = response.json()
    assert body["count"] == 2
    bakery = body["items"][0]
    assert bakery["cvr"] == "10000009"
    assert bakery["offers"] == [
        {"kind": "sponsorship", "label": "Sponsorat", "details": "Kage til præmier"},
        {"kind": "discounts", "label": "Rabatter", "details": "10 % på lagkager"},
    ]
    assert bakery["html_url"].endswith("/erhvervspartnere/bageriet/")
    assert bakery["detail_url"].endswith(f"/api/v3/pages/{partners.bakery.pk}/")
    for private in PRIVATE:
        assert private not in response.content.decode()


def test_the_detail_is_the_same_entry(api_client, partners):
    response = api_client.get(f"/api/v3/businesses/{partners.carpenter.pk}/")
    assert response.status_code == 200
    assert response.json()["name"] == "Strandvejens Tømrerfirma"
    assert response.json()["offers"][0]["kind"] == "volunteer_hours"


def test_filter_by_offer_one_or_several(api_client, partners):
    assert names(api_client.get("/api/v3/businesses/", {"offer": "sponsorship"})) == [
        "Bageriet ved Søen"
    ]
    assert names(api_client.get("/api/v3/businesses/?offer=volunteer_hours&offer=discounts")) == [
        "Bageriet ved Søen",
        "Strandvejens Tømrerfirma",
    ]
    assert names(api_client.get("/api/v3/businesses/", {"offer": "premises"})) == []


@pytest.mark.parametrize(
    "query",
    ["offer=gratis-kage", "offer=sponsorship&offer=", "offer=%00", "limit=100000"],
)
def test_bad_filters_are_400_problem_json(api_client, partners, query):
    response = api_client.get(f"/api/v3/businesses/?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert "Jonas" not in response.content.decode()


def test_malformed_paging_is_422_problem_json(api_client, partners):
    response = api_client.get("/api/v3/businesses/?limit=abc")
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize("case", HIDDEN)
def test_hidden_businesses_are_never_listed_nor_shown(api_client, partners, case):
    HIDDEN[case](partners.bakery)
    assert names(api_client.get("/api/v3/businesses/")) == ["Strandvejens Tømrerfirma"]
    detail = api_client.get(f"/api/v3/businesses/{partners.bakery.pk}/")
    assert detail.status_code == 404
    assert detail["Content-Type"] == "application/problem+json"


def test_drafts_are_not_listed_even_for_a_logged_in_editor(api_client, partners):
    BusinessPageFactory(parent=partners.index, title="Kladde ApS", cvr="29189579", live=False)
    editor = get_user_model().objects.create_superuser("admin", "admin@example.com", "x")
    api_client.force_login(editor)
    assert "Kladde ApS" not in names(api_client.get("/api/v3/businesses/"))


def test_an_inactive_business_is_left_out_like_on_the_overview(api_client, partners):
    partners.carpenter.active = False
    publish(partners.carpenter)
    assert names(api_client.get("/api/v3/businesses/")) == ["Bageriet ved Søen"]


def test_the_listing_costs_the_same_queries_for_one_or_many(
    api_client, partners, django_assert_max_num_queries
):
    for n in range(5):
        publish(BusinessPageFactory(parent=partners.index, title=f"Firma {n}", cvr="29189579"))
    with django_assert_max_num_queries(12):
        assert len(names(api_client.get("/api/v3/businesses/"))) == 7


def test_the_document_describes_the_listing_the_filter_and_the_link(api_client, db):
    document = api_client.get("/api/v3/openapi.json").json()
    listing = document["paths"]["/api/v3/businesses/"]["get"]
    assert "offer" in {parameter["name"] for parameter in listing["parameters"]}
    assert "400" in listing["responses"]
    assert "FirstBusiness" in listing["responses"]["200"]["links"]
    assert "/api/v3/businesses/{business_id}/" in document["paths"]
