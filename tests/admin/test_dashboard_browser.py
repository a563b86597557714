"""#15.15 in Chromium at 1280 px: the staff and the member dashboards on the demo content.

Screenshots go to /work/notes/shots/admin/ when that folder exists (never the repo).
"""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser_support import seed_demo_pages

pytestmark = pytest.mark.browser

SHOTS = Path("/work/notes/shots/admin")


def _shot(page, name):
    if SHOTS.is_dir():
        page.screenshot(path=str(SHOTS / name), full_page=True)


@pytest.fixture
def demo(transactional_db):
    from associations.access import attach_workflow, moderators_group
    from associations.models import AssociationPage
    from associations.moderation import submit_for_moderation
    from recognition.models import Nomination
    from screens.factories import AlertFactory
    from submissions.models import Submission

    seed_demo_pages("--small-images")
    moderators_group()
    club = AssociationPage.objects.get(slug="vallensbaek-badmintonklub")
    attach_workflow(club)
    member = get_user_model().objects.get(username="badminton")
    news = club.get_children().specific().first()
    news.title = f"{news.title} – nye tider"
    news.save_revision(user=member)
    submit_for_moderation(news, user=member)
    Submission.objects.create(
        kind=Submission.Kind.ACTIVITY,
        page=club.get_children().last(),
        title="Loppemarked på Pilegården",
        name="Karen Holm",
        email="karen@example.com",
        answers={
            "summary": "Kom og gør et godt køb. Alle kan leje en stand.",
            "start": "2026-12-12T10:00:00+01:00",
            "end": "2026-12-12T14:00:00+01:00",
            "address": "Pilegården, Vallensbæk",
            "price_text": "20 kr. for en stand",
        },
    )
    Nomination.objects.create(
        nominee_name="Birthe Nielsen",
        association=club,
        reason="Birthe har trænet børneholdet hver lørdag i 20 år.",
        nominator_name="Jens Larsen",
        year=timezone.localdate().year,
    )
    AlertFactory(message="Vandforsyningen er afbrudt i Vallensbæk Strand. Vi arbejder på sagen.")
    staff = get_user_model().objects.create_superuser("mette", "mette@example.com", "x")
    return {"staff": staff, "member": member, "club": club}


def _logged_in_page(browser, live_server, user):
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport={"width": 1280, "height": 2200})
    context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/")
    return page


def test_staff_and_member_dashboards(browser, live_server, demo):
    page = _logged_in_page(browser, live_server, demo["staff"])
    expect(page.locator("#alert-switch-section, #alert-switch").first).to_contain_text(
        "Vandforsyningen er afbrudt"
    )
    expect(page.get_by_text("Loppemarked på Pilegården")).to_be_visible()
    expect(page.get_by_text("Birthe Nielsen")).to_be_visible()
    _shot(page, "dashboard-staff-1280.png")
    page.get_by_role("button", name="Slå fra").click()
    expect(page.get_by_text("Varslingen er slået fra")).to_be_visible()
    expect(page.get_by_role("button", name="Slå til").first).to_be_visible()
    _shot(page, "dashboard-staff-alert-off-1280.png")
    page.get_by_role("link", name="Loppemarked på Pilegården").click()
    expect(page.get_by_text("12. december 2026 10:00")).to_be_visible()
    page.get_by_role("button", name="Markér som behandlet").click()
    expect(page.get_by_role("button", name="Markér som ny igen")).to_be_visible()
    _shot(page, "submission-inspect-1280.png")
    page.context.close()

    page = _logged_in_page(browser, live_server, demo["member"])
    expect(page.get_by_text("Min forening").first).to_be_visible()
    expect(page.get_by_text(demo["club"].title).first).to_be_visible()
    expect(page.get_by_role("cell", name="Venter på godkendelse", exact=True)).to_be_visible()
    body = page.locator("main").inner_text()
    assert "Kajakklubben" not in body  # the other demo association
    assert not re.search(r"\d+ sider", body)  # no "164 sider"
    expect(page.get_by_text("Rapporter", exact=True)).to_have_count(0)  # no reports menu
    _shot(page, "dashboard-member-1280.png")
    page.context.close()
