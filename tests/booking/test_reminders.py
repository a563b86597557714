"""The reminder before the first date: once per approved booking, with the .ics, by email."""

import datetime as dt
import io

import icalendar
import pytest
from django.core.management import call_command
from django.utils import timezone

from booking import services
from booking.models import Booking

pytestmark = pytest.mark.django_db


def soon(days: int) -> dt.date:
    """A weekday (Monday–Saturday, when the room opens) ``days`` or a day more from today."""
    day = timezone.localdate() + dt.timedelta(days=days)
    return day + dt.timedelta(days=1) if day.weekday() == 6 else day


def book(hall, association, member, day, *, approve=True):
    hall.gym.minimum_notice_days = 0
    hall.gym.save()
    booking = services.request_booking(
        Booking(
            room=hall.gym,
            association=association,
            first_date=day,
            # 16–17 fits the gym's hours on every day soon() gives (weekdays 16–22, Saturday
            # 9–17), so the test passes whichever weekday it runs on.
            start_time=dt.time(16),
            end_time=dt.time(17),
        ),
        member,
    )
    if approve:
        services.approve(booking, hall.staff, send_email=False)
    return booking


def run():
    out = io.StringIO()
    call_command("send_booking_reminders", stdout=out)
    return out.getvalue()


def test_the_member_and_association_are_reminded_once_with_the_ics(
    hall, world, settings, smtp_server
):
    settings.BOOKING_REMINDER_DAYS = 3
    due = book(hall, world.association_a, world.member_a, soon(1))
    book(hall, world.association_b, world.member_b, soon(10))  # not yet
    book(hall, world.association_b, world.member_b, soon(2), approve=False)  # only a request

    assert "1 booking reminder(s) sent." in run()
    (message,) = smtp_server.messages_to("anna@example.com")
    assert message.subject == "Påmindelse: Gymnastiksalen"
    assert "En påmindelse: jeres booking begynder" in message.body
    assert "nøgleboksen" in message.body
    assert len(smtp_server.messages_to(world.association_a.email)) == 1
    (ics,) = [
        p for p in message.message.iter_attachments() if p.get_content_type() == "text/calendar"
    ]
    (event,) = icalendar.Calendar.from_ical(ics.get_content()).walk("VEVENT")
    assert event.decoded("dtstart").date() == due.first_date
    assert not smtp_server.messages_to("bent@example.com")

    # Idempotent: the next run sends nothing again.
    assert "0 booking reminder(s) sent." in run()
    assert len(smtp_server.messages_to("anna@example.com")) == 1
    due.refresh_from_db()
    assert due.reminded_at is not None


def test_a_reminder_the_mail_server_refused_is_tried_again(
    hall, world, settings, failing_smtp_server
):
    settings.BOOKING_REMINDER_DAYS = 3
    due = book(hall, world.association_a, world.member_a, soon(1))
    assert "0 booking reminder(s) sent." in run()
    due.refresh_from_db()
    assert due.reminded_at is None
