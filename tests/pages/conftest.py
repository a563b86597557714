"""A demo-like page tree: home → every index → a child of each kind."""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.utils import timezone

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory, local_datetime
from associations.factories import AssociationIndexPageFactory, AssociationPageFactory
from facilities.factories import (
    FacilityAvailabilityFactory,
    FacilityIndexPageFactory,
    FacilityPageFactory,
    FacilityRoomFactory,
)
from guides.factories import GuideIndexPageFactory, GuidePageFactory
from home.factories import StandardPageFactory, home_for_default_site
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from renovations.factories import (
    RenovationDisruptionFactory,
    RenovationIndexPageFactory,
    RenovationProjectPageFactory,
    RenovationUpdateFactory,
)

HOME_BODY = [
    {"type": "latest_news", "value": {"heading": "Seneste nyt", "count": 3}},
    {"type": "upcoming_activities", "value": {"heading": "Det sker", "count": 3}},
    {"type": "current_renovations", "value": {"heading": "Byggeri lige nu", "count": 3}},
]


@pytest.fixture
def site_tree(db):
    """The intended page tree with one published page of every type, served at "/"."""
    home = home_for_default_site(
        title="Vallensbæk Kommune", hero_title="Velkommen til Vallensbæk", body=HOME_BODY
    )
    t = SimpleNamespace(home=home)
    t.standard = StandardPageFactory(
        parent=home, title="Tilgængelighedserklæring", summary="Sådan lever vi op til loven."
    )

    t.news_index = NewsIndexPageFactory(parent=home)
    t.article = NewsArticlePageFactory(
        parent=t.news_index,
        title="Ny legeplads ved Strandparken",
        summary="Legepladsen åbner den 1. juni med gynger og klatrestativ.",
    )
    t.draft_article = NewsArticlePageFactory(
        parent=t.news_index, title="Hemmelig kladde om budgettet", live=False
    )

    t.facility_index = FacilityIndexPageFactory(parent=home)
    t.facility = FacilityPageFactory(
        parent=t.facility_index, title="Pilehavehallen", address="Pilehavevej 11"
    )
    t.room = FacilityRoomFactory(facility=t.facility, name="Multisalen")
    FacilityAvailabilityFactory(facility=t.facility)

    t.association_index = AssociationIndexPageFactory(parent=home)
    t.association = AssociationPageFactory(
        parent=t.association_index,
        title="Vallensbæk Petanqueklub",
        summary="Vi spiller petanque hver tirsdag ved Strandparken.",
        email="formand@petanque-vallensbaek.dk",
    )

    t.activity_index = ActivityIndexPageFactory(parent=home)
    day = timezone.localdate() + dt.timedelta(days=10)
    t.activity = ActivityPageFactory(
        parent=t.activity_index,
        title="Petanque for begyndere",
        summary="Prøv petanque sammen med klubbens erfarne spillere.",
        start=local_datetime(day.year, day.month, day.day, 19),
        end=local_datetime(day.year, day.month, day.day, 21),
        organiser=t.association,
        facility=t.facility,
        address="",
        department="",
    )

    t.renovation_index = RenovationIndexPageFactory(parent=home)
    t.renovation = RenovationProjectPageFactory(
        parent=t.renovation_index, title="Nyt tag på Pilehaveskolen"
    )
    t.update = RenovationUpdateFactory(project=t.renovation, title="Tagpladerne er forsinket")
    t.disruption = RenovationDisruptionFactory(
        project=t.renovation, affected="Parkeringspladsen ved indgang A"
    )

    t.guide_index = GuideIndexPageFactory(parent=home)
    t.guide = GuidePageFactory(parent=t.guide_index, title="Sådan starter I en forening")
    return t
