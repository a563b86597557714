"""Where each page type may be created: the page tree editors can build in the admin."""

from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from activities.models import ActivityIndexPage, ActivityPage
from associations.models import AssociationIndexPage, AssociationPage
from facilities.models import FacilityIndexPage, FacilityPage
from guides.models import GuideIndexPage, GuidePage
from home.factories import HomePageFactory
from home.models import HomePage, StandardPage
from news.factories import NewsIndexPageFactory
from news.models import NewsArticlePage, NewsIndexPage
from renovations.models import RenovationIndexPage, RenovationProjectPage

INDEX_PAGES = [
    NewsIndexPage,
    ActivityIndexPage,
    RenovationIndexPage,
    AssociationIndexPage,
    GuideIndexPage,
    FacilityIndexPage,
]
DETAIL_PAGES = [
    NewsArticlePage,
    ActivityPage,
    RenovationProjectPage,
    AssociationPage,
    GuidePage,
    FacilityPage,
]
ALL_PROJECT_PAGES = [HomePage, StandardPage, *INDEX_PAGES, *DETAIL_PAGES]


class HomePageRulesTests(WagtailPageTestCase):
    def test_home_page_only_under_the_tree_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        for model in ALL_PROJECT_PAGES:
            self.assertCanNotCreateAt(model, HomePage)

    def test_home_page_holds_the_indexes_and_standard_pages(self):
        # Other apps add their form pages (nominations, suggestions) under home as well,
        # so this checks the content model's part of the set.
        allowed = set(HomePage.allowed_subpage_models())
        self.assertLessEqual({*INDEX_PAGES, StandardPage}, allowed)
        self.assertNotIn(HomePage, allowed)

    def test_detail_pages_not_directly_under_home(self):
        for model in DETAIL_PAGES:
            with self.subTest(model=model.__name__):
                self.assertCanNotCreateAt(HomePage, model)

    def test_standard_pages_nest_under_home_and_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanNotCreateAt(NewsIndexPage, StandardPage)


class IndexPageRulesTests(WagtailPageTestCase):
    """Each index sits under the home page and holds exactly its own child type."""

    children = {
        NewsIndexPage: {NewsArticlePage},
        ActivityIndexPage: {ActivityPage},
        RenovationIndexPage: {RenovationProjectPage},
        AssociationIndexPage: {AssociationPage},
        GuideIndexPage: {GuidePage},
        FacilityIndexPage: {FacilityPage},
    }

    def test_indexes_only_under_home(self):
        for index in INDEX_PAGES:
            with self.subTest(index=index.__name__):
                self.assertAllowedParentPageTypes(index, {HomePage})
                self.assertCanCreateAt(HomePage, index)
                self.assertCanNotCreateAt(StandardPage, index)
                self.assertCanNotCreateAt(Page, index)

    def test_indexes_hold_only_their_own_child_type(self):
        for index, children in self.children.items():
            with self.subTest(index=index.__name__):
                self.assertAllowedSubpageTypes(index, children)

    def test_indexes_do_not_hold_each_others_children(self):
        for index, children in self.children.items():
            for other in set().union(*self.children.values()) - children:
                with self.subTest(index=index.__name__, child=other.__name__):
                    self.assertCanNotCreateAt(index, other)


class DetailPageRulesTests(WagtailPageTestCase):
    def test_news_articles_under_news_index_or_association(self):
        self.assertAllowedParentPageTypes(NewsArticlePage, {NewsIndexPage, AssociationPage})
        self.assertAllowedSubpageTypes(NewsArticlePage, set())

    def test_activities_under_calendar_or_association(self):
        self.assertAllowedParentPageTypes(ActivityPage, {ActivityIndexPage, AssociationPage})
        self.assertAllowedSubpageTypes(ActivityPage, set())
        self.assertCanNotCreateAt(HomePage, ActivityPage)

    def test_renovation_projects_under_renovation_index_only(self):
        self.assertAllowedParentPageTypes(RenovationProjectPage, {RenovationIndexPage})
        self.assertAllowedSubpageTypes(RenovationProjectPage, set())

    def test_association_holds_its_own_activities_and_news(self):
        self.assertAllowedParentPageTypes(AssociationPage, {AssociationIndexPage})
        self.assertAllowedSubpageTypes(AssociationPage, {ActivityPage, NewsArticlePage})
        self.assertCanNotCreateAt(AssociationPage, GuidePage)

    def test_guides_under_guide_index_only(self):
        self.assertAllowedParentPageTypes(GuidePage, {GuideIndexPage})
        self.assertAllowedSubpageTypes(GuidePage, set())

    def test_facilities_under_facility_index_only(self):
        self.assertAllowedParentPageTypes(FacilityPage, {FacilityIndexPage})
        self.assertAllowedSubpageTypes(FacilityPage, set())


class MaxCountPerParentTests(WagtailPageTestCase):
    """A home page has at most one of each index; another home page may have its own."""

    @classmethod
    def setUpTestData(cls):
        cls.user = cls.create_superuser("redaktoer")
        cls.home = HomePageFactory()
        cls.news_index = NewsIndexPageFactory(parent=cls.home)

    def setUp(self):
        self.client.force_login(self.user)

    def test_second_news_index_under_same_home_is_refused(self):
        self.assertFalse(NewsIndexPage.can_create_at(self.home))

    def test_news_index_not_offered_when_adding_a_second_child(self):
        url = reverse("wagtailadmin_pages:add_subpage", args=[self.home.pk])
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        offered = {(app, model) for _, app, model, _ in response.context["page_types"]}
        self.assertNotIn(("news", "newsindexpage"), offered)
        self.assertIn(("activities", "activityindexpage"), offered)

    def test_second_news_index_refused_by_the_admin(self):
        url = reverse("wagtailadmin_pages:add", args=["news", "newsindexpage", self.home.pk])
        response = self.client.post(url, {"title": "Flere nyheder", "slug": "flere-nyheder"})
        # The admin refuses with a redirect to the dashboard and an error message.
        self.assertEqual(response.status_code, 302)
        self.assertEqual(NewsIndexPage.objects.child_of(self.home).count(), 1)

    def test_other_home_page_may_have_its_own_news_index(self):
        other_home = HomePageFactory()
        self.assertTrue(NewsIndexPage.can_create_at(other_home))

    def test_each_index_type_once_per_home(self):
        for index in INDEX_PAGES:
            if index is NewsIndexPage:
                continue
            with self.subTest(index=index.__name__):
                self.assertTrue(index.can_create_at(self.home))
                self.home.add_child(instance=index(title=f"{index.__name__} 1"))
                self.assertFalse(index.can_create_at(self.home))

    def test_home_page_once_per_language_under_root(self):
        root = Page.get_first_root_node()
        # The setUpTestData home page is one of the two allowed (Danish and English).
        self.assertTrue(HomePage.can_create_at(root))
        HomePageFactory()
        self.assertFalse(HomePage.can_create_at(root))
