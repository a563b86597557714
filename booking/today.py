"""Today's approved bookings of a public facility, for the screen by the hall."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from facilities.models import FacilityPage

from .availability import public_associations, public_booker
from .models import BookingSlot, Status
from .rules import local


@dataclass
class TodaysBooking:
    start: dt.datetime
    end: dt.datetime
    room: str
    association: str


def todays_bookings(facility_id: int, now: dt.datetime) -> tuple[FacilityPage | None, list]:
    """The facility (None unless public) and its approved slots still to come today."""
    facility = FacilityPage.objects.listable(now).filter(pk=facility_id).first()
    if facility is None:
        return None, []
    today = timezone.localdate(now)
    slots = list(
        BookingSlot.objects.filter(
            room__room__facility=facility,
            status=Status.APPROVED,
            end__gt=now,
            start__lt=local(today + dt.timedelta(days=1), dt.time.min),
        )
        .select_related("booking__association", "booking__group", "room__room")
        .order_by("start", "room__room__sort_order")
    )
    named = public_associations(slots)
    return facility, [
        TodaysBooking(
            slot.start,
            slot.end,
            slot.room.room.name,
            public_booker(slot.booking, named),
        )
        for slot in slots
    ]
