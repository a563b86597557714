"""The info screen player in a real headless Chromium: it rotates and survives outages."""

import time

import pytest
from wagtail.models import Locale

from screens.factories import ManualSlideFactory, ScreenFactory
from tests.browser_support import launched_chromium

TITLES = {"Borgerservice lukker tidligt fredag", "Foreningsdag på Stationstorvet"}

pytestmark = pytest.mark.browser


@pytest.fixture
def screen(transactional_db, settings):
    settings.SCREENS_POLL_SECONDS = 1
    # A transactional test flushes the tables afterwards, including the migrated locale.
    Locale.objects.get_or_create(language_code="da")
    screen = ScreenFactory(key="raadhus-foyer", name="Rådhusets foyer", activity_days=0)
    for title in sorted(TITLES):
        ManualSlideFactory(
            title=title,
            text="Læs mere på vallensbaek.dk",
            url="https://www.vallensbaek.dk/",
            duration_seconds=1,
            screens=[screen],
        )
    return screen


@pytest.fixture
def page():
    with launched_chromium() as browser:
        context = browser.new_context(viewport={"width": 1280, "height": 720})
        yield context.new_page()


def titles_seen(page, seconds: float) -> set[str]:
    """Titles of the slides shown during the next ``seconds``."""
    seen = set()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if page.locator("#slide").is_visible():
            seen.add(page.locator("#slide-title").inner_text())
        page.wait_for_timeout(150)
    return seen


def test_player_rotates_slides_and_keeps_playing_when_the_feed_fails(screen, live_server, page):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_server.url}/screens/raadhus-foyer/")

    page.wait_for_selector("#slide:not([hidden])", timeout=10_000)
    assert titles_seen(page, 3.5) == TITLES
    assert page.locator("#slide-qr svg").count() == 1
    assert page.locator("#clock-time").inner_text()
    assert page.locator("#offline").is_hidden()

    # The server stops answering the feed: the player keeps rotating the last good feed.
    page.route("**/api/v3/screens/**", lambda route: route.abort())
    page.wait_for_selector("#offline:not([hidden])", timeout=10_000)
    assert "offline" in page.locator("#offline").inner_text().lower()
    assert titles_seen(page, 3.5) == TITLES

    # Even a reload while the feed answers 500 plays from the feed kept in localStorage.
    page.unroute("**/api/v3/screens/**")
    page.route(
        "**/api/v3/screens/**",
        lambda route: route.fulfill(status=500, body="<h1>Server Error</h1>"),
    )
    page.reload()
    page.wait_for_selector("#slide:not([hidden])", timeout=10_000)
    assert titles_seen(page, 3.5) == TITLES

    # The feed comes back: the offline mark goes away by itself.
    page.unroute("**/api/v3/screens/**")
    page.wait_for_selector("#offline", state="hidden", timeout=10_000)
    assert errors == []


def test_player_starts_from_its_service_worker_when_the_server_is_unreachable(
    screen, live_server, page
):
    page.goto(f"{live_server.url}/screens/raadhus-foyer/")
    page.wait_for_selector("#slide:not([hidden])", timeout=10_000)
    # Wait until the worker controls the page and holds the player page itself and its
    # assets. Polled with evaluate(), which awaits the check: wait_for_function() takes the
    # pending promise an async check returns as "true" and does not wait at all.
    deadline = time.monotonic() + 20
    while not page.evaluate(
        """async () => {
            if (navigator.serviceWorker.controller === null) return false;
            const shell = await caches.open("vcms-screen-shell-v1");
            const held = await shell.match(location.href, { ignoreSearch: true });
            return held !== undefined && (await shell.keys()).length >= 3;
        }"""
    ):
        assert time.monotonic() < deadline, "the service worker never held the player page"
        page.wait_for_timeout(200)

    page.context.set_offline(True)
    page.reload()

    page.wait_for_selector("#slide:not([hidden])", timeout=10_000)
    assert titles_seen(page, 3.5) == TITLES
    page.wait_for_selector("#offline:not([hidden])", timeout=10_000)
