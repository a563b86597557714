"""A small site with something of every kind a screen can show."""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.utils import timezone

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory
from associations.factories import AssociationIndexPageFactory, AssociationPageFactory
from core.factories import ImageFactory, TopicFactory
from facilities.factories import FacilityIndexPageFactory, FacilityPageFactory
from home.factories import home_for_default_site
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from renovations.factories import (
    RenovationDisruptionFactory,
    RenovationIndexPageFactory,
    RenovationProjectPageFactory,
)
from screens.factories import ManualSlideFactory, ScreenFactory


def feed_url(key: str) -> str:
    return f"/api/v3/screens/{key}/feed/"


@pytest.fixture
def feed(client):
    """GET a screen's feed: ``feed("key", HTTP_IF_NONE_MATCH=...)``."""

    def get(key, **headers):
        return client.get(feed_url(key), **headers)

    return get


def titles(response) -> list[str]:
    return [slide["title"] for slide in response.json()["slides"]]


@pytest.fixture
def site(db):
    home = home_for_default_site(title="Vallensbæk Kommune")
    s = SimpleNamespace(home=home)
    s.topic = TopicFactory(name="Kultur", slug="kultur")
    s.other_topic = TopicFactory(name="Trafik", slug="trafik")
    s.image = ImageFactory(file__width=2400, file__height=2400)

    s.news_index = NewsIndexPageFactory(parent=home)
    s.article = NewsArticlePageFactory(
        parent=s.news_index,
        title="Ny legeplads ved Strandparken",
        summary="Legepladsen åbner den 1. juni.",
        image=s.image,
        image_alt="Børn på en ny legeplads",
    )
    s.article.topics.set([s.topic])
    s.article.save()
    s.off_topic = NewsArticlePageFactory(parent=s.news_index, title="Vejarbejde på Vejlebrovej")
    s.off_topic.topics.set([s.other_topic])
    s.off_topic.save()

    s.facility_index = FacilityIndexPageFactory(parent=home)
    s.facility = FacilityPageFactory(parent=s.facility_index, title="Pilehavehallen")

    s.association_index = AssociationIndexPageFactory(parent=home)
    s.association = AssociationPageFactory(parent=s.association_index, title="Petanqueklubben")
    s.association_news = NewsArticlePageFactory(
        parent=s.association,
        title="Klubmesterskab i petanque",
        date=timezone.localdate() - dt.timedelta(days=1),
    )

    s.activity_index = ActivityIndexPageFactory(parent=home)
    start = timezone.now() + dt.timedelta(days=2)
    s.activity = ActivityPageFactory(
        parent=s.activity_index,
        title="Fællessang i biblioteket",
        start=start,
        end=start + dt.timedelta(hours=2),
    )
    far = timezone.now() + dt.timedelta(days=30)
    s.far_activity = ActivityPageFactory(
        parent=s.activity_index, title="Julekoncert", start=far, end=far + dt.timedelta(hours=2)
    )

    s.renovation_index = RenovationIndexPageFactory(parent=home)
    s.project = RenovationProjectPageFactory(
        parent=s.renovation_index, title="Nyt tag på Pilehaveskolen"
    )
    RenovationDisruptionFactory(project=s.project)

    s.screen = ScreenFactory(
        key="raadhus-foyer",
        name="Rådhusets foyer",
        show_association_news=True,
        activity_days=7,
        show_renovation_disruptions=True,
    )
    s.screen.news_topics.set([s.topic])
    s.slide = ManualSlideFactory(
        title="Borgerservice lukker tidligt fredag",
        url="https://www.vallensbaek.dk/borgerservice",
        screens=[s.screen],
    )
    return s
