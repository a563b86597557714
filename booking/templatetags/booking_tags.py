"""``{% facility_bookings page %}``: the public "who has which slot" view on a facility page.

Two weeks at a time from ``?fra=YYYY-MM-DD`` (the Monday of its week; the facility page
declares the parameter for the page cache). The visitor can step from four weeks back to
26 weeks ahead; a value outside that or not a date shows this week. A signed-in member of an
association gets "Request this time" on each free period, into the admin's request form with
the room, date and times filled in; everyone else reads how associations book.
"""

import datetime as dt

from django import template
from django.utils import timezone

from booking.availability import availability, rooms_of, week_start
from booking.services import may_book_at_all
from core.page_cache import dont_store
from facilities.models import WEEK_PARAM

register = template.Library()
WEEKS = 2
#: How far the visitor may step from this week (the first week shown).
WEEKS_BACK = 4
WEEKS_AHEAD = 26


def shown_week(request, this_week: dt.date) -> dt.date:
    """The Monday the view starts on: the visitor's ``?fra=`` if valid and in bounds."""
    value = request.GET.get(WEEK_PARAM, "") if request is not None else ""
    if not value:
        return this_week
    try:
        first = week_start(dt.date.fromisoformat(value))
    except ValueError:
        first = None
    earliest = this_week - dt.timedelta(weeks=WEEKS_BACK)
    latest = this_week + dt.timedelta(weeks=WEEKS_AHEAD)
    if first is None or not earliest <= first <= latest or first.isoformat() != value:
        # A junk or non-canonical value must not earn its own cache entry.
        dont_store(request)
        if first is None or not earliest <= first <= latest:
            return this_week
    return first


@register.inclusion_tag("booking/facility_bookings.html", takes_context=True)
def facility_bookings(context, page):
    request = context.get("request")
    today = timezone.localdate()
    this_week = week_start(today)
    first = shown_week(request, this_week)
    weeks = availability(rooms_of(page), first, 7 * WEEKS, public=True)
    user = getattr(request, "user", None)
    # A member's page is never served from or stored in the page cache (it has a session).
    can_request = user is not None and may_book_at_all(user)
    previous = first - dt.timedelta(weeks=1)
    following = first + dt.timedelta(weeks=1)
    return {
        "rooms": [
            (week.room, [week.days[i : i + 7] for i in range(0, len(week.days), 7)])
            for week in weeks
        ],
        "today": today,
        "now": timezone.now(),
        "first": first,
        "last": first + dt.timedelta(days=7 * WEEKS - 1),
        "week_param": WEEK_PARAM,
        "can_request": can_request,
        "page_url": page.url,
        "previous": previous if previous >= this_week - dt.timedelta(weeks=WEEKS_BACK) else None,
        "next": following if following <= this_week + dt.timedelta(weeks=WEEKS_AHEAD) else None,
        "this_week": this_week if first != this_week else None,
    }
