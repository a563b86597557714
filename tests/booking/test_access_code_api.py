"""``PUT /api/v3/bookings/{id}/access-code/``: a door-system integration sets a booking's
door code with the booking team's API token; the code reaches the association only, and no
public output (availability page and API, iCal, OS2display, the screen) ever shows it."""

import datetime as dt
import json

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import APIToken

from booking import services
from booking.availability import week_start
from booking.models import Booking, Status
from booking.rules import local
from screens.factories import ScreenFactory
from screens.feed import build_feed
from tests.associations.world import PASSWORD
from tests.openapi_support import check_every_response, document

pytestmark = pytest.mark.django_db
CODE = "8350#C"


@pytest.fixture(autouse=True)
def _contract(monkeypatch):
    check_every_response(monkeypatch)


@pytest.fixture
def approved(hall, world):
    """The petanque club's approved gym booking 18–20 on the first weekday (the gym's
    evenings) from the day after tomorrow: at most four days ahead, whatever today is."""
    hall.gym.minimum_notice_days = 0
    hall.gym.save()
    day = timezone.localdate() + dt.timedelta(days=2)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    booking = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_a,
            first_date=day,
            start_time=dt.time(18),
            end_time=dt.time(20),
        ),
        world.member_a,
    )
    return services.approve(booking, hall.staff, send_email=False)


def put(client, booking_id, payload, user=None, token=None):
    headers = {}
    if user is not None:
        token = APIToken.create_token(user=user, name="Dørsystem")[1]
    if token is not None:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {token}"
    return client.put(
        f"/api/v3/bookings/{booking_id}/access-code/",
        data=json.dumps(payload),
        content_type="application/json",
        **headers,
    )


def problem(response, status):
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/problem+json")
    return json.dumps(response.json(), ensure_ascii=False)


def test_the_booking_team_token_sets_the_code(client, hall, approved):
    response = put(client, approved.pk, {"access_code": f"  {CODE} "}, user=hall.staff)
    assert response.status_code == 200
    assert response.json() == {"id": approved.pk, "status": "approved", "access_code": CODE}
    approved.refresh_from_db()
    assert approved.access_code == CODE
    cleared = put(client, approved.pk, {"access_code": ""}, user=hall.staff)
    assert cleared.json()["access_code"] == ""


def test_no_token_a_bad_token_or_a_member_token_is_refused_and_changes_nothing(
    client, hall, world, approved
):
    problem(put(client, approved.pk, {"access_code": CODE}), 401)
    problem(put(client, approved.pk, {"access_code": CODE}, token="forkert"), 401)
    text = problem(put(client, approved.pk, {"access_code": CODE}, user=world.member_a), 403)
    assert "Kun bookingteamet kan sætte dørkoder" in text
    assert problem(put(client, approved.pk, {"access_code": CODE}, user=world.moderator), 403)
    approved.refresh_from_db()
    assert approved.access_code == ""


@pytest.mark.parametrize(
    ("payload", "status", "message"),
    [
        ({"access_code": "1" * 41}, 422, "højst være 40 tegn"),
        ({"access_code": "47\n11"}, 422, "almindelige tegn"),
        ({"access_code": "47\x1b11"}, 422, "almindelige tegn"),
        ({}, 422, "access_code"),
        ({"access_code": 4711}, 422, "access_code"),
    ],
)
def test_bad_codes_are_a_danish_422(client, hall, approved, payload, status, message):
    text = problem(put(client, approved.pk, payload, user=hall.staff), status)
    assert message in text
    approved.refresh_from_db()
    assert approved.access_code == ""


def test_unknown_and_closed_bookings(client, hall, world, approved):
    problem(put(client, approved.pk + 999, {"access_code": CODE}, user=hall.staff), 404)
    problem(put(client, 2**70, {"access_code": CODE}, user=hall.staff), 404)
    services.cancel_dates(
        hall.gym, approved.first_date, approved.first_date, hall.staff, "Vandskade."
    )
    withdrawn = Booking.objects.create(
        room=hall.kitchen,
        association=world.association_a,
        first_date=approved.first_date,
        start_time=dt.time(18),
        end_time=dt.time(20),
        status=Status.WITHDRAWN,
    )
    text = problem(put(client, withdrawn.pk, {"access_code": CODE}, user=hall.staff), 409)
    assert "kun sættes på en anmodet eller godkendt booking" in text


def test_the_code_reaches_the_association_and_no_public_output(
    client, hall, world, approved, smtp_server, settings
):
    # The booking starts at most 4 days and 18 hours from now (at any hour, on any weekday):
    # inside the reminder window, so the reminder is due (it failed before 18:00 Danish time).
    settings.BOOKING_REMINDER_DAYS = 5
    assert put(client, approved.pk, {"access_code": CODE}, user=hall.staff).status_code == 200
    from django.core.management import call_command

    call_command("send_booking_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    (reminder,) = smtp_server.messages_to("anna@example.com")
    assert f"Dørkode: {CODE}" in reminder.body
    assert client.login(username=world.member_a.username, password=PASSWORD)
    assert CODE in client.get(reverse("booking_index")).text
    client.logout()

    day = approved.first_date
    screen = ScreenFactory(key="hallen", bookings_facility=hall.facility, show_manual_slides=False)
    public = {
        "page": client.get(hall.facility.url).text,
        "api": client.get(
            f"/api/v3/bookings/facilities/{hall.facility.pk}/availability/",
            {"from": week_start(day).isoformat(), "days": "7"},
        ).content.decode(),
        "room ics": client.get(f"/booking/lokaler/{hall.gym.pk}.ics").content.decode(),
        "association ics": client.get(
            f"/booking/foreninger/{world.association_a.pk}.ics"
        ).content.decode(),
        "os2display": client.get(
            f"/os2display/booking/{hall.facility.pk}/events"
        ).content.decode(),
        "screen": build_feed(screen, local(day, dt.time(17))).body().decode(),
    }
    for name, text in public.items():
        assert "Petanqueklub" in text, name  # the booking is there, by association name
        assert "8350" not in text, name


def test_the_endpoint_is_documented_with_its_token():
    operation = document()["paths"]["/api/v3/bookings/{booking_id}/access-code/"]["put"]
    assert operation["security"] == [{"BearerTokenAuth": []}]
    assert {"200", "401", "403", "404", "409", "422"} <= set(operation["responses"])
