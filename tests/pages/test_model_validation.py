"""Model validation shared by all content pages: alt text with images, CVR, summaries."""

import pytest
from django.core.exceptions import ValidationError

from associations.factories import AssociationPageFactory
from core.factories import ImageFactory
from home.factories import StandardPageFactory
from news.factories import NewsArticlePageFactory

pytestmark = pytest.mark.django_db


def field_errors(page) -> dict:
    with pytest.raises(ValidationError) as excinfo:
        page.full_clean()
    return excinfo.value.message_dict


@pytest.mark.parametrize(
    "factory", [StandardPageFactory, NewsArticlePageFactory, AssociationPageFactory]
)
def test_image_without_alt_text_is_refused(factory):
    page = factory()
    page.image = ImageFactory()
    page.image_alt = "   "
    assert list(field_errors(page)) == ["image_alt"]


def test_image_with_alt_text_is_accepted():
    page = NewsArticlePageFactory()
    page.image = ImageFactory()
    page.image_alt = "Børn på den nye legeplads ved Strandparken"
    page.full_clean()


def test_home_page_hero_image_needs_alt_text():
    page = StandardPageFactory().get_parent().specific
    page.image = ImageFactory()
    page.image_alt = ""
    assert list(field_errors(page)) == ["image_alt"]


def test_no_image_needs_no_alt_text():
    page = StandardPageFactory()
    page.image_alt = ""
    page.full_clean()


@pytest.mark.parametrize("cvr", ["12345678", "2918957", "29l89579"])
def test_association_with_invalid_cvr_is_refused(cvr):
    page = AssociationPageFactory()
    page.cvr = cvr
    assert "cvr" in field_errors(page)


def test_association_cvr_is_optional():
    page = AssociationPageFactory(cvr="")
    page.full_clean()


def test_summary_is_required():
    page = NewsArticlePageFactory()
    page.summary = ""
    assert list(field_errors(page)) == ["summary"]


def test_all_errors_are_reported_at_once():
    page = AssociationPageFactory()
    page.image = ImageFactory()
    page.image_alt = ""
    page.cvr = "12345678"
    assert {"image_alt", "cvr"} <= set(field_errors(page))
