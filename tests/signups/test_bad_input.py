"""Bad input gets a clear Danish error and saves nothing: late, past, double, bad links."""

import datetime as dt
import time
from unittest import mock

import pytest
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from activities.factories import ActivityPageFactory
from signups import tokens
from signups.models import Registration, SignupOption
from tests.signups.conftest import form_data, in_days

pytestmark = pytest.mark.django_db


def post(client, option, **kwargs):
    return client.post(reverse("signups:signup", args=[option.pk]), form_data(option, **kwargs))


def test_after_the_deadline(client, option):
    option.deadline = timezone.now() - dt.timedelta(minutes=1)
    option.save()
    response = post(client, option)
    assert response.status_code == 400
    assert "Fristen for tilmelding er overskredet." in response.content.decode()
    assert not Registration.objects.exists()
    assert (
        "Fristen for tilmelding er overskredet."
        in client.get(option.activity.url).content.decode()
    )


def test_for_a_past_occurrence(client, calendar):
    weekly = ActivityPageFactory(
        parent=calendar,
        title="Seniorgymnastik",
        start=in_days(-14),
        end=in_days(-14, 11),
        recurrence="weekly",
        recurrence_until=(timezone.localdate() + dt.timedelta(days=30)),
    )
    past = weekly.occurrences.order_by("start").first()
    option = SignupOption.objects.create(activity=weekly, occurrence_start=past.start, capacity=10)
    response = post(client, option)
    assert response.status_code == 400
    assert "Aktiviteten har allerede fundet sted" in response.content.decode()
    assert not Registration.objects.exists()


def test_a_double_sign_up_with_the_same_email(client, option):
    post(client, option, email="karen@example.com")
    response = post(client, option, email="KAREN@example.com ")
    assert response.status_code == 400
    assert "Denne e-mailadresse er allerede tilmeldt." in response.content.decode()
    assert Registration.objects.count() == 1


def test_neither_email_nor_phone(client, option):
    response = post(client, option, email="", phone="")
    assert response.status_code == 400
    assert "Angiv en e-mailadresse eller et telefonnummer." in response.content.decode()
    assert not Registration.objects.exists()


def test_too_many_people_for_the_places(client, option):
    response = post(client, option, seats=3)
    assert response.status_code == 400
    assert "Der er kun 2 pladser i alt." in response.content.decode()
    assert not Registration.objects.exists()


def test_the_honeypot_saves_nothing(client, option):
    data = form_data(option)
    data["homepage"] = "http://spam.example"
    response = client.post(reverse("signups:signup", args=[option.pk]), data)
    assert response.status_code == 302
    assert not Registration.objects.exists()


@pytest.mark.usefixtures("rate_clock")
def test_the_public_form_rate_limit_applies(client, option, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = "2/h"
    option.capacity = 10
    option.save()
    for n in range(2):
        assert post(client, option, email=f"p{n}@example.com").status_code == 302
    response = post(client, option, email="p3@example.com")
    assert response.status_code == 429
    assert "Du kan sende igen" in response.content.decode()
    assert Registration.objects.count() == 2


def registration(option, email="karen@example.com"):
    from signups import services

    return services.sign_up(option, services.Applicant(name="Karen", email=email))


def test_a_forged_link(client, option):
    registration(option)
    forged = signing.TimestampSigner(salt=tokens.SALT, key="not-our-key").sign("1:abc")
    response = client.post(reverse("signups:cancel", args=[forged]))
    assert response.status_code == 400
    assert "Linket er ikke gyldigt." in response.content.decode()
    assert Registration.objects.get().status == Registration.Status.CONFIRMED


def test_an_altered_link(client, option):
    first = registration(option)
    token = tokens.cancel_token(first)
    other = registration(option, "ole@example.com")
    altered = token.replace(f"{first.pk}:", f"{other.pk}:", 1)
    response = client.post(reverse("signups:cancel", args=[altered]))
    assert response.status_code == 400
    assert not Registration.objects.filter(status=Registration.Status.CANCELLED).exists()


def test_an_expired_link(client, option, settings):
    settings.SIGNUP_CANCEL_LINK_MAX_AGE_DAYS = 30
    signed = registration(option)
    long_ago = time.time() - 31 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=long_ago):
        token = tokens.cancel_token(signed)
    response = client.post(reverse("signups:cancel", args=[token]))
    assert response.status_code == 400
    assert "Linket er udløbet." in response.content.decode()
    assert Registration.objects.get().status == Registration.Status.CONFIRMED


def test_a_link_used_twice(client, option):
    token = tokens.cancel_token(registration(option))
    assert client.post(reverse("signups:cancel", args=[token])).status_code == 200
    response = client.get(reverse("signups:cancel", args=[token]))
    assert response.status_code == 400
    assert "Linket er allerede brugt" in response.content.decode()


def test_an_unknown_option_is_404(client, db):
    assert client.get(reverse("signups:signup", args=[999])).status_code == 404
