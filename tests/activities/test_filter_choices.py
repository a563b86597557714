"""The calendar's organiser and place choices are cached like a page, never past a change."""

import pytest
from wagtail.models import Locale, PageViewRestriction

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory
from activities.filters import ActivityFilterForm, place_and_organiser_choices
from activities.models import ActivityPage
from associations.factories import AssociationIndexPageFactory, AssociationPageFactory
from facilities.factories import FacilityIndexPageFactory, FacilityPageFactory
from home.factories import home_for_default_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def calendar(settings):
    settings.PAGE_CACHE_SECONDS = 300  # as in production (the test settings turn it off)
    home = home_for_default_site()
    index = ActivityIndexPageFactory(parent=home, slug="aktiviteter")
    clubs = AssociationIndexPageFactory(parent=home, slug="foreninger")
    places = FacilityIndexPageFactory(parent=home, slug="lokaler")
    club = AssociationPageFactory(parent=clubs, title="Roklubben", slug="ro")
    hall = FacilityPageFactory(parent=places, title="Pilehavehallen", slug="hallen")
    ActivityPageFactory(parent=index, title="Prøv at ro", organiser=club, facility=hall)
    return {"club": club, "hall": hall, "locale": Locale.get_default()}


def choices(calendar):
    form = ActivityFilterForm(activities=ActivityPage.objects.all(), locale=calendar["locale"])
    return (
        [label for _pk, label in form.fields["organiser"].choices][1:],
        [label for _pk, label in form.fields["facility"].choices][1:],
    )


def test_the_choices_are_read_once_per_content_version(calendar, django_assert_num_queries):
    first = choices(calendar)

    with django_assert_num_queries(0):
        assert place_and_organiser_choices(ActivityPage.objects.all(), calendar["locale"]) == (
            [(calendar["club"].pk, "Roklubben")],
            [(calendar["hall"].pk, "Pilehavehallen")],
        )

    assert first == (["Roklubben"], ["Pilehavehallen"])


def test_an_unpublished_organiser_leaves_the_choices_at_once(calendar):
    assert choices(calendar) == (["Roklubben"], ["Pilehavehallen"])

    calendar["club"].unpublish()

    assert choices(calendar) == ([], ["Pilehavehallen"])


def test_a_place_made_private_leaves_the_choices_at_once(calendar):
    assert choices(calendar) == (["Roklubben"], ["Pilehavehallen"])

    PageViewRestriction.objects.create(
        page=calendar["hall"], restriction_type=PageViewRestriction.LOGIN
    )

    assert choices(calendar) == (["Roklubben"], [])
