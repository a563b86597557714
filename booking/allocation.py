"""The season round: requests sent in a season's request window wait, the booking team picks
a winner where they compete for the same time, and publishing the allocation approves the
chosen ones (through ``services.approve``) and declines the rest, with the emails.

Competing requests are found with the one overlap rule, ``rules.conflicts``.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import services
from .models import Booking, Season, Status
from .rules import BookingConflict, conflicts


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
