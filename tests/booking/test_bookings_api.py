"""``GET /api/v3/bookings/``: the approved booked slots as a list (issue #17).

Only approved dates of approved bookings of public facilities, with the booker's public name;
never a request, a declined, withdrawn or cancelled booking, a cancelled date, who asked,
their contact details, the purpose, the door code or a staff reason.
"""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from booking import services
from booking.models import Booking, BookingGroup, BookingSlot, Status
from booking.rules import season_bounds
from core.factories import set_default_site_root
from tests.api.test_schemathesis import api_schema, check_operation  # noqa: F401 (fixture)
from tests.associations.world import World
from tests.booking.conftest import next_weekday
from tests.booking.kept import fresh_hall
from tests.openapi_support import check_every_response, document
from tests.visibility import make_draft, make_expired, make_restricted

pytestmark = pytest.mark.django_db

# Built once for the module (tests.booking.kept).
hall = fresh_hall()
TUESDAY = 1
URL = "/api/v3/bookings/"


# The world is built once for the module, like the hall (tests.booking.kept).
@pytest.fixture
def world(db, kept_world_and_hall, request):
    world = World.fetched(kept_world_and_hall[0])
    if "api_schema" in request.fixturenames:
        # api_schema serves a home of its own at "/"; built per test, the world's home came
        # after it and was the one served.
        request.getfixturevalue("api_schema")
        set_default_site_root(world.home)
    return world


@pytest.fixture(autouse=True)
def _contract(monkeypatch):
    check_every_response(monkeypatch)


def book(room, user, day, start, end, *, association=None, group=None, **fields):
    booking = Booking(
        room=room,
        association=association,
        group=group,
        first_date=day,
        start_time=dt.time(start),
        end_time=dt.time(end),
        **fields,
    )
    return services.request_booking(booking, user)


@pytest.fixture
def tuesday(hall):
    hall.gym.minimum_notice_days = 0
    hall.gym.save()
    hall.kitchen.minimum_notice_days = 0
    hall.kitchen.save()
    # A Tuesday whose series of three weeks stays in one season (never past week 26).
    day = next_weekday(TUESDAY)
    while season_bounds(day)[1] < day + dt.timedelta(weeks=2):
        day += dt.timedelta(weeks=1)
    return day


@pytest.fixture
def series(hall, world, tuesday):
    """The petanque club's approved weekly series in the gym, three Tuesdays 18–20, with a
    door code and a purpose that must never show."""
    booking = book(
        hall.gym,
        world.member_a,
        tuesday,
        18,
        20,
        association=world.association_a,
        repeat=Booking.Repeat.WEEKLY,
        last_date=tuesday + dt.timedelta(weeks=2),
        purpose="Hemmelig træning",
    )
    return services.approve(booking, hall.staff, access_code="4711")


def period(day, **params):
    return {"from": (day - dt.timedelta(days=1)).isoformat(), "to": day.isoformat(), **params}


