"""Every "bad input" line of issue #17, as a member meets it on the site: the request form
answers with a clear Danish error and nothing is saved; cancelling too late is refused with
a Danish message; a script flooding the form is stopped by the rate limit."""

import datetime as dt

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from booking import services
from booking.factories import ClosureFactory
from booking.models import Booking, BookingSlot, Status
from tests.associations.world import PASSWORD
from tests.booking.conftest import next_weekday

pytestmark = pytest.mark.django_db
TUESDAY = 1


def form(world, **overrides):
    data = {
        "association": world.association_a.pk,
        "purpose": "Petanque indendørs",
        "repeat": "once",
        "first_date": next_weekday(TUESDAY).isoformat(),
        "last_date": "",
        "start_time": "19:00",
        "end_time": "21:00",
        "excluded": "",
    }
    return data | overrides


def post(client, hall, data):
    return client.post(reverse("booking_room", args=[hall.gym.pk]), data)


@pytest.fixture
def member(client, world):
    assert client.login(username=world.member_a.username, password=PASSWORD)
    return client


def saved():
    return (Booking.objects.count(), BookingSlot.objects.count())


TUE = next_weekday(TUESDAY)
BAD = {
    "outside the hours": ({"start_time": "14:00", "end_time": "16:00"}, "kun bookes 16:00–22:00"),
    "in the past": (
        {"first_date": (timezone.localdate() - dt.timedelta(days=7)).isoformat()},
        "fortiden",
    ),
    "shorter than 30 minutes": (
        {"start_time": "19:00", "end_time": "19:20"},
        "mindst 30 minutter",
    ),
    "past midnight (longer than the day)": (
        {"start_time": "21:00", "end_time": "01:00"},
        "sluttidspunktet skal ligge efter starttidspunktet samme dag",
    ),
    "a series with no end": ({"repeat": "weekly"}, "En fast tid skal have en slutdato"),
    "a series past the season": (
        {"repeat": "weekly", "last_date": (TUE + dt.timedelta(weeks=70)).isoformat()},
        "kan ikke løbe ud over sæsonen",
    ),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_request_gets_a_danish_form_error_and_saves_nothing(member, hall, world, case):
    overrides, message = BAD[case]
    response = post(member, hall, form(world, **overrides))
    assert response.status_code == 400, case
    assert message.lower() in response.text.lower()
    assert saved() == (0, 0)


def test_a_request_on_a_closed_day(member, hall, world):
    ClosureFactory(room=hall.gym, first_day=TUE, last_day=TUE, reason="Renovering")
    response = post(member, hall, form(world, first_date=TUE.isoformat()))
    assert response.status_code == 400
    assert "Lokalet er lukket den dag" in response.text
    assert saved() == (0, 0)


def test_an_overlap_names_the_association_and_the_time(member, hall, world):
    other = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_b,
            first_date=TUE,
            start_time=dt.time(18),
            end_time=dt.time(20),
        ),
        world.member_b,
    )
    services.approve(other, hall.staff, send_email=False)
    before = saved()
    response = post(member, hall, form(world, first_date=TUE.isoformat()))
    assert response.status_code == 400
    assert "Lokalet er allerede booket" in response.text
    assert "Strandens Roklub" in response.text and "18:00–20:00" in response.text
    assert saved() == before


def test_a_member_cannot_book_for_another_association(member, hall, world):
    response = post(member, hall, form(world, association=world.association_b.pk))
    assert response.status_code == 400
    assert "Du kan kun booke for din egen forening" in response.text
    assert saved() == (0, 0)


def test_cancelling_after_the_deadline_is_refused_in_danish(member, hall, world):
    hall.gym.minimum_notice_days = 0
    # The next weekday evening (the gym opens 16–22 on weekdays, only until 17 on Saturdays):
    # from a Friday that is Monday, 3 days off, so the deadline covers 5 days.
    hall.gym.cancellation_deadline_hours = 5 * 24
    hall.gym.save()
    soon = timezone.localdate() + dt.timedelta(days=1)
    while soon.weekday() >= 5:
        soon += dt.timedelta(days=1)
    booking = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_a,
            first_date=soon,
            start_time=dt.time(17),
            end_time=dt.time(19),
        ),
        world.member_a,
    )
    services.approve(booking, hall.staff, send_email=False)
    slot = booking.slots.get()
    response = member.post(reverse("booking_cancel_slot", args=[slot.pk]), follow=True)
    assert "Det er for sent at aflyse" in response.text
    slot.refresh_from_db()
    assert slot.status == Status.APPROVED


@pytest.mark.usefixtures("rate_clock")  # all of it within one minute's window
def test_a_script_sending_hundreds_of_requests_is_stopped_at_the_default_limit(
    member, hall, world
):
    """The default BOOKING_RATE_LIMIT (30 a minute) stops a flood long before 500."""
    limit = int(settings.BOOKING_RATE_LIMIT.split("/")[0])
    answers = []
    for attempt in range(limit + 5):
        # Each request a different 30 minutes, Tuesdays 16–22 over several weeks, so all
        # of them are valid and only the limit can refuse them.
        day = next_weekday(TUESDAY, 3 + attempt // 12)
        start = dt.time(16 + (attempt % 12) // 2, 30 * (attempt % 2))
        end = (dt.datetime.combine(day, start) + dt.timedelta(minutes=30)).time()
        data = form(world, first_date=day.isoformat(), start_time=f"{start:%H:%M}")
        answers.append(post(member, hall, data | {"end_time": f"{end:%H:%M}"}))
    codes = [answer.status_code for answer in answers]
    assert codes[:limit] == [302] * limit
    assert set(codes[limit:]) == {429}
    assert "For mange bookinganmodninger" in answers[-1].text
    assert Booking.objects.count() == limit
