"""The booking rules, each written once: dated slots of a request, what a slot must respect,
and the overlap rule that every caller (forms, approval, API, staff grid) uses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import Booking, BookingSlot, Status

MINIMUM_MINUTES = 30
#: The season runs from the Monday of ISO week 33 to the Sunday of week 26 the year after.
SEASON_START_WEEK = 33
SEASON_END_WEEK = 26


@dataclass(frozen=True)
class Period:
    start: dt.datetime
    end: dt.datetime


def local(day: dt.date, time: dt.time) -> dt.datetime:
    """``day`` at ``time`` in Danish time (the project's TIME_ZONE), as an aware datetime."""
    return timezone.make_aware(dt.datetime.combine(day, time), timezone.get_default_timezone())


def season_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """(first, last) day of the season ``day`` belongs to; summer days belong to the next."""
    year = day.year
    this_end = dt.date.fromisocalendar(year, SEASON_END_WEEK, 7)
    if day <= this_end:
        return dt.date.fromisocalendar(year - 1, SEASON_START_WEEK, 1), this_end
    return (
        dt.date.fromisocalendar(year, SEASON_START_WEEK, 1),
        dt.date.fromisocalendar(year + 1, SEASON_END_WEEK, 7),
    )


def dates_of(booking: Booking) -> list[dt.date]:
    """Every date of a request, excluded dates left out (closures are not applied here)."""
    if booking.repeat == Booking.Repeat.ONCE or not booking.last_date:
        return [booking.first_date]
    step = 7 if booking.repeat == Booking.Repeat.WEEKLY else 14
    excluded = {dt.date.fromisoformat(str(day)) for day in booking.excluded_dates or []}
    days, day = [], booking.first_date
    while day <= booking.last_date:
        if day not in excluded:
            days.append(day)
        day += dt.timedelta(days=step)
    return days


def closed_days(room, first: dt.date, last: dt.date) -> set[dt.date]:
    days = set()
    for closure in room.closures.filter(first_day__lte=last, last_day__gte=first):
        day = max(closure.first_day, first)
        while day <= min(closure.last_day, last):
            days.add(day)
            day += dt.timedelta(days=1)
    return days


def periods_of(booking: Booking) -> list[Period]:
    """The dated slots a request asks for. A series skips the room's closed days (holidays);
    a one-off on a closed day is refused by :func:`check_request` instead."""
    days = dates_of(booking)
    if booking.repeat != Booking.Repeat.ONCE:
        closed = closed_days(booking.room, days[0], days[-1]) if days else set()
        days = [day for day in days if day not in closed]
    return [Period(local(day, booking.start_time), local(day, booking.end_time)) for day in days]


def overlaps(a, b) -> bool:
    """THE overlap rule on two things with ``start`` and ``end`` already in memory (the
    grid's slots): they share a moment of [start, end). ``overlapping`` and ``conflicts``
    are the same rule as a query."""
    return a.start < b.end and a.end > b.start


def overlapping(room, start: dt.datetime, end: dt.datetime):
    """THE overlap rule: approved slots of ``room`` that share any moment with [start, end).

    Half-open: a slot ending at 19:00 does not overlap one starting at 19:00. The database
    constraint (``booking.constraints``) is the same rule with ``[)`` ranges.
    """
    return BookingSlot.objects.filter(
        room=room, status=Status.APPROVED, start__lt=end, end__gt=start
    )


def conflicts(
    room, periods, exclude_booking=None, *, status=Status.APPROVED, season=None
) -> list[BookingSlot]:
    """Approved slots of ``room`` overlapping any of ``periods``, in one query.

    ``status=Status.REQUESTED, season=...`` gives instead the season round's other waiting
    requests that compete for the same time (the allocation's conflicts), by the same rule.
    """
    if not periods:
        return []
    query = Q()
    for period in periods:
        query |= Q(start__lt=period.end, end__gt=period.start)
    slots = BookingSlot.objects.filter(room=room, status=status).filter(query)
    if season is not None:
        slots = slots.filter(booking__season=season, booking__status=Status.REQUESTED)
    if exclude_booking is not None and exclude_booking.pk:
        slots = slots.exclude(booking=exclude_booking)
    return list(slots.select_related("booking__association", "booking__group").order_by("start"))


def window_season(booking: Booking, now: dt.datetime | None = None):
    """The season whose request window is open now and which the request's first date falls
    in: such a request waits for the allocation instead of first come, first served."""
    from .models import Season

    now = now or timezone.now()
    return (
        Season.objects.filter(
            window_opens__lte=now,
            window_closes__gt=now,
            first_day__lte=booking.first_date,
            last_day__gte=booking.first_date,
            published_at__isnull=True,
        )
        .order_by("first_day")
        .first()
    )


def describe_slot(slot: BookingSlot) -> str:
    start = timezone.localtime(slot.start)
    end = timezone.localtime(slot.end)
    return _("%(association)s has %(day)s %(start)s–%(end)s") % {
        "association": slot.booking.booker,
        "day": date_format(start.date(), "l j. F Y"),
        "start": start.strftime("%H:%M"),
        "end": end.strftime("%H:%M"),
    }


class BookingConflict(ValidationError):
    """The request overlaps an approved slot; the message names who has it and when."""

    def __init__(self, slots):
        self.slots = slots
        if slots:
            message = _("The room is already booked: %(conflicts)s.") % {
                "conflicts": "; ".join(describe_slot(slot) for slot in slots[:3])
            }
        else:
            message = _("The room was just booked by someone else at that time.")
        super().__init__(message, code="overlap")


def check_no_conflicts(booking: Booking, periods) -> None:
    found = conflicts(booking.room, periods, exclude_booking=booking)
    if found:
        raise BookingConflict(found)


def check_request(booking: Booking, now: dt.datetime | None = None) -> list[Period]:
    """Validate a new request against the room's rules; its dated slots if it passes.

    Raises ``ValidationError`` with every problem, in Danish, naming the field it is about.
    """
    now = now or timezone.now()
    room = booking.room
    errors: dict[str, list[str]] = {}

    def add(field, message):
        errors.setdefault(field, []).append(message)

    if booking.end_time <= booking.start_time:
        add("end_time", _("The end time must be after the start time on the same day."))
    elif (
        dt.datetime.combine(booking.first_date, booking.end_time)
        - dt.datetime.combine(booking.first_date, booking.start_time)
    ) < dt.timedelta(minutes=MINIMUM_MINUTES):
        add(
            "end_time",
            _("A booking must last at least %(minutes)s minutes.") % {"minutes": MINIMUM_MINUTES},
        )
    if booking.repeat != Booking.Repeat.ONCE:
        if not booking.last_date:
            add("last_date", _("A series needs a last date."))
        elif booking.last_date < booking.first_date:
            add("last_date", _("The last date must be after the first date."))
        elif booking.last_date > season_bounds(booking.first_date)[1]:
            add(
                "last_date",
                _("A series cannot run past the end of the season (%(day)s).")
                % {"day": date_format(season_bounds(booking.first_date)[1], "j. F Y")},
            )
    if errors:
        raise ValidationError(errors)

    periods = periods_of(booking)
    if not periods:
        raise ValidationError({"first_date": [_("The request has no dates left.")]})
    first = periods[0]
    if first.start <= now:
        add("first_date", _("The booking cannot start in the past."))
    elif first.start - now < dt.timedelta(days=room.minimum_notice_days):
        add(
            "first_date",
            _("The room must be requested at least %(days)s days ahead.")
            % {"days": room.minimum_notice_days},
        )
    if booking.repeat == Booking.Repeat.ONCE and closed_days(
        room, booking.first_date, booking.first_date
    ):
        add("first_date", _("The room is closed on that day."))
    weekday = booking.first_date.weekday()
    windows = [hours for hours in room.hours.all() if hours.weekday == weekday]
    if not any(
        hours.start <= booking.start_time and booking.end_time <= hours.end for hours in windows
    ):
        if windows:
            add(
                "start_time",
                _("The room can only be booked %(hours)s on that weekday.")
                % {
                    "hours": ", ".join(
                        f"{hours.start:%H:%M}–{hours.end:%H:%M}" for hours in windows
                    )
                },
            )
        else:
            add("first_date", _("The room cannot be booked on that weekday."))
    if errors:
        raise ValidationError(errors)
    check_no_conflicts(booking, periods)
    return periods


def check_member_cancellation(slot: BookingSlot, now: dt.datetime | None = None) -> None:
    """Whether the association may cancel this slot itself (deadline, cancellations left)."""
    now = now or timezone.now()
    room = slot.room
    if slot.start - now < dt.timedelta(hours=room.cancellation_deadline_hours):
        raise ValidationError(
            _("It is too late to cancel: cancel at least %(hours)s hours before.")
            % {"hours": room.cancellation_deadline_hours}
        )
    first, last = season_bounds(timezone.localtime(slot.start).date())
    used = BookingSlot.objects.filter(
        room=room,
        booking__association=slot.booking.association_id,
        booking__group=slot.booking.group_id,
        status=Status.CANCELLED,
        cancelled_by_staff=False,
        start__gte=local(first, dt.time.min),
        start__lt=local(last + dt.timedelta(days=1), dt.time.min),
    ).count()
    if used >= room.max_cancellations_per_season:
        raise ValidationError(
            _("The association has used its %(count)s cancellations this season.")
            % {"count": room.max_cancellations_per_season}
        )
