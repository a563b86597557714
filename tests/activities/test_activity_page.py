"""An activity's page links its place and organiser only while a visitor may open them."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory
from associations.factories import AssociationIndexPageFactory, AssociationPageFactory
from facilities.factories import FacilityIndexPageFactory, FacilityPageFactory
from home.factories import home_for_default_site

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def activity():
    home = home_for_default_site(slug="forside-aktivitet")
    hall = publish(
        FacilityPageFactory(
            parent=FacilityIndexPageFactory(parent=home, slug="lokaler"), title="Idrætshallen"
        )
    )
    club = publish(
        AssociationPageFactory(
            parent=AssociationIndexPageFactory(parent=home, slug="foreninger"),
            title="Roklubben",
        )
    )
    calendar = ActivityIndexPageFactory(parent=home, slug="aktiviteter")
    return publish(
        ActivityPageFactory(
            parent=calendar, slug="staevne", title="Stævne", facility=hall, organiser=club
        )
    )


def details(client, activity) -> BeautifulSoup:
    response = client.get(activity.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("main")


def test_public_place_and_organiser_are_links(client, activity):
    main = details(client, activity)

    assert main.find("a", string="Idrætshallen")["href"] == activity.facility.url
    assert main.find("a", string="Roklubben")["href"] == activity.organiser.url


def test_unpublished_place_and_restricted_organiser_are_named_but_not_linked(client, activity):
    activity.facility.unpublish()
    PageViewRestriction.objects.create(
        page=activity.organiser, restriction_type=PageViewRestriction.LOGIN
    )

    main = details(client, activity)

    assert "Idrætshallen" in main.get_text() and "Roklubben" in main.get_text()
    assert main.find("a", string="Idrætshallen") is None
    assert main.find("a", string="Roklubben") is None
