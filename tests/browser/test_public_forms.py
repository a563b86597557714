"""The public forms on a phone (390 px): styled fields with touch targets of at least 44 px."""

import os

import pytest
from wagtail.models import Locale

from tests.browser_support import launched_chromium

pytestmark = pytest.mark.browser

#: Where to store screenshots for a person to look at (not part of the repository).
SHOTS = os.environ.get("SCREENSHOT_DIR", "")
MIN_TARGET_PX = 44


@pytest.fixture
def form_pages(transactional_db):
    from home.factories import home_for_default_site
    from recognition.models import NominationPage
    from submissions.models import ActivitySuggestionPage

    # A transactional test flushes the tables afterwards, including the migrated locale.
    Locale.objects.get_or_create(language_code="da")
    home = home_for_default_site()
    pages = [
        ActivitySuggestionPage(title="Foreslå en aktivitet", slug="foreslaa-en-aktivitet"),
        NominationPage(title="Indstil en ildsjæl", slug="indstil-en-ildsjael"),
    ]
    for page in pages:
        home.add_child(instance=page)
    return pages


@pytest.fixture
def phone():
    with launched_chromium() as browser:
        context = browser.new_context(viewport={"width": 390, "height": 844})
        yield context.new_page()


def control_heights(page) -> dict[str, float]:
    return page.evaluate(
        """() => Object.fromEntries(
            [...document.querySelectorAll(
                '.public-form form input:not([type=hidden]):not([type=checkbox]), '
                + '.public-form form select, .public-form form textarea, '
                + '.public-form form button'
            )]
            .filter((el) => el.offsetParent !== null && el.name !== 'homepage')
            .map((el) => [el.name || el.type, el.getBoundingClientRect().height]))"""
    )


@pytest.mark.parametrize("index", [0, 1])
def test_form_fields_are_touch_sized_at_390_px(form_pages, live_server, phone, index):
    form_page = form_pages[index]
    phone.goto(f"{live_server.url}{form_page.url}")
    if SHOTS:
        phone.screenshot(
            path=os.path.join(SHOTS, f"form-{form_page.slug}-390.png"), full_page=True
        )

    heights = control_heights(phone)

    assert "submit" in heights and len(heights) >= 4
    too_small = {name: height for name, height in heights.items() if height < MIN_TARGET_PX}
    assert too_small == {}
    # Styled, not the browser default: the text inputs fill the column.
    width = phone.evaluate("document.querySelector('.field input[type=text]').offsetWidth")
    assert width > 300


def test_an_error_is_shown_next_to_its_field(form_pages, live_server, phone):
    phone.goto(f"{live_server.url}{form_pages[1].url}")
    phone.click(".public-form button[type=submit]")
    described = phone.get_attribute("#id_nominee_name", "aria-describedby")
    assert phone.locator(f"#{described.split()[-1]}").inner_text() == "Dette felt er påkrævet."
