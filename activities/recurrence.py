"""Expansion of recurring activities into concrete occurrences.

Recurrence is computed on local wall-clock time in the activity's time zone and only then
made aware, so "every Tuesday at 19:00" stays at 19:00 across daylight-saving changes.
"""

import calendar
import datetime as dt
from collections.abc import Iterable, Iterator
from zoneinfo import ZoneInfo

WEEKLY = "weekly"
BIWEEKLY = "biweekly"
MONTHLY = "monthly"


class TooManyOccurrences(ValueError):
    pass


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1–4) given weekday of a month, or the last one when n is 5."""
    days_in_month = calendar.monthrange(year, month)[1]
    if n >= 5:
        last = dt.date(year, month, days_in_month)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def week_of_month(day: dt.date) -> int:
    """1 for the first such weekday of the month … 5 for a fifth (treated as "last")."""
    return (day.day - 1) // 7 + 1


def _local_dates(first: dt.date, rule: str, until: dt.date) -> Iterator[dt.date]:
    if rule in (WEEKLY, BIWEEKLY):
        step = dt.timedelta(weeks=1 if rule == WEEKLY else 2)
        day = first
        while day <= until:
            yield day
            day += step
    elif rule == MONTHLY:
        n, weekday = week_of_month(first), first.weekday()
        year, month = first.year, first.month
        while True:
            day = nth_weekday(year, month, weekday, n)
            if day > until:
                return
            yield day
            month += 1
            if month > 12:
                year, month = year + 1, 1
    else:
        raise ValueError(f"Unknown recurrence rule: {rule!r}")


def expand(
    start: dt.datetime,
    end: dt.datetime,
    *,
    rule: str = "",
    until: dt.date | None = None,
    excluded: Iterable[dt.date] = (),
    tz: ZoneInfo,
    limit: int = 520,
) -> list[tuple[dt.datetime, dt.datetime]]:
    """All (start, end) pairs of an activity, aware datetimes in ``tz``.

    ``start``/``end`` are aware; the local duration of the first occurrence is kept for
    every occurrence. Raises ``TooManyOccurrences`` past ``limit``.
    """
    local_start = start.astimezone(tz).replace(tzinfo=None)
    local_end = end.astimezone(tz).replace(tzinfo=None)
    duration = local_end - local_start
    if not rule:
        return [(start, end)]
    if until is None:
        raise ValueError("A recurring activity needs an end date")

    skip = set(excluded)
    result = []
    for day in _local_dates(local_start.date(), rule, until):
        if day in skip:
            continue
        naive = dt.datetime.combine(day, local_start.time())
        result.append((naive.replace(tzinfo=tz), (naive + duration).replace(tzinfo=tz)))
        if len(result) > limit:
            raise TooManyOccurrences(limit)
    return result
