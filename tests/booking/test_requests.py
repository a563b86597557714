"""Requests, series, the room's rules and the overlap rule (booking.rules, booking.services)."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from booking import services
from booking.factories import ClosureFactory
from booking.models import Booking, BookingSlot, Status
from booking.rules import BookingConflict
from tests.booking.conftest import next_weekday
from tests.booking.kept import fresh_hall, fresh_world

pytestmark = pytest.mark.django_db

# Built once for the module (tests.booking.kept).
world, hall = fresh_world(), fresh_hall()

TUESDAY, SATURDAY, SUNDAY = 1, 5, 6


def ask(hall, world, *, room=None, member=None, association=None, **fields):
    fields.setdefault("first_date", next_weekday(TUESDAY))
    fields.setdefault("start_time", dt.time(19))
    fields.setdefault("end_time", dt.time(21))
    booking = Booking(
        room=room or hall.gym, association=association or world.association_a, **fields
    )
    return services.request_booking(booking, member or world.member_a)


def messages(error: ValidationError) -> str:
    return " ".join(error.messages)


def test_a_weekly_series_is_expanded_into_dated_slots_skipping_excluded_and_closed_days(
    hall, world
):
    first = next_weekday(TUESDAY)
    ClosureFactory(
        room=hall.gym,
        first_day=first + dt.timedelta(weeks=2),
        last_day=first + dt.timedelta(weeks=2, days=4),
    )
    booking = ask(
        hall,
        world,
        repeat=Booking.Repeat.WEEKLY,
        last_date=first + dt.timedelta(weeks=5),
        excluded_dates=[str(first + dt.timedelta(weeks=1))],
    )
    days = [timezone.localtime(slot.start).date() for slot in booking.slots.all()]
    assert days == [first + dt.timedelta(weeks=n) for n in (0, 3, 4, 5)]
    assert all(timezone.localtime(s.start).hour == 19 for s in booking.slots.all())
    assert booking.status == Status.REQUESTED


def test_every_other_week(hall, world):
    first = next_weekday(TUESDAY)
    booking = ask(
        hall, world, repeat=Booking.Repeat.BIWEEKLY, last_date=first + dt.timedelta(weeks=6)
    )
    assert booking.slots.count() == 4


def test_a_room_without_approval_confirms_at_once(hall, world):
    booking = ask(
        hall,
        world,
        room=hall.kitchen,
        first_date=next_weekday(SATURDAY),
        start_time=dt.time(10),
        end_time=dt.time(14),
    )
    assert booking.status == Status.APPROVED
    assert set(booking.slots.values_list("status", flat=True)) == {Status.APPROVED}


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"start_time": dt.time(14), "end_time": dt.time(16)}, "kun bookes 16:00–22:00"),
        ({"first_date": next_weekday(SUNDAY)}, "kan ikke bookes på den ugedag"),
        ({"start_time": dt.time(19), "end_time": dt.time(19, 15)}, "mindst 30 minutter"),
        ({"start_time": dt.time(21), "end_time": dt.time(19)}, "efter starttidspunktet"),
        ({"first_date": timezone.localdate() + dt.timedelta(days=2)}, "mindst 7 dage"),
        ({"first_date": timezone.localdate() - dt.timedelta(days=7)}, "fortiden"),
        ({"repeat": Booking.Repeat.WEEKLY}, "slutdato"),
        (
            {"repeat": Booking.Repeat.WEEKLY, "last_date": next_weekday(TUESDAY, 70)},
            "sæsonen",
        ),
    ],
)
def test_bad_requests_get_a_danish_error_and_nothing_is_saved(hall, world, fields, expected):
    with pytest.raises(ValidationError) as raised:
        ask(hall, world, **fields)
    assert expected in messages(raised.value)
    assert not Booking.objects.exists()
    assert not BookingSlot.objects.exists()


def test_a_one_off_in_a_closure_is_refused(hall, world):
    day = next_weekday(TUESDAY)
    ClosureFactory(room=hall.gym, first_day=day, last_day=day, reason="Renovering")
    with pytest.raises(ValidationError) as raised:
        ask(hall, world, first_date=day)
    assert "lukket" in messages(raised.value)


def test_an_overlap_with_an_approved_slot_names_the_association_and_time(hall, world):
    day = next_weekday(TUESDAY)
    first = ask(
        hall,
        world,
        association=world.association_b,
        member=world.member_b,
        first_date=day,
        start_time=dt.time(18),
        end_time=dt.time(20),
    )
    services.approve(first, hall.staff)
    with pytest.raises(BookingConflict) as raised:
        ask(hall, world, first_date=day, start_time=dt.time(19), end_time=dt.time(21))
    text = messages(raised.value)
    assert "Strandens Roklub" in text and "18:00–20:00" in text
    # Back to back is not an overlap.
    ask(hall, world, first_date=day, start_time=dt.time(20), end_time=dt.time(22))


def test_two_requests_may_overlap_but_only_one_can_be_approved(hall, world):
    day = next_weekday(TUESDAY)
    a = ask(hall, world, first_date=day)
    b = ask(hall, world, association=world.association_b, member=world.member_b, first_date=day)
    services.approve(a, hall.staff)
    with pytest.raises(BookingConflict) as raised:
        services.approve(b, hall.staff)
    assert "Vallensbæk Petanqueklub" in messages(raised.value)
    b.refresh_from_db()
    assert b.status == Status.REQUESTED
    assert set(b.slots.values_list("status", flat=True)) == {Status.REQUESTED}


def test_a_member_books_only_for_their_own_association(hall, world):
    with pytest.raises(PermissionDenied):
        ask(hall, world, association=world.association_b, member=world.member_a)
    assert not Booking.objects.exists()


def test_decline_needs_a_reason_and_records_who_decided(hall, world):
    booking = ask(hall, world)
    with pytest.raises(ValidationError):
        services.decline(booking, hall.staff, " ")
    services.decline(booking, hall.staff, "Salen er lovet til skolens juleafslutning.")
    booking.refresh_from_db()
    assert booking.status == Status.DECLINED and booking.decided_by == hall.staff


def test_withdraw_and_cancel_within_the_rules(hall, world):
    booking = ask(hall, world)
    services.withdraw(booking, world.member_a)
    assert booking.slots.filter(status=Status.WITHDRAWN).count() == 1

    hall.gym.max_cancellations_per_season = 1
    hall.gym.save()
    first = next_weekday(TUESDAY)
    series = ask(
        hall, world, repeat=Booking.Repeat.WEEKLY, last_date=first + dt.timedelta(weeks=2)
    )
    services.approve(series, hall.staff)
    one, two, _three = series.slots.all()
    with pytest.raises(PermissionDenied):
        services.cancel_slot(one, world.member_b)
    services.cancel_slot(one, world.member_a)
    with pytest.raises(ValidationError) as raised:
        services.cancel_slot(two, world.member_a)
    assert "aflysninger" in messages(raised.value)


def test_cancelling_after_the_deadline_is_refused(hall, world):
    booking = ask(hall, world)
    services.approve(booking, hall.staff)
    slot = booking.slots.get()
    with pytest.raises(ValidationError) as raised:
        services.cancel_slot(slot, world.member_a, now=slot.start - dt.timedelta(hours=3))
    assert "for sent" in messages(raised.value)
