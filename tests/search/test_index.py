"""What each page type is found by, and that every type can be searched with ``listable()``."""

import pytest

from core.factories import TopicFactory
from search.query import search_pages
from search.types import SEARCH_TYPES
from tests.search.conftest import reindex
from tests.visibility import make_expired


def titles(results):
    return [page.title for page in results]


@pytest.mark.parametrize("slug", SEARCH_TYPES)
def test_every_type_can_be_searched_through_its_listable_queryset(site, slug):
    # expire_at is a FilterField on BasePage, so listable() may be combined with search().
    model = SEARCH_TYPES[slug].model
    page = model.objects.get()
    word = page.title.split()[-1]

    assert titles(model.objects.listable().search(word)) == [page.title]
    make_expired(page)
    assert titles(model.objects.listable().search(word)) == []


def test_news_is_found_by_topic_name(site):
    site.news.topics.add(TopicFactory(name="Byudvikling", slug="byudvikling"))
    site.news.save()
    reindex(site.news)

    assert titles(search_pages("byudvikling")) == ["Ny legeplads ved Strandparken"]


def test_activity_is_found_by_organiser_facility_and_address(site):
    site.activity.organiser = site.association
    site.activity.facility = site.facility
    site.activity.save()
    reindex(site.activity)

    assert "Fællessang i biblioteket" in titles(
        search_pages("petanqueklub", type_slug="aktiviteter")
    )
    assert "Fællessang i biblioteket" in titles(
        search_pages("pilehavehallen", type_slug="aktiviteter")
    )
    assert "Fællessang i biblioteket" in titles(search_pages("idrætsvej"))


def test_renovation_and_facility_are_found_by_address(site):
    assert titles(search_pages("pilehavevej", type_slug="lokaler")) == ["Pilehavehallen"]


def test_summary_and_body_are_searched(site):
    assert titles(search_pages("gynger")) == ["Ny legeplads ved Strandparken"]  # body
    assert titles(search_pages("sommer")) == ["Ny legeplads ved Strandparken"]  # summary


def test_guide_steps_are_searched(site):
    assert titles(search_pages("vedtægter")) == ["Sådan søger I tilskud"]


def test_association_is_found_by_its_category_in_its_own_language(site, english_site):
    from wagtail.models import Locale

    english = Locale.objects.get(language_code="en")

    assert titles(search_pages("exercise", english)) == ["Vallensbæk Petanque Club"]


def test_every_word_must_match(site):
    assert titles(search_pages("petanque tirsdag")) == ["Vallensbæk Petanqueklub"]
    assert titles(search_pages("petanque sandkasse")) == []
