"""A citizen answers a hearing without an account; staff type in answers received otherwise."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage

from hearings.models import AnswerAttachment, HearingAnswer
from tests.associations.world import MODERATORS_GROUP_NAME, make_user
from tests.hearings.conftest import answer_data, days

pytestmark = pytest.mark.django_db


def pdf(name="indsigelse.pdf", size=None) -> SimpleUploadedFile:
    body = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    if size:
        body = b"%PDF-1.4\n" + b"0" * (size - 20) + b"\n%%EOF\n"
    return SimpleUploadedFile(name, body, content_type="application/pdf")


def png(name="skitse.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "teal").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def errors(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(soup.select_one("#form-errors").get_text().split())


def test_the_form_shows_every_field_and_the_privacy_text(client, hearings):
    response = client.get(hearings.form_url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    labels = [" ".join(label.get_text().split()) for label in soup.select("form label")]
    for expected in [
        "Dit navn *",
        "Din e-mail *",
        "Gentag din e-mail *",
        "Postadresse",
        "Vis ikke min adresse offentligt",
        "som privatperson",
        "på vegne af en organisation eller forening",
        "Organisationens navn",
        "Dit høringssvar *",
        "Bilag",
    ]:
        assert expected in labels
    privacy = soup.select_one(".privacy").get_text()
    assert "12 måneder efter beslutningen" in privacy
    assert "referencenummeret" in privacy
    assert "Højst 10.000 tegn." in soup.get_text()


def test_an_answer_is_saved_with_files_and_a_receipt_quotes_it(client, hearings, smtp_server):
    response = client.post(
        hearings.form_url,
        answer_data(
            respondent="organisation",
            organisation="Vallensbæk Grundejerforening",
            attachments=[pdf(), png()],
        ),
    )
    assert response.status_code == 302
    answer = HearingAnswer.objects.get()
    assert answer.status == HearingAnswer.Status.PENDING
    assert answer.channel == HearingAnswer.Channel.WEB
    assert answer.organisation == "Vallensbæk Grundejerforening"
    assert answer.hide_address
    assert sorted(a.original_name for a in answer.attachments.all()) == [
        "indsigelse.pdf",
        "skitse.png",
    ]
    (receipt,) = smtp_server.messages_to("karen@example.com")
    assert answer.reference in receipt.subject
    assert "Jeg ønsker flere træer på pladsen." in receipt.body
    assert "Med 2 bilag." in receipt.body
    thanks = client.get(response["Location"])
    assert answer.reference in thanks.content.decode()


def test_staff_enter_an_answer_received_by_phone(client, hearings, smtp_server):
    staff = make_user("bente", groups=[MODERATORS_GROUP_NAME])
    client.force_login(staff)
    response = client.post(
        reverse("hearing_answers:add"),
        {
            "hearing": hearings.hearing.pk,
            "channel": "phone",
            "name": "Poul Hansen",
            "email": "",
            "address": "Vejlebrovej 1",
            "respondent": "person",
            "organisation": "",
            "text": "Ringede ind: imod byggeriet på grund af trafikken.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    answer = HearingAnswer.objects.get()
    assert answer.channel == HearingAnswer.Channel.PHONE
    assert answer.entered_by == staff
    assert answer.get_channel_display() == "Telefon"
    assert smtp_server.received == []


def test_staff_cannot_mark_their_answer_as_web_form(client, hearings):
    client.force_login(make_user("bente", groups=[MODERATORS_GROUP_NAME]))
    response = client.post(
        reverse("hearing_answers:add"),
        {
            "hearing": hearings.hearing.pk,
            "channel": "web",
            "name": "Poul Hansen",
            "respondent": "person",
            "text": "Imod.",
        },
    )
    assert response.status_code == 200
    assert HearingAnswer.objects.count() == 0


def test_the_honeypot_drops_the_answer_silently(client, hearings):
    response = client.post(hearings.form_url, answer_data(homepage="http://spam.example"))
    assert response.status_code == 302
    assert HearingAnswer.objects.count() == 0


@pytest.mark.usefixtures("rate_clock")
def test_the_rate_limit_stops_a_flood(client, hearings, settings):
    settings.PUBLIC_FORM_RATE_LIMIT = "2/h"
    for n in range(2):
        assert client.post(hearings.form_url, answer_data(text=f"Svar {n}")).status_code == 302
    response = client.post(hearings.form_url, answer_data(text="Svar 3"))
    assert response.status_code == 429
    assert "Du kan sende igen" in errors(response)
    assert HearingAnswer.objects.count() == 2


def test_attachments_of_unpublished_answers_are_not_downloadable(client, hearings):
    client.post(hearings.form_url, answer_data(attachments=[pdf()]))
    attachment = AnswerAttachment.objects.get()
    url = f"{hearings.hearing.url}bilag/{attachment.pk}/"
    assert client.get(url).status_code == 404
    HearingAnswer.objects.update(status=HearingAnswer.Status.PUBLISHED)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_a_future_hearing_refuses_answers(client, hearings):
    upcoming = hearings.add(slug="kommende", start=days(3), deadline=days(30))
    response = client.post(upcoming.url + "svar/", answer_data())
    assert response.status_code == 410
    assert "Høringen er ikke begyndt endnu" in response.content.decode()
    assert HearingAnswer.objects.count() == 0
