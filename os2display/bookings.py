"""A facility's approved bookings in OS2display's Calendar-API shape ("I dag i hallen").

One Calendar-API source per facility, under ``/os2display/booking/<facility id>/``:
locations ``[{id, displayName}]`` (the facility), resources ``[{id, locationId, name,
displayName, includedInEvents}]`` (its bookable rooms) and events ``[{title, startTime,
endTime, resourceId, resourceDisplayName}]``: the approved slots from the start of today for
``calendar.DAYS`` days, the association's name as the title and the room as the resource.
What is shown is what the public "who has which slot" view shows (``booking.availability``
with ``public=True``): an association whose own page is not public reads "Booket", and there
is never a member's name, a purpose or an undecided request. A facility that is not public
answers 404 problem+json.
"""

from functools import wraps

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from booking.availability import availability, rooms_of

from .calendar import DAYS, local_iso
from .http import json, problem


def _public_facility(view):
    @require_safe
    @wraps(view)
    def wrapper(request, pk):
        from facilities.models import FacilityPage

        try:
            if not 0 < pk < 2**31:  # a page id is a 32-bit integer; SQLite raises past 64
                raise Http404
            facility = get_object_or_404(
                FacilityPage.objects.listable().filter(locale=Locale.get_default()), pk=pk
            )
        except Http404:
            return problem(404, "Not found", "No public facility has this id.")
        return view(request, facility)

    return wrapper


@_public_facility
def locations(request, facility):
    return json([{"id": facility.pk, "displayName": facility.title}])


@_public_facility
def resources(request, facility):
    return json(
        [
            {
                "id": room.pk,
                "locationId": facility.pk,
                "name": f"{facility.slug}-{room.pk}",
                "displayName": room.room.name,
                "includedInEvents": True,
            }
            for room in rooms_of(facility)
        ]
    )


def booking_events(facility, today=None) -> list[dict]:
    today = today or timezone.localdate()
    events = []
    for week in availability(rooms_of(facility), today, DAYS, public=True):
        for day in week.days:
            for taken in day.taken:
                events.append(
                    {
                        "title": taken.association,
                        "startTime": local_iso(taken.start),
                        "endTime": local_iso(taken.end),
                        "resourceId": week.room.pk,
                        "resourceDisplayName": week.room.room.name,
                    }
                )
    return sorted(events, key=lambda e: (e["startTime"], e["resourceId"]))


@_public_facility
def events(request, facility):
    return json(booking_events(facility))
