"""A citizen's walk-through with the emails received over real SMTP (aiosmtpd on loopback):
sign up, the waiting list, cancelling by the link, and the first waiting moving up."""

import re

import pytest
from django.urls import reverse

from signups.models import Registration
from tests.signups.conftest import form_data

pytestmark = pytest.mark.django_db

Status = Registration.Status


def cancel_path(message) -> str:
    (url,) = re.findall(r"https?://\S+/tilmelding/afmeld/\S+/", message.body)
    return url.split("://", 1)[1].split("/", 1)[1].join(["/", ""])


def sign_up(client, option, **kwargs):
    return client.post(reverse("signups:signup", args=[option.pk]), form_data(option, **kwargs))


def test_citizen_signs_up_gets_waitlisted_cancels_and_the_next_moves_up(
    client, option, smtp_server
):
    response = sign_up(client, option, name="Karen Jensen", email="karen@example.com")
    assert response.status_code == 302
    page = client.get(response["Location"])
    assert "Du er tilmeldt." in page.content.decode()

    sign_up(client, option, name="Ole Hansen", email="ole@example.com")
    response = sign_up(client, option, name="Birthe Nielsen", email="birthe@example.com")
    assert (
        "Aktiviteten er fuldt booket, så du er på ventelisten."
        in client.get(response["Location"]).content.decode()
    )

    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "karen@example.com": Status.CONFIRMED,
        "ole@example.com": Status.CONFIRMED,
        "birthe@example.com": Status.WAITING,
    }
    (confirmation,) = smtp_server.messages_to("karen@example.com")
    assert confirmation.subject == "Du er tilmeldt: Faldtest for seniorer"
    assert confirmation.envelope_to == ["karen@example.com"]
    assert "Kan du alligevel ikke komme?" in confirmation.body
    (waiting,) = smtp_server.messages_to("birthe@example.com")
    assert waiting.subject == "Venteliste: Faldtest for seniorer"

    # Karen cancels by the link: GET asks (mail scanners follow links), POST cancels.
    path = cancel_path(confirmation)
    assert "Vil du afmelde" in client.get(path).content.decode()
    assert Registration.objects.get(email="karen@example.com").status == Status.CONFIRMED
    response = client.post(path)
    assert response.status_code == 200
    assert "er afmeldt" in response.content.decode()

    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses["karen@example.com"] == Status.CANCELLED
    assert statuses["birthe@example.com"] == Status.CONFIRMED
    promoted = smtp_server.messages_to("birthe@example.com")[-1]
    assert promoted.subject == "Du har fået en plads: Faldtest for seniorer"
    assert "rykket op fra ventelisten" in promoted.body
    assert smtp_server.messages_to("karen@example.com")[-1].subject == (
        "Din tilmelding er afmeldt: Faldtest for seniorer"
    )

    # The link works once.
    again = client.post(path)
    assert again.status_code == 400
    assert "Linket er allerede brugt" in again.content.decode()
    assert Registration.objects.filter(status=Status.CONFIRMED).count() == 2


def test_a_group_takes_as_many_places_as_it_says(client, option, smtp_server):
    sign_up(client, option, email="familie@example.com", seats=2)
    assert option.places_left() == 0
    sign_up(client, option, email="solo@example.com")
    assert Registration.objects.get(email="solo@example.com").status == Status.WAITING


def test_the_activity_page_shows_places_left_and_links_the_form(client, option):
    html = client.get(option.activity.url).content.decode()
    assert "2 ledige pladser." in html
    assert reverse("signups:signup", args=[option.pk]) in html


def test_phone_only_sign_up_needs_no_email(client, option, smtp_server):
    response = sign_up(client, option, email="", phone="40 12 34 56")
    assert response.status_code == 302
    assert Registration.objects.get().phone == "40 12 34 56"
    assert smtp_server.received == []


def test_without_a_waiting_list_a_full_activity_says_so(client, option):
    option.waiting_list = False
    option.capacity = 1
    option.save()
    sign_up(client, option, email="first@example.com")
    response = sign_up(client, option, email="second@example.com")
    assert response.status_code == 400
    assert "Beklager, aktiviteten er fuldt booket." in response.content.decode()
    assert Registration.objects.count() == 1
