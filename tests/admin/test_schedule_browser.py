"""#15.9 in Chromium: the scheduling dialog keeps an ISO time and refuses a bad one in Danish.

Screenshots go to /work/notes/shots/admin-screens/ when that folder exists (never the repo).
"""

import datetime as dt
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from news.factories import NewsArticlePageFactory, NewsIndexPageFactory

pytestmark = pytest.mark.browser

SHOTS = Path("/work/notes/shots/admin-screens")


def _shot(page, name):
    if SHOTS.is_dir():
        page.screenshot(path=str(SHOTS / name), full_page=False)


@pytest.fixture
def article(transactional_db):
    from django.conf import settings
    from wagtail.models import Locale

    from home.factories import home_for_default_site

    # An earlier transactional test's flush empties the migrations' rows, the locale too.
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    home = home_for_default_site(slug="forside-schedule")
    index = NewsIndexPageFactory(parent=home, slug="nyheder")
    return NewsArticlePageFactory(parent=index, slug="nyhed", title="Vejarbejde på Idrætsvej")


@pytest.fixture
def editor(transactional_db, django_user_model):
    return django_user_model.objects.create_superuser(
        "redaktoer", "r@example.com", "hemmelig-kode"
    )


def _open_dialog(page, live_server, article):
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")
    page.click('[data-side-panel-toggle="status"]')
    page.locator('[data-a11y-dialog-show="schedule-publishing-dialog"]').first.click()
    field = page.locator("#id_go_live_at")
    expect(field).to_be_visible()
    return field


def test_scheduling_dialog_keeps_iso_time_and_refuses_a_bad_one(
    browser, live_server, article, editor
):
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "redaktoer")
    page.fill("#id_password", "hemmelig-kode")
    with page.expect_navigation():
        page.click("button[type=submit]")

    field = _open_dialog(page, live_server, article)
    day = timezone.localdate() + dt.timedelta(days=10)
    typed = f"{day:%Y-%m-%d} 09:00"
    field.fill(typed)
    # The blur that used to replace the text with "now": click away, as an editor does.
    page.click("#schedule-publishing-dialog .w-dialog__title")
    expect(field).to_have_value(typed)
    expect(page.locator("#id_go_live_at-format")).to_contain_text("Skriv dato og tid som")
    _shot(page, "schedule-dialog-iso-kept.png")

    field.fill("i morgen kl. 9")
    page.click("#schedule-publishing-dialog .w-dialog__title")
    expect(field).to_have_value("i morgen kl. 9")
    with page.expect_navigation():
        page.locator("#schedule-publishing-dialog button[type=submit]").click()
    page.wait_for_load_state()
    assert "Indtast gyldig dato/tid." in page.content()
    # Wagtail reopens the form with the error; show the dialog as the editor sees it.
    if not page.locator("#id_go_live_at").is_visible():
        toggle = page.locator('[data-a11y-dialog-show="schedule-publishing-dialog"]:visible')
        if not toggle.count():
            page.click('[data-side-panel-toggle="status"]')
        toggle.first.click()
    expect(page.locator("#schedule-publishing-dialog")).to_contain_text("Indtast gyldig dato/tid.")
    _shot(page, "schedule-dialog-bad-date.png")
    article.refresh_from_db()
    assert article.go_live_at is None
    assert not article.revisions.filter(approved_go_live_at__isnull=False).exists()
    page.close()
