"""``{% facility_bookings page %}``: the public "who has which slot" view on a facility page."""

import datetime as dt

from django import template
from django.utils import timezone

from booking.availability import availability, rooms_of, week_start

register = template.Library()
WEEKS = 2


@register.inclusion_tag("booking/facility_bookings.html")
def facility_bookings(page):
    first = week_start(timezone.localdate())
    weeks = availability(rooms_of(page), first, 7 * WEEKS, public=True)
    return {
        "rooms": [
            (week.room, [week.days[i : i + 7] for i in range(0, len(week.days), 7)])
            for week in weeks
        ],
        "today": timezone.localdate(),
        "first": first,
        "last": first + dt.timedelta(days=7 * WEEKS - 1),
    }
