"""Booking from the public facility page: members get "Anmod om denne tid" into the request
form, filled in; everyone else reads how associations book. No personal data either way."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from booking import services
from booking.availability import week_start
from booking.models import Booking
from tests.booking.conftest import next_weekday

pytestmark = pytest.mark.django_db


@pytest.fixture
def booked(hall, world):
    """Next week's Tuesday 18–20 approved for the petanque club (the gym is open 16–22)."""
    day = next_weekday(1, weeks_ahead=1)
    hall.gym.minimum_notice_days = 0
    hall.gym.save()
    booking = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_a,
            first_date=day,
            start_time=dt.time(18),
            end_time=dt.time(20),
            purpose="Træning",
        ),
        world.member_a,
    )
    services.approve(booking, hall.staff)
    return day


def section(html):
    return html[html.index('id="hvem-har-tiderne"') : html.index("</section>")]


def request_links(html):
    return re.findall(r'class="request-slot" href="([^"]+)"', html)


def test_a_member_gets_a_request_link_per_free_time_prefilled(client, hall, world, booked):
    client.force_login(world.member_b)
    html = section(client.get(hall.facility.url, {"fra": week_start(booked).isoformat()}).text)
    assert "Anmod om denne tid" in html
    links = [link.replace("&amp;", "&") for link in request_links(html)]
    day = booked.isoformat()
    before = f"first_date={day}&start_time=16:00&end_time=18:00"
    after = f"first_date={day}&start_time=20:00&end_time=22:00"
    gym = f"/admin/booking/rooms/{hall.gym.pk}/"
    assert any(link.startswith(gym) and before in link for link in links)
    assert any(link.startswith(gym) and after in link for link in links)
    assert not any("start_time=18:00" in link and day in link for link in links)  # taken
    assert "Foreninger anmoder om en ledig tid" not in html

    link = next(link for link in links if link.startswith(gym) and after in link)
    form = client.get(link).text
    assert f'value="{day}"' in form
    assert 'value="20:00"' in form and 'value="22:00"' in form


def test_past_days_offer_no_request(client, hall, world):
    client.force_login(world.member_b)
    this_week = week_start(timezone.localdate())
    html = section(client.get(hall.facility.url, {"fra": this_week.isoformat()}).text)
    yesterday = (timezone.localdate() - dt.timedelta(days=1)).isoformat()
    assert not any(f"first_date={yesterday}" in link for link in request_links(html))


def test_anyone_else_reads_how_associations_book(client, hall, world, booked):
    for user in (None, hall.staff):
        client.logout()
        if user is not None:
            client.force_login(user)
        html = section(client.get(hall.facility.url).text)
        assert "Foreninger anmoder om en ledig tid" in html
        assert "Anmod om denne tid</a>" not in html
        assert request_links(html) == []


def test_a_room_associations_may_not_book_offers_no_link(client, hall, world, booked):
    hall.gym.associations_may_book = False
    hall.gym.save()
    client.force_login(world.member_b)
    html = section(client.get(hall.facility.url, {"fra": week_start(booked).isoformat()}).text)
    assert not any(f"/rooms/{hall.gym.pk}/" in link for link in request_links(html))
    assert any(f"/rooms/{hall.kitchen.pk}/" in link for link in request_links(html))


def test_the_members_view_shows_no_personal_data(client, hall, world, booked):
    client.force_login(world.member_b)
    html = section(client.get(hall.facility.url, {"fra": week_start(booked).isoformat()}).text)
    assert "18:00–20:00 Vallensbæk Petanqueklub" in html
    for text in (world.member_a.email, world.member_a.get_full_name() or "x" * 40, "Træning"):
        assert text not in html


def test_bad_prefill_values_are_ignored(client, hall, world):
    client.force_login(world.member_b)
    response = client.get(
        f"/admin/booking/rooms/{hall.gym.pk}/",
        {"first_date": "32-13-2026", "start_time": "\x00", "end_time": "9" * 300},
    )
    assert response.status_code == 200
