"""Scheduled publishing: ``manage.py publish_scheduled``, run every minute by cron or a systemd
timer (deploy/), publishes what was due while it was not running, exactly once."""

import datetime as dt
from io import StringIO
from unittest import mock

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision

from home.factories import home_for_default_site
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from news.models import NewsArticlePage
from tests.pages import admin_forms as forms

PUBLISHES = ("wagtail.publish", "wagtail.publish.scheduled")


@pytest.fixture
def news_index(db):
    home = home_for_default_site(title="Vallensbæk Kommune", slug="forside")
    return NewsIndexPageFactory(parent=home, title="Nyheder", slug="nyheder")


def schedule(page, go_live_at, *, at):
    """An editor presses "Schedule to publish" at the moment ``at``."""
    with mock.patch("django.utils.timezone.now", return_value=at):
        page.go_live_at = go_live_at
        revision = page.save_revision()
        revision.publish()
    page.refresh_from_db()
    assert not page.live  # scheduled, not published
    return revision


def publish_scheduled():
    call_command("publish_scheduled", stdout=StringIO())


@pytest.fixture
def overdue_article(news_index):
    """Scheduled yesterday for an hour ago; the scheduler has not run since."""
    now = timezone.now()
    page = NewsArticlePageFactory(
        parent=news_index, title="Ny cykelsti langs Vejlebrovej", slug="ny-cykelsti", live=False
    )
    schedule(page, now - dt.timedelta(hours=1), at=now - dt.timedelta(days=1))
    return page


def test_overdue_page_is_published_exactly_once_when_the_scheduler_returns(
    client, overdue_article
):
    assert client.get("/nyheder/ny-cykelsti/").status_code == 404

    publish_scheduled()
    publish_scheduled()  # the next minute's run finds nothing left to do

    page = NewsArticlePage.objects.get(pk=overdue_article.pk)
    assert page.live
    assert not page.has_unpublished_changes
    assert page.first_published_at is not None
    assert page.live_revision_id == page.latest_revision_id
    assert not Revision.page_revisions.filter(
        object_id=str(page.pk), approved_go_live_at__isnull=False
    ).exists()
    publishes = PageLogEntry.objects.filter(page=page, action__in=PUBLISHES)
    assert [entry.action for entry in publishes] == ["wagtail.publish.scheduled"]

    response = client.get("/nyheder/ny-cykelsti/")
    assert response.status_code == 200
    assert "Ny cykelsti langs Vejlebrovej" in response.content.decode()
    listing = client.get("/api/v3/pages/", {"type": "news.NewsArticlePage"}).json()
    assert [item["title"] for item in listing["items"]] == ["Ny cykelsti langs Vejlebrovej"]


def test_editing_a_page_published_by_the_scheduler_saves_without_invalid_schedule(
    client, django_user_model, overdue_article
):
    publish_scheduled()
    page = NewsArticlePage.objects.get(pk=overdue_article.pk)
    editor = django_user_model.objects.create_superuser("redaktoer", "r@example.dk", "x")
    client.force_login(editor)

    edit_form = client.get(forms.edit_url(page))
    assert edit_form.status_code == 200
    # The form comes back with the (now past) go-live time filled in, as an editor sees it.
    past_go_live = forms.admin_datetime(timezone.localtime(page.go_live_at))
    data = forms.news_article_data(
        title="Ny cykelsti langs Vejlebrovej åbner i maj",
        slug="ny-cykelsti",
        go_live_at=past_go_live,
        expire_at="",
    )
    response = client.post(forms.edit_url(page), {**data, "action-publish": "action-publish"})

    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.live
    assert page.title == "Ny cykelsti langs Vejlebrovej åbner i maj"
    assert "Invalid schedule" not in client.get(forms.edit_url(page)).content.decode()
    publishes = PageLogEntry.objects.filter(page=page, action__in=PUBLISHES)
    assert [entry.action for entry in publishes.order_by("timestamp")] == [
        "wagtail.publish.scheduled",
        "wagtail.publish",
    ]


def test_page_scheduled_for_the_future_stays_unpublished_and_out_of_public_output(
    client, news_index
):
    now = timezone.now()
    page = NewsArticlePageFactory(
        parent=news_index, title="Juletræet tændes", slug="juletraeet", live=False
    )
    schedule(page, now + dt.timedelta(days=3), at=now)

    publish_scheduled()

    page.refresh_from_db()
    assert not page.live
    assert Revision.page_revisions.filter(
        object_id=str(page.pk), approved_go_live_at__isnull=False
    ).exists()  # still waiting
    assert client.get("/nyheder/juletraeet/").status_code == 404
    assert "Juletræet tændes" not in client.get("/nyheder/").content.decode()
    listing = client.get("/api/v3/pages/", {"type": "news.NewsArticlePage"}).json()
    assert listing["items"] == []
    assert "juletraeet" not in client.get("/sitemap.xml").content.decode()


def test_the_documented_scheduler_runs_an_existing_command_every_minute():
    from django.core.management import get_commands

    root = settings.BASE_DIR / "deploy"
    service = (root / "systemd" / "vcms-publish.service").read_text()
    timer = (root / "systemd" / "vcms-publish.timer").read_text()
    cron = (root / "cron" / "vcms-publish").read_text()

    exec_start = next(line for line in service.splitlines() if line.startswith("ExecStart="))
    command = exec_start.split("manage.py", 1)[1].split()[0]
    assert command == "publish_scheduled"
    assert command in get_commands()
    assert "OnCalendar=*-*-* *:*:00" in timer
    cron_line = next(line for line in cron.splitlines() if line.startswith("* * * * * "))
    assert "manage.py publish_scheduled" in cron_line
