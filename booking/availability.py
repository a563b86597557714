"""Free and taken time per room and day: for members, staff, the public page and the API.

A fixed number of queries whatever the number of rooms, days or bookings: rooms with their
hours and closures (prefetched), then every relevant slot of those rooms in the period.
What is public is only ever an approved slot's time and its association's name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext

from .models import BookableRoom, BookingSlot, Status
from .rules import local, overlaps


@dataclass
class Taken:
    start: dt.datetime
    end: dt.datetime
    association: str
    status: str = Status.APPROVED
    slot: BookingSlot | None = None


@dataclass
class Entry:
    """One line of a day in the staff grid: a free time, an approved or a requested slot."""

    kind: str  # "free", "approved" or "requested"
    start: dt.datetime
    end: dt.datetime
    association: str = ""
    conflict: bool = False  # a request that overlaps an approved slot


@dataclass
class Day:
    date: dt.date
    open: list[tuple[dt.datetime, dt.datetime]] = field(default_factory=list)
    closed_reason: str | None = None
    taken: list[Taken] = field(default_factory=list)
    requested: list[Taken] = field(default_factory=list)

    @property
    def free(self) -> list[tuple[dt.datetime, dt.datetime]]:
        """The open hours minus the approved slots."""
        free = []
        for start, end in self.open:
            cursor = start
            for taken in sorted(self.taken, key=lambda t: t.start):
                if taken.end <= cursor or taken.start >= end:
                    continue
                if taken.start > cursor:
                    free.append((cursor, taken.start))
                cursor = max(cursor, taken.end)
            if cursor < end:
                free.append((cursor, end))
        return free

    @property
    def timeline(self) -> list[Entry]:
        """Free times, approved and requested slots together in time order (the staff grid);
        a request that overlaps an approved slot is marked as a conflict."""
        entries = [Entry("free", start, end) for start, end in self.free]
        entries += [Entry("approved", t.start, t.end, t.association) for t in self.taken]
        entries += [
            Entry(
                "requested",
                r.start,
                r.end,
                r.association,
                conflict=any(overlaps(r, t) for t in self.taken),
            )
            for r in self.requested
        ]
        order = {"approved": 0, "requested": 1, "free": 2}
        return sorted(entries, key=lambda e: (e.start, e.end, order[e.kind]))


@dataclass
class RoomWeek:
    room: BookableRoom
    days: list[Day]


def rooms_of(facility):
    """A facility's bookable rooms with their hours and closures, in the page's order."""
    return (
        BookableRoom.objects.filter(room__facility=facility)
        .select_related("room")
        .prefetch_related("hours", "closures")
        .order_by("room__sort_order", "room__pk")
    )


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def public_associations(slots) -> set[int]:
    """Which of the slots' associations public output may name (published, public pages)."""
    return nameable({slot.booking.association_id for slot in slots})


def public_booker(booking, named: set[int]) -> str:
    """Who booked, as public output names them: a named group by its name (a municipal
    group such as Dagplejen, never its members); an association by its title when its own
    page is public (``named``), else "Booked"."""
    return public_title(booking.association_id, booking.booker, named, gettext("Booked"))


def nameable(ids: set[int]) -> set[int]:
    """Which of these association ids public output may name (published, public pages)."""
    from associations.models import AssociationPage

    ids = {pk for pk in ids if pk is not None}
    if not ids:
        return set()
    return set(AssociationPage.objects.listable().filter(pk__in=ids).values_list("pk", flat=True))


def booker_title(prefix: str = "booking__") -> Coalesce:
    """The booker's name in a slot query: a named group's name, else the association's page
    title (``prefix`` is the path from the queried model to the booking)."""
    return Coalesce(f"{prefix}group__name", f"{prefix}association__title")


def public_title(association_id, title: str, named: set[int] | None, booked: str) -> str:
    """The name public output shows for a booking whose booker is named ``title`` (see
    :func:`booker_title`): a named group's booking (no association id) always by the group's
    name; an association's only when it is among ``named`` (:func:`nameable`), else
    ``booked`` ("Booked"). ``named=None`` (staff) names everyone."""
    if named is None or association_id is None or association_id in named:
        return title
    return booked


def public_association_ids() -> frozenset[int]:
    """Every association public output may name now: the same rule as :func:`nameable`
    (``listable()``), for all of them at once (to keep in the cache)."""
    from associations.models import AssociationPage

    return frozenset(AssociationPage.objects.listable().values_list("pk", flat=True))


def availability(
    rooms,
    first_day: dt.date,
    days: int = 7,
    *,
    with_requests: bool = False,
    public: bool = False,
    names=None,
) -> list[RoomWeek]:
    """Each room's days from ``first_day``: open hours, closures and approved slots.

    ``with_requests`` adds the requested (undecided) slots and the slot objects, for staff.
    ``public`` names only associations whose own page is public; others read "Booked".
    ``names`` (default :func:`nameable`) says which of a set of association ids are public.
    """
    rooms = list(rooms)
    last_day = first_day + dt.timedelta(days=days - 1)
    statuses = [Status.APPROVED, Status.REQUESTED] if with_requests else [Status.APPROVED]
    slots = BookingSlot.objects.filter(
        room__in=rooms,
        status__in=statuses,
        # A slot lies within one day (``rules.check_request``), so one that ends after the
        # first midnight started at most a day before it: both ends bound the (room, start)
        # index range, instead of every earlier slot of the room.
        start__gte=local(first_day - dt.timedelta(days=1), dt.time.min),
        start__lt=local(last_day + dt.timedelta(days=1), dt.time.min),
        end__gt=local(first_day, dt.time.min),
    ).order_by("start")
    fields = ("room_id", "start", "end", "status", "booking__association_id")
    title = booker_title()
    if with_requests:
        # Staff need the slot objects (with the member who asked).
        objects = list(
            slots.select_related("booking__association", "booking__group", "booking__requested_by")
        )
        rows = [
            (
                o.room_id,
                o.start,
                o.end,
                o.status,
                o.booking.association_id,
                o.booking.booker,
                o,
            )
            for o in objects
        ]
    else:
        # Plain rows: building model instances was most of the cost of a public request.
        rows = [(*row, None) for row in slots.values_list(*fields, title)]
    named = (names or nameable)({row[4] for row in rows}) if public else None
    by_room_day: dict[tuple[int, dt.date], list[tuple]] = {}
    zone = timezone.get_current_timezone()  # once, not per slot (timezone.localtime)
    for row in rows:
        by_room_day.setdefault((row[0], row[1].astimezone(zone).date()), []).append(row)
    result = []
    booked = gettext("Booked")
    for room in rooms:
        hours = list(room.hours.all())
        closures = list(room.closures.all())
        week = []
        for offset in range(days):
            day = first_day + dt.timedelta(days=offset)
            entry = Day(date=day)
            closure = next((c for c in closures if c.first_day <= day <= c.last_day), None)
            if closure is not None:
                entry.closed_reason = closure.reason or ""
            else:
                entry.open = [
                    (local(day, h.start), local(day, h.end))
                    for h in hours
                    if h.weekday == day.weekday()
                ]
            for _room, start, end, status, association_id, title, slot in by_room_day.get(
                (room.pk, day), []
            ):
                name = public_title(association_id, title, named, booked)
                taken = Taken(start, end, name, status, slot)
                (entry.taken if status == Status.APPROVED else entry.requested).append(taken)
            week.append(entry)
        result.append(RoomWeek(room=room, days=week))
    return result
