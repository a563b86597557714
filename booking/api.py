"""``/api/v3/bookings/``: when a facility's rooms are free and taken, and by which association.

Public, so only approved slots, their times and the association's name (never who asked);
an association whose own page is not public reads "Booked". Unpublished, private or expired
facilities are 404.
"""

import datetime as dt

from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema

from core.api.errors import PROBLEM_RESPONSES, invalid_query
from facilities.models import FacilityPage

from .availability import availability, rooms_of

router = Router(tags=["bookings"])
MAX_DAYS = 28


class BookingPeriodSchema(Schema):
    start: dt.datetime
    end: dt.datetime


class BookingTakenSchema(BookingPeriodSchema):
    association: str = Field(description="The association's name (no personal data).")


class BookingDaySchema(Schema):
    date: dt.date
    closed: bool = Field(description="Closed all day (holiday, renovation).")
    closed_reason: str = ""
    open: list[BookingPeriodSchema] = Field(description="The hours associations may book.")
    free: list[BookingPeriodSchema] = Field(description="Open hours no approved booking takes.")
    taken: list[BookingTakenSchema]


class BookingRoomAvailabilitySchema(Schema):
    id: int = Field(description="The bookable room's id.")
    name: str
    capacity: int | None = None
    equipment: str = ""
    step_free: bool
    hearing_loop: bool
    days: list[BookingDaySchema]


class BookingAvailabilitySchema(Schema):
    facility_id: int
    facility: str
    first_day: dt.date
    rooms: list[BookingRoomAvailabilitySchema]


class AvailabilityQuery(Schema):
    from_: str = Field("", alias="from", description="First day, YYYY-MM-DD (default: today).")
    days: str = Field("7", description=f"Number of days, 1–{MAX_DAYS}.")


def _first_day(text: str) -> dt.date:
    if not text:
        return timezone.localdate()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise invalid_query("from", _("Write the first day as YYYY-MM-DD.")) from None


def _days(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_DAYS:
        raise invalid_query(
            "days", _("days must be a whole number from 1 to %(max)s.") % {"max": MAX_DAYS}
        )
    return int(text)


def _public_facility(facility_id: int) -> FacilityPage:
    facility = FacilityPage.objects.listable().filter(pk=facility_id).first()
    if facility is None:
        raise Http404(_("No public facility has this id."))
    return facility


@router.get(
    "/facilities/{facility_id}/availability/",
    response={200: BookingAvailabilitySchema, **PROBLEM_RESPONSES},
    url_name="booking_availability",
    summary="Free and taken hours of a facility's rooms",
)
def facility_availability(request, facility_id: int, query: Query[AvailabilityQuery]):
    """Each bookable room of a public facility, day by day: open hours, free hours, and the
    approved bookings with the association's name. Date-times are Europe/Copenhagen."""
    first_day = _first_day(query.from_)
    days = _days(query.days)
    facility = _public_facility(facility_id)
    weeks = availability(rooms_of(facility), first_day, days, public=True)
    return {
        "facility_id": facility.pk,
        "facility": facility.title,
        "first_day": first_day,
        "rooms": [
            {
                "id": week.room.pk,
                "name": week.room.room.name,
                "capacity": week.room.room.capacity,
                "equipment": week.room.room.equipment,
                "step_free": week.room.step_free,
                "hearing_loop": week.room.hearing_loop,
                "days": [
                    {
                        "date": day.date,
                        "closed": day.closed_reason is not None,
                        "closed_reason": day.closed_reason or "",
                        "open": [{"start": s, "end": e} for s, e in day.open],
                        "free": [{"start": s, "end": e} for s, e in day.free],
                        "taken": [
                            {"start": t.start, "end": t.end, "association": t.association}
                            for t in day.taken
                        ],
                    }
                    for day in week.days
                ],
            }
            for week in weeks
        ],
    }
