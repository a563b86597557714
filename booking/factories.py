"""Factories for bookable rooms, their hours and bookings."""

import datetime as dt

import factory
from factory.django import DjangoModelFactory

from facilities.factories import FacilityRoomFactory

from .models import BookableHours, BookableRoom, Booking, Closure


class BookableRoomFactory(DjangoModelFactory):
    room = factory.SubFactory(FacilityRoomFactory)
    minimum_notice_days = 7
    access_instructions = "Nøglen ligger i nøgleboksen ved hovedindgangen (kode fra pedellen)."

    class Meta:
        model = BookableRoom
        skip_postgeneration_save = True

    @factory.post_generation
    def weekday_evenings(self, create, extracted, **kwargs):
        """Weekdays 16–22 and Saturday 9–17 unless ``weekday_evenings=False``."""
        if not create or extracted is False:
            return
        for weekday in range(5):
            BookableHours.objects.create(
                room=self, weekday=weekday, start=dt.time(16), end=dt.time(22)
            )
        BookableHours.objects.create(room=self, weekday=5, start=dt.time(9), end=dt.time(17))


class ClosureFactory(DjangoModelFactory):
    room = factory.SubFactory(BookableRoomFactory)
    reason = "Efterårsferie"

    class Meta:
        model = Closure


class BookingFactory(DjangoModelFactory):
    room = factory.SubFactory(BookableRoomFactory)
    repeat = Booking.Repeat.ONCE
    start_time = dt.time(19)
    end_time = dt.time(21)

    class Meta:
        model = Booking
