"""The public exhibitor list: accepted applications only, by category, never personal data."""

import pytest
from bs4 import BeautifulSoup

from fairs.choices import Kind, Status

from .helpers import accepted, application

pytestmark = pytest.mark.django_db

PRIVATE = ("Lone Mikkelsen", "lone.mikkelsen@example.com", "22 33 44 55", "Intern note")


@pytest.fixture
def exhibitors(world, fair):
    accepted(fair, "A1", kind=Kind.ASSOCIATION, association=world.association_a)
    accepted(
        fair,
        "B1",
        kind=Kind.BUSINESS,
        business=world.business_a,
        offer="Kage til præmier",
        description="<b>Smagsprøver</b> <script>alert(1)</script>",
    )
    accepted(fair, "C1", staff_note="Intern note")
    application(fair, organisation_name="Ikke godkendt forening")
    application(fair, organisation_name="Afvist forening", status=Status.DECLINED)
    fair.exhibitors_published = True
    fair.save_revision().publish()
    return fair


def headings(html) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    return [h.get_text(strip=True) for h in soup.select("#udstillere ~ section h3")]


def test_the_list_is_hidden_until_staff_publish_it(client, world, fair):
    accepted(fair, "A1", kind=Kind.ASSOCIATION, association=world.association_a)
    html = client.get("/foreningsdag/").content.decode()
    assert 'id="udstillere"' not in html and "Stand A1" not in html
    response = client.get(f"/api/v3/fairs/{fair.pk}/exhibitors/")
    assert response.json()["published"] is False
    assert response.json()["exhibitors"] == []


def test_page_lists_accepted_exhibitors_by_category_with_stand_numbers(client, exhibitors):
    html = client.get("/foreningsdag/").content.decode()
    assert headings(html) == ["Foreninger", "Virksomheder", "Andre udstillere"]
    assert "Vallensbæk Petanqueklub" in html and "Stand A1" in html
    assert "Bageriet ved Søen" in html and "Kage til præmier" in html
    assert "Stand A1 · Sport og motion" in html
    assert "Ikke godkendt forening" not in html
    assert "Afvist forening" not in html
    for private in PRIVATE:
        assert private not in html


def test_html_typed_by_an_exhibitor_is_shown_as_text(client, exhibitors):
    html = client.get("/foreningsdag/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;b&gt;Smagsprøver&lt;/b&gt;" in html


def test_api_serves_typed_exhibitors_without_personal_data(client, world, exhibitors):
    response = client.get(f"/api/v3/fairs/{exhibitors.pk}/exhibitors/")
    assert response.status_code == 200
    data = response.json()
    assert data["published"] is True
    assert [(e["stand_number"], e["kind"]) for e in data["exhibitors"]] == [
        ("A1", "association"),
        ("B1", "business"),
        ("C1", "other"),
    ]
    assert data["exhibitors"][0]["page"]["id"] == world.association_a.pk
    assert data["exhibitors"][2]["page"] is None
    body = response.content.decode()
    for private in (*PRIVATE, "contact", "needs_power", "staff_note"):
        assert private not in body
    assert "Ikke godkendt" not in body and "Afvist" not in body


def test_unknown_or_hidden_fair_is_404_problem_json(client, exhibitors):
    assert client.get("/api/v3/fairs/999999/exhibitors/").status_code == 404
    exhibitors.unpublish()
    response = client.get(f"/api/v3/fairs/{exhibitors.pk}/exhibitors/")
    assert response.status_code == 404
    assert "Petanque" not in response.content.decode()


def test_an_exhibitor_whose_page_turned_private_is_not_linked(client, world, exhibitors):
    world.association_a.unpublish()
    data = client.get(f"/api/v3/fairs/{exhibitors.pk}/exhibitors/").json()
    assert data["exhibitors"][0]["page"] is None
    html = client.get("/foreningsdag/").content.decode()
    assert f'href="{world.association_a.url}"' not in html


def test_search_and_sitemap_show_the_fair_but_no_application(client, exhibitors):
    found = client.get("/soeg/", {"q": "Idrætscenter"}).content.decode()
    assert "Foreningsdag 2027" in found
    # The fair is not found by what applicants typed, and nothing of theirs is shown.
    for query in ("Mikkelsen", "knob"):
        html = client.get("/soeg/", {"q": query}).content.decode()
        assert "Foreningsdag 2027" not in html
        assert "lone.mikkelsen@example.com" not in html
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/foreningsdag/" in sitemap
    assert "Mikkelsen" not in sitemap


def test_accepting_an_application_refreshes_the_cached_fair_page(client, world, fair):
    fair.exhibitors_published = True
    fair.save_revision().publish()
    waiting = application(fair, organisation_name="Vallensbæk Skakklub")
    assert "Vallensbæk Skakklub" not in client.get("/foreningsdag/").content.decode()
    waiting.status, waiting.stand_number = Status.ACCEPTED, "A7"
    waiting.save()
    assert "Vallensbæk Skakklub" in client.get("/foreningsdag/").content.decode()
