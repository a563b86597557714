"""The player keeps Copenhagen time by the server's clock on a device set to UTC and wrong.

A screen's computer may come set to UTC, or with a clock that is hours off; the clock on the
screen and its active hours must still follow the feed's time zone and the server's time.
"""

import datetime as dt
import time

import pytest
from django.utils import timezone
from wagtail.models import Locale

from screens.factories import ManualSlideFactory, ScreenFactory
from tests.browser_support import launched_chromium

pytestmark = pytest.mark.browser

#: How far the device's clock is behind the real time in these tests.
DEVICE_SKEW = dt.timedelta(hours=-3)


def window_around(moment: dt.datetime, minutes: int = 20) -> tuple[dt.time, dt.time]:
    """Active hours from ``minutes`` before to ``minutes`` after the wall-clock ``moment``."""
    return (
        (moment - dt.timedelta(minutes=minutes)).time().replace(second=0, microsecond=0),
        (moment + dt.timedelta(minutes=minutes)).time().replace(second=0, microsecond=0),
    )


@pytest.fixture
def screen(transactional_db, settings):
    settings.SCREENS_POLL_SECONDS = 1
    Locale.objects.get_or_create(language_code="da")
    active_from, active_until = window_around(timezone.localtime())
    screen = ScreenFactory(
        key="raadhus-foyer",
        name="Rådhusets foyer",
        activity_days=0,
        active_from=active_from,
        active_until=active_until,
    )
    # One-second slides: the player looks at the clock and the hours again every second.
    ManualSlideFactory(
        title="Borgerservice lukker tidligt fredag", duration_seconds=1, screens=[screen]
    )
    return screen


@pytest.fixture
def utc_device_page():
    """A page on a device set to UTC whose clock is three hours behind."""
    with launched_chromium() as browser:
        context = browser.new_context(
            viewport={"width": 1280, "height": 720}, timezone_id="UTC", locale="da-DK"
        )
        page = context.new_page()
        # The clock then runs on from the skewed time, at the normal pace.
        page.clock.install(time=time.time() + DEVICE_SKEW.total_seconds())
        yield page


def copenhagen_minutes_around_now() -> set[str]:
    """The Copenhagen ``HH:MM`` a second ago and a minute from now (a minute may turn)."""
    now = timezone.localtime()
    return {(now + dt.timedelta(seconds=offset)).strftime("%H:%M") for offset in (-1, 0, 60)}


def test_clock_shows_copenhagen_server_time_on_a_utc_device_with_a_wrong_clock(
    screen, live_server, utc_device_page
):
    page = utc_device_page
    page.goto(f"{live_server.url}/screens/raadhus-foyer/")
    page.wait_for_selector("#slide:not([hidden])", timeout=10_000)

    # The device really is set to UTC and three hours behind (the test's premise).
    device = page.evaluate("[new Date().getTimezoneOffset(), Date.now()]")
    assert device[0] == 0
    assert abs(device[1] / 1000 - (time.time() + DEVICE_SKEW.total_seconds())) < 120

    page.wait_for_function(
        "times => times.includes(document.getElementById('clock-time').textContent)",
        arg=sorted(copenhagen_minutes_around_now()),
        timeout=10_000,
    )
    day = timezone.localdate()
    assert f" {day.day}. " in page.locator("#clock-date").inner_text()


def test_active_hours_switch_by_copenhagen_time_not_the_devices(
    screen, live_server, utc_device_page
):
    page = utc_device_page
    page.goto(f"{live_server.url}/screens/raadhus-foyer/")

    # Copenhagen time is inside the active hours (the device's own time is not): slides.
    page.wait_for_selector("#slide:not([hidden])", timeout=10_000)
    assert page.locator("#idle").is_hidden()

    # Active hours around the time the device shows (UTC, three hours behind), which is
    # hours away from Copenhagen time: the screen goes idle at the next poll.
    device_wall = dt.datetime.now(dt.UTC) + DEVICE_SKEW
    screen.active_from, screen.active_until = window_around(device_wall)
    screen.save()

    page.wait_for_selector("#idle:not([hidden])", timeout=10_000)
    assert page.locator("#slide").is_hidden()
