"""The season round: requests sent in a season's request window wait, the booking team picks
a winner where they compete for the same time, and publishing the allocation approves the
chosen ones (through ``services.approve``) and declines the rest, with the emails.

Competing requests are found with the one overlap rule, ``rules.conflicts``.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from . import services
from .models import Booking, BookingGroup, BookingSlot, Season, Status
from .rules import BookingConflict, check_request, conflicts, season_bounds


def waiting(season: Season, room=None):
    bookings = Booking.objects.filter(season=season, status=Status.REQUESTED)
    if room is not None:
        bookings = bookings.filter(room=room)
    return bookings.select_related("association", "room__room__facility", "requested_by")


def requested_slots(booking: Booking):
    return [slot for slot in booking.slots.all() if slot.status == Status.REQUESTED]


def rivals(booking: Booking, slots=None) -> list:
    """The season's other waiting requests' slots that overlap this request's slots."""
    return conflicts(
        booking.room,
        requested_slots(booking) if slots is None else slots,
        exclude_booking=booking,
        status=Status.REQUESTED,
        season=booking.season,
    )


def choose(booking: Booking) -> None:
    """Give ``booking`` the time: it wins against every request it competes with."""
    if booking.season is None or booking.status != Status.REQUESTED:
        raise ValidationError(_("Only a waiting request of a season round can be chosen."))
    if booking.season.published_at:
        raise ValidationError(_("The allocation is already published."))
    with transaction.atomic():
        rival_ids = {slot.booking_id for slot in rivals(booking)}
        Booking.objects.filter(pk__in=rival_ids).update(allocated=False)
        Booking.objects.filter(pk=booking.pk).update(allocated=True)


def undecided(season: Season) -> list[Booking]:
    """Requests that compete for a time where no one is chosen yet."""
    left = []
    for booking in waiting(season).prefetch_related("slots"):
        if booking.allocated:
            continue
        rival_ids = {slot.booking_id for slot in rivals(booking)}
        if rival_ids and not Booking.objects.filter(pk__in=rival_ids, allocated=True).exists():
            left.append(booking)
    return left


def publish(season: Season, by, reason: str) -> tuple[list[Booking], list[Booking]]:
    """Approve the chosen requests and those that compete with no one; decline the rest with
    ``reason``. Returns (approved, declined). Refused while a conflict has no winner."""
    if not reason.strip():
        raise ValidationError({"reason": [_("Give a reason for the declined requests.")]})
    if season.published_at:
        raise ValidationError(_("The allocation is already published."))
    left = undecided(season)
    if left:
        raise ValidationError(
            _("Choose who gets the time first: %(requests)s.")
            % {"requests": "; ".join(str(booking) for booking in left[:5])}
        )
    approved, declined = [], []
    with transaction.atomic():
        bookings = list(waiting(season).prefetch_related("slots"))
        winners = [b for b in bookings if b.allocated or not rivals(b)]
        losers = [b for b in bookings if b not in winners]
        for booking in winners:
            try:
                services.approve(booking, by)
            except BookingConflict as error:  # an approved first-come booking has the time
                services.decline(booking, by, " ".join(error.messages))
                declined.append(booking)
            else:
                approved.append(booking)
        for booking in losers:
            services.decline(booking, by, reason)
            declined.append(booking)
        season.published_at = timezone.now()
        season.save(update_fields=["published_at"])
    return approved, declined


def previous_bounds(season: Season) -> tuple:
    """(first, last) day of the season before ``season``: the latest defined one that ends
    before it starts, else the week-33-to-week-26 season of the day a year before it starts."""
    previous = Season.objects.filter(last_day__lt=season.first_day).order_by("-last_day").first()
    if previous is not None:
        return previous.first_day, previous.last_day
    return season_bounds(season.first_day - dt.timedelta(days=365))


def booker_filter(booker) -> dict:
    """``{"association": booker}`` or ``{"group": booker}``: who a copy is for, as the
    keyword a booking query and a new ``Booking`` take (an association page or a named
    ``BookingGroup``)."""
    return {"group": booker} if isinstance(booker, BookingGroup) else {"association": booker}


def last_season_series(season: Season, booker):
    """The approved series (not one-offs) of the association's or named group's season
    before ``season``."""
    first, last = previous_bounds(season)
    return (
        Booking.objects.filter(
            status=Status.APPROVED,
            first_date__gte=first,
            first_date__lte=last,
            **booker_filter(booker),
        )
        .exclude(repeat=Booking.Repeat.ONCE)
        .select_related("room__room", "requested_by")
    )


def copy_last_season(season: Season, booker, now=None) -> tuple[list, list[str]]:
    """New requests in ``season`` for each approved series of the season before of
    ``booker`` (an association, or a named ``BookingGroup``): the same room, weekday, times
    and repeat, over the new season. Each copy is checked by the booking rules and saved whole
    or not at all; one already copied is skipped. Returns (the new bookings, a Danish message
    per series that could not be copied)."""
    who = booker_filter(booker)
    created, problems = [], []
    for old in last_season_series(season, booker):
        weekday = old.first_date.weekday()
        first = season.first_day + dt.timedelta(days=(weekday - season.first_day.weekday()) % 7)
        end = min(season.last_day, season_bounds(first)[1])
        last = end - dt.timedelta(days=(end.weekday() - weekday) % 7)
        if Booking.objects.filter(
            season=season,
            room=old.room,
            first_date=first,
            start_time=old.start_time,
            end_time=old.end_time,
            **who,
        ).exists():
            continue
        new = Booking(
            room=old.room,
            **who,
            requested_by=old.requested_by,
            purpose=old.purpose,
            repeat=old.repeat,
            first_date=first,
            last_date=last,
            start_time=old.start_time,
            end_time=old.end_time,
            season=None if season.published_at else season,
        )
        try:
            with transaction.atomic():
                services._lock_room(new.room)
                periods = check_request(new, now)
                new.save()
                BookingSlot.objects.bulk_create(
                    BookingSlot(booking=new, room=new.room, start=p.start, end=p.end)
                    for p in periods
                )
        except ValidationError as error:
            problems.append(
                _("%(room)s, %(weekday)s %(start)s–%(end)s: %(error)s")
                % {
                    "room": old.room.room.name,
                    "weekday": date_format(old.first_date, "l"),
                    "start": f"{old.start_time:%H:%M}",
                    "end": f"{old.end_time:%H:%M}",
                    "error": " ".join(error.messages),
                }
            )
        else:
            created.append(new)
    return created, problems
