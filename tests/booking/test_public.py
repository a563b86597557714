"""The public "who has which slot" view and API: association names only, nothing hidden leaks."""

import datetime as dt
import json

import pytest
from django.utils import timezone

from booking import services
from booking.availability import week_start
from booking.models import Booking
from tests.booking.conftest import next_weekday
from tests.booking.kept import fresh_hall, fresh_world
from tests.openapi_support import check_every_response, document
from tests.visibility import make_draft, make_expired, make_restricted

pytestmark = pytest.mark.django_db

# Built once for the module (tests.booking.kept).
world, hall = fresh_world(), fresh_hall()


@pytest.fixture(autouse=True)
def _contract(monkeypatch):
    check_every_response(monkeypatch)


@pytest.fixture
def booked(hall, world):
    """Next week's Tuesday (inside the page's two weeks whatever the weekday today; the week
    after it was outside them from Wednesday on): approved for the petanque club, and a
    pending request by the rowers."""
    today = timezone.localdate()
    day = week_start(today) + dt.timedelta(days=8)
    hall.gym.minimum_notice_days = 0
    hall.gym.save()
    approved = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_a,
            first_date=day,
            start_time=dt.time(18),
            end_time=dt.time(20),
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
            purpose="Hemmelig generalforsamling",
        ),
        world.member_b,
    )
    return day


def api(client, hall, **params):
    return client.get(f"/api/v3/bookings/facilities/{hall.facility.pk}/availability/", params)


def personal_data(world):
    return [world.member_a.email, world.member_a.first_name, world.member_b.email, "anna", "bent"]


def test_the_facility_page_shows_who_has_which_slot(client, hall, world, booked):
    page = client.get(hall.facility.url)
    assert page.status_code == 200
    html = page.text
    assert "Hvem har hvilke tider" in html
    assert "18:00–20:00 Vallensbæk Petanqueklub" in html
    assert "Strandens Roklub" not in html  # only a request, not approved
    assert "Hemmelig generalforsamling" not in html
    for text in personal_data(world):
        assert text not in html


def test_the_api_lists_free_and_taken_hours_with_association_names_only(
    client, hall, world, booked
):
    response = api(client, hall, **{"from": week_start(booked).isoformat(), "days": "7"})
    assert response.status_code == 200
    body = response.json()
    gym = next(room for room in body["rooms"] if room["name"] == "Gymnastiksalen")
    assert gym["step_free"] is True
    tuesday = next(day for day in gym["days"] if day["date"] == booked.isoformat())
    (taken,) = tuesday["taken"]
    assert set(taken) == {"start", "end", "association"}
    assert taken["association"] == "Vallensbæk Petanqueklub"
    assert (taken["start"][11:16], taken["end"][11:16]) == ("18:00", "20:00")
    assert taken["start"][19:] in ("+01:00", "+02:00")  # Danish time with its offset
    assert [p["start"][11:16] for p in tuesday["free"]] == ["16:00", "20:00"]
    text = response.content.decode()
    assert "Strandens Roklub" not in text and "Hemmelig" not in text
    for item in personal_data(world):
        assert item not in text


def test_an_association_whose_page_is_not_public_is_not_named(client, hall, world, booked):
    make_draft(world.association_a)
    response = api(client, hall, **{"from": week_start(booked).isoformat()})
    assert "Vallensbæk Petanqueklub" not in response.content.decode()
    assert "Booket" in response.content.decode()
    assert "Vallensbæk Petanqueklub" not in client.get(hall.facility.url).text


@pytest.mark.parametrize("hide", [make_draft, make_expired, make_restricted])
def test_hidden_facilities_show_nothing(client, hall, world, booked, hide):
    hide(hall.facility)
    response = api(client, hall)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/problem+json")
    assert "Petanqueklub" not in response.content.decode()


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"from": "i morgen"}, 422),
        ({"from": "2026-02-30"}, 422),
        ({"days": "0"}, 422),
        ({"days": "29"}, 422),
        ({"days": "-1"}, 422),
        ({"days": "9" * 30}, 422),
        ({"from": "2026-01-01\x00"}, 400),
    ],
)
def test_bad_input_is_a_problem_never_a_500(client, hall, booked, params, status):
    response = api(client, hall, **params)
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/problem+json")


def test_unknown_and_huge_facility_ids_are_404(client, hall):
    for facility_id in (hall.facility.pk + 999, 2**70):
        response = client.get(f"/api/v3/bookings/facilities/{facility_id}/availability/")
        assert response.status_code == 404


def test_the_endpoint_is_in_the_openapi_document():
    operation = document()["paths"]["/api/v3/bookings/facilities/{facility_id}/availability/"]
    assert {"200", "404", "422"} <= set(operation["get"]["responses"])
    assert json.dumps(operation).count("association") >= 1


def test_a_constant_number_of_queries_for_four_weeks(
    client, hall, world, booked, django_assert_max_num_queries
):
    first = week_start(timezone.localdate())
    with django_assert_max_num_queries(12):
        api(client, hall, **{"from": first.isoformat(), "days": "28"})
    for weeks_ahead in (1, 2, 3):  # more bookings, rooms and days: the same queries
        services.approve(
            services.request_booking(
                Booking(
                    room=hall.gym,
                    association=world.association_b,
                    first_date=next_weekday(5, weeks_ahead),
                    start_time=dt.time(10),
                    end_time=dt.time(12),
                ),
                world.member_b,
            ),
            hall.staff,
        )
    with django_assert_max_num_queries(12):
        api(client, hall, **{"from": first.isoformat(), "days": "28"})


def events(response):
    import icalendar

    return icalendar.Calendar.from_ical(response.content).walk("VEVENT")


def test_a_rooms_ical_has_its_approved_bookings_only(client, hall, world, booked):
    page = client.get(hall.facility.url)
    url = f"/booking/lokaler/{hall.gym.pk}.ics"
    assert url in page.text
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    (event,) = events(response)
    assert str(event["summary"]) == "Gymnastiksalen: Vallensbæk Petanqueklub"
    text = response.content.decode()
    assert "Strandens Roklub" not in text and "Hemmelig" not in text
    for item in personal_data(world):
        assert item not in text


def test_an_associations_ical(client, hall, world, booked):
    response = client.get(f"/booking/foreninger/{world.association_a.pk}.ics")
    (event,) = events(response)
    assert "Pilegårdsskolen" in str(event["location"])
    assert events(client.get(f"/booking/foreninger/{world.association_b.pk}.ics")) == []


@pytest.mark.parametrize("hide", [make_draft, make_expired, make_restricted])
def test_hidden_facilities_and_associations_have_no_ical(client, hall, world, booked, hide):
    hide(hall.facility)
    assert client.get(f"/booking/lokaler/{hall.gym.pk}.ics").status_code == 404
    assert events(client.get(f"/booking/foreninger/{world.association_a.pk}.ics")) == []
    hide(world.association_a)
    assert client.get(f"/booking/foreninger/{world.association_a.pk}.ics").status_code == 404
    assert client.get(f"/booking/lokaler/{2**70}.ics").status_code == 404
