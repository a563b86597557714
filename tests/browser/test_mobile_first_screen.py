"""The first screen of a phone (390×844): a compact header, filters behind "Filtrér"."""

import datetime as dt
import os

import pytest
from django.utils import timezone
from wagtail.models import Locale

from tests.browser_support import launched_chromium

pytestmark = pytest.mark.browser

SHOTS = os.environ.get("SCREENSHOT_DIR", "")
FOLD = 844


@pytest.fixture
def site_pages(transactional_db):
    from activities.factories import (
        ActivityIndexPageFactory,
        ActivityPageFactory,
        local_datetime,
    )
    from core.factories import TopicFactory
    from home.factories import StandardPageFactory, home_for_default_site
    from news.factories import NewsArticlePageFactory, NewsIndexPageFactory

    Locale.objects.get_or_create(language_code="da")
    home = home_for_default_site(title="Vallensbæk Kommune")
    for number in range(6):
        StandardPageFactory(
            parent=home, title=f"Menupunkt {number}", slug=f"punkt-{number}", show_in_menus=True
        )
    news = NewsIndexPageFactory(parent=home, title="Nyheder", slug="nyheder")
    topics = [TopicFactory(name=f"Emne nummer {n}", slug=f"emne-{n}") for n in range(16)]
    for number in range(3):
        article = NewsArticlePageFactory(parent=news, title=f"Nyhed {number}")
        article.topics.set(topics)
        article.save_revision().publish()
    calendar = ActivityIndexPageFactory(parent=home, title="Aktiviteter", slug="aktiviteter")
    day = timezone.localdate() + dt.timedelta(days=2)
    ActivityPageFactory(
        parent=calendar,
        title="Strikkeklub",
        start=local_datetime(day.year, day.month, day.day, 19),
        end=local_datetime(day.year, day.month, day.day, 21),
    )
    return {"news": news, "calendar": calendar}


@pytest.fixture
def phone():
    with launched_chromium() as browser:
        context = browser.new_context(viewport={"width": 390, "height": FOLD})
        yield context.new_page()


def top_of(page, selector) -> float:
    return page.evaluate(f"document.querySelector({selector!r}).getBoundingClientRect().top")


def test_the_first_news_item_is_on_the_first_screen(site_pages, live_server, phone):
    phone.goto(f"{live_server.url}{site_pages['news'].url}")
    if SHOTS:
        phone.screenshot(path=os.path.join(SHOTS, "news-390-after.png"))
    header = phone.evaluate("document.querySelector('.site-header').offsetHeight")
    assert header < 150
    assert top_of(phone, ".article-list > li") < FOLD - 100
    # The menu and the topics are one tap away, and work without JavaScript.
    phone.click(".site-menu__toggle")
    assert phone.locator(".main-nav").is_visible()
    phone.click(".filter-toggle__button")
    assert phone.locator(".filter-links").is_visible()


def test_after_filtering_the_results_are_on_the_screen(site_pages, live_server, phone):
    phone.goto(f"{live_server.url}{site_pages['calendar'].url}")
    phone.click(".filter-toggle__button")
    phone.click(".filters button[type=submit]")
    phone.wait_for_load_state()
    if SHOTS:
        phone.screenshot(path=os.path.join(SHOTS, "calendar-filtered-390-after.png"))
    assert phone.url.endswith("#results")
    top = top_of(phone, "#results")
    assert 0 <= top < FOLD / 2


def test_on_a_wide_screen_menu_and_filters_are_open(site_pages, live_server):
    with launched_chromium() as browser:
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(f"{live_server.url}{site_pages['news'].url}")
        assert page.locator(".main-nav").is_visible()
        assert page.locator(".filter-links").is_visible()
        assert not page.locator(".site-menu__toggle").is_visible()
