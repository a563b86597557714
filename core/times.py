"""The project's one time convention for what it publishes.

Every date-time in an API response, feed and export is ISO 8601 in ``settings.TIME_ZONE``
(Europe/Copenhagen) with its UTC offset, e.g. ``2026-12-01T14:00:00+01:00``. The database
keeps UTC; output goes through :func:`local`/:func:`local_iso`. Where a format demands
something else (iCalendar's ``DTSTAMP``, HTTP dates), ``docs/api.md`` says so.
"""

import datetime as dt

from django.utils import timezone
from django.utils.formats import date_format


def local(value: dt.datetime) -> dt.datetime:
    """An aware date-time in local time (naive ones are taken as local already)."""
    return timezone.localtime(value) if timezone.is_aware(value) else value


def local_iso(value: dt.datetime) -> str:
    """ISO 8601 with the local UTC offset; microseconds only when there are any."""
    return local(value).isoformat()


def local_display(value: dt.datetime | None) -> str:
    """For people (the admin): local time in the active language's format, "-" for none."""
    return date_format(local(value), "DATETIME_FORMAT") if value else "-"
