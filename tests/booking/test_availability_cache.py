"""The availability API is built once per content version: any booking, closure or hours
change shows at once, a repeat costs (almost) no queries, and ``If-None-Match`` gives 304."""

import datetime as dt

import pytest

from booking import services
from booking.availability import week_start
from booking.models import BookableHours, Booking, Closure
from tests.booking.conftest import next_weekday
from tests.openapi_support import check_every_response

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _contract(monkeypatch):
    check_every_response(monkeypatch)


@pytest.fixture
def day(hall, world):
    """Next week's Tuesday, with the petanque club's approved 18–20 in the gym."""
    day = next_weekday(1, weeks_ahead=1)
    hall.gym.minimum_notice_days = 0
    hall.gym.save()
    services.approve(
        services.request_booking(
            Booking(
                room=hall.gym,
                association=world.association_a,
                first_date=day,
                start_time=dt.time(18),
                end_time=dt.time(20),
            ),
            world.member_a,
        ),
        hall.staff,
    )
    return day


def get(client, hall, day, **headers):
    return client.get(
        f"/api/v3/bookings/facilities/{hall.facility.pk}/availability/",
        {"from": week_start(day).isoformat(), "days": "28"},
        headers=headers,
    )


def gym_day(response, day):
    gym = next(room for room in response.json()["rooms"] if room["name"] == "Gymnastiksalen")
    return next(entry for entry in gym["days"] if entry["date"] == day.isoformat())


def taken(response, day):
    return [(t["start"][11:16], t["association"]) for t in gym_day(response, day)["taken"]]


def test_a_repeat_is_served_from_the_cache_with_few_queries(
    client, hall, day, django_assert_max_num_queries
):
    first = get(client, hall, day)
    with django_assert_max_num_queries(1):  # nothing of bookings, nor the facility itself
        second = get(client, hall, day)
    assert second.content == first.content
    assert taken(second, day) == [("18:00", "Vallensbæk Petanqueklub")]
    # Tagged as the build was, so a change to what it shows purges the cached copies too.
    assert set(second["xkey"].split()) == set(first["xkey"].split())
    assert {"l:facilities.facilitypage", "m:booking.bookableroom"} <= set(first["xkey"].split())


def test_an_approval_shows_at_once(client, hall, world, day):
    get(client, hall, day)
    services.approve(
        services.request_booking(
            Booking(
                room=hall.gym,
                association=world.association_b,
                first_date=day,
                start_time=dt.time(20),
                end_time=dt.time(22),
            ),
            world.member_b,
        ),
        hall.staff,
    )
    assert taken(get(client, hall, day), day) == [
        ("18:00", "Vallensbæk Petanqueklub"),
        ("20:00", "Strandens Roklub"),
    ]


def test_staff_cancelling_dates_shows_at_once(client, hall, day):
    assert taken(get(client, hall, day), day)
    services.cancel_dates(hall.gym, day, day, hall.staff, "Gulvet lakeres.")
    assert taken(get(client, hall, day), day) == []


def test_a_member_cancelling_a_date_shows_at_once(client, hall, world, day):
    get(client, hall, day)
    slot = Booking.objects.get(association=world.association_a).slots.get()
    hall.gym.cancellation_deadline_hours = 0
    hall.gym.save()
    services.cancel_slot(slot, world.member_a)
    assert taken(get(client, hall, day), day) == []


def test_a_closure_and_changed_hours_show_at_once(client, hall, day):
    assert gym_day(get(client, hall, day), day)["closed"] is False
    Closure.objects.create(room=hall.gym, first_day=day, last_day=day, reason="Juleferie")
    closed = gym_day(get(client, hall, day), day)
    assert (closed["closed"], closed["closed_reason"]) == (True, "Juleferie")
    thursday = day + dt.timedelta(days=2)
    before = gym_day(get(client, hall, day), thursday)["open"]
    BookableHours.objects.create(room=hall.gym, weekday=3, start=dt.time(8), end=dt.time(10))
    after = gym_day(get(client, hall, day), thursday)["open"]
    assert len(after) == len(before) + 1


def test_an_association_renamed_or_hidden_shows_at_once(client, hall, world, day):
    get(client, hall, day)
    association = world.association_a
    association.title = "Vallensbæk Petanque og Krolf"
    association.save_revision().publish()
    assert taken(get(client, hall, day), day) == [("18:00", "Vallensbæk Petanque og Krolf")]
    association.unpublish()
    assert taken(get(client, hall, day), day) == [("18:00", "Booket")]


def test_an_unchanged_answer_is_a_304_and_a_change_is_not(client, hall, world, day):
    first = get(client, hall, day)
    etag = first["ETag"]
    assert etag
    assert get(client, hall, day, if_none_match=etag).status_code == 304
    services.cancel_dates(hall.gym, day, day, hall.staff, "Vandskade.")
    changed = get(client, hall, day, if_none_match=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag
    assert taken(changed, day) == []


def test_a_hidden_facility_is_404_even_with_a_cached_answer(client, hall, day):
    from tests.visibility import make_restricted

    assert get(client, hall, day).status_code == 200
    make_restricted(hall.facility)
    assert get(client, hall, day).status_code == 404


def test_another_period_reuses_which_associations_may_be_named(client, hall, world, day):
    """A miss for a new period builds its body but does not ask again which associations
    are public; hiding one is a content change, so the next period no longer names it."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert taken(get(client, hall, day), day) == [("18:00", "Vallensbæk Petanqueklub")]
    with CaptureQueriesContext(connection) as queries:
        response = client.get(
            f"/api/v3/bookings/facilities/{hall.facility.pk}/availability/",
            {"from": day.isoformat(), "days": "14"},
        )
    assert taken(response, day) == [("18:00", "Vallensbæk Petanqueklub")]
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    assert "booking_bookingslot" in sql  # a miss: the body was built
    assert 'FROM "associations_associationpage"' not in sql  # who may be named: cached

    world.association_a.unpublish()
    response = client.get(
        f"/api/v3/bookings/facilities/{hall.facility.pk}/availability/",
        {"from": day.isoformat(), "days": "7"},
    )
    assert taken(response, day) == [("18:00", "Booket")]
