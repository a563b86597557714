"""Staff's participant list: export (formula-safe CSV and XLSX) and a message to everyone."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from signups import services
from signups.models import Registration, SignupOption, SignupQuestion
from tests.associations.world import PASSWORD, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(db):
    from associations.access import MODERATORS_GROUP_NAME

    return make_user("mette", groups=[MODERATORS_GROUP_NAME])


@pytest.fixture
def filled(option):
    answer = next(q for q in option.questions.all() if q.kind == "text")
    services.sign_up(
        option,
        services.Applicant(
            name='=HYPERLINK("http://evil.example")',
            email="attacker@example.com",
            answers={answer.label: "@SUM(1+1)"},
        ),
    )
    services.sign_up(option, services.Applicant(name="Karen Jensen", email="karen@example.com"))
    services.sign_up(option, services.Applicant(name="Ole Hansen", email="ole@example.com"))
    return option


def test_participant_list_shows_confirmed_and_waiting(client, staff, filled):
    client.login(username="mette", password=PASSWORD)
    html = client.get(reverse("signups_participants", args=[filled.pk])).content.decode()
    assert "Karen Jensen" in html and "ole@example.com" in html
    assert "2 af 2 pladser optaget" in html
    assert "Venteliste" in html


def test_csv_export_is_formula_safe(client, staff, filled):
    client.login(username="mette", password=PASSWORD)
    response = client.get(reverse("signups_export", args=[filled.pk]), {"format": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:3] == ["Navn", "E-mail", "Telefon"]
    names = [row[0] for row in rows[1:]]
    assert '\'=HYPERLINK("http://evil.example")' in names
    assert "Karen Jensen" in names
    assert any(row[5].startswith("Bemærkninger: @SUM") for row in rows[1:])


def test_xlsx_export_stores_formulas_as_text(client, staff, filled):
    client.login(username="mette", password=PASSWORD)
    response = client.get(reverse("signups_export", args=[filled.pk]), {"format": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cell = sheet["A2"]
    assert cell.data_type == "s"
    assert cell.value.startswith("=HYPERLINK")
    assert sheet.max_row == 4


def test_message_all_reaches_each_participant_alone(client, staff, filled, smtp_server):
    client.login(username="mette", password=PASSWORD)
    response = client.post(
        reverse("signups_message", args=[filled.pk]),
        {"subject": "Husk madpakke", "body": "Vi mødes ved indgangen."},
    )
    assert response.status_code == 302
    recipients = sorted(address for m in smtp_server.received for address in m.envelope_to)
    assert recipients == ["attacker@example.com", "karen@example.com"]  # not the waiting list
    for message in smtp_server.received:
        assert message.subject == "Husk madpakke"
        assert len(message.envelope_to) == 1
        assert "Vi mødes ved indgangen." in message.body


def test_staff_cancelling_moves_the_first_waiting_up(client, staff, filled, smtp_server, sent):
    client.login(username="mette", password=PASSWORD)
    karen = Registration.objects.get(email="karen@example.com")
    with sent():
        client.post(reverse("signups_participants", args=[filled.pk]), {"cancel": karen.pk})
    assert Registration.objects.get(email="ole@example.com").status == "confirmed"
    assert smtp_server.messages_to("ole@example.com")[-1].subject.startswith(
        "Du har fået en plads"
    )


def test_staff_add_a_sign_up_with_questions(client, staff, falltest):
    client.login(username="mette", password=PASSWORD)
    response = client.post(
        reverse("signups_add"),
        {
            "activity": falltest.pk,
            "capacity": "20",
            "waiting_list": "on",
            "is_open": "on",
            "questions-TOTAL_FORMS": "2",
            "questions-INITIAL_FORMS": "0",
            "questions-0-label": "Antal personer",
            "questions-0-kind": "seats",
            "questions-0-required": "on",
            "questions-1-label": "Allergier",
            "questions-1-kind": "text",
        },
    )
    assert response.status_code == 302
    option = SignupOption.objects.get()
    assert option.capacity == 20
    assert list(option.questions.values_list("label", "kind")) == [
        ("Antal personer", SignupQuestion.Kind.SEATS),
        ("Allergier", SignupQuestion.Kind.TEXT),
    ]


def test_a_date_the_activity_does_not_have_is_refused(client, staff, falltest):
    client.login(username="mette", password=PASSWORD)
    response = client.post(
        reverse("signups_add"),
        {
            "activity": falltest.pk,
            "occurrence_start": "2030-01-01T10:00",
            "capacity": "20",
            "questions-TOTAL_FORMS": "0",
            "questions-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 200
    assert "Aktiviteten har ingen dato, der starter på det tidspunkt." in response.content.decode()
    assert not SignupOption.objects.exists()
