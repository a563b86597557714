"""Public iCal feeds: a room's approved bookings, and an association's.

Only approved slots of public facilities, from 30 days back to the end of next season;
each event names the association (or "Booket" when its page is not public) and the room,
never who asked. Anything not public is 404.
"""

import datetime as dt

import icalendar
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from associations.models import AssociationPage
from core.page_cache import reads_query
from core.validators import fits_a_database_id
from facilities.models import FacilityPage

from .availability import public_associations, public_booker
from .models import BookableRoom, BookingSlot, Status
from .rules import local, season_bounds


def _slots(**filters):
    today = timezone.localdate()
    last = season_bounds(season_bounds(today)[1] + dt.timedelta(days=1))[1]
    return list(
        BookingSlot.objects.filter(
            status=Status.APPROVED,
            room__room__facility__in=FacilityPage.objects.listable().values("pk"),
            start__gte=local(today - dt.timedelta(days=30), dt.time.min),
            start__lt=local(last, dt.time.max),
            **filters,
        )
        .select_related("booking__association", "booking__group", "room__room__facility")
        .order_by("start")
    )


def _response(name: str, slots, filename: str) -> HttpResponse:
    named = public_associations(slots)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Vallensbæk Kommune//Lokalebooking//DA")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for slot in slots:
        association = public_booker(slot.booking, named)
        room = slot.room.room
        event = icalendar.Event()
        event.add("uid", f"booking-slot-{slot.pk}@vallensbaek.dk")
        event.add("summary", f"{room.name}: {association}")
        event.add("dtstart", timezone.localtime(slot.start))
        event.add("dtend", timezone.localtime(slot.end))
        event.add("dtstamp", timezone.now())
        event.add("location", f"{room.name}, {room.facility.title}, {room.facility.full_address}")
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_safe
@cache_control(public=True, max_age=900)
@reads_query()
def room_ics(request, pk: int):
    if not fits_a_database_id(pk):
        raise Http404
    room = (
        BookableRoom.objects.filter(
            pk=pk, room__facility__in=FacilityPage.objects.listable().values("pk")
        )
        .select_related("room__facility")
        .first()
    )
    if room is None:
        raise Http404
    return _response(str(room), _slots(room=room), f"lokale-{room.pk}.ics")


@require_safe
@cache_control(public=True, max_age=900)
@reads_query()
def association_ics(request, pk: int):
    if not fits_a_database_id(pk):
        raise Http404
    association = AssociationPage.objects.listable().filter(pk=pk).first()
    if association is None:
        raise Http404
    return _response(
        association.title, _slots(booking__association=association), f"forening-{pk}.ics"
    )
