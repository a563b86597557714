"""The public list of approved booked slots (``GET /api/v3/bookings/``).

One query for the slots of a period, whatever their number, plus which associations may be
named (``availability.nameable``, or its cached copy). Only what the availability view
shows already: approved slots of approved bookings, times, room, facility, the booker's
public name, the booking's id and its repeat kind. Never who asked, their contact details,
the purpose, the door code or a staff reason.
"""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext

from core import cache_tags

from .availability import booker_title, nameable, public_title
from .models import BookableRoom, Booking, BookingGroup, BookingSlot, Status
from .rules import local

#: The models whose rows the list shows, for the response's cache tags (``core.cache_tags``;
#: loaded as plain rows, so no instance tags them).
SHOWN_MODELS = (BookableRoom, Booking, BookingSlot, BookingGroup)


def tag_response() -> None:
    """Tag the response being built with :data:`SHOWN_MODELS`, as loading them would."""
    cache_tags.add(*(f"m:{cache_tags.model_tag(model)}" for model in SHOWN_MODELS))


def _midnight(day: dt.date, days: int = 0) -> dt.datetime | None:
    """Danish midnight at the start of ``day`` plus ``days``, or None past the calendar."""
    try:
        moment = local(day + dt.timedelta(days=days), dt.time.min)
        moment.astimezone(dt.UTC)
    except OverflowError:
        return None
    return moment


def approved_slots(
    facility_id: int, first_day: dt.date, last_day: dt.date, room_id: int | None = None, names=None
) -> list[dict]:
    """The approved slots of a facility's rooms (or one of them) that start between
    ``first_day`` and ``last_day`` (both included, Danish days), in time order.

    ``names`` (default :func:`availability.nameable`) says which association ids may be named.
    """
    slots = BookingSlot.objects.filter(
        room__room__facility_id=facility_id,
        # A cancelled date of a series is a cancelled slot of an approved booking; a whole
        # booking that is no longer approved shows none of its slots.
        status=Status.APPROVED,
        booking__status=Status.APPROVED,
    )
    # At the calendar's ends (0001-01-01, 9999-12-31) a bound does not exist in UTC; no slot
    # lies beyond it anyway.
    lower, upper = _midnight(first_day), _midnight(last_day, 1)
    if lower is not None:
        slots = slots.filter(start__gte=lower)
    if upper is not None:
        slots = slots.filter(start__lt=upper)
    if room_id is not None:
        slots = slots.filter(room_id=room_id)
    rows = list(
        slots.order_by("start", "room__room__sort_order", "room_id", "pk").values_list(
            "start",
            "end",
            "room_id",
            "room__room__name",
            "booking_id",
            "booking__repeat",
            "booking__association_id",
            booker_title(),
        )
    )
    named = (names or nameable)({row[6] for row in rows if row[6] is not None})
    booked = gettext("Booked")
    return [
        {
            "start": start,
            "end": end,
            "room_id": room,
            "room": room_name,
            "booking_id": booking,
            "repeat": repeat,
            "booker": public_title(association, title, named, booked),
        }
        for start, end, room, room_name, booking, repeat, association, title in rows
    ]
