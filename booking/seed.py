"""Demo seeder: bookable rooms, their hours and closures, and bookings (``booking.toml``).

Idempotent: a room that already has booking rules, or a booking that already exists (same
room, association, first date and time), is left as it is. Approvals go through
``booking.services.approve``, so the demo can never hold two approved slots that overlap.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext as _

from demo.registry import register
from demo.validation import building, validate
from facilities.models import FacilityRoom

from . import services
from .models import BookableHours, BookableRoom, Booking, BookingSlot, Closure, Season, Status
from .rules import local as rules_local
from .rules import periods_of, season_bounds


def _time(clock: str) -> dt.time:
    hour, minute = (int(part) for part in clock.split(":"))
    return dt.time(hour, minute)


def _room(ctx, entry) -> FacilityRoom:
    facility = ctx.page_in("facilities", entry["facility"])
    if facility is None:
        return None
    room = FacilityRoom.objects.filter(facility=facility, name=entry["room"]).first()
    if room is None:
        raise ValueError(f"{entry['facility']} has no room called {entry['room']!r}")
    return room


def _ensure_room(ctx, entry) -> bool | None:
    room = _room(ctx, entry)
    if room is None:
        return None
    bookable = BookableRoom(
        room=room,
        step_free=entry["step_free"],
        hearing_loop=entry["hearing_loop"],
        needs_approval=entry["needs_approval"],
        minimum_notice_days=entry["minimum_notice_days"],
        cancellation_deadline_hours=entry["cancellation_deadline_hours"],
        max_cancellations_per_season=entry["max_cancellations_per_season"],
        access_instructions=entry["access_instructions"],
    )
    for hours in entry.get("hours", []):
        for weekday in hours["weekdays"]:
            bookable.hours.add(
                BookableHours(
                    weekday=weekday, start=_time(hours["start"]), end=_time(hours["end"])
                )
            )
    for closure in entry.get("closures", []):
        bookable.closures.add(
            Closure(
                first_day=ctx.day(closure["first_offset_days"]),
                last_day=ctx.day(closure["last_offset_days"]),
                reason=closure["reason"],
            )
        )
    if BookableRoom.objects.filter(room=room).exists():
        return False
    validate(bookable)
    bookable.save()
    return True


def _member_of(association):
    membership = association.memberships.select_related("user").first()
    return membership.user if membership else None


def _ensure_booking(ctx, entry) -> bool | None:
    room = _room(ctx, entry)
    association = ctx.page_in("associations", entry["association"])
    if room is None or association is None:
        return None
    bookable = BookableRoom.objects.get(room=room)
    monday = ctx.today - dt.timedelta(days=ctx.today.weekday())
    first = monday + dt.timedelta(weeks=entry["week_offset"], days=entry["weekday"])
    repeat = entry["repeat"]
    last = None
    if repeat != Booking.Repeat.ONCE:
        last = first + dt.timedelta(weeks=entry["weeks"] - 1)
    start, end = _time(entry["start"]), _time(entry["end"])
    status = entry["status"]
    reason = entry.get("reason", "")
    purpose = entry["purpose"]
    existing = Booking.objects.filter(
        room=bookable, association=association, first_date=first, start_time=start
    )
    if existing.exists():
        return False
    booking = Booking(
        room=bookable,
        association=association,
        requested_by=_member_of(association),
        purpose=purpose,
        repeat=repeat,
        first_date=first,
        last_date=last,
        start_time=start,
        end_time=end,
    )
    validate(booking)
    with transaction.atomic():
        # The demo's dates start this week, so the notice rule (for members) is not applied.
        booking.save()
        BookingSlot.objects.bulk_create(
            BookingSlot(booking=booking, room=bookable, start=p.start, end=p.end)
            for p in periods_of(booking)
        )
        if status == Status.APPROVED:
            services.approve(booking, by=None, send_email=False)
        elif status == Status.DECLINED:
            services.decline(booking, None, reason, send_email=False)
        elif status != Status.REQUESTED:
            raise ValueError(f"unknown status {status!r}")
    return True


def _ensure_season(ctx, entry) -> bool:
    """The season after the current one, its window open now, and the requests sent in it."""
    first, last = season_bounds(season_bounds(ctx.today)[1] + dt.timedelta(days=1))
    name = f"{entry['name']} {first:%Y}/{last:%y}"
    opens = ctx.day(-entry["window_opened_days_ago"])
    closes = ctx.day(entry["window_closes_in_days"])
    # Read every field first: a second run (nothing to do) still refuses a typing mistake.
    requests = [
        {
            key: request[key]
            for key in (
                "facility",
                "room",
                "association",
                "purpose",
                "repeat",
                "weekday",
                "start",
                "end",
            )
        }
        for request in entry.get("requests", [])
    ]
    season = Season.objects.filter(name=name).first()
    if season is not None:
        return False
    season = Season(
        name=name,
        first_day=first,
        last_day=last,
        window_opens=rules_local(opens, dt.time(9)),
        window_closes=rules_local(closes, dt.time(12)),
    )
    validate(season)
    with transaction.atomic():
        season.save()
        for request in requests:
            room = _room(ctx, request)
            association = ctx.page_in("associations", request["association"])
            if room is None or association is None:
                continue
            weekday = request["weekday"]
            day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
            end = last - dt.timedelta(days=(last.weekday() - weekday) % 7)
            booking = Booking(
                room=BookableRoom.objects.get(room=room),
                association=association,
                requested_by=_member_of(association),
                purpose=request["purpose"],
                repeat=request["repeat"],
                first_date=day,
                last_date=end,
                start_time=_time(request["start"]),
                end_time=_time(request["end"]),
                season=season,
            )
            validate(booking)
            booking.save()
            BookingSlot.objects.bulk_create(
                BookingSlot(booking=booking, room=booking.room, start=p.start, end=p.end)
                for p in periods_of(booking)
            )
    return True


@register("booking", after=["facilities", "association_members"])
def seed_booking(ctx) -> None:
    data = ctx.data("booking")
    created = existing = 0
    for entry in data.entries("rooms"):
        with building(entry):
            made = _ensure_room(ctx, entry)
        if made is not None:
            created, existing = created + made, existing + (not made)
    ctx.report(_("Bookable rooms"), created, existing)
    created = existing = 0
    for entry in data.entries("bookings"):
        with building(entry):
            made = _ensure_booking(ctx, entry)
        if made is not None:
            created, existing = created + made, existing + (not made)
    ctx.report(_("Bookings"), created, existing)
    created = existing = 0
    for entry in data.entries("seasons"):
        with building(entry):
            made = _ensure_season(ctx, entry)
        created, existing = created + made, existing + (not made)
    ctx.report(_("Seasons"), created, existing)
