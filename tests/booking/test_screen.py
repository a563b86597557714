"""The screen by the hall: a slide with today's bookings ("I dag i …")."""

import datetime as dt

import pytest

from booking import services
from booking.models import Booking
from booking.rules import local
from screens.factories import ScreenFactory
from screens.feed import build_feed
from tests.booking.conftest import next_weekday
from tests.visibility import make_draft, make_restricted

pytestmark = pytest.mark.django_db


@pytest.fixture
def day(hall, world):
    day = next_weekday(1, weeks_ahead=1)
    hall.gym.minimum_notice_days = 0
    hall.gym.save()
    for association, member, start, end in [
        (world.association_a, world.member_a, 17, 19),
        (world.association_b, world.member_b, 19, 21),
    ]:
        services.approve(
            services.request_booking(
                Booking(
                    room=hall.gym,
                    association=association,
                    first_date=day,
                    start_time=dt.time(start),
                    end_time=dt.time(end),
                ),
                member,
            ),
            hall.staff,
        )
    services.request_booking(  # waiting for a decision: not on the screen
        Booking(
            room=hall.gym,
            association=world.association_b,
            first_date=day,
            start_time=dt.time(21),
            end_time=dt.time(22),
        ),
        world.member_b,
    )
    return day


def slides(screen, now):
    return [s for s in build_feed(screen, now).feed.slides if s.kind == "bookings"]


def test_the_screen_shows_todays_approved_bookings_until_they_end(hall, world, day):
    screen = ScreenFactory(key="hallen", bookings_facility=hall.facility, show_manual_slides=False)
    (slide,) = slides(screen, local(day, dt.time(16)))
    assert slide.title == "I dag i Pilegårdsskolen"
    assert slide.meta == (
        "17:00–19:00 Gymnastiksalen: Vallensbæk Petanqueklub · "
        "19:00–21:00 Gymnastiksalen: Strandens Roklub"
    )
    built = build_feed(screen, local(day, dt.time(16)))
    assert built.next_change == local(day, dt.time(19))  # the first booking ends
    (later,) = slides(screen, local(day, dt.time(19, 30)))
    assert "Petanqueklub" not in later.meta and "Strandens Roklub" in later.meta
    assert slides(screen, local(day, dt.time(21, 30))) == []
    body = built.body().decode()
    for personal in (world.member_a.email, world.member_b.email, "Anna", "Bent"):
        assert personal not in body


@pytest.mark.parametrize("hide", [make_draft, make_restricted])
def test_a_hidden_facility_shows_no_bookings(hall, world, day, hide):
    screen = ScreenFactory(key="hallen", bookings_facility=hall.facility)
    hide(hall.facility)
    assert slides(screen, local(day, dt.time(16))) == []


def test_an_association_whose_page_is_hidden_is_not_named(hall, world, day):
    screen = ScreenFactory(key="hallen", bookings_facility=hall.facility)
    make_draft(world.association_b)
    (slide,) = slides(screen, local(day, dt.time(16)))
    assert "Strandens Roklub" not in slide.meta and "Booket" in slide.meta
