"""No two approved slots of one room overlap, even when two approvals race (PostgreSQL)."""

import datetime as dt
import threading

import pytest
from django.db import IntegrityError, connection, connections, transaction

from booking import services
from booking.models import Booking, BookingSlot, Status
from booking.rules import BookingConflict
from tests.booking.conftest import next_weekday

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the exclusion constraint is PostgreSQL's"
)


@pytest.fixture(autouse=True)
def _locale(transactional_db):
    """The rows the migrations made, which an earlier transactional test's flush removed."""
    from wagtail.models import Collection, Locale, Page

    locale, _created = Locale.objects.get_or_create(language_code="da")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


def two_overlapping_requests(hall, world):
    day = next_weekday(1)
    first = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_a,
            first_date=day,
            start_time=dt.time(18),
            end_time=dt.time(20),
        ),
        world.member_a,
    )
    second = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_b,
            first_date=day,
            start_time=dt.time(19),
            end_time=dt.time(21),
        ),
        world.member_b,
    )
    return first, second


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_approvals_of_overlapping_requests_one_wins(hall, world):
    bookings = two_overlapping_requests(hall, world)
    barrier = threading.Barrier(2)
    results = {}

    def approve(booking):
        try:
            barrier.wait(timeout=10)
            services.approve(Booking.objects.get(pk=booking.pk), hall.staff)
            results[booking.pk] = "approved"
        except BookingConflict as error:
            results[booking.pk] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=approve, args=(b,)) for b in bookings]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    outcomes = list(results.values())
    assert outcomes.count("approved") == 1
    (error,) = [o for o in outcomes if o != "approved"]
    loser = next(b for b in bookings if results[b.pk] is error)
    winner = next(b for b in bookings if results[b.pk] == "approved")
    assert winner.association.title in " ".join(error.messages)
    assert Booking.objects.get(pk=loser.pk).status == Status.REQUESTED
    assert BookingSlot.objects.filter(status=Status.APPROVED).count() == 1


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_the_database_itself_refuses_overlapping_approved_slots(hall, world):
    """Code that skips the service (a bulk update, a script) still cannot double-book."""
    first, second = two_overlapping_requests(hall, world)
    BookingSlot.objects.filter(booking=first).update(status=Status.APPROVED)
    with pytest.raises(IntegrityError), transaction.atomic():
        BookingSlot.objects.filter(booking=second).update(status=Status.APPROVED)
    # Slots of different rooms, or back to back, are fine.
    BookingSlot.objects.filter(booking=second).update(room=hall.kitchen, status=Status.APPROVED)
