"""Activities as iCalendar: one VEVENT per activity, recurring ones as RRULE + EXDATE.

Times are written as local wall-clock times with ``TZID=Europe/Copenhagen`` and the zone's
VTIMEZONE, so a calendar keeps "every Tuesday at 19:00" at 19:00 across daylight saving,
exactly as ``activities.recurrence`` expands it for the website.
"""

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vRecur

from activities import recurrence
from activities.models import ActivityPage
from associations.models import AssociationPage

from .vtimezone import vtimezone

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

#: Activities whose last date ended longer ago than this are left out of feeds.
ENDED_GRACE = dt.timedelta(days=30)


def rrule_for(activity: ActivityPage) -> vRecur | None:
    """The RRULE matching ``activities.recurrence`` for a recurring activity, else ``None``.

    Monthly means "the same weekday, n-th of the month"; a fifth weekday is treated as the
    last one (``BYDAY=-1TU``), because not every month has a fifth.
    """
    if not activity.recurrence:
        return None
    tz = ZoneInfo(settings.TIME_ZONE)
    local_start = timezone.localtime(activity.start, tz)
    rule = vRecur()
    if activity.recurrence in (recurrence.WEEKLY, recurrence.BIWEEKLY):
        rule["FREQ"] = "WEEKLY"
        if activity.recurrence == recurrence.BIWEEKLY:
            rule["INTERVAL"] = 2
    elif activity.recurrence == recurrence.MONTHLY:
        n = recurrence.week_of_month(local_start.date())
        rule["FREQ"] = "MONTHLY"
        rule["BYDAY"] = f"{-1 if n >= 5 else n}{WEEKDAYS[local_start.weekday()]}"
    else:
        return None
    if activity.all_day:
        rule["UNTIL"] = activity.recurrence_until
    else:
        # RFC 5545: with a TZID start, UNTIL is UTC. The last local day's end covers the
        # occurrence on that day whatever its time.
        last = dt.datetime.combine(activity.recurrence_until, dt.time(23, 59, 59), tzinfo=tz)
        rule["UNTIL"] = last.astimezone(dt.UTC)
    return rule


def organizer_for(activity: ActivityPage, public_organisers: set[int]) -> vCalAddress | None:
    """``ORGANIZER;CN=<name>:mailto:<address>``, or ``None``.

    RFC 5545 makes ORGANIZER a cal-address (a URI), so it is written only for an organising
    association the public may see that has a public email address. A department name alone
    (e.g. "Seniorservice") is no address; no private address is ever used.
    """
    organiser = activity.organiser
    if organiser is None or organiser.pk not in public_organisers or not organiser.email:
        return None
    address = vCalAddress(f"mailto:{organiser.email}")
    address.params["CN"] = organiser.title
    return address


def public_organiser_ids(activities) -> set[int]:
    """The organising associations among ``activities`` that ``listable()`` allows."""
    ids = {a.organiser_id for a in activities if a.organiser_id}
    if not ids:
        return set()
    return set(AssociationPage.objects.listable().filter(pk__in=ids).values_list("pk", flat=True))


def event_for(activity: ActivityPage, request, public_organisers: set[int]) -> Event:
    tz = ZoneInfo(settings.TIME_ZONE)
    event = Event()
    event.add("uid", f"activity-{activity.translation_key}-{activity.locale_id}@vallensbaek.dk")
    event.add("summary", activity.title)
    if activity.summary:
        event.add("description", activity.summary)
    event.add("url", activity.get_full_url(request))
    stamp = activity.last_published_at or activity.latest_revision_created_at or timezone.now()
    event.add("dtstamp", stamp.astimezone(dt.UTC))
    event.add("last-modified", stamp.astimezone(dt.UTC))

    start, end = activity._span()
    if activity.all_day:
        event.add("dtstart", start.astimezone(tz).date())
        event.add("dtend", end.astimezone(tz).date())
    else:
        event.add("dtstart", start.astimezone(tz))
        event.add("dtend", end.astimezone(tz))

    rule = rrule_for(activity)
    if rule is not None:
        event.add("rrule", rule)
        local_time = start.astimezone(tz).time()
        for row in activity.excluded_dates.all():
            if activity.all_day:
                event.add("exdate", row.date)
            else:
                event.add("exdate", dt.datetime.combine(row.date, local_time, tzinfo=tz))

    location = activity.address
    if activity.facility_id:
        facility = f"{activity.facility.title}, {activity.facility.full_address}"
        location = f"{facility}; {location}" if location else facility
    if location:
        event.add("location", location)
    organizer = organizer_for(activity, public_organisers)
    if organizer is not None:
        event.add("organizer", organizer)
    return event


def feed_activities(activities, now=None):
    """Only what the public may see, and not long-finished activities."""
    now = now or timezone.now()
    return (
        activities.listable(now)
        .filter(occurrences__end__gt=now - ENDED_GRACE)
        .distinct()
        .select_related("facility", "organiser")
        .prefetch_related("excluded_dates")
        .order_by("start", "pk")
    )


def build_calendar(activities, request, name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//Vallensbæk Kommune//Aktiviteter//DA")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    activities = list(activities)
    today = timezone.localdate()
    first, last = today, today
    for activity in activities:
        first = min(first, timezone.localtime(activity.start).date())
        last = max(last, activity.recurrence_until or timezone.localtime(activity.end).date())
    # Always there, so even a calendar without events has the component RFC 5545 requires
    # ("icalbody = calprops component", at least one). The zone's rules for the years the
    # events span (and a year after) keep the file small.
    cal.add_component(vtimezone(settings.TIME_ZONE, first.year, last.year + 1))
    public_organisers = public_organiser_ids(activities)
    for activity in activities:
        cal.add_component(event_for(activity, request, public_organisers))
    return cal
