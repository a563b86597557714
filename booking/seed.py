"""Demo seeder: bookable rooms, their hours and closures, named booking groups and their
members, and bookings (``booking.toml``).

Idempotent: a room that already has booking rules, a group that already exists (same name),
or a booking that already exists (same room, association or group, first date and time), is
left as it is; every key of an entry is read first, so a second run still refuses a typing
mistake. Group members get no password (``ensure_dev_users`` sets one in development). Approvals go through
``booking.services.approve``, so the demo can never hold two approved slots that overlap.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _

from demo.datafiles import load
from demo.registry import DevLogin, dev_logins, register
from demo.validation import building, validate
from facilities.models import FacilityRoom

from . import services
from .models import (
    BookableHours,
    BookableRoom,
    Booking,
    BookingGroup,
    BookingSlot,
    Closure,
    Season,
    Status,
)
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


DEV_GROUP_PASSWORD = "bookinggruppe-dev"  # development logins (ensure_dev_users)  # nosec B105


def _ensure_user(fields: dict, user_group: Group) -> bool:
    """The member's account (no usable password) in the group's user group."""
    user = get_user_model().objects.filter(username=fields["username"]).first()
    created = user is None
    if created:
        user = get_user_model()(**fields)
        user.set_unusable_password()
        validate(user)
        user.save()
    user.groups.add(user_group)
    return created


def _ensure_group(ctx, entry) -> bool:
    """A named booking group, the user group whose members book for it (with admin access,
    which members need to book), its member accounts and the rooms that take it."""
    # Read every field first: a second run (nothing to do) still refuses a typing mistake.
    name, user_group_name = entry["name"], entry["user_group"]
    rooms = [{"facility": r["facility"], "room": r["room"]} for r in entry["rooms"]]
    members = [
        {key: member[key] for key in ("username", "email", "first_name", "last_name")}
        for member in entry["members"]
    ]
    if BookingGroup.objects.filter(name=name).exists():
        return False
    group = BookingGroup(name=name)
    validate(group)
    with transaction.atomic():
        user_group, _created = Group.objects.get_or_create(name=user_group_name)
        user_group.permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        )
        group.save()
        group.user_groups.add(user_group)
        for fields in members:
            _ensure_user(fields, user_group)
        for place in rooms:
            room = _room(ctx, place)
            if room is not None:
                BookableRoom.objects.get(room=room).groups_may_book.add(group)
    return True


def _member_of(association):
    membership = association.memberships.select_related("user").first()
    return membership.user if membership else None


def _group_member(group: BookingGroup):
    return (
        get_user_model().objects.filter(groups__booking_groups=group).order_by("username").first()
    )


def _booker(ctx, entry) -> dict | None:
    """``{"association": …}`` or ``{"group": …}`` with the member who asks; None when the
    association is not in this demo."""
    if "group" in entry:
        if "association" in entry:
            raise ValueError("a booking names an association or a group, not both")
        group = BookingGroup.objects.filter(name=entry["group"]).first()
        if group is None:
            raise ValueError(f"no booking group called {entry['group']!r} in [[groups]]")
        return {"group": group, "requested_by": _group_member(group)}
    association = ctx.page_in("associations", entry["association"])
    if association is None:
        return None
    return {"association": association, "requested_by": _member_of(association)}


def _ensure_booking(ctx, entry) -> bool | None:
    room = _room(ctx, entry)
    booker = _booker(ctx, entry)
    if room is None or booker is None:
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
    who = {key: booker[key] for key in ("association", "group") if key in booker}
    existing = Booking.objects.filter(room=bookable, first_date=first, start_time=start, **who)
    if existing.exists():
        return False
    booking = Booking(
        room=bookable,
        requested_by=booker["requested_by"],
        purpose=purpose,
        **who,
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
    for entry in data.entries("groups"):
        with building(entry):
            made = _ensure_group(ctx, entry)
        created, existing = created + made, existing + (not made)
    ctx.report(_("Booking groups"), created, existing)
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


@dev_logins
def group_member_logins() -> list[DevLogin]:
    """Give each demo booking group's member the development password (DEBUG only)."""
    logins = []
    for entry in load("booking").entries("groups"):
        for member in entry["members"]:
            user = get_user_model().objects.filter(username=member["username"]).first()
            if user is None:
                continue
            user.is_active = True
            user.set_password(DEV_GROUP_PASSWORD)
            user.save(update_fields=["password", "is_active"])
            label = _("Booking group member (%(group)s)") % {"group": entry["name"]}
            logins.append(DevLogin(label, user.username, DEV_GROUP_PASSWORD))
    return logins
