"""What members and staff do with bookings, each in one transaction (nothing saved half)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from associations.models import Membership
from core import cache_signals, cache_versions

from . import notify
from .constraints import is_overlap_violation
from .models import BookableRoom, Booking, BookingGroup, BookingSlot, Status
from .rules import (
    BookingConflict,
    check_member_cancellation,
    check_no_conflicts,
    check_request,
    window_season,
)

MANAGE_PERMISSION = "booking.manage_bookings"
STAFF_GROUP_NAME = "Booking"


def is_booking_staff(user) -> bool:
    return user.is_authenticated and user.has_perm(MANAGE_PERMISSION)


def bookable_associations(user):
    """The associations ``user`` may book for: their own, published and active ones."""
    from associations.models import AssociationPage

    if not user.is_authenticated:
        return AssociationPage.objects.none()
    ids = Membership.objects.filter(user=user).values("association_id")
    return AssociationPage.objects.live().filter(pk__in=ids, active=True).order_by("title")


def bookable_groups(user):
    """The named groups (not associations) ``user`` may book for: as a named member, or
    through one of their user groups."""
    if not user.is_authenticated:
        return BookingGroup.objects.none()
    return (
        BookingGroup.objects.filter(Q(users=user) | Q(user_groups__user=user))
        .distinct()
        .order_by("name")
    )


def may_book_at_all(user) -> bool:
    """Whether ``user`` books for anyone: an association of theirs or a named group."""
    return bookable_associations(user).exists() or bookable_groups(user).exists()


def may_act_for(user, booking: Booking) -> bool:
    """Whether ``user`` belongs to whoever booked: the association, or the named group."""
    if booking.group_id:
        return bookable_groups(user).filter(pk=booking.group_id).exists()
    return bookable_associations(user).filter(pk=booking.association_id).exists()


def check_may_book(user, booking: Booking) -> None:
    """THE rule of who may book a room: a member of an active, published association when
    the room takes associations, or a member of a named group the room lists; for their own
    association or group only. Every way in (admin form, public links) ends here."""
    room = booking.room
    if booking.group_id:
        if not room.groups_may_book.filter(pk=booking.group_id).exists():
            raise PermissionDenied(_("This group cannot book this room."))
        if not bookable_groups(user).filter(pk=booking.group_id).exists():
            raise PermissionDenied(_("You can only book for a group you belong to."))
        return
    if booking.association_id is None:
        raise PermissionDenied(_("Choose the association or group you book for."))
    if not room.associations_may_book:
        raise PermissionDenied(_("Associations cannot book this room."))
    if not may_act_for(user, booking):
        raise PermissionDenied(_("You can only book for your own association."))


def _lock_room(room: BookableRoom) -> BookableRoom:
    """Serialise decisions about one room: the second approver waits, then re-checks."""
    return BookableRoom.objects.select_for_update().get(pk=room.pk)


def request_booking(booking: Booking, user, now: dt.datetime | None = None) -> Booking:
    """Save a member's request with its slots; a room without approval confirms it at once.

    A request sent in a season's request window waits for the allocation
    (``booking.allocation``) instead, whatever the room's approval setting."""
    check_may_book(user, booking)
    booking.requested_by = user
    with transaction.atomic():
        _lock_room(booking.room)
        periods = check_request(booking, now)
        booking.status = Status.REQUESTED
        booking.season = window_season(booking, now)
        booking.save()
        BookingSlot.objects.bulk_create(
            BookingSlot(booking=booking, room=booking.room, start=p.start, end=p.end)
            for p in periods
        )
        if not booking.room.needs_approval and booking.season is None:
            _approve_locked(booking, by=None)
    return booking


def _approve_locked(booking: Booking, by, send_email: bool = True) -> None:
    slots = list(booking.slots.filter(status=Status.REQUESTED))
    check_no_conflicts(booking, slots)
    try:
        with transaction.atomic():
            BookingSlot.objects.filter(pk__in=[slot.pk for slot in slots]).update(
                status=Status.APPROVED
            )
    except IntegrityError as error:  # PostgreSQL's constraint: another approval got there
        if is_overlap_violation(error):
            raise BookingConflict(
                list(
                    BookingSlot.objects.filter(room=booking.room, status=Status.APPROVED)
                    .exclude(booking=booking)
                    .select_related("booking__association")[:3]
                )
            ) from error
        raise
    booking.status = Status.APPROVED
    booking.decided_by = by
    booking.decided_at = timezone.now()
    booking.save(update_fields=["status", "decided_by", "decided_at"])
    if send_email:
        transaction.on_commit(lambda: notify.decision(booking))


