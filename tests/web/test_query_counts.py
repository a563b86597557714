"""Listing pages cost the same number of queries for 5 items as for 20.

Each listing is rendered once to create image renditions, then counted. The counts are
printed (``pytest -s``) so they can be reported per page type.
"""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory, local_datetime
from associations.factories import AssociationIndexPageFactory, AssociationPageFactory
from core.factories import ImageFactory
from demo.datafiles import load
from facilities.factories import FacilityIndexPageFactory, FacilityPageFactory
from guides.factories import GuideIndexPageFactory, GuidePageFactory
from home.factories import home_for_default_site
from home.seed import home_body
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from renovations.factories import RenovationIndexPageFactory, RenovationProjectPageFactory

pytestmark = pytest.mark.django_db


def soon(n: int) -> dict:
    day = timezone.localdate() + dt.timedelta(days=1 + n)
    start = local_datetime(day.year, day.month, day.day, 18)
    return {"start": start, "end": start + dt.timedelta(hours=2)}


def build_news(home, n):
    index = NewsIndexPageFactory(parent=home, slug="nyheder")
    for i in range(n):
        NewsArticlePageFactory(
            parent=index, slug=f"nyhed-{i}", image=ImageFactory(), image_alt="Et billede"
        )
    return "/nyheder/"


def build_activities(home, n):
    index = ActivityIndexPageFactory(parent=home, slug="aktiviteter")
    for i in range(n):
        ActivityPageFactory(parent=index, slug=f"aktivitet-{i}", **soon(i))
    return "/aktiviteter/"


def build_renovations(home, n):
    index = RenovationIndexPageFactory(parent=home, slug="renoveringer")
    for i in range(n):
        RenovationProjectPageFactory(parent=index, slug=f"projekt-{i}")
    return "/renoveringer/"


def build_associations(home, n):
    index = AssociationIndexPageFactory(parent=home, slug="foreninger")
    for i in range(n):
        AssociationPageFactory(parent=index, slug=f"forening-{i}", title=f"Forening {i}")
    return "/foreninger/"


def build_association_page(home, n):
    index = AssociationIndexPageFactory(parent=home, slug="foreninger")
    club = AssociationPageFactory(parent=index, slug="klubben")
    for i in range(n):
        ActivityPageFactory(parent=club, slug=f"klubaften-{i}", organiser=club, **soon(i))
    return "/foreninger/klubben/"


def build_guides(home, n):
    index = GuideIndexPageFactory(parent=home, slug="guider")
    for i in range(n):
        GuidePageFactory(parent=index, slug=f"guide-{i}", title=f"Guide {i}")
    return "/guider/"


def build_facilities(home, n):
    index = FacilityIndexPageFactory(parent=home, slug="lokaler")
    for i in range(n):
        FacilityPageFactory(parent=index, slug=f"lokale-{i}")
    return "/lokaler/"


def build_home(home, n):
    home.body = home_body(load("site").table("home"))
    home.save()
    build_news(home, n)
    activities = ActivityIndexPageFactory(parent=home, slug="aktiviteter")
    renovations = RenovationIndexPageFactory(parent=home, slug="renoveringer")
    for i in range(n):
        ActivityPageFactory(parent=activities, slug=f"aktivitet-{i}", **soon(i))
        RenovationProjectPageFactory(parent=renovations, slug=f"projekt-{i}")
    return "/"


LISTINGS = {
    "HomePage": build_home,
    "NewsIndexPage": build_news,
    "ActivityIndexPage": build_activities,
    "RenovationIndexPage": build_renovations,
    "AssociationIndexPage": build_associations,
    "AssociationPage": build_association_page,
    "GuideIndexPage": build_guides,
    "FacilityIndexPage": build_facilities,
}


def count_queries(client, url) -> int:
    assert client.get(url).status_code == 200  # renditions and caches warmed
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("page_type", list(LISTINGS))
def test_listing_query_count_does_not_grow_with_the_number_of_items(
    client, django_db_blocker, page_type
):
    counts = {}
    for size in (5, 20):
        home = home_for_default_site(slug=f"forside-{size}")
        url = LISTINGS[page_type](home, size)
        counts[size] = count_queries(client, url)
        home.delete()

    print(f"\nqueries {page_type}: {counts[5]} (5 items) / {counts[20]} (20 items)")
    assert counts[5] == counts[20], counts
