"""Where the business and fair page types may be created."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from business.models import BusinessIndexPage, BusinessPage
from fairs.models import FairPage
from home.models import HomePage, StandardPage


class BusinessAndFairPageRulesTests(WagtailPageTestCase):
    def test_business_directory_sits_under_home_and_holds_only_businesses(self):
        self.assertAllowedParentPageTypes(BusinessIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(BusinessIndexPage, {BusinessPage})
        self.assertEqual(BusinessIndexPage.max_count_per_parent, 1)

    def test_business_pages_only_in_the_directory_and_without_children(self):
        self.assertAllowedParentPageTypes(BusinessPage, {BusinessIndexPage})
        self.assertAllowedSubpageTypes(BusinessPage, set())
        self.assertCanNotCreateAt(HomePage, BusinessPage)

    def test_fair_pages_sit_under_home_without_children(self):
        self.assertAllowedParentPageTypes(FairPage, {HomePage})
        self.assertAllowedSubpageTypes(FairPage, set())
        self.assertCanNotCreateAt(StandardPage, FairPage)
        self.assertCanNotCreateAt(Page, FairPage)
