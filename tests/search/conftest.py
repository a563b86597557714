"""A small Danish site with one page of each searchable type, plus unpublishable cases."""

from types import SimpleNamespace

import pytest
from django.test import Client
from wagtail.models import Locale
from wagtail.search import index

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory
from associations.factories import AssociationIndexPageFactory, AssociationPageFactory
from facilities.factories import FacilityIndexPageFactory, FacilityPageFactory
from guides.factories import GuideIndexPageFactory, GuidePageFactory
from home.factories import home_for_default_site, paragraph
from news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from renovations.factories import RenovationIndexPageFactory, RenovationProjectPageFactory


def reindex(*pages):
    """Index pages again after changes made outside ``save()`` (related objects, m2m)."""
    for page in pages:
        index.insert_or_update_object(page.specific)


@pytest.fixture
def client():
    return Client()


@pytest.fixture
def site(db):
    """Home → one index and one page per searchable type, all live and public."""
    return build_site()


def build_site():
    """The pages of :func:`site` (needs database access)."""
    s = SimpleNamespace()
    s.da = Locale.objects.get(language_code="da")
    s.home = home_for_default_site(title="Vallensbæk Kommune", slug="forside")
    s.news_index = NewsIndexPageFactory(parent=s.home, slug="nyheder")
    s.news = NewsArticlePageFactory(
        parent=s.news_index,
        title="Ny legeplads ved Strandparken",
        slug="ny-legeplads",
        summary="Legepladsen åbner til sommer.",
        body=[paragraph("<p>Der kommer gynger og en stor sandkasse.</p>")],
    )
    s.activity_index = ActivityIndexPageFactory(parent=s.home, slug="aktiviteter")
    s.activity = ActivityPageFactory(
        parent=s.activity_index,
        title="Fællessang i biblioteket",
        slug="faellessang",
        summary="Syng med på kendte sange.",
        address="Vallensbæk Bibliotek, Idrætsvej 2",
    )
    s.renovation_index = RenovationIndexPageFactory(parent=s.home, slug="renoveringer")
    s.renovation = RenovationProjectPageFactory(
        parent=s.renovation_index,
        title="Nyt tag på Pilehaveskolen",
        slug="nyt-tag",
        summary="Taget skiftes i løbet af foråret.",
        description="<p>Vi gennemfører en renovering af skolens tag.</p>",
    )
    s.association_index = AssociationIndexPageFactory(parent=s.home, slug="foreninger")
    s.association = AssociationPageFactory(
        parent=s.association_index,
        title="Vallensbæk Petanqueklub",
        slug="petanque",
        summary="Vi spiller petanque hver tirsdag.",
        description="<p>En forening for alle, der kan lide kugler og kaffe.</p>",
    )
    s.guide_index = GuideIndexPageFactory(parent=s.home, slug="guider")
    s.guide = GuidePageFactory(
        parent=s.guide_index,
        title="Sådan søger I tilskud",
        slug="tilskud",
        summary="Sådan søger jeres forening om tilskud fra kommunen.",
    )
    s.facility_index = FacilityIndexPageFactory(parent=s.home, slug="lokaler")
    s.facility = FacilityPageFactory(
        parent=s.facility_index,
        title="Pilehavehallen",
        slug="pilehavehallen",
        summary="Hallen kan lånes om aftenen.",
        address="Pilehavevej 11",
    )
    return s


@pytest.fixture
def english_site(site):
    """The front page and the association translated to English (published)."""
    from tests.i18n.helpers import translate

    s = SimpleNamespace()
    s.home = translate(site.home, {"Vallensbæk Kommune": "Vallensbaek Municipality"})
    s.association_index = translate(site.association_index, {"Foreninger": "Associations"})
    s.association = translate(
        site.association,
        {
            "Vallensbæk Petanqueklub": "Vallensbæk Petanque Club",
            "Vi spiller petanque hver tirsdag.": "We play petanque every Tuesday.",
        },
    )
    return s