def listing(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200, response.content
    return response.json()


def test_an_approved_series_is_listed_date_by_date_with_public_fields_only(
    client, hall, world, tuesday, series
):
    last = tuesday + dt.timedelta(weeks=2)
    body = listing(client, facility=hall.facility.pk, **period(last, **{"from": tuesday}))
    assert body["count"] == 3
    assert [item["start"][:10] for item in body["items"]] == [
        (tuesday + dt.timedelta(weeks=week)).isoformat() for week in range(3)
    ]
    item = body["items"][0]
    assert item == {
        "booking_id": series.pk,
        "start": item["start"],
        "end": item["end"],
        "room_id": hall.gym.pk,
        "room": "Gymnastiksalen",
        "facility_id": hall.facility.pk,
        "facility": "Pilegårdsskolen",
        "booker": "Vallensbæk Petanqueklub",
        "repeat": "weekly",
    }
    assert (item["start"][11:16], item["end"][11:16]) == ("18:00", "20:00")
    assert item["start"][19:] in ("+01:00", "+02:00")  # Danish time with its offset
    text = client.get(URL, {"facility": hall.facility.pk, "from": tuesday}).content.decode()
    for secret in ("4711", "Hemmelig", world.member_a.email, world.member_a.first_name, "anna"):
        assert secret not in text


def test_requests_declined_withdrawn_and_cancelled_dates_never_show(
    client, hall, world, tuesday, series
):
    book(hall.gym, world.member_b, tuesday, 20, 22, association=world.association_b)
    declined = book(hall.gym, world.member_b, tuesday, 16, 17, association=world.association_b)
    services.decline(declined, hall.staff, "Lokalet er lovet væk", send_email=False)
    withdrawn = book(hall.gym, world.member_b, tuesday, 17, 18, association=world.association_b)
    services.withdraw(withdrawn, world.member_b)
    # Staff close the gym on the series' second Tuesday; the member cancels the third.
    second = tuesday + dt.timedelta(weeks=1)
    services.cancel_dates(hall.gym, second, second, hall.staff, "Gulvet slibes")
    third = BookingSlot.objects.get(booking=series, start__date=tuesday + dt.timedelta(weeks=2))
    services.cancel_slot(third, world.member_a)

    body = listing(
        client, facility=hall.facility.pk, **{"from": tuesday, "to": third.start.date()}
    )
    assert [(i["booking_id"], i["start"][:10]) for i in body["items"]] == [
        (series.pk, tuesday.isoformat())
    ]
    text = client.get(URL, {"facility": hall.facility.pk, "from": tuesday}).content.decode()
    assert "Strandens Roklub" not in text
    assert "Gulvet slibes" not in text and "lovet væk" not in text


def test_a_room_filter_and_the_period_ends(client, hall, world, tuesday, series):
    kitchen = book(hall.kitchen, world.member_b, tuesday, 16, 18, association=world.association_b)
    assert kitchen.status == Status.APPROVED  # the kitchen needs no approval
    both = listing(client, facility=hall.facility.pk, **period(tuesday))
    assert [(i["room"], i["booker"]) for i in both["items"]] == [
        ("Skolekøkkenet", "Strandens Roklub"),
        ("Gymnastiksalen", "Vallensbæk Petanqueklub"),
    ]
    gym = listing(client, room=hall.gym.pk, **period(tuesday))
    assert [i["room_id"] for i in gym["items"]] == [hall.gym.pk]
    assert (
        listing(client, room=hall.gym.pk, facility=hall.facility.pk, **period(tuesday))["count"]
        == 1
    )
    # ``to`` is included, the day after it is not; the defaults are today and 6 days on.
    day_before = {"from": tuesday - dt.timedelta(days=7), "to": tuesday - dt.timedelta(days=1)}
    assert listing(client, facility=hall.facility.pk, **day_before)["count"] == 0
    default = listing(client, facility=hall.facility.pk)
    assert (
        dt.date.fromisoformat(default["last_day"]) - dt.date.fromisoformat(default["first_day"])
    ).days == 6


def test_a_room_of_another_facility_is_404(client, hall, tuesday, series):
    from booking.factories import BookableRoomFactory

    other = BookableRoomFactory()
    response = client.get(URL, {"facility": hall.facility.pk, "room": other.pk})
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/problem+json")
    assert client.get(URL, {"room": hall.gym.pk + 999}).status_code == 404


def test_a_named_group_by_its_name_and_a_hidden_association_as_booked(
    client, hall, world, tuesday, series
):
    dagplejen = BookingGroup.objects.create(name="Dagplejen Vallensbæk")
    hall.kitchen.groups_may_book.add(dagplejen)
    dagplejen.users.add(hall.staff)
    book(hall.kitchen, hall.staff, tuesday, 16, 18, group=dagplejen)
    make_draft(world.association_a)
    body = listing(client, facility=hall.facility.pk, **period(tuesday))
    assert [i["booker"] for i in body["items"]] == ["Dagplejen Vallensbæk", "Booket"]
    assert "Petanqueklub" not in client.get(URL, {"facility": hall.facility.pk}).content.decode()


@pytest.mark.parametrize("hide", [make_draft, make_expired, make_restricted])
@pytest.mark.parametrize("by", ["facility", "room"])
def test_hidden_facilities_are_404(client, hall, tuesday, series, hide, by):
    hide(hall.facility)
    key = hall.facility.pk if by == "facility" else hall.gym.pk
    response = client.get(URL, {by: key, **period(tuesday)})
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/problem+json")
    assert "Petanqueklub" not in response.content.decode()


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({}, 422),  # neither facility nor room
        ({"facility": "pilegaarden"}, 422),
        ({"facility": "-1"}, 422),
        ({"facility": "١٢"}, 422),  # Arabic-Indic digits: isdigit(), but no id
        ({"room": "1.5"}, 422),
        ({"facility": str(2**70)}, 422),
        ({"room": str(2**63)}, 422),
        ({"facility": "FACILITY", "from": "i morgen"}, 422),
        ({"facility": "FACILITY", "from": "2026-02-30"}, 422),
        ({"facility": "FACILITY", "to": "2026-13-01"}, 422),
        ({"facility": "FACILITY", "from": "2027-03-10", "to": "2027-03-09"}, 422),
        ({"facility": "FACILITY", "from": "2027-03-01", "to": "2027-03-29"}, 422),  # 29 days
        ({"facility": "FACILITY", "from": "0001-01-01", "to": "9999-12-31"}, 422),
        ({"facility": "FACILITY", "from": "2027-03-01\x00"}, 400),
        ({"facility": "1\x00"}, 400),
    ],
)
def test_bad_input_is_a_problem_never_a_500(client, hall, params, status):
    params = {k: str(hall.facility.pk) if v == "FACILITY" else v for k, v in params.items()}
    response = client.get(URL, params)
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/problem+json")


