"""A small public site for the API tests, plus helpers for leak cases."""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.test import Client
from django.utils import timezone

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory, local_datetime
from associations.factories import AssociationIndexPageFactory, AssociationPageFactory
from core.factories import AudienceFactory, ContactFactory, ImageFactory, TopicFactory
from facilities.factories import FacilityIndexPageFactory, FacilityPageFactory
from home.factories import home_for_default_site
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from renovations.factories import RenovationIndexPageFactory, RenovationProjectPageFactory
from tests.openapi_support import check_every_response


def day_after(days: int) -> dt.date:
    return timezone.localdate() + dt.timedelta(days=days)


def evening(day: dt.date, hour: int = 19) -> dt.datetime:
    return local_datetime(day.year, day.month, day.day, hour)


@pytest.fixture(autouse=True)
def every_response_matches_the_openapi_document(monkeypatch):
    """Every response in tests/api is checked against /api/v3/openapi.json (status, type, body)."""
    check_every_response(monkeypatch)


@pytest.fixture
def api_client():
    return Client()


@pytest.fixture
def tree(db):
    """Home → news, activities, associations, facilities, renovations, with snippets."""
    return build_tree()


def build_tree():
    """The pages and snippets of :func:`tree` (needs database access)."""
    t = SimpleNamespace()
    t.home = home_for_default_site(title="Vallensbæk Kommune")
    t.image = ImageFactory(title="Strandparken")
    t.culture = TopicFactory(name="Kultur", slug="kultur")
    t.traffic = TopicFactory(name="Trafik", slug="trafik")
    t.children = AudienceFactory(name="Børn", slug="boern", sort_order=1)
    t.seniors = AudienceFactory(name="Seniorer", slug="seniorer", sort_order=4)
    t.contact = ContactFactory()

    t.news_index = NewsIndexPageFactory(parent=t.home)
    t.article = NewsArticlePageFactory(
        parent=t.news_index,
        title="Ny legeplads ved Strandparken",
        summary="Legepladsen åbner den 1. juni.",
        image=t.image,
        image_alt="Børn på en gynge i Strandparken",
        featured=True,
        contact=t.contact,
        topics=[t.culture],
    )
    t.traffic_article = NewsArticlePageFactory(
        parent=t.news_index, title="Vejarbejde på Vallensbækvej", topics=[t.traffic]
    )

    t.facility_index = FacilityIndexPageFactory(parent=t.home)
    t.facility = FacilityPageFactory(
        parent=t.facility_index, title="Pilehavehallen", address="Pilehavevej 11"
    )
    t.association_index = AssociationIndexPageFactory(parent=t.home)
    t.association = AssociationPageFactory(
        parent=t.association_index, title="Vallensbæk Petanqueklub", category="sport"
    )

    t.activity_index = ActivityIndexPageFactory(parent=t.home)
    t.weekly = ActivityPageFactory(
        parent=t.activity_index,
        title="Petanque for begyndere",
        summary="Prøv petanque med klubbens spillere.",
        start=evening(day_after(1)),
        end=evening(day_after(1), 21),
        recurrence="weekly",
        recurrence_until=day_after(30),
        facility=t.facility,
        address="",
        organiser=t.association,
        department="",
        audiences=[t.seniors],
        image=t.image,
        image_alt="Petanquekugler i gruset",
        is_free=True,
    )
    t.concert = ActivityPageFactory(
        parent=t.activity_index,
        title="Koncert i biblioteket",
        start=evening(day_after(3), 20),
        end=evening(day_after(3), 22),
        audiences=[t.children],
        is_free=False,
        price_text="50 kr.",
    )

    t.renovation_index = RenovationIndexPageFactory(parent=t.home)
    t.renovation = RenovationProjectPageFactory(
        parent=t.renovation_index, title="Nyt tag på Pilehaveskolen", status="in_progress"
    )
    return t
