"""OS2display's Calendar-API feed type: locations, resources and events, as JSON lists.

Locations are the municipal facilities; each facility is one bookable resource (activities
name a facility, not a room); events are the public activity occurrences at a facility from
the start of today (Europe/Copenhagen) for ``DAYS`` days. Field names are the feed type's
defaults, so no remapping is needed: locations ``[{id, displayName}]``, resources ``[{id,
locationId, name, displayName, includedInEvents}]``, events ``[{title, startTime, endTime,
resourceId, resourceDisplayName}]``; ids are integers, times ISO 8601 with their offset.
"""

import datetime as dt

from django.utils import timezone
from django.views.decorators.http import require_safe
from wagtail.models import Locale

from activities.models import Occurrence
from facilities.models import FacilityPage

from .http import json

#: How far ahead the events list reaches; the screens show today and the coming days.
DAYS = 14


def facilities():
    return FacilityPage.objects.listable().filter(locale=Locale.get_default()).order_by("title")


def local_iso(moment: dt.datetime) -> str:
    return timezone.localtime(moment).isoformat()


@require_safe
def locations(request):
    return json([{"id": f.pk, "displayName": f.title} for f in facilities()])


@require_safe
def resources(request):
    return json(
        [
            {
                "id": f.pk,
                "locationId": f.pk,
                "name": f.slug,
                "displayName": f.title,
                "includedInEvents": True,
            }
            for f in facilities()
        ]
    )


def upcoming_events(now=None) -> list[dict]:
    now = now or timezone.now()
    start = timezone.make_aware(dt.datetime.combine(timezone.localdate(now), dt.time()))
    occurrences = (
        Occurrence.objects.public(now)
        .between(start, start + dt.timedelta(days=DAYS))
        .filter(activity__locale=Locale.get_default(), activity__facility__in=facilities())
        .select_related("activity__facility")
        .order_by("start", "pk")
    )
    return [
        {
            "title": o.activity.title,
            "startTime": local_iso(o.start),
            "endTime": local_iso(o.end),
            "resourceId": o.activity.facility_id,
            "resourceDisplayName": o.activity.facility.title,
        }
        for o in occurrences
    ]


@require_safe
def events(request):
    return json(upcoming_events())
