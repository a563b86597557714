# ruff: noqa: F811  (the fixtures imported below are parameters of the tests)
"""The public "who has which slot" view in Chromium: step through weeks without JavaScript,
and axe finds nothing serious at phone and desktop width."""

import datetime as dt
import os

import pytest
from django.utils import timezone

from booking import services
from booking.availability import week_start
from booking.models import Booking
from tests.associations.world import world  # noqa: F401
from tests.booking.conftest import hall  # noqa: F401

pytestmark = pytest.mark.browser

SHOTS = os.environ.get("SCREENSHOT_DIR", "")
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture
def booked_later(hall, world):
    """An approved Thursday in the week three weeks after this one: outside the two weeks
    shown first, inside them after two steps forward, whatever weekday the test runs on."""
    day = week_start(timezone.localdate()) + dt.timedelta(weeks=3, days=3)
    booking = services.request_booking(
        Booking(
            room=hall.gym,
            association=world.association_a,
            first_date=day,
            start_time=dt.time(17),
            end_time=dt.time(19),
        ),
        world.member_a,
    )
    services.approve(booking, hall.staff)
    return day


@pytest.mark.parametrize("width", [390, 1280])
def test_next_week_links_work_without_javascript_and_pass_axe(
    browser,
    live_server,
    hall,
    booked_later,
    width,
):
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(
        viewport={"width": width, "height": 900}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(live_server.url + hall.facility.url)
    section = page.locator("#hvem-har-tiderne")
    assert "Vallensbæk Petanqueklub" not in section.inner_text()
    if SHOTS:
        section.screenshot(path=f"{SHOTS}/weeks-before-{width}.png")
    for _ in range(2):
        page.get_by_role("link", name="Næste uge").click()
    assert "fra=" in page.url
    assert "17:00–19:00 Vallensbæk Petanqueklub" in section.inner_text()
    if SHOTS:
        section.screenshot(path=f"{SHOTS}/weeks-after-{width}.png")
    context.close()

    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(page_url := live_server.url + hall.facility.url + "?fra=" + booked_later.isoformat())
    result = (
        Axe()
        .run(
            page,
            options={
                "runOnly": {"type": "tag", "values": WCAG_TAGS},
                "resultTypes": ["violations"],
            },
        )
        .response
    )
    serious = [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], page_url
    context.close()


def test_a_member_follows_request_this_time_into_the_filled_in_form(
    browser, live_server, hall, world, booked_later
):
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(world.member_b)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context = browser.new_context(viewport={"width": 390, "height": 900})
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": live_server.url}]
    )
    page = context.new_page()
    page.goto(live_server.url + hall.facility.url + "?fra=" + booked_later.isoformat())
    section = page.locator("#hvem-har-tiderne")
    assert "Foreninger anmoder om en ledig tid" not in section.inner_text()
    if SHOTS:
        section.screenshot(path=f"{SHOTS}/member-request-links-390.png")
    day = booked_later.isoformat()
    link = section.locator(
        f'a.request-slot[href*="/rooms/{hall.gym.pk}/"][href*="first_date={day}"]'
        '[href*="start_time=19:00"]'
    )
    assert "Gymnastiksalen" in link.inner_text()  # its visually hidden part names the room
    link.click()
    assert page.locator("#id_first_date").input_value() == booked_later.isoformat()
    assert page.locator("#id_start_time").input_value() == "19:00"
    assert page.locator("#id_end_time").input_value() == "22:00"
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/member-request-form-390.png")
    context.close()
