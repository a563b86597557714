"""Staff decide, give stand numbers, export the stand list and email all exhibitors."""

import csv
import io

import pytest
from django.urls import reverse

from fairs.choices import Kind, Status
from fairs.models import StandApplication

from .helpers import accepted, application

pytestmark = pytest.mark.django_db


def test_staff_accept_with_a_stand_number_and_duplicates_are_refused(client, world, fair):
    first = accepted(fair, "A1")
    other = application(fair, organisation_name="Vallensbæk Skakklub")
    client.force_login(world.moderator)
    url = reverse("stand_applications:edit", args=[other.pk])
    data = {
        "status": Status.ACCEPTED,
        "stand_number": "A1",
        "staff_note": "",
        "fair": fair.pk,
        "kind": Kind.OTHER,
        "association": "",
        "business": "",
        "organisation_name": other.organisation_name,
        "description": other.description,
        "offer": "",
        "placement": "either",
        "size": "small",
        "contact_name": other.contact_name,
        "contact_email": other.contact_email,
        "contact_phone": "",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert "En anden udstiller på dagen har allerede dette standnummer." in (
        response.content.decode()
    )
    other.refresh_from_db()
    assert other.status == Status.RECEIVED

    response = client.post(url, {**data, "stand_number": ""})
    assert "Giv en godkendt udstiller et standnummer." in response.content.decode()

    response = client.post(url, {**data, "stand_number": "A2"})
    assert response.status_code == 302
    other.refresh_from_db()
    assert (other.status, other.stand_number) == (Status.ACCEPTED, "A2")
    assert first.stand_number == "A1"


def test_staff_export_the_stand_list_formula_safe(client, world, fair):
    accepted(fair, "A1", organisation_name='=HYPERLINK("http://x")')
    client.force_login(world.moderator)
    response = client.get(reverse("stand_applications:index") + f"?export=csv&fair={fair.pk}")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[1][0] == "A1"
    assert rows[1][1].startswith("'=HYPERLINK")
    assert "lone.mikkelsen@example.com" in rows[1]
    xlsx = client.get(reverse("stand_applications:index") + "?export=xlsx")
    assert xlsx.status_code == 200


def test_members_cannot_see_or_export_applications(client, world, fair):
    application(fair)
    client.force_login(world.member_a)
    for url in (
        reverse("stand_applications:index"),
        reverse("stand_applications:index") + "?export=csv",
        reverse("fairs_message_exhibitors"),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert b"lone.mikkelsen" not in b"".join(
            getattr(response, "streaming_content", [response.content])
        )


def test_staff_email_all_accepted_exhibitors_through_real_smtp(client, world, fair, smtp_server):
    accepted(fair, "A1", contact_email="anna@example.com")
    accepted(fair, "A2", contact_email="bo@example.com", organisation_name="Skakklubben")
    application(fair, contact_email="venter@example.com")
    client.force_login(world.moderator)
    response = client.post(
        reverse("fairs_message_exhibitors"),
        {
            "fair": fair.pk,
            "recipients": "accepted",
            "subject": "Praktisk information om Foreningsdag 2027",
            "body": "Opstilling fra kl. 8.00. Husk forlængerledning.",
        },
    )
    assert response.status_code == 302
    assert sorted(addr for m in smtp_server.received for addr in m.envelope_to) == [
        "anna@example.com",
        "bo@example.com",
    ]
    for message in smtp_server.received:
        assert message.subject == "Praktisk information om Foreningsdag 2027"
        assert "Husk forlængerledning." in message.body
        assert len(message.envelope_to) == 1  # nobody sees the other exhibitors' addresses
    assert not smtp_server.messages_to("venter@example.com")


def test_message_form_refuses_a_header_injection(client, world, fair, smtp_server):
    accepted(fair, "A1")
    client.force_login(world.moderator)
    response = client.post(
        reverse("fairs_message_exhibitors"),
        {"fair": fair.pk, "recipients": "all", "subject": "Hej\nBcc: x@y.z", "body": "Tekst"},
    )
    assert response.status_code == 200
    assert smtp_server.received == []
    assert StandApplication.objects.count() == 1


def _decision_data(application, **changes) -> dict:
    return {
        "status": application.status,
        "stand_number": application.stand_number,
        "staff_note": "",
        "fair": application.fair_id,
        "kind": application.kind,
        "association": "",
        "business": "",
        "organisation_name": application.organisation_name,
        "description": application.description,
        "offer": "",
        "placement": "either",
        "size": "small",
        "contact_name": application.contact_name,
        "contact_email": application.contact_email,
        "contact_phone": "",
        **changes,
    }


def test_accepting_emails_the_applicant_in_danish_with_the_stand_number_once(
    client, world, fair, smtp_server, django_capture_on_commit_callbacks
):
    other = application(fair, contact_email="karen@example.com")
    client.force_login(world.moderator)
    url = reverse("stand_applications:edit", args=[other.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, _decision_data(other, status=Status.ACCEPTED, stand_number="B4")
        )
    assert response.status_code == 302
    (message,) = smtp_server.messages_to("karen@example.com")
    assert message.envelope_to == ["karen@example.com"]
    assert (
        message.subject.strip() == f"I har en stand på Foreningsdag 2027 (reference S-{other.pk})"
    )
    assert "Jeres standnummer er B4." in message.body
    assert "Vallensbæk Idrætscenter" in message.body
    assert "Lone Mikkelsen" not in message.text  # what was typed is not repeated

    other.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):  # a re-save, a changed note
        client.post(url, _decision_data(other, staff_note="Strøm bestilt"))
    assert len(smtp_server.messages_to("karen@example.com")) == 1


def test_declining_emails_the_applicant_and_a_changed_decision_is_told(
    client, world, fair, smtp_server, django_capture_on_commit_callbacks
):
    other = application(fair, contact_email="bo@example.com")
    client.force_login(world.moderator)
    url = reverse("stand_applications:edit", args=[other.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, _decision_data(other, status=Status.DECLINED))
    (declined,) = smtp_server.messages_to("bo@example.com")
    assert (
        declined.subject.strip()
        == f"Jeres standansøgning til Foreningsdag 2027 (reference S-{other.pk})"
    )
    assert "kan vi desværre ikke tilbyde jer en stand" in declined.body
    assert "standnummer" not in declined.body

    other.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, _decision_data(other, status=Status.ACCEPTED, stand_number="C1"))
    assert [
        m.subject.strip().startswith("I har en stand")
        for m in smtp_server.messages_to("bo@example.com")
    ] == [False, True]


def test_a_failing_mail_server_leaves_the_decision_to_be_told_on_the_next_save(
    client, world, fair, failing_smtp_server, django_capture_on_commit_callbacks
):
    other = application(fair)
    client.force_login(world.moderator)
    url = reverse("stand_applications:edit", args=[other.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url, _decision_data(other, status=Status.ACCEPTED, stand_number="A9")
        )
    assert response.status_code == 302  # the decision is saved all the same
    other.refresh_from_db()
    assert (other.status, other.stand_number, other.decision_sent) == (Status.ACCEPTED, "A9", "")


def test_the_email_all_exhibitors_screen_is_in_the_admin_menu(client, world, fair):
    client.force_login(world.moderator)
    response = client.get(reverse("wagtailadmin_home"))
    assert reverse("fairs_message_exhibitors") in response.content.decode()
    page = client.get(reverse("fairs_message_exhibitors"))
    assert page.status_code == 200
    assert "Foreningsdag 2027" in page.content.decode()
