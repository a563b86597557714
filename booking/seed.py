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
from .models import BookableHours, BookableRoom, Booking, BookingSlot, Closure, Status
from .rules import periods_of


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
