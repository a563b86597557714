"""#15.15: the dashboard per role. Staff see what waits for them; members see "Min forening"
and nothing of the rest of the site (no page counts, no other association, no reports)."""

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from associations.moderation import submit_for_moderation
from guides.factories import GuidePageFactory
from guides.models import add_months
from news.factories import NewsArticlePageFactory
from recognition.models import Nomination
from screens.factories import AlertFactory, ScreenFactory
from screens.models import Alert
from submissions.models import Submission
from tests.associations.world import *  # noqa: F403

pytestmark = pytest.mark.django_db

SCHEDULED_TITLE = "Roklubbens hemmelige jubilæumsfest"
#: Every Wagtail report and its results view: staff only.
REPORTS = [
    "locked_pages",
    "workflow",
    "workflow_tasks",
    "site_history",
    "aging_pages",
    "page_types_usage",
]
#: wagtail-localize's report lists the translations of every page.
OTHER_REPORTS = ["wagtail_localize:translations_report"]


def dashboard(client, user) -> tuple[str, BeautifulSoup]:
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    html = response.content.decode()
    return html, BeautifulSoup(html, "html.parser")


def panel_text(soup, panel_id) -> str:
    panel = soup.find(id=panel_id) or soup.find(id=f"{panel_id}-content")
    assert panel is not None, panel_id
    section = panel.find_parent("section") or panel
    return section.get_text(" ", strip=True)


@pytest.fixture
def scheduled_b(world):
    """A page of association B, scheduled with a title nobody else may read yet."""
    page = NewsArticlePageFactory(parent=world.association_b, title="Roklubben", live=False)
    page.title = SCHEDULED_TITLE
    page.go_live_at = timezone.now() + dt.timedelta(days=3)
    page.save_revision(user=world.member_b, approved_go_live_at=page.go_live_at)
    return page


@pytest.fixture
def a_sent_for_approval(world):
    activity = world.activity_a
    activity.title = "Petanque for begyndere – nye tider"
    activity.save_revision(user=world.member_a)
    assert submit_for_moderation(activity, user=world.member_a) is not None
    return activity


def test_member_sees_their_association_activities_and_what_waits(
    client, world, scheduled_b, a_sent_for_approval
):
    _html, soup = dashboard(client, world.member_a)
    mine = panel_text(soup, "my-association")
    assert "Min forening" in mine
    assert world.association_a.title in mine
    assert "Petanque for begyndere" in mine
    assert "Aktivitet" in mine
    assert "Venter på godkendelse" in mine
    assert "Kommunikation" in mine  # who reviews it
    edit_url = reverse("wagtailadmin_pages:edit", args=[world.activity_a.pk])
    assert soup.find("a", href=edit_url)


def test_member_dashboard_shows_no_page_count_and_nothing_of_others(client, world, scheduled_b):
    html, soup = dashboard(client, world.member_a)
    text = soup.get_text(" ", strip=True)
    total = Page.objects.filter(depth__gt=1).count()
    assert f"{total} sider" not in text and f"{total} Pages" not in text
    assert "sider oprettet i" not in text and "created in" not in text
    for other in [world.association_b.title, "Kajak for begyndere", "Roklubben", SCHEDULED_TITLE]:
        assert other not in html, other
    # No reports menu: every report is staff only.
    for name in REPORTS:
        assert reverse(f"wagtailadmin_reports:{name}") not in html, name
    for name in OTHER_REPORTS:
        assert reverse(name) not in html, name


def test_member_is_refused_every_report_by_url(client, world, scheduled_b):
    client.force_login(world.member_a)
    for name in REPORTS:
        urls = [reverse(f"wagtailadmin_reports:{name}_results")]
        urls.append(reverse(f"wagtailadmin_reports:{name}"))
        for url in urls + [reverse(other) for other in OTHER_REPORTS]:
            response = client.get(url)
            assert response.status_code == 403, url
            content = response.content.decode()
            assert SCHEDULED_TITLE not in content and world.association_b.title not in content
            assert "kun for kommunikationsmedarbejdere" in content


def test_staff_get_the_reports(client, world):
    client.force_login(world.moderator)
    for url in [reverse(f"wagtailadmin_reports:{name}") for name in REPORTS] + [
        reverse(other) for other in OTHER_REPORTS
    ]:
        assert client.get(url).status_code == 200, url


@pytest.fixture
def staff_work(world, a_sent_for_approval):
    Submission.objects.create(
        kind=Submission.Kind.ACTIVITY, title="Loppemarked på Pilegården", name="Karen Holm"
    )
    Submission.objects.create(
        kind=Submission.Kind.GUIDE,
        title="Allerede behandlet tip",
        name="Ole",
        status=Submission.Status.HANDLED,
    )
    Nomination.objects.create(
        nominee_name="Birthe Nielsen",
        association=world.association_a,
        reason="Har trænet børneholdet i 20 år.",
        nominator_name="Jens",
        year=2026,
    )
    Nomination.objects.create(
        nominee_name="Allerede vinder",
        reason="x",
        status=Nomination.Status.WINNER,
        year=2025,
    )
    GuidePageFactory(
        parent=world.guide_index,
        title="Sådan holder I generalforsamling",
        last_reviewed=add_months(dt.date.today(), -14),
    )
    ScreenFactory(name="Biblioteket, indgangen")
    return AlertFactory(message="Vandforsyningen er afbrudt i Vallensbæk Strand.")


def test_staff_dashboard_shows_each_panel_with_real_data(client, world, staff_work):
    html, soup = dashboard(client, world.moderator)
    review = panel_text(soup, "awaiting-review")
    assert "Petanque for begyndere – nye tider" in review
    suggestions = panel_text(soup, "new-suggestions")
    assert "Loppemarked på Pilegården" in suggestions and "(1)" in suggestions
    assert "Allerede behandlet tip" not in suggestions
    nominations = panel_text(soup, "new-nominations")
    assert "Birthe Nielsen" in nominations and "Allerede vinder" not in nominations
    guides = panel_text(soup, "overdue-guides")
    assert "Sådan holder I generalforsamling" in guides and "dage over" in guides
    screens = panel_text(soup, "offline-screens")
    assert "Biblioteket, indgangen" in screens and "Aldrig i kontakt" in screens
    alert = panel_text(soup, "alert-switch")
    assert "Vandforsyningen er afbrudt" in alert and "Vises nu" in alert
    assert "Slå fra" in alert
    assert "Min forening" not in html


def test_staff_switch_the_alert_off_and_on_from_the_dashboard(client, world, staff_work):
    alert = staff_work
    client.force_login(world.moderator)
    url = reverse("screens_alert_switch", args=[alert.pk])
    response = client.post(url, {"enabled": "0"}, follow=True)
    alert.refresh_from_db()
    assert not alert.enabled
    text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert "Varslingen er slået fra" in text
    assert "Slå til" in panel_text(BeautifulSoup(response.content, "html.parser"), "alert-switch")
    client.post(url, {"enabled": "1"})
    alert.refresh_from_db()
    assert alert.enabled


def test_the_alert_switch_needs_permission_post_and_csrf(world, staff_work):
    alert = staff_work
    url = reverse("screens_alert_switch", args=[alert.pk])
    member = Client()
    member.force_login(world.member_a)
    assert member.post(url, {"enabled": "0"}).status_code in (302, 403)
    checked = Client(enforce_csrf_checks=True)
    checked.force_login(world.moderator)
    assert checked.post(url, {"enabled": "0"}).status_code == 403
    assert checked.get(url).status_code == 405
    assert Alert.objects.get(pk=alert.pk).enabled
