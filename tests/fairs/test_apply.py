"""Associations and businesses apply for a stand on the fair page's public form."""

import datetime as dt

import pytest
from django.utils import timezone

from fairs.choices import Kind
from fairs.models import StandApplication

from .helpers import make_fair

pytestmark = pytest.mark.django_db


def form_data(**overrides) -> dict:
    return {
        "kind": Kind.ASSOCIATION,
        "association": "",
        "business": "",
        "organisation_name": "",
        "description": "Prøv petanque på vores bane.",
        "offer": "",
        "needs_power": "on",
        "needs_table": "on",
        "placement": "outdoor",
        "size": "medium",
        "contact_name": "Anna Jensen",
        "contact_email": "anna@example.com",
        "contact_phone": "",
        "homepage": "",
        **overrides,
    }


def test_association_applies_and_gets_a_receipt_by_real_smtp(client, world, fair, smtp_server):
    response = client.post(
        "/foreningsdag/", form_data(association=world.association_a.pk), follow=True
    )
    assert response.status_code == 200
    application = StandApplication.objects.get()
    assert application.association.pk == world.association_a.pk
    assert (application.needs_power, application.needs_table) == (True, True)
    assert (application.placement, application.size, application.status) == (
        "outdoor",
        "medium",
        "received",
    )
    assert application.reference in response.content.decode()
    (receipt,) = smtp_server.messages_to("anna@example.com")
    assert application.reference in receipt.subject
    assert "Foreningsdag 2027" in receipt.body
    assert "petanque" not in receipt.text  # the typed text is never echoed to the address


def test_business_applies_with_what_it_offers(client, world, fair):
    client.post(
        "/foreningsdag/",
        form_data(kind=Kind.BUSINESS, business=world.business_a.pk, offer="Sponsorat af præmier"),
    )
    application = StandApplication.objects.get()
    assert application.business.pk == world.business_a.pk
    assert application.offer == "Sponsorat af præmier"
    assert application.association is None


def test_application_after_the_closing_date_is_refused_in_danish(client, world):
    now = timezone.now()
    closed = make_fair(
        world.home,
        slug="lukket",
        applications_close_at=now - dt.timedelta(minutes=1),
    )
    page = client.get("/lukket/").content.decode()
    assert "Ansøgningsfristen er overskredet" in page
    assert 'name="contact_email"' not in page

    response = client.post("/lukket/", form_data(association=world.association_a.pk))
    assert response.status_code == 200
    assert "Ansøgningsfristen er overskredet. Der modtages ikke flere ansøgninger." in (
        response.content.decode()
    )
    assert not StandApplication.objects.filter(fair=closed).exists()


def test_missing_choice_gives_a_field_error_and_saves_nothing(client, world, fair):
    response = client.post("/foreningsdag/", form_data(kind=Kind.BUSINESS))
    html = response.content.decode()
    assert "Vælg jeres virksomhed." in html
    assert "Ret de fejl, der er markeret nedenfor. Der er ikke sendt noget endnu." in html
    assert not StandApplication.objects.exists()


def test_the_same_association_cannot_apply_twice(client, world, fair):
    client.post("/foreningsdag/", form_data(association=world.association_a.pk))
    response = client.post(
        "/foreningsdag/", form_data(association=world.association_a.pk, contact_name="Bo")
    )
    assert "har allerede søgt om en stand" in response.content.decode()
    assert StandApplication.objects.count() == 1


def test_a_draft_association_cannot_be_chosen(client, world, fair):
    world.association_b.unpublish()
    page = client.get("/foreningsdag/").content.decode()
    assert "Strandens Roklub" not in page
    response = client.post("/foreningsdag/", form_data(association=world.association_b.pk))
    assert not StandApplication.objects.exists()
    assert "field--error" in response.content.decode()


def test_honeypot_drops_the_application(client, world, fair):
    response = client.post(
        "/foreningsdag/", form_data(association=world.association_a.pk, homepage="spam")
    )
    assert response.status_code == 302
    assert not StandApplication.objects.exists()


def test_too_long_description_is_refused(client, world, fair):
    response = client.post(
        "/foreningsdag/", form_data(association=world.association_a.pk, description="x" * 601)
    )
    assert "field--error" in response.content.decode()
    assert not StandApplication.objects.exists()
