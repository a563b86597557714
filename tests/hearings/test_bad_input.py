"""Every "Bad input" line of issue #18: a clear Danish error, nothing saved half."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile

from hearings.models import AnswerAttachment, HearingAnswer
from tests.hearings.conftest import answer_data, days
from tests.hearings.test_answer_form import pdf, png

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("x")</script><b>fed</b>'


def refused(client, url, data) -> str:
    response = client.post(url, data)
    assert response.status_code == 422, response.status_code
    assert HearingAnswer.objects.count() == 0
    assert AnswerAttachment.objects.count() == 0
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(soup.select_one("#form-errors").get_text().split())


def test_before_the_start_and_after_the_deadline(client, hearings):
    upcoming = hearings.add(slug="kommende", start=days(2), deadline=days(30))
    closed = hearings.add(slug="lukket", start=days(-30), deadline=days(-1))
    assert client.post(upcoming.url + "svar/", answer_data()).status_code == 410
    assert client.post(closed.url + "svar/", answer_data()).status_code == 410
    assert HearingAnswer.objects.count() == 0


def test_a_mismatched_email_confirmation(client, hearings):
    text = refused(client, hearings.form_url, answer_data(email_confirm="karin@example.com"))
    assert "De to e-mailadresser er ikke ens." in text


def test_a_25_mb_attachment(client, hearings):
    big = pdf(size=25 * 1024 * 1024)
    text = refused(client, hearings.form_url, answer_data(attachments=[big]))
    assert "er for stor" in text
    assert "10,0 MB" in text or "10 MB" in text


def test_an_exe_renamed_pdf(client, hearings):
    exe = SimpleUploadedFile("plan.pdf", b"MZ\x90\x00" + b"\x00" * 200)
    text = refused(client, hearings.form_url, answer_data(attachments=[exe]))
    assert "hedder .pdf, men er ikke en PDF-fil" in text


def test_an_exe_is_refused(client, hearings):
    exe = SimpleUploadedFile("plan.exe", b"MZ\x90\x00" + b"\x00" * 200)
    text = refused(client, hearings.form_url, answer_data(attachments=[exe]))
    assert "kan ikke vedhæftes" in text


def test_an_svg_with_script(client, hearings):
    svg = SimpleUploadedFile(
        "kort.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    )
    text = refused(client, hearings.form_url, answer_data(attachments=[svg]))
    assert "SVG" in text


def test_an_svg_renamed_png(client, hearings):
    svg = SimpleUploadedFile("kort.png", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>')
    assert "SVG" in refused(client, hearings.form_url, answer_data(attachments=[svg]))


def test_four_attachments(client, hearings):
    files = [pdf(f"bilag{n}.pdf") for n in range(4)]
    text = refused(client, hearings.form_url, answer_data(attachments=files))
    assert "højst vedhæfte 3 filer" in text


def test_one_bad_file_among_good_ones_saves_nothing(client, hearings):
    files = [pdf(), png(), SimpleUploadedFile("x.pdf", b"not a pdf")]
    refused(client, hearings.form_url, answer_data(attachments=files))


def test_an_empty_answer(client, hearings):
    assert "Dit høringssvar" in refused(client, hearings.form_url, answer_data(text="   \n "))


def test_50000_characters(client, hearings):
    text = refused(client, hearings.form_url, answer_data(text="a" * 50_000))
    assert "10000" in text or "10.000" in text


def test_the_same_answer_posted_twice_is_one_answer(client, hearings, smtp_server):
    first = client.post(hearings.form_url, answer_data())
    second = client.post(
        hearings.form_url, answer_data(text="  Jeg ønsker flere træer på pladsen. ")
    )
    assert first.status_code == second.status_code == 302
    (answer,) = HearingAnswer.objects.all()
    assert len(smtp_server.messages_to("karen@example.com")) == 1
    assert answer.reference in client.get(second["Location"]).content.decode()


def test_a_hidden_address_left_empty_is_allowed(client, hearings):
    response = client.post(hearings.form_url, answer_data(address="", hide_address="on"))
    assert response.status_code == 302
    answer = HearingAnswer.objects.get()
    assert answer.hide_address and answer.address == ""


def test_organisation_without_a_name(client, hearings):
    text = refused(client, hearings.form_url, answer_data(respondent="organisation"))
    assert "Skriv organisationens navn." in text


def test_no_consent(client, hearings):
    assert "samtykke" in refused(client, hearings.form_url, answer_data(consent=None))


def test_a_line_break_in_the_name(client, hearings):
    refused(client, hearings.form_url, answer_data(name="Karen\r\nBcc: x@example.com"))


def test_html_is_text_on_the_page_in_the_admin_export_and_email(client, hearings, smtp_server):
    from django.urls import reverse

    from tests.associations.world import MODERATORS_GROUP_NAME, make_user

    client.post(
        hearings.form_url,
        answer_data(
            name=SCRIPT[:100], organisation=SCRIPT, respondent="organisation", text=SCRIPT
        ),
    )
    answer = HearingAnswer.objects.get()
    (receipt,) = smtp_server.messages_to("karen@example.com")
    assert SCRIPT in receipt.body  # plain text: shown as typed, never run
    assert receipt.message.get_content_type() == "text/plain"
    HearingAnswer.objects.update(status=HearingAnswer.Status.PUBLISHED)
    page = client.get(hearings.hearing.url).content.decode()
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;fed&lt;/b&gt;" in page
    client.force_login(make_user("mette", groups=[MODERATORS_GROUP_NAME]))
    admin = client.get(reverse("hearing_answers:edit", args=[answer.pk])).content.decode()
    assert "<script>alert(" not in admin
    export = client.get(reverse("hearing_answers:index") + "?export=csv")
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert SCRIPT in rows[1]
