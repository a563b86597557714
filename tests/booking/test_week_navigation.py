"""Week navigation on the public "who has which slot" view: plain links, bounded, never 500."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from booking import services
from booking.availability import week_start
from booking.models import Booking
from booking.templatetags.booking_tags import WEEKS_AHEAD, WEEKS_BACK
from tests.booking.conftest import next_weekday

pytestmark = pytest.mark.django_db


@pytest.fixture
def far_booking(hall, world):
    """An approved Tuesday ten weeks ahead: not in the first two weeks shown."""
    day = next_weekday(1, weeks_ahead=10)
    hall.gym.minimum_notice_days = 0
    hall.gym.save()
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
    services.approve(booking, hall.staff)
    return day


def week_links(html):
    return dict(
        re.findall(r'href="[^"]*\?fra=(\d{4}-\d\d-\d\d)#hvem-har-tiderne" rel="(\w+)"', html)
    )


def test_this_week_shows_by_default_with_links_to_the_weeks_around(client, hall):
    html = client.get(hall.facility.url).text
    this_week = week_start(timezone.localdate())
    links = {rel: day for day, rel in week_links(html).items()}
    assert links["prev"] == (this_week - dt.timedelta(weeks=1)).isoformat()
    assert links["next"] == (this_week + dt.timedelta(weeks=1)).isoformat()
    assert "Forrige uge" in html and "Næste uge" in html


def test_a_later_week_shows_its_bookings(client, hall, world, far_booking):
    assert "Vallensbæk Petanqueklub" not in client.get(hall.facility.url).text
    html = client.get(hall.facility.url, {"fra": week_start(far_booking).isoformat()}).text
    assert "18:00–20:00 Vallensbæk Petanqueklub" in html
    assert far_booking.strftime("%-d.") in html
    assert "Denne uge" in html  # a way back to this week


def test_a_day_mid_week_starts_on_its_monday(client, hall, far_booking):
    html = client.get(hall.facility.url, {"fra": far_booking.isoformat()}).text
    assert "18:00–20:00 Vallensbæk Petanqueklub" in html


@pytest.mark.parametrize(
    "value", ["abc", "2026-13-45", "0001-01-01", "9999-12-31", "2026-02-30", "\x00", "1" * 400]
)
def test_a_bad_or_far_week_falls_back_to_this_week(client, hall, value):
    response = client.get(hall.facility.url, {"fra": value})
    assert response.status_code == 200
    this_week = week_start(timezone.localdate())
    links = {rel: day for day, rel in week_links(response.text).items()}
    assert links["next"] == (this_week + dt.timedelta(weeks=1)).isoformat()


def test_the_links_stop_at_the_bounds(client, hall):
    this_week = week_start(timezone.localdate())
    last = this_week + dt.timedelta(weeks=WEEKS_AHEAD)
    first = this_week - dt.timedelta(weeks=WEEKS_BACK)
    at_end = week_links(client.get(hall.facility.url, {"fra": last.isoformat()}).text)
    assert "next" not in at_end.values() and "prev" in at_end.values()
    at_start = week_links(client.get(hall.facility.url, {"fra": first.isoformat()}).text)
    assert "prev" not in at_start.values() and "next" in at_start.values()
    beyond = client.get(hall.facility.url, {"fra": (last + dt.timedelta(weeks=1)).isoformat()})
    assert week_links(beyond.text).get((this_week + dt.timedelta(weeks=1)).isoformat()) == "next"


def test_the_week_is_part_of_the_page_cache_key(client, hall, far_booking, settings):
    settings.PAGE_CACHE_SECONDS = 300
    client.get(hall.facility.url)  # this week, stored
    html = client.get(hall.facility.url, {"fra": week_start(far_booking).isoformat()}).text
    assert "Vallensbæk Petanqueklub" in html
    assert "Vallensbæk Petanqueklub" not in client.get(hall.facility.url, {"utm": "x"}).text
