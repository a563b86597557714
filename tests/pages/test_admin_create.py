"""Editors can create every page type through the Danish admin with valid data."""

import datetime as dt

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from activities.factories import ActivityIndexPageFactory, local_datetime
from activities.models import ActivityIndexPage, ActivityPage
from associations.factories import AssociationIndexPageFactory, AssociationPageFactory
from associations.models import AssociationIndexPage, AssociationPage
from facilities.factories import FacilityIndexPageFactory
from facilities.models import FacilityIndexPage, FacilityPage
from guides.factories import GuideIndexPageFactory
from guides.models import GuideIndexPage, GuidePage
from home.factories import HomePageFactory
from home.models import HomePage, StandardPage
from news.factories import NewsIndexPageFactory
from news.models import NewsArticlePage, NewsIndexPage
from renovations.factories import RenovationIndexPageFactory
from renovations.models import RenovationIndexPage, RenovationProjectPage

from . import admin_forms as forms


class AdminCreateTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = cls.create_superuser("redaktoer")
        cls.home = HomePageFactory()

    def setUp(self):
        self.client.force_login(self.user)

    def test_create_home_page(self):
        self.assertCanCreate(Page.get_first_root_node(), HomePage, forms.home_page_data())

    def test_create_standard_page(self):
        self.assertCanCreate(self.home, StandardPage, forms.standard_page_data())
        page = StandardPage.objects.get(slug="om-kommunen")
        self.assertTrue(page.live)
        self.assertIn("Køge Bugt", str(page.body))

    def test_create_each_index_page(self):
        for model, title in [
            (NewsIndexPage, "Nyheder"),
            (ActivityIndexPage, "Aktiviteter"),
            (RenovationIndexPage, "Renoveringer"),
            (AssociationIndexPage, "Foreninger"),
            (GuideIndexPage, "Foreningsguider"),
            (FacilityIndexPage, "Lokaler"),
        ]:
            with self.subTest(model=model.__name__):
                self.assertCanCreate(self.home, model, forms.index_page_data(title, title.lower()))

    def test_create_news_article(self):
        index = NewsIndexPageFactory(parent=self.home)
        self.assertCanCreate(index, NewsArticlePage, forms.news_article_data())
        self.assertEqual(NewsArticlePage.objects.get().date, dt.date(2026, 5, 1))

    def test_create_activity(self):
        index = ActivityIndexPageFactory(parent=self.home)
        data = forms.activity_data(
            local_datetime(2026, 6, 2, 19), local_datetime(2026, 6, 2, 21, 30)
        )
        self.assertCanCreate(index, ActivityPage, data)
        activity = ActivityPage.objects.get()
        # The form's wall-clock time is Copenhagen time (summer time: UTC+2).
        self.assertEqual(activity.start, dt.datetime(2026, 6, 2, 17, tzinfo=dt.UTC))
        self.assertEqual(activity.occurrences.count(), 1)

    def test_create_activity_under_association_makes_it_the_organiser(self):
        association = AssociationPageFactory(
            parent=AssociationIndexPageFactory(parent=self.home), title="Vallensbæk Skakklub"
        )
        data = forms.activity_data(
            local_datetime(2026, 6, 3, 18), local_datetime(2026, 6, 3, 20), department=""
        )
        self.assertCanCreate(association, ActivityPage, data)
        self.assertEqual(ActivityPage.objects.get().organiser, association)

    def test_create_association(self):
        index = AssociationIndexPageFactory(parent=self.home)
        self.assertCanCreate(index, AssociationPage, forms.association_data())
        self.assertEqual(AssociationPage.objects.get().cvr, "29189579")

    def test_create_guide_computes_review_due(self):
        index = GuideIndexPageFactory(parent=self.home)
        self.assertCanCreate(index, GuidePage, forms.guide_data())
        self.assertEqual(GuidePage.objects.get().review_due, dt.date(2027, 1, 15))

    def test_create_renovation_project(self):
        index = RenovationIndexPageFactory(parent=self.home)
        self.assertCanCreate(index, RenovationProjectPage, forms.renovation_data())
        self.assertEqual(RenovationProjectPage.objects.get().delay_days, 31)

    def test_create_facility_with_a_room(self):
        index = FacilityIndexPageFactory(parent=self.home)
        self.assertCanCreate(index, FacilityPage, forms.facility_data())
        self.assertEqual(
            [room.name for room in FacilityPage.objects.get().rooms.all()], ["Multisalen"]
        )
