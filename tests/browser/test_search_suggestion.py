"""#15.4 on a phone (390 px): a typo offers "Mente du …?", and the link finds the pages."""

import os

import pytest
from wagtail.models import Locale

from tests.browser_support import launched_chromium

pytestmark = pytest.mark.browser

SHOTS = os.environ.get("SCREENSHOT_DIR", "")


@pytest.fixture
def swimming_pages(transactional_db):
    from activities.factories import ActivityIndexPageFactory, ActivityPageFactory
    from associations.factories import AssociationIndexPageFactory, AssociationPageFactory
    from home.factories import home_for_default_site

    Locale.objects.get_or_create(language_code="da")
    home = home_for_default_site(title="Vallensbæk Kommune")
    calendar = ActivityIndexPageFactory(parent=home, title="Aktiviteter", slug="aktiviteter")
    ActivityPageFactory(parent=calendar, title="Babysvømning", slug="babysvoemning")
    clubs = AssociationIndexPageFactory(parent=home, title="Foreninger", slug="foreninger")
    AssociationPageFactory(
        parent=clubs,
        title="Svømmeklubben Bølgen",
        slug="svoemmeklubben-boelgen",
        summary="Svømmeundervisning for børn og voksne, babysvømning og motionssvømning.",
    )


def test_a_typo_offers_mente_du_and_the_link_finds_the_pages(swimming_pages, live_server):
    with launched_chromium() as browser:
        phone = browser.new_page(viewport={"width": 390, "height": 844})
        phone.goto(f"{live_server.url}/soeg/?q=sv%C3%B8mnig")
        if SHOTS:
            phone.screenshot(path=os.path.join(SHOTS, "search-typo-390.png"), full_page=True)
        suggestion = phone.locator(".search-suggestion")
        assert suggestion.is_visible()
        assert suggestion.inner_text() == "Mente du svømning?"
        # On the first screen, above the (empty) results.
        assert suggestion.bounding_box()["y"] < 844

        suggestion.locator("a").click()
        phone.wait_for_load_state()
        field = phone.locator("#search-page-query")
        assert field.input_value() == "svømning"
        # A touch target, not the browser's 20 px default (WCAG 2.5.8 asks at least 24 px).
        assert field.bounding_box()["height"] >= 44
        assert phone.locator(".search-page-form button").bounding_box()["height"] >= 44
        found = phone.locator(".search-results h2").all_inner_texts()
        assert sorted(found) == ["Babysvømning", "Svømmeklubben Bølgen"]