@pytest.mark.parametrize("value", [str(2**31), str(2**63 - 1)])
def test_ids_too_big_for_any_row_are_404(client, hall, value):
    for key in ("facility", "room"):
        assert client.get(URL, {key: value}).status_code == 404


def test_28_days_and_the_calendars_last_day_answer(client, hall):
    assert (
        listing(client, facility=hall.facility.pk, **{"from": "2027-03-01", "to": "2027-03-28"})[
            "count"
        ]
        == 0
    )
    for edge in (
        {"from": "9999-12-31", "to": "9999-12-31"},
        {"from": "0001-01-01"},
        {"from": "0001-01-01", "to": "0001-01-02"},
    ):
        assert listing(client, facility=hall.facility.pk, **edge)["count"] == 0


def test_errors_are_danish(client, hall):
    response = client.get(
        URL, {"facility": hall.facility.pk, "from": "2027-03-10", "to": "2027-03-01"}
    )
    assert "Den sidste dag kan ikke ligge før den første dag." in response.content.decode()
    assert "Angiv en facilitet eller et lokale." in client.get(URL).content.decode()


def count_queries(client, params) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(URL, params).status_code == 200
    return len(ctx.captured_queries)


def test_the_query_count_does_not_grow_with_the_bookings(
    client, hall, world, tuesday, series, django_assert_max_num_queries
):
    params = {"facility": hall.facility.pk, "from": tuesday, "to": tuesday + dt.timedelta(days=27)}
    few = count_queries(client, params)
    dagplejen = BookingGroup.objects.create(name="Dagplejen Vallensbæk")
    hall.kitchen.groups_may_book.add(dagplejen)
    dagplejen.users.add(hall.staff)
    for week in range(4):  # more bookings, series, rooms and bookers
        day = tuesday + dt.timedelta(weeks=week, days=1)
        book(hall.kitchen, world.member_b, day, 16, 18, association=world.association_b)
        book(hall.kitchen, hall.staff, day, 18, 20, group=dagplejen)
        services.approve(
            book(hall.gym, world.member_b, day, 18, 20, association=world.association_b),
            hall.staff,
        )
    # Both counted right after a change (the cached association names are stale then).
    assert count_queries(client, params) == few
    assert listing(client, **params)["count"] == 3 + 12
    with django_assert_max_num_queries(8):
        client.get(URL, params)


def test_etag_and_cache_tags_like_availability(client, hall, world, tuesday, series):
    params = {"facility": hall.facility.pk, **period(tuesday)}
    response = client.get(URL, params)
    availability = client.get(f"/api/v3/bookings/facilities/{hall.facility.pk}/availability/")
    assert response["ETag"].startswith('W/"')
    tags = set(response["xkey"].split())
    shown = {"m:booking.bookingslot", "m:booking.booking", "m:booking.bookableroom"}
    assert {"all", "l:facilities.facilitypage", *shown} <= tags
    assert set(availability["xkey"].split()) - tags <= {"m:booking.bookablehours"}
    assert client.get(URL, params, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    # An approval changes the answer, so the old ETag no longer matches.
    services.approve(
        book(hall.gym, world.member_b, tuesday, 20, 22, association=world.association_b),
        hall.staff,
    )
    again = client.get(URL, params, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 200 and again.json()["count"] == 2


def test_the_endpoint_is_in_the_openapi_document():
    spec = document()
    operation = spec["paths"]["/api/v3/bookings/"]["get"]
    assert {"200", "404", "422"} <= set(operation["responses"])
    names = {p["name"] for p in operation["parameters"]}
    assert {"facility", "room", "from", "to"} <= names
    item = spec["components"]["schemas"]["BookedSlotSchema"]["properties"]
    assert set(item) == {
        "booking_id", "start", "end", "room_id", "room", "facility_id", "facility", "booker", "repeat"
    }  # fmt: skip
    assert item["repeat"]["enum"] == ["once", "weekly", "biweekly"]


@pytest.mark.schemathesis
def test_fuzzing_the_list_finds_no_server_error_and_no_undeclared_answer(api_schema, hall, series):  # noqa: F811
    """schemathesis on this one operation (``make audit`` runs every operation): generated
    parameters, odd strings and big numbers, each answer declared in the schema."""
    (result,) = list(
        api_schema.include(path="/api/v3/bookings/", method="GET").get_all_operations()
    )
    assert check_operation(result.ok()) is None
