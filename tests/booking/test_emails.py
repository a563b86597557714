"""The confirmation email of a room that confirms at once, received by the loopback SMTP
server: who gets it, its subject and the ``.ics`` of the dates."""

import datetime as dt

import icalendar
import pytest
from django.urls import reverse

from booking.models import Booking, Status
from tests.associations.world import PASSWORD
from tests.booking.conftest import next_weekday

pytestmark = pytest.mark.django_db
SATURDAY = 5


def test_a_room_that_confirms_at_once_emails_the_confirmation_with_the_ics(
    client, hall, world, smtp_server, django_capture_on_commit_callbacks
):
    day = next_weekday(SATURDAY)
    assert client.login(username=world.member_a.username, password=PASSWORD)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("booking_room", args=[hall.kitchen.pk]),
            {
                "association": world.association_a.pk,
                "purpose": "Fællesspisning",
                "repeat": "once",
                "first_date": day.isoformat(),
                "start_time": "10:00",
                "end_time": "14:00",
                "excluded": "",
            },
        )
    assert response.status_code == 302
    booking = Booking.objects.get(room=hall.kitchen)
    assert booking.status == Status.APPROVED and booking.decided_by is None

    (message,) = smtp_server.messages_to("anna@example.com")
    assert message.subject == "Jeres booking af Skolekøkkenet er godkendt"
    assert "anna@example.com" in message.envelope_to
    assert world.member_b.email not in message.envelope_to
    (ics,) = [
        p for p in message.message.iter_attachments() if p.get_content_type() == "text/calendar"
    ]
    (event,) = icalendar.Calendar.from_ical(ics.get_content()).walk("VEVENT")
    assert event.decoded("dtstart").date() == day
    assert (event.decoded("dtstart").hour, event.decoded("dtend").hour) == (10, 14)
    assert "Skolekøkkenet: Vallensbæk Petanqueklub" in str(event["summary"])


def test_a_decision_made_in_an_english_admin_still_emails_in_danish(
    hall, world, smtp_server, django_capture_on_commit_callbacks
):
    from django.utils import translation

    from booking import services

    booking = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_a,
            first_date=next_weekday(1),
            start_time=dt.time(19),
            end_time=dt.time(21),
        ),
        world.member_a,
    )
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        services.decline(booking, hall.staff, "Hallen er lukket.")
    (message,) = smtp_server.messages_to("anna@example.com")
    assert message.subject == "Jeres booking af Gymnastiksalen er afvist"
