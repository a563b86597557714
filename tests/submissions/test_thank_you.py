"""The thank-you page after a public form: reference, what happens next and when, receipt."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from recognition.models import Nomination, NominationPage
from submissions.models import ActivitySuggestionPage, Submission
from submissions.thank_you import working_days_after
from tests.recognition.test_nominations import nomination_data
from tests.submissions.test_activity_suggestions import valid_data


@pytest.fixture
def form_page(world):
    page = ActivitySuggestionPage(title="Foreslå en aktivitet", slug="foreslaa-en-aktivitet")
    world.home.add_child(instance=page)
    return page


def thank_you(client, page, data) -> BeautifulSoup:
    response = client.post(page.url, data, follow=True)
    assert response.redirect_chain[-1][0].endswith("?sendt=1")
    return BeautifulSoup(response.content, "html.parser").select_one(".thank-you")


def test_the_sender_gets_the_reference_the_next_step_and_where_the_receipt_went(client, form_page):
    box = thank_you(client, form_page, valid_data())
    submission = Submission.objects.get()
    reference = " ".join(box.select_one(".thank-you__reference").get_text().split())
    assert reference.startswith(f"Dit referencenummer er {submission.reference}.")
    assert "Vi læser din henvendelse inden for 5 arbejdsdage, dvs. senest" in box.get_text()
    receipt = box.select_one(".thank-you__receipt").get_text(" ", strip=True)
    assert receipt.startswith("Vi har sendt en kvittering til karen@example.com.")
    # The receipt the page promises was really sent (moderators get their own notices).
    (receipt_mail,) = [m for m in mail.outbox if m.to == ["karen@example.com"]]
    assert submission.reference in receipt_mail.subject


def test_without_an_email_no_receipt_is_promised(client, form_page):
    box = thank_you(client, form_page, valid_data(email=""))
    assert box.select_one(".thank-you__receipt") is None
    assert box.select_one(".thank-you__reference") is not None


def test_reloading_the_thank_you_page_shows_no_one_elses_details(client, form_page):
    thank_you(client, form_page, valid_data())
    again = BeautifulSoup(client.get(form_page.url + "?sendt=1").content, "html.parser")
    text = again.select_one(".thank-you").get_text()
    assert "karen@example.com" not in text and "referencenummer" not in text
    # Another visitor who opens the URL sees the generic page too.
    from django.test import Client

    other = BeautifulSoup(Client().get(form_page.url + "?sendt=1").content, "html.parser")
    assert "karen@example.com" not in other.get_text()


def test_the_reply_date_follows_the_pages_working_days(client, form_page):
    form_page.reply_within_days = 1
    form_page.save_revision().publish()
    box = thank_you(client, form_page, valid_data())
    assert "inden for 1 arbejdsdag, dvs. senest" in box.get_text()


def test_a_nomination_says_its_reference_and_receipt(client, world):
    page = NominationPage(title="Indstil en ildsjæl", slug="indstil-en-ildsjael")
    world.home.add_child(instance=page)
    box = thank_you(client, page, nomination_data(world))
    nomination = Nomination.objects.get()
    assert nomination.reference in box.get_text()
    assert "Vi har sendt en kvittering til jens@example.com." in box.get_text(" ", strip=True)


def test_working_days_skip_the_weekend():
    friday = dt.date(2026, 12, 4)
    assert working_days_after(friday, 1) == dt.date(2026, 12, 7)
    assert working_days_after(friday, 5) == dt.date(2026, 12, 11)
