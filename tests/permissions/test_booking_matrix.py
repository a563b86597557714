"""The booking screens' permission matrix: who may do what, and that a refusal changes nothing.

Members book only for their own association; the booking team (the ``Booking`` group)
decides; communications staff and other associations' members cannot do either.
"""

import datetime as dt

import pytest
from django.urls import reverse

from booking import services
from booking.models import Booking, BookingSlot, Season
from tests.associations.world import PASSWORD
from tests.booking.conftest import hall, next_weekday  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def bookings(hall, world):  # noqa: F811
    """Association A's request and A's approved booking (two dates)."""
    day = next_weekday(1)
    requested = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_a,
            first_date=day,
            start_time=dt.time(17),
            end_time=dt.time(18),
        ),
        world.member_a,
    )
    approved = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_a,
            first_date=day,
            repeat="weekly",
            last_date=day + dt.timedelta(weeks=1),
            start_time=dt.time(19),
            end_time=dt.time(21),
        ),
        world.member_a,
    )
    services.approve(approved, hall.staff, send_email=False)
    Season.objects.create(
        name="Sæson 2027/28",
        first_day=dt.date(2027, 8, 16),
        last_day=dt.date(2028, 6, 25),
        window_opens=dt.datetime(2027, 4, 1, 9, tzinfo=dt.UTC),
        window_closes=dt.datetime(2027, 5, 1, 12, tzinfo=dt.UTC),
    )
    return requested, approved


def fingerprint():
    return (
        sorted(Booking.objects.values_list("pk", "status", "reason", "decided_by_id")),
        sorted(BookingSlot.objects.values_list("pk", "status")),
        sorted(Season.objects.values_list("pk", "published_at")),
    )


def actions(hall, world, bookings):  # noqa: F811
    requested, approved = bookings
    day = next_weekday(2)
    request_for = lambda association: (  # noqa: E731
        "post",
        reverse("booking_room", args=[hall.gym.pk]),
        {
            "association": association.pk,
            "repeat": "once",
            "first_date": day.isoformat(),
            "start_time": "17:00",
            "end_time": "18:00",
            "excluded": "",
        },
    )
    season = Season.objects.get()
    return {
        "see the season allocation": (
            "get",
            reverse("booking_allocation", args=[season.pk]),
            None,
        ),
        "copy A's last season": (
            "post",
            reverse("booking_copy_last_season", args=[season.pk]),
            {"booker": f"association-{world.association_a.pk}"},
        ),
        "publish the allocation": (
            "post",
            reverse("booking_allocation_publish", args=[season.pk]),
            {"reason": "Tiden gik til en anden."},
        ),
        "see rooms": ("get", reverse("booking_index"), None),
        "see a room": ("get", reverse("booking_room", args=[hall.gym.pk]), None),
        "request for A": request_for(world.association_a),
        "request for B": request_for(world.association_b),
        "withdraw A's request": ("post", reverse("booking_withdraw", args=[requested.pk]), {}),
        "cancel A's date": (
            "post",
            reverse("booking_cancel_slot", args=[approved.slots.first().pk]),
            {},
        ),
        "see requests": ("get", reverse("booking_requests"), None),
        "decline A's request": (
            "post",
            reverse("booking_decide", args=[requested.pk]),
            {"decision": "decline", "reason": "Nej"},
        ),
        "cancel the room's dates": (
            "post",
            reverse("booking_cancel_dates", args=[hall.gym.pk]),
            {
                "first_day": next_weekday(1).isoformat(),
                "last_day": next_weekday(1).isoformat(),
                "message": "Lukket",
            },
        ),
    }


MEMBER_A = {"see rooms", "see a room", "request for A", "withdraw A's request", "cancel A's date"}
STAFF = {
    "see rooms",
    "see a room",
    "see requests",
    "see the season allocation",
    "copy A's last season",
    "publish the allocation",
    "decline A's request",
    "cancel the room's dates",
}
ALLOWED = {
    "anonymous": set(),
    "member_a": MEMBER_A,
    "member_b": {"see rooms", "see a room", "request for B"},
    "moderator": set(),
    "staff": STAFF,
}


def user_of(role, hall, world):  # noqa: F811
    return {"anonymous": None, "staff": hall.staff}.get(role, getattr(world, role, None))


@pytest.mark.parametrize("role", list(ALLOWED))
def test_booking_permission_matrix(client, hall, world, bookings, role):  # noqa: F811
    user = user_of(role, hall, world)
    if user is not None:
        assert client.login(username=user.username, password=PASSWORD)
    for name, (method, url, data) in actions(hall, world, bookings).items():
        before = fingerprint()
        response = getattr(client, method)(url, data) if data is not None else client.get(url)
        changed = fingerprint() != before
        if name in ALLOWED[role]:
            assert response.status_code in (200, 302), (role, name, response.status_code)
            if method == "post":
                assert changed, (role, name, "nothing happened")
            if method == "get":
                assert response.status_code == 200, (role, name)
        else:
            assert not changed, (role, name, "a refused request changed bookings")
            if method == "get":
                assert response.status_code != 200, (role, name)
