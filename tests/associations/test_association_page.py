"""An association's public page lists the upcoming dates of the activities it organises."""

import pytest
from bs4 import BeautifulSoup

from activities.factories import ActivityIndexPageFactory, ActivityPageFactory
from associations.factories import AssociationIndexPageFactory, AssociationPageFactory
from home.factories import home_for_default_site

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()
    return page


def test_association_page_lists_its_own_public_activities(client):
    home = home_for_default_site(slug="forside-foreninger")
    directory = AssociationIndexPageFactory(parent=home, slug="foreninger")
    club = publish(AssociationPageFactory(parent=directory, title="Roklubben", slug="roklubben"))
    other = publish(AssociationPageFactory(parent=directory, title="Skakklubben", slug="skak"))
    calendar = ActivityIndexPageFactory(parent=home, slug="aktiviteter")
    publish(ActivityPageFactory(parent=calendar, title="Prøv at ro", organiser=club))
    publish(ActivityPageFactory(parent=calendar, title="Lynskak", organiser=other))
    publish(
        ActivityPageFactory(parent=calendar, title="Bestyrelsesmøde", organiser=club)
    ).unpublish()

    response = client.get("/foreninger/roklubben/")

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    heading = soup.find("h2", string="Kommende aktiviteter")
    listed = [a.get_text(strip=True) for a in heading.find_parent("section").find_all("a")]
    assert listed == ["Prøv at ro"]