def approve(booking: Booking, by, *, send_email: bool = True, access_code=None) -> Booking:
    """Approve a requested booking, or raise ``BookingConflict`` naming who has the time.

    ``access_code`` (the door code staff fill in) is saved with the approval, in the same
    transaction. ``send_email=False`` (the demo seed) sends no email."""
    if booking.status != Status.REQUESTED:
        raise ValidationError(_("Only a requested booking can be approved."))
    try:
        with transaction.atomic():
            _lock_room(booking.room)
            booking.refresh_from_db()
            if booking.status != Status.REQUESTED:
                raise ValidationError(_("Only a requested booking can be approved."))
            if access_code is not None:
                booking.access_code = access_code
                booking.save(update_fields=["access_code"])
            _approve_locked(booking, by, send_email)
    except DatabaseError as error:
        if is_overlap_violation(error):
            raise BookingConflict([]) from error
        raise
    return booking


def decline(booking: Booking, by, reason: str, *, send_email: bool = True) -> Booking:
    if not reason.strip():
        raise ValidationError({"reason": [_("Give a reason for declining.")]})
    if booking.status != Status.REQUESTED:
        raise ValidationError(_("Only a requested booking can be declined."))
    with transaction.atomic():
        booking.status = Status.DECLINED
        booking.reason = reason.strip()
        booking.decided_by = by
        booking.decided_at = timezone.now()
        booking.save(update_fields=["status", "reason", "decided_by", "decided_at"])
        booking.slots.update(status=Status.DECLINED)
        if send_email:
            transaction.on_commit(lambda: notify.decision(booking))
    return booking


def withdraw(booking: Booking, user) -> Booking:
    """The association takes back a request that is not decided yet."""
    if not may_act_for(user, booking):
        raise PermissionDenied(_("You can only change your own association's bookings."))
    if booking.status != Status.REQUESTED:
        raise ValidationError(_("Only a request that is not decided yet can be withdrawn."))
    with transaction.atomic():
        booking.status = Status.WITHDRAWN
        booking.save(update_fields=["status"])
        booking.slots.update(status=Status.WITHDRAWN)
    return booking


def cancel_slot(slot: BookingSlot, user, now=None) -> BookingSlot:
    """The association cancels one approved date, within the room's cancellation rules."""
    if not may_act_for(user, slot.booking):
        raise PermissionDenied(_("You can only change your own association's bookings."))
    if slot.status != Status.APPROVED:
        raise ValidationError(_("Only an approved date can be cancelled."))
    with transaction.atomic():
        _lock_room(slot.room)
        check_member_cancellation(slot, now)
        slot.status = Status.CANCELLED
        slot.save(update_fields=["status"])
    return slot


def cancel_dates(room: BookableRoom, first_day, last_day, by, message: str) -> list[Booking]:
    """Staff cancel every requested or approved slot of ``room`` on these days (the hall is
    closed); each association affected gets one email. Returns the bookings affected."""
    if not message.strip():
        raise ValidationError({"message": [_("Write a message to those affected.")]})
    if last_day < first_day:
        raise ValidationError({"last_day": [_("The last day must be after the first day.")]})
    from .rules import local

    with transaction.atomic():
        _lock_room(room)
        slots = BookingSlot.objects.filter(
            room=room,
            status__in=[Status.REQUESTED, Status.APPROVED],
            start__gte=local(first_day, dt.time.min),
            start__lt=local(last_day + dt.timedelta(days=1), dt.time.min),
        )
        affected = {}
        for slot in slots.select_related("booking"):
            affected.setdefault(slot.booking_id, (slot.booking, []))[1].append(slot)
        slots.update(
            status=Status.CANCELLED, cancelled_by_staff=True, cancellation_reason=message[:300]
        )
        # ``update()`` sends no signal: bump what a slot change invalidates (the declaration
        # in ``BookingConfig.ready``), so the public view and the API drop the dates at once.
        cache_signals.bump(*cache_versions.counters_for(BookingSlot))
        for booking, booking_slots in affected.values():
            transaction.on_commit(
                lambda b=booking, s=booking_slots: notify.cancellation(b, s, message)
            )
    return [booking for booking, _slots in affected.values()]


def check_access_code(code: str) -> str:
    """A door code as stored: trimmed, at most 40 ordinary characters (Danish errors)."""
    code = code.strip()
    if len(code) > 40:
        raise ValidationError({"access_code": [_("The door code can be at most 40 characters.")]})
    if any(ord(character) < 32 or ord(character) == 127 for character in code):
        raise ValidationError(
            {"access_code": [_("The door code can only hold ordinary characters.")]}
        )
    return code


def set_access_code(booking_id: int, code: str, user) -> Booking:
    """The booking team, or its door-system integration through the API, sets the door code
    of a requested or approved booking (an empty code removes it).

    Raises ``PermissionDenied``, ``Booking.DoesNotExist``, or ``ValidationError`` (code
    ``"closed"`` for a booking that is declined, cancelled or withdrawn)."""
    if not is_booking_staff(user):
        raise PermissionDenied(_("Only the booking team can set door codes."))
    code = check_access_code(code)
    with transaction.atomic():
        booking = Booking.objects.select_for_update().get(pk=booking_id)
        if booking.status not in (Status.REQUESTED, Status.APPROVED):
            raise ValidationError(
                _("A door code can only be set on a requested or approved booking."),
                code="closed",
            )
        booking.access_code = code
        booking.save(update_fields=["access_code"])
    return booking
