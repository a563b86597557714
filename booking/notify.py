"""Emails about bookings, each with an ``.ics`` of the dates, sent after the commit.

A failing mail server is logged; the decision stays saved and shows in the member's list.
"""

from __future__ import annotations

import functools
import logging

import icalendar
from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import Status

logger = logging.getLogger(__name__)


def recipients(booking) -> list[str]:
    """Who asked, and the association's public address (a named group has none)."""
    addresses = []
    if booking.requested_by and booking.requested_by.email:
        addresses.append(booking.requested_by.email)
    association = booking.association
    if association and association.email and association.email not in addresses:
        addresses.append(booking.association.email)
    return addresses


def ics_for(booking, slots, *, cancelled=False) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Vallensbæk Kommune//Lokalebooking//DA")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if cancelled else "PUBLISH")
    room = booking.room
    for slot in slots:
        event = icalendar.Event()
        event.add("uid", f"booking-slot-{slot.pk}@vallensbaek.dk")
        event.add("summary", f"{room.room.name}: {booking.booker}")
        event.add("dtstart", timezone.localtime(slot.start))
        event.add("dtend", timezone.localtime(slot.end))
        event.add("dtstamp", timezone.now())
        event.add(
            "location", f"{room.room.name}, {room.facility.title}, {room.facility.full_address}"
        )
        event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        if room.access_instructions and not cancelled:
            event.add("description", room.access_instructions)
        calendar.add_component(event)
    return calendar.to_ical()


def _send(subject, template, context, to, attachment=None) -> bool:
    """Send one email; False (logged) when there is no one to send to or the server fails."""
    if not to:
        return False
    try:
        message = EmailMessage(subject, render_to_string(template, context), None, to)
        if attachment:
            message.attach("booking.ics", attachment, "text/calendar")
        message.send()
    except Exception:
        logger.exception("Booking email %r could not be sent", subject)
        return False
    return True


def _in_danish(send):
    """Emails go out in the site's language (Danish), whoever's admin language or thread
    triggered them: an approval made in an English admin, or an on-commit callback run after
    the request's language was switched back, still reaches the association in Danish."""

    @functools.wraps(send)
    def wrapper(*args, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return send(*args, **kwargs)

    return wrapper


@_in_danish
def decision(booking) -> None:
    approved = booking.status == Status.APPROVED
    slots = list(booking.slots.filter(status=Status.APPROVED)) if approved else []
    subject = (
        _("Your booking of %(room)s is approved")
        if approved
        else _("Your booking of %(room)s is declined")
    ) % {"room": booking.room.room.name}
    _send(
        subject,
        "booking/emails/decision.txt",
        {"booking": booking, "approved": approved, "slots": slots, "room": booking.room},
        recipients(booking),
        ics_for(booking, slots) if approved else None,
    )


@_in_danish
def cancellation(booking, slots, message: str) -> None:
    _send(
        _("Cancelled: %(room)s") % {"room": booking.room.room.name},
        "booking/emails/cancellation.txt",
        {"booking": booking, "slots": slots, "message": message, "room": booking.room},
        recipients(booking),
        ics_for(booking, slots, cancelled=True),
    )


@_in_danish
def reminder(booking, slots) -> bool:
    """Before the first date: the dates, the access instructions and the ``.ics``."""
    return _send(
        _("Reminder: %(room)s") % {"room": booking.room.room.name},
        "booking/emails/reminder.txt",
        {"booking": booking, "slots": slots, "room": booking.room},
        recipients(booking),
        ics_for(booking, slots),
    )
