"""The LIX meter in the real page editor, in headless Chromium."""

import pytest
from playwright.sync_api import expect

from news.factories import NewsArticlePageFactory, NewsIndexPageFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def article(transactional_db):
    from home.factories import home_for_default_site

    home = home_for_default_site(slug="forside-editor")
    index = NewsIndexPageFactory(parent=home, slug="nyheder")
    return NewsArticlePageFactory(parent=index, slug="nyhed", summary="Kom til fest i parken.")


@pytest.fixture
def editor(transactional_db, django_user_model):
    return django_user_model.objects.create_superuser(
        "redaktoer", "r@example.com", "hemmelig-kode"
    )


def test_lix_meter_updates_while_typing_and_nudges_without_blocking(
    browser, live_server, article, editor
):
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "redaktoer")
    page.fill("#id_password", "hemmelig-kode")
    with page.expect_navigation():
        page.click("button[type=submit]")
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")

    meter = page.locator('.lix-meter[data-for="summary"]')
    meter.wait_for()
    # "Kom til fest i parken." = 5 words, 1 sentence, 0 long: LIX 5, easy.
    assert meter.get_attribute("data-band") == "easy"
    assert "LIX 5" in meter.inner_text()
    assert "22 " in meter.inner_text()  # characters used, of 300

    page.fill(
        "#id_summary",
        "Kommunalbestyrelsen behandler budgetforslaget vedrørende "
        "idrætsfaciliteternes renoveringsprojekter.",
    )
    # A locator assertion, not wait_for_function: the admin's CSP forbids string eval.
    expect(meter).to_have_attribute("data-band", "hard")
    # 6 long words in 1 sentence: 6 + 100 = 106.
    assert "LIX 106" in meter.inner_text()
    assert meter.locator(".lix-meter__nudge").count() == 1
    # A nudge, not a block: the save button stays enabled.
    assert page.locator("button[type=submit]").first.is_enabled()
    page.close()
