"""``/api/v3/bookings/``: when a facility's rooms are free and taken, and by which association;
the approved booked slots as a list (``GET /api/v3/bookings/?facility=…``).

Public, so only approved slots, their times and the association's name (never who asked);
an association whose own page is not public reads "Booked". Unpublished, private or expired
facilities are 404.
"""

import datetime as dt
import json
from dataclasses import dataclass
from typing import Literal

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.api.v3.errors import as_validation_error

from core import cache_tags, cache_versions
from core.api.errors import PROBLEM_RESPONSES, ProblemDetail, invalid_query
from core.page_cache import next_listable_change
from facilities.models import FacilityPage

from . import services
from .availability import availability, nameable, public_association_ids, rooms_of
from .listing import approved_slots, tag_response
from .models import BookableRoom, Booking

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


@dataclass(frozen=True)
class PublicFacility:
    pk: int
    title: str


def _public_facility(facility_id: int) -> PublicFacility:
    # Only the id and title: loading the whole page (every field of the page type) was most
    # of the cost of an answer from the cache.
    row = FacilityPage.objects.listable().filter(pk=facility_id).values_list("pk", "title")
    row = row.first()
    if row is None:
        raise Http404(_("No public facility has this id."))
    return PublicFacility(*row)


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
    return HttpResponse(availability_body(facility_id, first_day, days), content_type=JSON)


JSON = "application/json; charset=utf-8"
#: Seconds a built answer is kept; its key changes anyway with every content change.
CACHE_SECONDS = 3600


def availability_body(facility_id: int, first_day: dt.date, days: int) -> bytes:
    """The JSON body for one facility and period, built once per content version; 404 when
    no public facility has the id.

    The key holds the ``pages`` content version, which every change to a booking, slot,
    room, hours or closure bumps (``BookingConfig.ready``: one declaration) and so does every
    page change (an association renamed or hidden, the facility itself); and the next moment
    the clock changes what is public: the same parts as the API's ETag
    (``core.api.conditional``), so the ETag and this entry always change together. A body is
    stored only for a facility public in that version, so a hit needs no query at all (the
    facility's lookup was half of a hit's time, make bench). The entry keeps the cache
    tags its build collected, so a hit's response is tagged as the build's was.
    """
    version = content_version()
    key = ":".join(
        [
            "vcms:booking:availability",
            version,
            translation.get_language() or "",
            str(facility_id),
            first_day.isoformat(),
            str(days),
        ]
    )
    entry = cache.get(key)
    if entry is not None:
        body, tags = entry
        cache_tags.add(*tags)
        return body
    body = build_body(_public_facility(facility_id), first_day, days, version)
    current = cache_tags.collector()
    cache.set(key, (body, cache_tags.response_tags(current) if current else []), CACHE_SECONDS)
    return body


def content_version() -> str:
    """The ``pages`` content version and the next moment the clock changes what is public:
    what every cached booking answer (and the ETag) is keyed on."""
    moment = next_listable_change()
    return ":".join(
        [
            str(cache_versions.current(cache_versions.PAGES)),
            moment.isoformat() if moment else "never",
        ]
    )


def nameable_in_version(version: str):
    """``availability.nameable`` kept in the cache for one content ``version`` (the same
    parts as the body's key): which associations public output may name changes only with a
    page change or the moment the clock changes what is public, both in ``version``. A miss
    for another period then skips its two queries (a third of a miss, issue #17 bench)."""

    def named(ids: set[int]) -> set[int]:
        key = f"vcms:booking:nameable:{version}"
        public = cache.get(key)
        if public is None:
            public = public_association_ids()
            cache.set(key, public, CACHE_SECONDS)
        return {pk for pk in ids if pk in public}

    return named


def build_body(
    facility: PublicFacility, first_day: dt.date, days: int, version: str = ""
) -> bytes:
    """The response of :func:`facility_availability` as bytes, without per-item schema
    validation (the schemas above document it; tests check the answer against them).
    ``version`` (the content version of the body's cache key) lets the associations that may
    be named come from the cache too."""
    names = nameable_in_version(version) if version else nameable
    weeks = availability(rooms_of(facility.pk), first_day, days, public=True, names=names)
    # ``core.times.local_iso`` looks the time zone up on every call (a third of the time of
    # 4 weeks); one lookup, and one string per distinct moment (free and open hours share
    # most of theirs), write the same text.
    zone = timezone.get_current_timezone()
    texts: dict[dt.datetime, str] = {}

    def iso(moment: dt.datetime) -> str:
        text = texts.get(moment)
        if text is None:
            text = texts[moment] = moment.astimezone(zone).isoformat()
        return text

    def _period(start: dt.datetime, end: dt.datetime) -> dict:
        return {"start": iso(start), "end": iso(end)}

    document = {
        "facility_id": facility.pk,
        "facility": facility.title,
        "first_day": first_day.isoformat(),
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
                        "date": day.date.isoformat(),
                        "closed": day.closed_reason is not None,
                        "closed_reason": day.closed_reason or "",
                        "open": [_period(s, e) for s, e in day.open],
                        "free": [_period(s, e) for s, e in day.free],
                        "taken": [
                            {**_period(t.start, t.end), "association": t.association}
                            for t in day.taken
                        ],
                    }
                    for day in week.days
                ],
            }
            for week in weeks
        ],
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


