"""A VTIMEZONE that every common calendar client reads, derived from the zone database.

icalendar's own ``add_missing_timezones()`` lists a zone's transitions as one
comma-separated ``RDATE``; Mozilla's ical.js (Thunderbird) reads only the first date of
such a line, so every event after the first year came out an hour off. Here the zone's
transitions are found with :mod:`zoneinfo`, and when they follow a yearly rule (for
Europe/Copenhagen: the last Sunday of March and of October, as Outlook, Google and Apple
write it) each observance is one ``STANDARD``/``DAYLIGHT`` component with an ``RRULE``.
A zone whose transitions follow no yearly rule in the span gets one ``RDATE`` per line.
"""

import calendar as calendar_module
import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@dataclass(frozen=True)
class Transition:
    local: dt.datetime  # naive wall-clock time just before the change (in ``offset_from``)
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    name: str
    is_dst: bool

    def yearly_rule(self) -> tuple:
        """What repeats every year: month, n-th (or last) weekday, time and offsets."""
        day = self.local.day
        last = day + 7 > calendar_module.monthrange(self.local.year, self.local.month)[1]
        nth = -1 if last else (day - 1) // 7 + 1
        return (
            self.local.month,
            f"{nth}{WEEKDAYS[self.local.weekday()]}",
            self.local.time(),
            self.offset_from,
            self.offset_to,
            self.name,
            self.is_dst,
        )


def _offset(tz: ZoneInfo, instant: dt.datetime) -> dt.timedelta:
    return instant.astimezone(tz).utcoffset()


def transitions(tz: ZoneInfo, first_year: int, last_year: int) -> list[Transition]:
    """Every change of UTC offset from ``first_year`` through ``last_year``, in order."""
    found = []
    instant = dt.datetime(first_year, 1, 1, tzinfo=dt.UTC)
    stop = dt.datetime(last_year + 1, 1, 1, tzinfo=dt.UTC)
    step = dt.timedelta(days=1)
    while instant < stop:
        later = instant + step
        before, after = _offset(tz, instant), _offset(tz, later)
        if before != after:
            low, high = instant, later  # the change lies in (low, high]
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                if _offset(tz, middle) == before:
                    low = middle
                else:
                    high = middle
            change = high.replace(microsecond=0)
            local_after = change.astimezone(tz)
            found.append(
                Transition(
                    local=(change + before).replace(tzinfo=None),
                    offset_from=before,
                    offset_to=after,
                    name=local_after.tzname(),
                    is_dst=bool(local_after.dst()),
                )
            )
        instant = later
    return found


def _observance(first: Transition):
    component = TimezoneDaylight() if first.is_dst else TimezoneStandard()
    component.add("dtstart", first.local)
    component.add("tzoffsetfrom", first.offset_from)
    component.add("tzoffsetto", first.offset_to)
    component.add("tzname", first.name)
    return component


def vtimezone(tzid: str, first_year: int, last_year: int) -> Timezone:
    """The VTIMEZONE of ``tzid`` valid for events from ``first_year`` through ``last_year``."""
    tz = ZoneInfo(tzid)
    component = Timezone()
    component.add("tzid", tzid)
    # From the year before, so an observance has begun before the first event.
    first_year -= 1
    changes = transitions(tz, first_year, last_year)
    if not changes:
        # No change in the span: one standard observance from the start of the span.
        start = dt.datetime(first_year, 1, 1)
        offset = _offset(tz, start.replace(tzinfo=dt.UTC))
        standard = TimezoneStandard()
        standard.add("dtstart", start)
        standard.add("tzoffsetfrom", offset)
        standard.add("tzoffsetto", offset)
        standard.add("tzname", start.replace(tzinfo=tz).tzname())
        component.add_component(standard)
        return component

    by_rule: dict[tuple, list[Transition]] = {}
    for change in changes:
        by_rule.setdefault(change.yearly_rule(), []).append(change)
    years = last_year - first_year + 1
    yearly = len(by_rule) <= 2 and all(len(group) == years for group in by_rule.values())
    if yearly:
        for (month, byday, *_rest), group in by_rule.items():
            observance = _observance(group[0])
            observance.add("rrule", vRecur(FREQ="YEARLY", BYMONTH=month, BYDAY=byday))
            component.add_component(observance)
        return component
    # Irregular transitions: one observance per kind, one RDATE line per transition.
    kinds: dict[tuple, list[Transition]] = {}
    for change in changes:
        kinds.setdefault((change.offset_from, change.offset_to, change.name), []).append(change)
    for group in kinds.values():
        observance = _observance(group[0])
        for change in group[1:]:
            observance.add("rdate", change.local)
        component.add_component(observance)
    return component
