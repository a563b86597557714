"""A facility's approved bookings as an OS2display Calendar-API source: association names and
rooms only, and nothing from a facility or association that is not public."""

import datetime as dt

import pytest
from django.utils import timezone

from booking import services
from booking.models import Booking
from tests.booking.kept import fresh_hall, fresh_world
from tests.visibility import HIDDEN

pytestmark = pytest.mark.django_db

# Built once for the module (tests.booking.kept).
world, hall = fresh_world(), fresh_hall()


@pytest.fixture
def today_booked(hall, world):
    """In two days 18–20 in the gym for the petanque club (approved), 20–22 a request by the
    rowers; on a weekday, as the gym opens only 09–17 at weekends (the test failed on
    Thursdays)."""
    day = timezone.localdate() + dt.timedelta(days=2)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    for room in (hall.gym, hall.kitchen):
        room.minimum_notice_days = 0
        room.save()
    approved = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_a,
            first_date=day,
            start_time=dt.time(18),
            end_time=dt.time(20),
            purpose="Generalforsamling",
        ),
        world.member_a,
    )
    services.approve(approved, hall.staff)
    services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_b,
            first_date=day,
            start_time=dt.time(20),
            end_time=dt.time(22),
        ),
        world.member_b,
    )
    return day


def get(client, hall, name, status=200):
    response = client.get(f"/os2display/booking/{hall.facility.pk}/{name}")
    assert response.status_code == status
    return response


def test_the_feed_has_the_calendar_api_fields(client, hall, world, today_booked):
    assert get(client, hall, "locations").json() == [
        {"id": hall.facility.pk, "displayName": "Pilegårdsskolen"}
    ]
    resources = get(client, hall, "resources").json()
    assert [(r["id"], r["displayName"], r["locationId"]) for r in resources] == [
        (hall.gym.pk, "Gymnastiksalen", hall.facility.pk),
        (hall.kitchen.pk, "Skolekøkkenet", hall.facility.pk),
    ]
    response = get(client, hall, "events")
    assert response["Content-Type"] == "application/json"
    (event,) = response.json()
    assert event == {
        "title": "Vallensbæk Petanqueklub",
        "startTime": event["startTime"],
        "endTime": event["endTime"],
        "resourceId": hall.gym.pk,
        "resourceDisplayName": "Gymnastiksalen",
    }
    start = dt.datetime.fromisoformat(event["startTime"])
    assert start.utcoffset() is not None
    assert (start.date(), start.strftime("%H:%M")) == (today_booked, "18:00")
    assert dt.datetime.fromisoformat(event["endTime"]).strftime("%H:%M") == "20:00"


def test_no_personal_data_purpose_or_request(client, hall, world, today_booked):
    text = get(client, hall, "events").text
    for secret in (
        world.member_a.email,
        world.member_a.first_name,
        world.member_b.email,
        "anna",
        "Generalforsamling",
        "Strandens Roklub",
    ):
        assert secret not in text


@pytest.mark.parametrize("kind", list(HIDDEN))
@pytest.mark.parametrize("name", ["locations", "resources", "events"])
def test_a_hidden_facility_answers_404_and_shows_nothing(
    client, hall, world, today_booked, kind, name
):
    HIDDEN[kind](hall.facility)
    response = get(client, hall, name, status=404)
    assert response["Content-Type"] == "application/problem+json"
    assert "Petanque" not in response.text and "Gymnastiksalen" not in response.text


@pytest.mark.parametrize("kind", list(HIDDEN))
def test_a_hidden_association_reads_booked(client, hall, world, today_booked, kind):
    HIDDEN[kind](world.association_a)
    (event,) = get(client, hall, "events").json()
    assert event["title"] == "Booket"
    assert "Petanque" not in get(client, hall, "events").text


def test_unknown_ids_are_404(client):
    for pk in ("999999", "9" * 30):
        response = client.get(f"/os2display/booking/{pk}/events")
        assert response.status_code == 404
        assert response["Content-Type"] == "application/problem+json"