# The approved booked slots, as a list (issue #17): what availability's ``taken`` shows, with
# the booking's id and repeat kind, for one facility or room and a period.


class BookedSlotSchema(Schema):
    booking_id: int = Field(description="The booking's id (one per series).")
    start: dt.datetime
    end: dt.datetime
    room_id: int = Field(description="The bookable room's id, as in the availability's rooms.")
    room: str = Field(description="The room's name.")
    facility_id: int
    facility: str = Field(description="The facility's title.")
    booker: str = Field(
        description="The association's name or the named group's (e.g. Dagplejen); an "
        "association whose own page is not public reads Booket. No personal data."
    )
    repeat: Literal["once", "weekly", "biweekly"] = Field(
        description="Once, every week or every other week (the slot is one date of it)."
    )


class BookedSlotListSchema(Schema):
    count: int
    first_day: dt.date
    last_day: dt.date
    items: list[BookedSlotSchema]


class BookedSlotQuery(Schema):
    facility: str = Field("", description="A facility's id (facility or room is required).")
    room: str = Field("", description="A bookable room's id (facility or room is required).")
    from_: str = Field("", alias="from", description="First day, YYYY-MM-DD (default: today).")
    to: str = Field(
        "", description=f"Last day, YYYY-MM-DD (default: 6 days on); at most {MAX_DAYS} days."
    )


def _id(param: str, text: str) -> int | None:
    if not text:
        return None
    if not text.isascii() or not text.isdigit():
        raise invalid_query(
            param, _("%(param)s must be an id (a whole number).") % {"param": param}
        )
    return int(text)


def _last_day(text: str, first_day: dt.date) -> dt.date:
    if not text:
        return first_day + dt.timedelta(days=6)
    try:
        last_day = dt.date.fromisoformat(text)
    except ValueError:
        raise invalid_query("to", _("Write the last day as YYYY-MM-DD.")) from None
    if last_day < first_day:
        raise invalid_query("to", _("The last day cannot be before the first day."))
    if (last_day - first_day).days >= MAX_DAYS:
        raise invalid_query("to", _("The period can be at most %(max)s days.") % {"max": MAX_DAYS})
    return last_day


def _facility_of_room(room_id: int, facility_id: int | None) -> int:
    row = BookableRoom.objects.filter(pk=room_id).values_list("room__facility_id", flat=True)
    found = row.first()
    if found is None or (facility_id is not None and found != facility_id):
        raise Http404(_("No public room has this id."))
    return found


@router.get(
    "/",
    response={200: BookedSlotListSchema, **PROBLEM_RESPONSES},
    url_name="booking_slots",
    summary="Approved booked slots of a facility or room",
)
def booked_slots(request, query: Query[BookedSlotQuery]):
    """The approved slots of a public facility's rooms (``facility``) or one room (``room``)
    from ``from`` to ``to`` (both included, at most 28 days), in time order: times, room,
    facility, the booker's public name, the booking's id and repeat kind. Never requests,
    declined, cancelled or withdrawn bookings, cancelled dates, or personal data.
    Date-times are Europe/Copenhagen."""
    facility_id = _id("facility", query.facility)
    room_id = _id("room", query.room)
    if facility_id is None and room_id is None:
        raise invalid_query("facility", _("Give a facility or a room."))
    first_day = _first_day(query.from_)
    last_day = _last_day(query.to, first_day)
    if room_id is not None:
        facility_id = _facility_of_room(room_id, facility_id)
    facility = _public_facility(facility_id)
    names = nameable_in_version(content_version())
    tag_response()
    items = [
        {**item, "facility_id": facility.pk, "facility": facility.title}
        for item in approved_slots(facility.pk, first_day, last_day, room_id, names)
    ]
    return {"count": len(items), "first_day": first_day, "last_day": last_day, "items": items}


# Door codes: written by the booking team's integrations (a door system), never read publicly.


class AccessCodeIn(Schema):
    access_code: str = Field(
        description="The door code, e.g. 4711: at most 40 ordinary characters (checked with a "
        "Danish 422); empty to remove it.",
    )


class AccessCodeOut(Schema):
    id: int = Field(description="The booking's id.")
    status: str = Field(description="requested or approved.")
    access_code: str


@router.put(
    "/{booking_id}/access-code/",
    auth=BearerTokenAuth(),
    response={
        200: AccessCodeOut,
        401: ProblemDetail,
        403: ProblemDetail,
        409: ProblemDetail,
        **PROBLEM_RESPONSES,
    },
    url_name="booking_access_code",
    summary="Set a booking's door code (booking team's API token)",
)
def set_access_code(request, booking_id: int, data: AccessCodeIn):
    """For a door-access integration: set or clear the door code of a requested or approved
    booking. Needs an API token of an account with *Can approve, decline and cancel
    bookings* (the Booking group). The code is only ever shown to the booking's association
    (approval email, reminder, its own list), never in public output."""
    try:
        booking = services.set_access_code(booking_id, data.access_code, request.user)
    except Booking.DoesNotExist:
        raise Http404(_("No booking has this id.")) from None
    except ValidationError as error:
        if getattr(error, "code", None) == "closed":
            raise HttpError(409, error.messages[0]) from None
        # A field error as the API reports every other one: with its place in the body.
        message = " ".join(error.messages)
        raise as_validation_error(
            ValueError(message), message, loc=("body", "access_code")
        ) from None
    return {"id": booking.pk, "status": booking.status, "access_code": booking.access_code}
