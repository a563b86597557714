"""Drafts, private, expired, scheduled content and inactive slides or alerts never reach a screen."""

import datetime as dt

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from news.factories import NewsArticlePageFactory
from screens.factories import AlertFactory, ManualSlideFactory
from tests.screens.conftest import titles

pytestmark = pytest.mark.django_db

HOUR = dt.timedelta(hours=1)


def topical_article(site, **kwargs):
    article = NewsArticlePageFactory(parent=site.news_index, **kwargs)
    article.topics.set([site.topic])
    article.save()
    return article


def test_draft_news_is_not_shown(site, feed):
    topical_article(site, title="Kladde om budgettet", live=False)

    assert "Kladde om budgettet" not in titles(feed("raadhus-foyer"))


def test_view_restricted_news_is_not_shown(site, feed):
    article = topical_article(site, title="Kun for medarbejdere")
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )

    assert "Kun for medarbejdere" not in titles(feed("raadhus-foyer"))


def test_news_under_a_restricted_section_is_not_shown(site, feed):
    PageViewRestriction.objects.create(
        page=site.association, restriction_type=PageViewRestriction.LOGIN
    )

    assert "Klubmesterskab i petanque" not in titles(feed("raadhus-foyer"))


def test_expired_news_is_not_shown(site, feed):
    topical_article(site, title="Gammel nyhed", expire_at=timezone.now() - HOUR)

    assert "Gammel nyhed" not in titles(feed("raadhus-foyer"))


def test_future_scheduled_news_is_not_shown(site, feed):
    # Not live yet, waiting for publish_scheduled.
    topical_article(site, title="Planlagt nyhed", live=False, go_live_at=timezone.now() + HOUR)
    # Live in the database but with a go-live time still ahead (e.g. imported).
    topical_article(site, title="Importeret fremtidig nyhed", go_live_at=timezone.now() + HOUR)

    shown = titles(feed("raadhus-foyer"))
    assert "Planlagt nyhed" not in shown
    assert "Importeret fremtidig nyhed" not in shown


def test_draft_activity_is_not_shown(site, feed):
    site.activity.live = False
    site.activity.save()
    assert "Fællessang i biblioteket" not in titles(feed("raadhus-foyer"))


def test_view_restricted_activity_is_not_shown(site, feed):
    PageViewRestriction.objects.create(
        page=site.activity, restriction_type=PageViewRestriction.LOGIN
    )

    assert "Fællessang i biblioteket" not in titles(feed("raadhus-foyer"))


def test_expired_renovation_is_not_shown(site, feed):
    site.project.expire_at = timezone.now() - HOUR
    site.project.save()

    assert "Nyt tag på Pilehaveskolen" not in titles(feed("raadhus-foyer"))


def test_disabled_ended_and_future_manual_slides_are_not_shown(site, feed):
    now = timezone.now()
    ManualSlideFactory(title="Slået fra", enabled=False, screens=[site.screen])
    ManualSlideFactory(title="Udløbet", end=now - HOUR, screens=[site.screen])
    ManualSlideFactory(title="Senere", start=now + HOUR, screens=[site.screen])

    shown = titles(feed("raadhus-foyer"))
    assert not {"Slået fra", "Udløbet", "Senere"} & set(shown)


def test_manual_slide_for_another_screen_is_not_shown(site, feed):
    from screens.factories import ScreenFactory

    ManualSlideFactory(title="Kun på biblioteket", screens=[ScreenFactory(key="bibliotek")])

    assert "Kun på biblioteket" not in titles(feed("raadhus-foyer"))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"enabled": False},
        {"end": timezone.now() - HOUR},
        {"start": timezone.now() + HOUR},
    ],
    ids=["disabled", "ended", "not-started"],
)
def test_inactive_alert_is_not_shown(site, feed, kwargs):
    AlertFactory(message="Ikke aktiv", **kwargs)

    assert feed("raadhus-foyer").json()["alert"] is None
